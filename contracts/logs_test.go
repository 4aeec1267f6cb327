package contracts_test

import (
	"bytes"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/mosaic-rings/rings/contracts/bindings"
)

// flushReq is a Flush request of member key k with a far deadline.
func (e *env) flushReq(k int, seq uint64, nonce int64) bindings.RingLogsFlushRequest {
	return bindings.RingLogsFlushRequest{
		Avatar:   e.addr(k),
		Head:     headHash(e.addr(k), seq),
		Seq:      seq,
		Nonce:    big.NewInt(nonce),
		Deadline: farDeadline,
	}
}

func (e *env) logHead(ring, who common.Address) bindings.LogNodeHeadsOutput {
	e.tb.Helper()
	return call(e, ring, ringABI.PackLogNodeHeads(who), ringABI.UnpackLogNodeHeads)
}

func TestFlush(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	a := e.addr(2)

	type flushCase struct {
		name string
		// prepare runs on a fresh ring with members 2, 3, 4 (and 6, which exits).
		prepare func(e *env, ring common.Address)
		// req builds the request and its signature.
		req  func(e *env, ring common.Address) (bindings.RingLogsFlushRequest, []byte)
		want func(e *env, ring common.Address) any // nil: success
	}
	signed := func(k int, seq uint64, nonce int64) func(e *env, ring common.Address) (bindings.RingLogsFlushRequest, []byte) {
		return func(e *env, ring common.Address) (bindings.RingLogsFlushRequest, []byte) {
			f := e.flushReq(k, seq, nonce)
			return f, sign(e.tb, e.keys[k], e.domain(ring).flush(f))
		}
	}
	mutSig := func(k int, seq uint64, nonce int64, mut func([]byte) []byte) func(e *env, ring common.Address) (bindings.RingLogsFlushRequest, []byte) {
		return func(e *env, ring common.Address) (bindings.RingLogsFlushRequest, []byte) {
			f, sig := signed(k, seq, nonce)(e, ring)
			return f, mut(sig)
		}
	}
	fixed := func(err any) func(*env, common.Address) any { return func(*env, common.Address) any { return err } }
	flushOK := func(k int, seq uint64, nonce int64) func(e *env, ring common.Address) {
		return func(e *env, ring common.Address) {
			f, sig := signed(k, seq, nonce)(e, ring)
			e.send(e.relayer(), ring, ringABI.PackFlush(f, sig))
		}
	}
	// foreign signs a's request under another domain; the ring recovers some other address.
	foreign := func(dom func(e *env, ring common.Address) domain) func(e *env, ring common.Address) (bindings.RingLogsFlushRequest, []byte) {
		return func(e *env, ring common.Address) (bindings.RingLogsFlushRequest, []byte) {
			f := e.flushReq(2, 1, 0)
			return f, sign(e.tb, e.keys[2], dom(e, ring).flush(f))
		}
	}
	cases := []flushCase{
		{name: "first flush", req: signed(2, 1, 0)},
		{name: "skipping seqs is fine", req: signed(2, 7, 0)},
		{name: "next flush", prepare: flushOK(2, 1, 0), req: signed(2, 2, 1)},
		{
			name: "non-member", req: signed(5, 1, 0),
			want: fixed(&bindings.RingNotMember{Account: e.addr(5)}),
		},
		{
			name: "former member", prepare: func(e *env, ring common.Address) { e.send(e.owner(), ring, ringABI.PackExit(e.addr(6))) },
			req:  signed(6, 1, 0),
			want: fixed(&bindings.RingNotMember{Account: e.addr(6)}),
		},
		{
			name: "replayed nonce", prepare: flushOK(2, 1, 0), req: signed(2, 1, 0),
			want: fixed(&bindings.RingBadNonce{Expected: big.NewInt(1), Got: big.NewInt(0)}),
		},
		{
			name: "old nonce with a new seq", prepare: flushOK(2, 1, 0), req: signed(2, 2, 0),
			want: fixed(&bindings.RingBadNonce{Expected: big.NewInt(1), Got: big.NewInt(0)}),
		},
		{
			name: "nonce from the future", req: signed(2, 1, 5),
			want: fixed(&bindings.RingBadNonce{Expected: big.NewInt(0), Got: big.NewInt(5)}),
		},
		{
			name: "seq zero", req: signed(2, 0, 0),
			want: fixed(&bindings.RingSeqNotIncreasing{Current: 0, Got: 0}),
		},
		{
			name: "seq repeated", prepare: flushOK(2, 5, 0), req: signed(2, 5, 1),
			want: fixed(&bindings.RingSeqNotIncreasing{Current: 5, Got: 5}),
		},
		{
			name: "seq going back", prepare: flushOK(2, 5, 0), req: signed(2, 3, 1),
			want: fixed(&bindings.RingSeqNotIncreasing{Current: 5, Got: 3}),
		},
		{
			name: "zero head",
			req: func(e *env, ring common.Address) (bindings.RingLogsFlushRequest, []byte) {
				f := e.flushReq(2, 1, 0)
				f.Head = common.Hash{}
				return f, sign(e.tb, e.keys[2], e.domain(ring).flush(f))
			},
			want: fixed(&bindings.RingZeroHead{}),
		},
		{
			name: "expired",
			req: func(e *env, ring common.Address) (bindings.RingLogsFlushRequest, []byte) {
				f := e.flushReq(2, 1, 0)
				f.Deadline = big.NewInt(1_000_000)
				return f, sign(e.tb, e.keys[2], e.domain(ring).flush(f))
			},
			want: fixed(&bindings.RingExpired{Deadline: big.NewInt(1_000_000)}),
		},
		{
			name: "signed by another member",
			req: func(e *env, ring common.Address) (bindings.RingLogsFlushRequest, []byte) {
				f := e.flushReq(2, 1, 0)
				return f, sign(e.tb, e.keys[3], e.domain(ring).flush(f))
			},
			want: fixed(&bindings.RingSignerMismatch{Signer: e.addr(3), Expected: a}),
		},
		{
			name: "signature for another ring",
			req:  foreign(otherDomain),
			want: mismatchWant(otherDomain),
		},
		{
			name: "signature for another chain id",
			req:  foreign(otherChainDomain),
			want: mismatchWant(otherChainDomain),
		},
		{
			name: "high s", req: mutSig(2, 1, 0, highS),
			want: fixed(&bindings.RingHighS{}),
		},
		{
			name: "v = 0", req: mutSig(2, 1, 0, func(s []byte) []byte { s[64] -= 27; return s }),
			want: fixed(&bindings.RingBadSignatureV{}),
		},
		{
			name: "v = 29", req: mutSig(2, 1, 0, func(s []byte) []byte { s[64] = 29; return s }),
			want: fixed(&bindings.RingBadSignatureV{}),
		},
		{
			name: "64-byte signature", req: mutSig(2, 1, 0, func(s []byte) []byte { return s[:64] }),
			want: fixed(&bindings.RingBadSignatureLength{}),
		},
		{
			name: "66-byte signature", req: mutSig(2, 1, 0, func(s []byte) []byte { return append(s, 0) }),
			want: fixed(&bindings.RingBadSignatureLength{}),
		},
		{
			name: "r = 0", req: mutSig(2, 1, 0, func(s []byte) []byte { clear(s[:32]); return s }),
			want: fixed(&bindings.RingBadSignature{}),
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := e.with(t)
			ring := e.deployRing(2, 3, 4, 6)
			if tc.prepare != nil {
				tc.prepare(e, ring)
			}
			f, sig := tc.req(e, ring)
			data := ringABI.PackFlush(f, sig)
			if tc.want != nil {
				e.expectRevert(e.relayer(), ring, data, tc.want(e, ring))
				return
			}
			nonce := call(e, ring, ringABI.PackNonces(f.Avatar), ringABI.UnpackNonces)
			r := e.send(e.relayer(), ring, data)
			ev, err := ringABI.UnpackLogHeadUpdatedEvent(r.Logs[0])
			if err != nil {
				t.Fatal(err)
			}
			if ev.Avatar != f.Avatar || ev.Head != f.Head || ev.Seq != f.Seq || ev.Nonce.Cmp(f.Nonce) != 0 {
				t.Fatalf("LogHeadUpdated = %+v, want %+v", ev, f)
			}
			if h := e.logHead(ring, f.Avatar); h.Head != f.Head || h.Seq != f.Seq {
				t.Fatalf("logNodeHeads = %+v", h)
			}
			if n := call(e, ring, ringABI.PackNonces(f.Avatar), ringABI.UnpackNonces); n.Int64() != nonce.Int64()+1 {
				t.Fatalf("nonce = %v, want %v", n, nonce.Int64()+1)
			}
		})
	}

	t.Run("deadline passes while in flight", func(t *testing.T) {
		e := e.with(t)
		ring := e.deployRing(2)
		head, err := e.client.HeaderByNumber(t.Context(), nil)
		if err != nil {
			t.Fatal(err)
		}
		f := e.flushReq(2, 1, 0)
		f.Deadline = new(big.Int).SetUint64(head.Time + 60)
		sig := sign(t, e.keys[2], e.domain(ring).flush(f))
		e.advance(2 * time.Minute)
		e.backend.Commit()
		e.expectRevert(e.relayer(), ring, ringABI.PackFlush(f, sig), &bindings.RingExpired{Deadline: f.Deadline})
	})
}

// otherDomain is the same chain but another ring contract (not even deployed).
func otherDomain(e *env, ring common.Address) domain {
	return domain{chainID: e.chainID, ring: common.BytesToAddress(crypto.Keccak256(ring.Bytes()))}
}

// otherChainDomain is the same ring address on another chain.
func otherChainDomain(e *env, ring common.Address) domain {
	return domain{chainID: big.NewInt(1), ring: ring}
}

// mismatchWant is the SignerMismatch the ring reports for member 2's first flush signed
// under dom: ecrecover over the ring's own digest gives an unrelated address.
func mismatchWant(dom func(e *env, ring common.Address) domain) func(e *env, ring common.Address) any {
	return func(e *env, ring common.Address) any {
		f := e.flushReq(2, 1, 0)
		sig := sign(e.tb, e.keys[2], dom(e, ring).flush(f))
		return &bindings.RingSignerMismatch{Signer: recoverAddr(e.tb, e.domain(ring).flush(f), sig), Expected: e.addr(2)}
	}
}

func TestFlushMany(t *testing.T) {
	t.Parallel()
	e := newEnv(t)

	batch := func(e *env, ring common.Address, reqs ...bindings.RingLogsFlushRequest) ([]bindings.RingLogsFlushRequest, [][]byte) {
		sigs := make([][]byte, len(reqs))
		for i, f := range reqs {
			k := slices.Index(e.addrs(0, 1, 2, 3, 4, 5, 6, 7), f.Avatar)
			sigs[i] = sign(e.tb, e.keys[k], e.domain(ring).flush(f))
		}
		return reqs, sigs
	}

	t.Run("all applied, several per avatar", func(t *testing.T) {
		e := e.with(t)
		ring := e.deployRing(2, 3, 4)
		fs, sigs := batch(e, ring, e.flushReq(2, 1, 0), e.flushReq(3, 4, 0), e.flushReq(2, 2, 1), e.flushReq(4, 9, 0))
		r := e.send(e.relayer(), ring, ringABI.PackFlushMany(fs, sigs))
		if len(r.Logs) != 4 {
			t.Fatalf("%d logs, want 4", len(r.Logs))
		}
		heads := call(e, ring, ringABI.PackGetHeads(), ringABI.UnpackGetHeads)
		want := []bindings.RingLogsMemberHead{
			{Member: e.addr(2), Head: headHash(e.addr(2), 2), Seq: 2, Nonce: big.NewInt(2)},
			{Member: e.addr(3), Head: headHash(e.addr(3), 4), Seq: 4, Nonce: big.NewInt(1)},
			{Member: e.addr(4), Head: headHash(e.addr(4), 9), Seq: 9, Nonce: big.NewInt(1)},
		}
		if jsonOf(t, heads) != jsonOf(t, want) {
			t.Fatalf("getHeads = %s\nwant %s", jsonOf(t, heads), jsonOf(t, want))
		}
	})

	t.Run("empty batch", func(t *testing.T) {
		e := e.with(t)
		ring := e.deployRing(2)
		e.send(e.relayer(), ring, ringABI.PackFlushMany(nil, nil))
	})

	for _, tc := range []struct {
		name string
		make func(e *env, ring common.Address) ([]bindings.RingLogsFlushRequest, [][]byte)
		want any
	}{
		{
			name: "last one fails, none applied",
			make: func(e *env, ring common.Address) ([]bindings.RingLogsFlushRequest, [][]byte) {
				return batch(e, ring, e.flushReq(2, 1, 0), e.flushReq(3, 1, 0), e.flushReq(5, 1, 0))
			},
			want: &bindings.RingNotMember{Account: e.addr(5)},
		},
		{
			name: "same nonce twice",
			make: func(e *env, ring common.Address) ([]bindings.RingLogsFlushRequest, [][]byte) {
				return batch(e, ring, e.flushReq(2, 1, 0), e.flushReq(2, 2, 0))
			},
			want: &bindings.RingBadNonce{Expected: big.NewInt(1), Got: big.NewInt(0)},
		},
		{
			name: "one bad signature",
			make: func(e *env, ring common.Address) ([]bindings.RingLogsFlushRequest, [][]byte) {
				fs, sigs := batch(e, ring, e.flushReq(2, 1, 0), e.flushReq(3, 1, 0))
				sigs[1] = highS(sigs[1])
				return fs, sigs
			},
			want: &bindings.RingHighS{},
		},
		{
			name: "more signatures than requests",
			make: func(e *env, ring common.Address) ([]bindings.RingLogsFlushRequest, [][]byte) {
				fs, sigs := batch(e, ring, e.flushReq(2, 1, 0), e.flushReq(3, 1, 0))
				return fs[:1], sigs
			},
			want: &bindings.RingLengthMismatch{},
		},
		{
			name: "fewer signatures than requests",
			make: func(e *env, ring common.Address) ([]bindings.RingLogsFlushRequest, [][]byte) {
				fs, sigs := batch(e, ring, e.flushReq(2, 1, 0), e.flushReq(3, 1, 0))
				return fs, sigs[:1]
			},
			want: &bindings.RingLengthMismatch{},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := e.with(t)
			ring := e.deployRing(2, 3, 4)
			fs, sigs := tc.make(e, ring)
			e.expectRevert(e.relayer(), ring, ringABI.PackFlushMany(fs, sigs), tc.want)
		})
	}
}

func TestGetHeads(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ring := e.deployRing(2, 3)
	if heads := call(e, ring, ringABI.PackGetHeads(), ringABI.UnpackGetHeads); len(heads) != 2 || heads[0].Seq != 0 || heads[1].Head != (common.Hash{}) {
		t.Fatalf("fresh getHeads = %+v", heads)
	}
	f := e.flushReq(3, 1, 0)
	e.send(e.relayer(), ring, ringABI.PackFlush(f, sign(t, e.keys[3], e.domain(ring).flush(f))))
	e.send(e.owner(), ring, ringABI.PackEnter(e.addr(4)))

	want := []bindings.RingLogsMemberHead{
		{Member: e.addr(4), Nonce: big.NewInt(0)},
		{Member: e.addr(2), Nonce: big.NewInt(0)},
		{Member: e.addr(3), Head: f.Head, Seq: 1, Nonce: big.NewInt(1)},
	}
	if got := call(e, ring, ringABI.PackGetHeads(), ringABI.UnpackGetHeads); jsonOf(t, got) != jsonOf(t, want) {
		t.Fatalf("getHeads = %s\nwant %s", jsonOf(t, got), jsonOf(t, want))
	}

	// A member that exits drops out of getHeads but keeps its head and nonce for re-entry.
	e.send(e.owner(), ring, ringABI.PackExit(e.addr(3)))
	if got := call(e, ring, ringABI.PackGetHeads(), ringABI.UnpackGetHeads); jsonOf(t, got) != jsonOf(t, want[:2]) {
		t.Fatalf("getHeads after exit = %s", jsonOf(t, got))
	}
	if h := e.logHead(ring, e.addr(3)); h.Head != f.Head || h.Seq != 1 {
		t.Fatalf("logNodeHeads after exit = %+v", h)
	}
	e.send(e.owner(), ring, ringABI.PackEnter(e.addr(3)))
	stale := e.flushReq(3, 1, 1)
	e.expectRevert(e.relayer(), ring, ringABI.PackFlush(stale, sign(t, e.keys[3], e.domain(ring).flush(stale))), &bindings.RingSeqNotIncreasing{Current: 1, Got: 1})
}

// vote signs ring entry `index` with keys (already in the order to submit).
func (e *env) vote(ring common.Address, keys []*ecdsa.PrivateKey, index uint64, entry, prev common.Hash) [][]byte {
	e.tb.Helper()
	return signAll(e.tb, keys, e.domain(ring).ringEntry(index, entry, prev))
}

func TestCommitEntryMajority(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	for n := 1; n <= 7; n++ {
		t.Run(fmt.Sprintf("%d members", n), func(t *testing.T) {
			e := e.with(t)
			idx := make([]int, n)
			for i := range idx {
				idx[i] = 2 + i
			}
			ring := e.deployRing(idx...)
			keys := e.sortedKeys(idx...)
			k := need(n)
			entry := entryHash(0)

			short := e.vote(ring, keys[:k-1], 0, entry, common.Hash{})
			e.expectRevert(e.relayer(), ring, ringABI.PackCommitEntry(0, entry, common.Hash{}, short),
				&bindings.RingNoMajority{Have: big.NewInt(int64(k - 1)), Need: big.NewInt(int64(k))})

			// Any k members will do: take the last k.
			sigs := e.vote(ring, keys[n-k:], 0, entry, common.Hash{})
			r := e.send(e.relayer(), ring, ringABI.PackCommitEntry(0, entry, common.Hash{}, sigs))
			ev, err := ringABI.UnpackRingEntryCommittedEvent(r.Logs[0])
			if err != nil || ev.Index != 0 || ev.Entry != entry || ev.Prev != (common.Hash{}) {
				t.Fatalf("RingEntryCommitted = %+v, %v", ev, err)
			}
			if got := call(e, ring, ringABI.PackRingNodeHead(), ringABI.UnpackRingNodeHead); got != entry {
				t.Fatalf("ringNodeHead = %x", got)
			}
			if got := call(e, ring, ringABI.PackEntryCount(), ringABI.UnpackEntryCount); got != 1 {
				t.Fatalf("entryCount = %d", got)
			}

			// All members signing is fine too.
			next := entryHash(1)
			e.send(e.relayer(), ring, ringABI.PackCommitEntry(1, next, entry, e.vote(ring, keys, 1, next, entry)))
		})
	}

	t.Run("no members", func(t *testing.T) {
		e := e.with(t)
		ring := e.deployRing()
		e.expectRevert(e.relayer(), ring, ringABI.PackCommitEntry(0, entryHash(0), common.Hash{}, nil),
			&bindings.RingNoMajority{Have: big.NewInt(0), Need: big.NewInt(1)})
	})
}

func TestCommitEntryRules(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	members := []int{2, 3, 4, 5}
	keys := e.sortedKeys(members...) // need 3 of 4
	entry := entryHash(0)

	for _, tc := range []struct {
		name string
		make func(e *env, ring common.Address) ([]byte, any)
	}{
		{"duplicate signer", func(e *env, ring common.Address) ([]byte, any) {
			sigs := e.vote(ring, []*ecdsa.PrivateKey{keys[0], keys[1], keys[1]}, 0, entry, common.Hash{})
			return ringABI.PackCommitEntry(0, entry, common.Hash{}, sigs), &bindings.RingSignersNotAscending{}
		}},
		{"signers descending", func(e *env, ring common.Address) ([]byte, any) {
			sigs := e.vote(ring, []*ecdsa.PrivateKey{keys[2], keys[1], keys[0]}, 0, entry, common.Hash{})
			return ringABI.PackCommitEntry(0, entry, common.Hash{}, sigs), &bindings.RingSignersNotAscending{}
		}},
		{"signers unsorted at the end", func(e *env, ring common.Address) ([]byte, any) {
			sigs := e.vote(ring, []*ecdsa.PrivateKey{keys[0], keys[2], keys[1]}, 0, entry, common.Hash{})
			return ringABI.PackCommitEntry(0, entry, common.Hash{}, sigs), &bindings.RingSignersNotAscending{}
		}},
		{"a non-member signer", func(e *env, ring common.Address) ([]byte, any) {
			all := e.sortedKeys(2, 3, 9)
			sigs := e.vote(ring, all, 0, entry, common.Hash{})
			return ringABI.PackCommitEntry(0, entry, common.Hash{}, sigs), &bindings.RingNotMember{Account: e.addr(9)}
		}},
		{"the owner is not a member", func(e *env, ring common.Address) ([]byte, any) {
			all := e.sortedKeys(1, 2, 3)
			sigs := e.vote(ring, all, 0, entry, common.Hash{})
			return ringABI.PackCommitEntry(0, entry, common.Hash{}, sigs), &bindings.RingNotMember{Account: e.addr(1)}
		}},
		{"votes for another entry", func(e *env, ring common.Address) ([]byte, any) {
			sigs := e.vote(ring, keys[:3], 0, entryHash(42), common.Hash{})
			signer := recoverAddr(e.tb, e.domain(ring).ringEntry(0, entry, common.Hash{}), sigs[0])
			return ringABI.PackCommitEntry(0, entry, common.Hash{}, sigs), &bindings.RingNotMember{Account: signer}
		}},
		{"votes for another ring", func(e *env, ring common.Address) ([]byte, any) {
			sigs := signAll(e.tb, keys[:3], otherDomain(e, ring).ringEntry(0, entry, common.Hash{}))
			signer := recoverAddr(e.tb, e.domain(ring).ringEntry(0, entry, common.Hash{}), sigs[0])
			return ringABI.PackCommitEntry(0, entry, common.Hash{}, sigs), &bindings.RingNotMember{Account: signer}
		}},
		{"a high-s vote", func(e *env, ring common.Address) ([]byte, any) {
			sigs := e.vote(ring, keys[:3], 0, entry, common.Hash{})
			sigs[2] = highS(sigs[2])
			return ringABI.PackCommitEntry(0, entry, common.Hash{}, sigs), &bindings.RingHighS{}
		}},
		{"index ahead", func(e *env, ring common.Address) ([]byte, any) {
			sigs := e.vote(ring, keys[:3], 1, entry, common.Hash{})
			return ringABI.PackCommitEntry(1, entry, common.Hash{}, sigs), &bindings.RingBadEntryIndex{Expected: 0, Got: 1}
		}},
		{"prev not the head", func(e *env, ring common.Address) ([]byte, any) {
			sigs := e.vote(ring, keys[:3], 0, entry, entryHash(7))
			return ringABI.PackCommitEntry(0, entry, entryHash(7), sigs), &bindings.RingBadEntryPrev{Expected: common.Hash{}, Got: entryHash(7)}
		}},
		{"replayed entry", func(e *env, ring common.Address) ([]byte, any) {
			sigs := e.vote(ring, keys[:3], 0, entry, common.Hash{})
			e.send(e.relayer(), ring, ringABI.PackCommitEntry(0, entry, common.Hash{}, sigs))
			return ringABI.PackCommitEntry(0, entry, common.Hash{}, sigs), &bindings.RingBadEntryIndex{Expected: 1, Got: 0}
		}},
		{"stale prev", func(e *env, ring common.Address) ([]byte, any) {
			e.send(e.relayer(), ring, ringABI.PackCommitEntry(0, entry, common.Hash{}, e.vote(ring, keys[:3], 0, entry, common.Hash{})))
			sigs := e.vote(ring, keys[:3], 1, entryHash(1), common.Hash{})
			return ringABI.PackCommitEntry(1, entryHash(1), common.Hash{}, sigs), &bindings.RingBadEntryPrev{Expected: entry, Got: common.Hash{}}
		}},
		{"a former member's vote", func(e *env, ring common.Address) ([]byte, any) {
			e.send(e.owner(), ring, ringABI.PackExit(e.addr(5)))
			all := e.sortedKeys(2, 3, 4, 5)
			sigs := e.vote(ring, all, 0, entry, common.Hash{})
			return ringABI.PackCommitEntry(0, entry, common.Hash{}, sigs), &bindings.RingNotMember{Account: e.addr(5)}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := e.with(t)
			ring := e.deployRing(members...)
			data, want := tc.make(e, ring)
			e.expectRevert(e.relayer(), ring, data, want)
		})
	}
}

func TestRingLogsWrapAndCheckpoints(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ring := e.deployRing(2)
	keys := e.sortedKeys(2)

	var prev common.Hash
	commit := func(i uint64) {
		t.Helper()
		entry := entryHash(i)
		r := e.send(e.relayer(), ring, ringABI.PackCommitEntry(i, entry, prev, e.vote(ring, keys, i, entry, prev)))
		prev = entry
		wantLogs := 1
		if (i+1)%100 == 0 {
			wantLogs = 2
			ev, err := ringABI.UnpackCheckpointArchivedEvent(r.Logs[1])
			if err != nil {
				t.Fatal(err)
			}
			if ev.Checkpoint.Uint64() != (i+1)/100-1 || ev.Index != i || ev.Entry != entry {
				t.Fatalf("CheckpointArchived = %+v at entry %d", ev, i)
			}
		}
		if len(r.Logs) != wantLogs {
			t.Fatalf("entry %d: %d logs, want %d", i, len(r.Logs), wantLogs)
		}
	}
	ringLog := func(i int64) common.Hash {
		return call(e, ring, ringABI.PackRingLogs(big.NewInt(i)), ringABI.UnpackRingLogs)
	}
	checkpointCount := func() int64 {
		return call(e, ring, ringABI.PackCheckpointCount(), ringABI.UnpackCheckpointCount).Int64()
	}

	for i := uint64(0); i < 99; i++ {
		commit(i)
	}
	if n := checkpointCount(); n != 0 {
		t.Fatalf("checkpointCount = %d after 99 entries", n)
	}
	commit(99)
	if n := checkpointCount(); n != 1 {
		t.Fatalf("checkpointCount = %d after 100 entries", n)
	}
	if got := call(e, ring, ringABI.PackCheckpoints(big.NewInt(0)), ringABI.UnpackCheckpoints); got != entryHash(99) {
		t.Fatalf("checkpoints[0] = %x, want entry 99", got)
	}
	if got := ringLog(0); got != entryHash(0) {
		t.Fatalf("ringLogs[0] = %x, want entry 0", got)
	}
	commit(100)
	if got := ringLog(0); got != entryHash(100) {
		t.Fatalf("ringLogs[0] = %x, want entry 100 (wrapped)", got)
	}
	if got := ringLog(1); got != entryHash(1) {
		t.Fatalf("ringLogs[1] = %x, want entry 1", got)
	}
	for i := uint64(101); i < 200; i++ {
		commit(i)
	}
	if n := checkpointCount(); n != 2 {
		t.Fatalf("checkpointCount = %d after 200 entries", n)
	}
	if got := call(e, ring, ringABI.PackCheckpoints(big.NewInt(1)), ringABI.UnpackCheckpoints); got != entryHash(199) {
		t.Fatalf("checkpoints[1] = %x, want entry 199", got)
	}
	all := call(e, ring, ringABI.PackGetRingLogs(), ringABI.UnpackGetRingLogs)
	for i := range all {
		if common.Hash(all[i]) != entryHash(uint64(100+i)) {
			t.Fatalf("getRingLogs()[%d] = %x, want entry %d", i, all[i], 100+i)
		}
	}
	if got := call(e, ring, ringABI.PackEntryCount(), ringABI.UnpackEntryCount); got != 200 {
		t.Fatalf("entryCount = %d", got)
	}
	if got := call(e, ring, ringABI.PackRingNodeHead(), ringABI.UnpackRingNodeHead); got != entryHash(199) {
		t.Fatalf("ringNodeHead = %x", got)
	}
}

func TestRegisterOutputs(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ring := e.deployRing(2, 3, 4)
	keys := e.sortedKeys(2, 3, 4)
	dom := e.domain(ring)
	outs := []bindings.RingLogsOutput{
		{Pin: big.NewInt(1), Data: entryHash(1)},
		{Pin: big.NewInt(5), Data: entryHash(5)},
		{Pin: big.NewInt(7), Data: entryHash(7)},
	}
	sigs := signAll(t, keys[1:], dom.outputs(big.NewInt(0), outs))

	for _, tc := range []revertCase{
		{
			name: "one vote short",
			data: ringABI.PackRegisterOutputs(outs, sigs[:1]),
			want: &bindings.RingNoMajority{Have: big.NewInt(1), Need: big.NewInt(2)},
		},
		{
			name: "outputs changed after signing",
			data: ringABI.PackRegisterOutputs(outs[:2], sigs),
			want: &bindings.RingNotMember{Account: recoverAddr(t, dom.outputs(big.NewInt(0), outs[:2]), sigs[0])},
		},
		{
			name: "outputs reordered after signing",
			data: ringABI.PackRegisterOutputs([]bindings.RingLogsOutput{outs[1], outs[0], outs[2]}, sigs),
			want: &bindings.RingNotMember{Account: recoverAddr(t, dom.outputs(big.NewInt(0), []bindings.RingLogsOutput{outs[1], outs[0], outs[2]}), sigs[0])},
		},
		{
			name: "signers unsorted",
			data: ringABI.PackRegisterOutputs(outs, [][]byte{sigs[1], sigs[0]}),
			want: &bindings.RingSignersNotAscending{},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := e.with(t)
			e.expectRevert(e.relayer(), ring, tc.data, tc.want)
		})
	}

	r := e.send(e.relayer(), ring, ringABI.PackRegisterOutputs(outs, sigs))
	ev, err := ringABI.UnpackOutputsRegisteredEvent(r.Logs[0])
	if err != nil {
		t.Fatal(err)
	}
	if ev.Nonce.Sign() != 0 || ev.OutputsHash != outputsHash(outs) || jsonOf(t, ev.Outputs) != jsonOf(t, outs) {
		t.Fatalf("OutputsRegistered = %+v", ev)
	}
	for _, o := range outs {
		if got := call(e, ring, ringABI.PackOutputs(o.Pin), ringABI.UnpackOutputs); got != o.Data {
			t.Fatalf("outputs[%v] = %x", o.Pin, got)
		}
	}
	if n := call(e, ring, ringABI.PackOutputsNonce(), ringABI.UnpackOutputsNonce); n.Int64() != 1 {
		t.Fatalf("outputsNonce = %v", n)
	}
	if b := call(e, ring, ringABI.PackOutputsBlock(), ringABI.UnpackOutputsBlock); b != r.BlockNumber.Uint64() {
		t.Fatalf("outputsBlock = %d, registered in block %d", b, r.BlockNumber)
	}

	t.Run("replayed votes", func(t *testing.T) {
		e := e.with(t)
		e.expectRevert(e.relayer(), ring, ringABI.PackRegisterOutputs(outs, sigs),
			&bindings.RingNotMember{Account: recoverAddr(t, dom.outputs(big.NewInt(1), outs), sigs[0])})
	})
	t.Run("empty list, overwrite", func(t *testing.T) {
		e := e.with(t)
		empty := e.send(e.relayer(), ring, ringABI.PackRegisterOutputs(nil, signAll(t, keys[:2], dom.outputs(big.NewInt(1), nil))))
		if b := call(e, ring, ringABI.PackOutputsBlock(), ringABI.UnpackOutputsBlock); b != empty.BlockNumber.Uint64() {
			t.Fatalf("outputsBlock = %d after an empty registration in block %d", b, empty.BlockNumber)
		}
		over := []bindings.RingLogsOutput{{Pin: big.NewInt(5), Data: entryHash(55)}}
		last := e.send(e.relayer(), ring, ringABI.PackRegisterOutputs(over, signAll(t, keys, dom.outputs(big.NewInt(2), over))))
		if b := call(e, ring, ringABI.PackOutputsBlock(), ringABI.UnpackOutputsBlock); b != last.BlockNumber.Uint64() || b <= empty.BlockNumber.Uint64() {
			t.Fatalf("outputsBlock = %d, latest registration in block %d", b, last.BlockNumber)
		}
		if got := call(e, ring, ringABI.PackOutputs(big.NewInt(5)), ringABI.UnpackOutputs); got != entryHash(55) {
			t.Fatalf("outputs[5] = %x", got)
		}
		if n := call(e, ring, ringABI.PackOutputsNonce(), ringABI.UnpackOutputsNonce); n.Int64() != 3 {
			t.Fatalf("outputsNonce = %v", n)
		}
	})
}

// claim is a LogNode of author k at seq with the given body digest.
func (e *env) claim(k int, seq uint64, body string) bindings.RingLogsLogNodeClaim {
	return bindings.RingLogsLogNodeClaim{
		Author: e.addr(k),
		Seq:    seq,
		Prev:   headHash(e.addr(k), seq-1),
		Refs:   crypto.Keccak256Hash(),
		Body:   crypto.Keccak256Hash([]byte(body)),
		Time:   1_700_000_000_000 + seq,
	}
}

func TestReportFork(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ring := e.deployRing(2, 3)
	dom := e.domain(ring)
	a, b := e.claim(2, 3, "hello"), e.claim(2, 3, "goodbye")
	sigA, sigB := sign(t, e.keys[2], dom.logNode(a)), sign(t, e.keys[2], dom.logNode(b))
	byOther := sign(t, e.keys[3], dom.logNode(b))
	c4, d4 := e.claim(2, 4, "x"), e.claim(2, 5, "y")

	for _, tc := range []revertCase{
		{
			name: "second node signed by another key",
			data: ringABI.PackReportFork(a, sigA, b, byOther),
			want: &bindings.RingSignerMismatch{Signer: e.addr(3), Expected: e.addr(2)},
		},
		{
			name: "first node forged",
			data: ringABI.PackReportFork(a, sigB, b, sigB),
			want: &bindings.RingSignerMismatch{Signer: recoverAddr(t, dom.logNode(a), sigB), Expected: e.addr(2)},
		},
		{
			name: "same content twice",
			data: ringABI.PackReportFork(a, sigA, a, sigA),
			want: &bindings.RingNotAFork{},
		},
		{
			name: "same content, malleated signature",
			data: ringABI.PackReportFork(a, sigA, a, highS(sigA)),
			want: &bindings.RingHighS{},
		},
		{
			name: "different seqs",
			data: ringABI.PackReportFork(c4, sign(t, e.keys[2], dom.logNode(c4)), d4, sign(t, e.keys[2], dom.logNode(d4))),
			want: &bindings.RingNotAFork{},
		},
		{
			name: "different authors",
			data: ringABI.PackReportFork(a, sigA, e.claim(3, 3, "goodbye"), sign(t, e.keys[3], dom.logNode(e.claim(3, 3, "goodbye")))),
			want: &bindings.RingNotAFork{},
		},
		{
			name: "signed for another ring",
			data: ringABI.PackReportFork(a, sigA, b, sign(t, e.keys[2], otherDomain(e, ring).logNode(b))),
			want: &bindings.RingSignerMismatch{Signer: recoverAddr(t, dom.logNode(b), sign(t, e.keys[2], otherDomain(e, ring).logNode(b))), Expected: e.addr(2)},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := e.with(t)
			e.expectRevert(e.keys[5], ring, tc.data, tc.want)
		})
	}

	t.Run("valid evidence, reported by an outsider", func(t *testing.T) {
		e := e.with(t)
		r := e.send(e.keys[5], ring, ringABI.PackReportFork(a, sigA, b, sigB))
		ev, err := ringABI.UnpackForkReportedEvent(r.Logs[0])
		if err != nil {
			t.Fatal(err)
		}
		want := &bindings.RingForkReported{
			Author: e.addr(2), Seq: 3,
			NodeA: digest(t, dom.logNode(a)), NodeB: digest(t, dom.logNode(b)),
			Reporter: e.addr(5),
		}
		ev.Raw = nil
		if jsonOf(t, ev) != jsonOf(t, want) {
			t.Fatalf("ForkReported = %s\nwant %s", jsonOf(t, ev), jsonOf(t, want))
		}
		if !call(e, ring, ringABI.PackForkReported(e.addr(2), 3), ringABI.UnpackForkReported) {
			t.Fatal("forkReported = false")
		}
	})
	t.Run("already reported, either order", func(t *testing.T) {
		e := e.with(t)
		e.expectRevert(e.keys[5], ring, ringABI.PackReportFork(a, sigA, b, sigB), &bindings.RingForkAlreadyReported{})
		e.expectRevert(e.keys[4], ring, ringABI.PackReportFork(b, sigB, a, sigA), &bindings.RingForkAlreadyReported{})
	})
	t.Run("a former member can be reported", func(t *testing.T) {
		e := e.with(t)
		e.send(e.owner(), ring, ringABI.PackExit(e.addr(3)))
		x, y := e.claim(3, 1, "one"), e.claim(3, 1, "two")
		e.send(e.keys[2], ring, ringABI.PackReportFork(x, sign(t, e.keys[3], dom.logNode(x)), y, sign(t, e.keys[3], dom.logNode(y))))
		if !call(e, ring, ringABI.PackForkReported(e.addr(3), 1), ringABI.UnpackForkReported) {
			t.Fatal("forkReported = false")
		}
	})
}

// TestTypedDataHashes checks the contract's EIP-712 hashing against go-ethereum's apitypes,
// i.e. against what eth_signTypedData_v4 signs.
func TestTypedDataHashes(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ring := e.deployRing(2)
	dom := e.domain(ring)
	outs := []bindings.RingLogsOutput{{Pin: big.NewInt(3), Data: entryHash(3)}, {Pin: new(big.Int).Lsh(big.NewInt(1), 200), Data: entryHash(4)}}
	f := e.flushReq(2, 12, 4)
	c := e.claim(2, 9, "body")

	for _, tc := range []struct {
		name     string
		td       apitypes.TypedData
		contract common.Hash
	}{
		{"Flush", dom.flush(f), call(e, ring, ringABI.PackHashFlush(f), ringABI.UnpackHashFlush)},
		{"LogNode", dom.logNode(c), call(e, ring, ringABI.PackHashLogNode(c), ringABI.UnpackHashLogNode)},
		{"RingEntry", dom.ringEntry(17, entryHash(17), entryHash(16)), call(e, ring, ringABI.PackHashRingEntry(17, entryHash(17), entryHash(16)), ringABI.UnpackHashRingEntry)},
		{"Outputs", dom.outputs(big.NewInt(8), outs), call(e, ring, ringABI.PackHashOutputs(big.NewInt(8), outs), ringABI.UnpackHashOutputs)},
		{"Outputs/empty", dom.outputs(big.NewInt(0), nil), call(e, ring, ringABI.PackHashOutputs(big.NewInt(0), nil), ringABI.UnpackHashOutputs)},
		{"Membership/enter", dom.membership(e.addr(7), true, big.NewInt(2), farDeadline), call(e, ring, ringABI.PackHashMembership(e.addr(7), true, big.NewInt(2), farDeadline), ringABI.UnpackHashMembership)},
		{"Membership/exit", dom.membership(e.addr(7), false, big.NewInt(2), farDeadline), call(e, ring, ringABI.PackHashMembership(e.addr(7), false, big.NewInt(2), farDeadline), ringABI.UnpackHashMembership)},
		{"PeerInfo", dom.peerInfo(e.addr(7), []byte("peer id"), []byte("multiaddrs"), 1_800_000_000), call(e, ring, ringABI.PackHashPeerInfo(e.addr(7), []byte("peer id"), []byte("multiaddrs"), 1_800_000_000), ringABI.UnpackHashPeerInfo)},
		{"PeerInfo/empty", dom.peerInfo(e.addr(7), nil, nil, 0), call(e, ring, ringABI.PackHashPeerInfo(e.addr(7), nil, nil, 0), ringABI.UnpackHashPeerInfo)},
		{"Session", dom.session(e.addr(2), e.addr(12), 1_700_000_000, 1_700_086_400), call(e, ring, ringABI.PackHashSession(e.addr(2), e.addr(12), 1_700_000_000, 1_700_086_400), ringABI.UnpackHashSession)},
		{"Session/limits", dom.session(e.addr(2), e.addr(12), 0, 1<<64-1), call(e, ring, ringABI.PackHashSession(e.addr(2), e.addr(12), 0, 1<<64-1), ringABI.UnpackHashSession)},
		{"SessionRevocation", dom.sessionRevocation(e.addr(2), e.addr(12)), call(e, ring, ringABI.PackHashSessionRevocation(e.addr(2), e.addr(12)), ringABI.UnpackHashSessionRevocation)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if want := digest(t, tc.td); tc.contract != want {
				t.Fatalf("contract digest %x, apitypes %x", tc.contract, want)
			}
		})
	}

	t.Run("domain separator", func(t *testing.T) {
		e := e.with(t)
		td := dom.flush(f)
		want, err := td.HashStruct("EIP712Domain", td.Domain.Map())
		if err != nil {
			t.Fatal(err)
		}
		if got := call(e, ring, ringABI.PackDomainSeparator(), ringABI.UnpackDomainSeparator); !bytes.Equal(got[:], want) {
			t.Fatalf("domainSeparator = %x, apitypes %x", got, want)
		}
	})

	t.Run("type hashes", func(t *testing.T) {
		e := e.with(t)
		td := dom.flush(f)
		for _, th := range []struct {
			primary string
			got     [32]byte
		}{
			{"EIP712Domain", call(e, ring, ringABI.PackDOMAINTYPEHASH(), ringABI.UnpackDOMAINTYPEHASH)},
			{"Flush", call(e, ring, ringABI.PackFLUSHTYPEHASH(), ringABI.UnpackFLUSHTYPEHASH)},
			{"LogNode", call(e, ring, ringABI.PackLOGNODETYPEHASH(), ringABI.UnpackLOGNODETYPEHASH)},
			{"RingEntry", call(e, ring, ringABI.PackRINGENTRYTYPEHASH(), ringABI.UnpackRINGENTRYTYPEHASH)},
			{"Outputs", call(e, ring, ringABI.PackOUTPUTSTYPEHASH(), ringABI.UnpackOUTPUTSTYPEHASH)},
			{"Membership", call(e, ring, ringABI.PackMEMBERSHIPTYPEHASH(), ringABI.UnpackMEMBERSHIPTYPEHASH)},
			{"PeerInfo", call(e, ring, ringABI.PackPEERINFOTYPEHASH(), ringABI.UnpackPEERINFOTYPEHASH)},
			{"Session", call(e, ring, ringABI.PackSESSIONTYPEHASH(), ringABI.UnpackSESSIONTYPEHASH)},
			{"SessionRevocation", call(e, ring, ringABI.PackSESSIONREVOCATIONTYPEHASH(), ringABI.UnpackSESSIONREVOCATIONTYPEHASH)},
		} {
			if want := td.TypeHash(th.primary); !bytes.Equal(th.got[:], want) {
				t.Errorf("%s typehash: contract %x, apitypes %x (%s)", th.primary, th.got, want, td.EncodeType(th.primary))
			}
		}
	})

	t.Run("constants", func(t *testing.T) {
		e := e.with(t)
		if got := call(e, ring, ringABI.PackCidPrefix(), ringABI.UnpackCidPrefix); !bytes.Equal(got, []byte{0x01, 0x71, 0x12, 0x20}) {
			t.Errorf("cidPrefix = %x", got)
		}
		for name, tc := range map[string]struct {
			pack   []byte
			unpack func([]byte) (*big.Int, error)
			want   int64
		}{
			"CHECKPOINT_FREQUENCY":      {ringABI.PackCHECKPOINTFREQUENCY(), ringABI.UnpackCHECKPOINTFREQUENCY, 100},
			"RING_MAJORITY_NUMERATOR":   {ringABI.PackRINGMAJORITYNUMERATOR(), ringABI.UnpackRINGMAJORITYNUMERATOR, 2},
			"RING_MAJORITY_DENOMINATOR": {ringABI.PackRINGMAJORITYDENOMINATOR(), ringABI.UnpackRINGMAJORITYDENOMINATOR, 3},
		} {
			if got := call(e, ring, tc.pack, tc.unpack); got.Int64() != tc.want {
				t.Errorf("%s = %v, want %d", name, got, tc.want)
			}
		}
	})
}
