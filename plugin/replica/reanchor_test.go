package replica_test

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/gateway"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/replica"
)

// TestRelayedFlushReanchoredAfterRewind: the replica relays a member's
// flush and sees it mined; then the chain loses the block (as the embedded
// chain can in a crash: devchain.Rewind). Once the replica starts again it
// finds the head missing on chain and relays the member's signed flush
// again, so that the chain's head for the member is restored; or, when the
// signed flush can no longer be sent, it reports the flush failed, naming
// why.
//
// The cases run one after another: Kubo's node constructor is not safe to
// run in parallel.
func TestRelayedFlushReanchoredAfterRewind(t *testing.T) {
	type setup struct {
		lose    []gateway.FlushStatus // the flushes in the lost blocks, oldest first
		want    *logNode              // the head the chain must hold again (nil: none)
		wantSeq uint64                // the seq the chain holds at the end
		failed  string                // the failed flush's error names this
	}
	// flush sends m's flush of nodes (newest first) with m's next nonce and
	// waits until it is relayed.
	flush := func(t *testing.T, f *fixture, m *member, nodes ...logNode) gateway.FlushStatus {
		t.Helper()
		p, _ := f.validFlush(t, m, nodes...)
		st := f.flushRPC(t, p)
		if st.Status != "relayed" {
			st = f.waitRelayed(t, st.ID)
		}
		return st
	}
	cases := []struct {
		name string
		tune func(*replica.Options)
		// run flushes, rewinds the chain with rewind (to the block before
		// the flushes it passes), and says what must follow.
		run func(t *testing.T, f *fixture, rewind func(before uint64)) setup
		// restart changes the replica's options when it starts again after
		// the rewind.
		restart func(*replica.Options)
		// running: the replica is not restarted; it finds the loss on its
		// own, every ReanchorInterval.
		running bool
	}{
		{
			name: "the lost flush is relayed again",
			run: func(t *testing.T, f *fixture, rewind func(uint64)) setup {
				nodes := f.chainAfter(t, f.alice, nil, 2)
				before := f.height(t)
				st := flush(t, f, f.alice, newestFirst(nodes...)...)
				rewind(before)
				return setup{lose: []gateway.FlushStatus{st}, want: &nodes[1], wantSeq: 2}
			},
		},
		{
			name: "a running replica finds the loss by itself",
			tune: func(o *replica.Options) { o.ReanchorInterval = 100 * time.Millisecond },
			run: func(t *testing.T, f *fixture, rewind func(uint64)) setup {
				nodes := f.chainAfter(t, f.alice, nil, 2)
				before := f.height(t)
				st := flush(t, f, f.alice, newestFirst(nodes...)...)
				rewind(before)
				return setup{lose: []gateway.FlushStatus{st}, want: &nodes[1], wantSeq: 2}
			},
			running: true,
		},
		{
			name: "of two flushes in two blocks, the newer is lost and relayed again",
			run: func(t *testing.T, f *fixture, rewind func(uint64)) setup {
				nodes := f.chainAfter(t, f.alice, nil, 3)
				flush(t, f, f.alice, nodes[1], nodes[0])
				before := f.height(t)
				st := flush(t, f, f.alice, nodes[2])
				rewind(before)
				return setup{lose: []gateway.FlushStatus{st}, want: &nodes[2], wantSeq: 3}
			},
		},
		{
			name: "two flushes in one lost transaction are relayed again in order",
			// The first flush's answer does not wait for the relay, and the
			// relay waits long enough for the second to join its round.
			tune: func(o *replica.Options) { o.RelayWait, o.RelayDelay = -1, 2*time.Second },
			run: func(t *testing.T, f *fixture, rewind func(uint64)) setup {
				nodes := f.chainAfter(t, f.alice, nil, 3)
				before := f.height(t)
				first := f.send(t, f.alice, mtx(t, f.ring, f.alice, nodes[1], big.NewInt(0)), nodes[1], nodes[0])
				second := f.send(t, f.alice, mtx(t, f.ring, f.alice, nodes[2], big.NewInt(1)), nodes[2])
				st1, st2 := f.waitRelayed(t, first), f.waitRelayed(t, second)
				if st1.TxHash != st2.TxHash {
					t.Fatalf("setup: the flushes went out in two transactions, %s and %s", st1.TxHash, st2.TxHash)
				}
				rewind(before)
				return setup{lose: []gateway.FlushStatus{st1, st2}, want: &nodes[2], wantSeq: 3}
			},
		},
		{
			name: "a flush past its deadline is reported failed",
			run: func(t *testing.T, f *fixture, rewind func(uint64)) setup {
				nodes := f.chainAfter(t, f.alice, nil, 1)
				before := f.height(t)
				st := flush(t, f, f.alice, nodes[0])
				rewind(before)
				return setup{lose: []gateway.FlushStatus{st}, failed: "expired"}
			},
			// The mtx was valid for an hour; the replica starts again two
			// hours later.
			restart: func(o *replica.Options) { o.Now = func() time.Time { return time.Now().Add(2 * time.Hour) } },
		},
		{
			name: "a flush whose nonce the member used again is reported failed",
			run: func(t *testing.T, f *fixture, rewind func(uint64)) setup {
				nodes := f.chainAfter(t, f.alice, nil, 2)
				before := f.height(t)
				st := flush(t, f, f.alice, nodes[1], nodes[0])
				rewind(before)
				// After the rewind alice flushes seq 1 herself, through
				// another relayer, with the nonce the lost flush had.
				fl := mtx(t, f.ring, f.alice, nodes[0], big.NewInt(0))
				if _, err := f.client.Flush(context.Background(), f.ring, fl, signMtx(t, fl, f.chainID, f.ring, f.alice.key)); err != nil {
					t.Fatal(err)
				}
				return setup{lose: []gateway.FlushStatus{st}, wantSeq: 1, failed: "nonce"}
			},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := newFixtureWith(t, tc.tune)
			// The replica's own flush (its record of the replication) is
			// relayed and mined before the test's blocks.
			f.waitQueueEmpty(t)
			s := tc.run(t, f, func(before uint64) {
				t.Helper()
				if err := f.dc.Rewind(before); err != nil {
					t.Fatal(err)
				}
			})
			lost := s.lose[len(s.lose)-1]
			if !tc.running {
				// (A running replica may have relayed it again already.)
				if m := f.member(t, f.alice); m.Seq >= lost.Seq {
					t.Fatalf("setup: after the rewind the chain still holds seq %d", m.Seq)
				}
				opts := fixtureOptions()
				if tc.tune != nil {
					tc.tune(&opts)
				}
				if tc.restart != nil {
					tc.restart(&opts)
				}
				f.restart(t, opts)
			}

			if s.want != nil {
				m := f.waitChainSeq(t, f.alice, s.wantSeq)
				if d, _ := schemas.Digest(s.want.cid); m.Head != d {
					t.Fatalf("the chain holds seq %d with head %x, want %s", m.Seq, m.Head, s.want.cid)
				}
				// The replica relayed them, not the chain by itself: each has
				// a second "relayed" message.
				for _, st := range s.lose {
					got := f.waitRelayed(t, st.ID)
					if len(got.Messages) != 3 || got.TxHash == "" {
						t.Errorf("flush %s: %+v, want relayed again in a transaction, with messages received, relayed, relayed", st.ID, got)
					}
				}
				return
			}
			got := f.waitFailed(t, lost.ID)
			if !strings.Contains(got.Error, s.failed) || !strings.Contains(got.Error, "flush again") {
				t.Errorf("flush %s failed with %q, want it to name %q and the way out (flush again)", lost.ID, got.Error, s.failed)
			}
			if len(got.Messages) != 3 {
				t.Errorf("flush %s: messages %v, want received, relayed, failed", lost.ID, got.Messages)
			}
			if m := f.member(t, f.alice); m.Seq != s.wantSeq {
				t.Errorf("the chain holds seq %d, want %d", m.Seq, s.wantSeq)
			}
		})
	}
}

// height is the chain's latest block number.
func (f *fixture) height(tb testing.TB) uint64 {
	tb.Helper()
	n, err := f.dc.Client().BlockNumber(context.Background())
	if err != nil {
		tb.Fatal(err)
	}
	return n
}

// member is m's head in R as the chain holds it now.
func (f *fixture) member(tb testing.TB, m *member) chain.MemberHead {
	tb.Helper()
	st, err := f.client.State(context.Background(), f.ring)
	if err != nil {
		tb.Fatal(err)
	}
	h, _ := st.Member(m.addr)
	return h
}

// waitChainSeq waits until the chain holds seq for m in R.
func (f *fixture) waitChainSeq(tb testing.TB, m *member, seq uint64) chain.MemberHead {
	tb.Helper()
	deadline := time.Now().Add(30 * time.Second)
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for {
		h := f.member(tb, m)
		if h.Seq == seq {
			return h
		}
		if time.Now().After(deadline) {
			tb.Fatalf("the chain holds seq %d of %s after 30s, want %d", h.Seq, m.name, seq)
		}
		<-tick.C
	}
}

// waitFailed waits until flush id is reported failed.
func (f *fixture) waitFailed(tb testing.TB, id string) gateway.FlushStatus {
	tb.Helper()
	deadline := time.Now().Add(30 * time.Second)
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for {
		st, err := f.rep.FlushStatus(context.Background(), id)
		if err != nil {
			tb.Fatal(err)
		}
		if st.Status == "failed" {
			return *st
		}
		if time.Now().After(deadline) {
			tb.Fatalf("flush %s still %q after 30s, want failed", id, st.Status)
		}
		<-tick.C
	}
}

// send hands m's flush fl of nodes (newest first) to the replica's
// gateway and returns its id.
func (f *fixture) send(tb testing.TB, m *member, fl schemas.Flush, nodes ...logNode) string {
	tb.Helper()
	return f.flushRPC(tb, flushParams(m.addr, f.ring, fl, signMtx(tb, fl, f.chainID, f.ring, m.key), nodes...)).ID
}
