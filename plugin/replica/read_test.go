package replica_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mosaic-rings/rings/plugin/replica"
)

// ringInfo is the replica's RingInfo of R, and alice's entry in it.
func (f *fixture) ringInfo(tb testing.TB, m *member) (*replica.RingInfoResult, replica.MemberHead) {
	tb.Helper()
	v, err := f.rep.RingInfo(context.Background(), f.ring.Hex())
	if err != nil {
		tb.Fatal(err)
	}
	info := v.(*replica.RingInfoResult)
	for _, mh := range info.Members {
		if common.HexToAddress(mh.Member) == m.addr {
			return info, mh
		}
	}
	tb.Fatalf("%s is not in RingInfo's members %+v", m.name, info.Members)
	return nil, replica.MemberHead{}
}

// The fixture reads a ring's state at most once an hour (FollowInterval),
// so only a refresh at relay time shows the new head: the read before the
// flush has cached the old state.
func TestRingInfoShowsRelayedHead(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	if _, before := f.ringInfo(t, f.alice); before.ChainSeq != 0 || before.ChainHead != "" {
		t.Fatalf("before any flush: %+v", before)
	}
	nodes := f.chainAfter(t, f.alice, nil, 2)
	p, _ := f.validFlush(t, f.alice, newestFirst(nodes...)...)
	st := f.flushRPC(t, p)
	if st.Status != "relayed" {
		t.Fatalf("flush answered %q, want relayed (RelayWait is 5s)", st.Status)
	}
	_, after := f.ringInfo(t, f.alice)
	if after.ChainSeq != 2 || after.ChainHead != nodes[1].cid.String() {
		t.Errorf("right after the relay: chain seq %d head %s, want 2 %s", after.ChainSeq, after.ChainHead, nodes[1].cid)
	}
	if after.ChainNonce != "1" || after.NextNonce != "1" || after.AcceptedSeq != 2 {
		t.Errorf("right after the relay: chainNonce %s nextNonce %s acceptedSeq %d, want 1 1 2", after.ChainNonce, after.NextNonce, after.AcceptedSeq)
	}
	if after.LocalSeq != 2 || after.LocalHead != nodes[1].cid.String() {
		t.Errorf("local head %d %s, want 2 %s", after.LocalSeq, after.LocalHead, nodes[1].cid)
	}
}

// While a flush waits to be relayed, RingInfo gives the nonce and the seq
// the member's next flush must use, ahead of the chain's.
func TestRingInfoNextNonceWhileQueued(t *testing.T) {
	t.Parallel()
	f := newFixtureWith(t, func(o *replica.Options) { o.RelayWait, o.RelayDelay = -1, time.Hour })
	_, before := f.ringInfo(t, f.bob)
	if before.ChainNonce != "0" || before.NextNonce != "0" || before.AcceptedSeq != 0 {
		t.Fatalf("before any flush: %+v", before)
	}
	nodes := f.chainAfter(t, f.bob, nil, 3)
	p, _ := f.validFlush(t, f.bob, newestFirst(nodes...)...)
	st := f.flushRPC(t, p)
	if st.Status != "received" {
		t.Fatalf("flush answered %q, want received (the relayer waits an hour)", st.Status)
	}
	_, queued := f.ringInfo(t, f.bob)
	if queued.ChainNonce != "0" || queued.ChainSeq != 0 {
		t.Errorf("the chain moved: %+v", queued)
	}
	if queued.NextNonce != "1" || queued.AcceptedSeq != 3 {
		t.Errorf("queued: nextNonce %s acceptedSeq %d, want 1 3", queued.NextNonce, queued.AcceptedSeq)
	}
	// The nonce RingInfo gives is the one FlushToRing takes.
	more := f.chainAfter(t, f.bob, &nodes[2], 1)
	next, ok := new(big.Int).SetString(queued.NextNonce, 10)
	if !ok {
		t.Fatalf("nextNonce %q is not decimal", queued.NextNonce)
	}
	fl := mtx(t, f.ring, f.bob, more[0], next)
	if st := f.flushRPC(t, flushParams(f.bob.addr, f.ring, fl, signMtx(t, fl, f.chainID, f.ring, f.bob.key), more[0])); st.Seq != 4 {
		t.Errorf("the flush with nextNonce: %+v", st)
	}
}
