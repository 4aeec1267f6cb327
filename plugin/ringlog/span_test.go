package ringlog

import (
	"context"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"

	"github.com/mosaic-rings/rings/plugin/internal/kubotest"
)

// TestVerifySpan: an honest source's span verifies and yields the
// challenged nodes' CIDs; a swapped block, a flipped byte, a forged head
// and a stream that ends early are each refused with ErrSpan, as are
// positions outside the span.
func TestVerifySpan(t *testing.T) {
	ctx := context.Background()
	src := newStore(t, kubotest.NewNode(t))
	key := newKey(t)
	member := crypto.PubkeyToAddress(key.PublicKey)
	heads := appendN(t, src, key, 300) // more than a FetchBatch
	head := heads[299]
	seg := Span{Ring: testRing, Chain: testChain, Member: member, Head: head.CID, HeadSeq: head.Seq, Stop: 9}
	open := func(ss *storeSource, s Span) Stream {
		st, err := ss.Open(ctx, s.Ring, s.Member, s.Head, s.Stop)
		if err != nil {
			t.Fatal(err)
		}
		return st
	}

	good := &storeSource{name: "good", s: src}
	got, err := VerifySpan(ctx, open(good, seg), seg, []uint64{10, 300, 150})
	if err != nil {
		t.Fatal(err)
	}
	if want := []cid.Cid{heads[9].CID, heads[299].CID, heads[149].CID}; len(got) != 3 || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
		t.Fatalf("VerifySpan = %v, want %v", got, want)
	}
	if good.served != 291 {
		t.Fatalf("the source served %d blocks, want 291 (seq 300 down to 10)", good.served)
	}
	// The whole log, down to seq 1.
	whole := seg
	whole.Stop = 0
	if got, err := VerifySpan(ctx, open(good, whole), whole, []uint64{1}); err != nil || got[0] != heads[0].CID {
		t.Fatalf("VerifySpan of the whole log = %v, %v", got, err)
	}

	other := newKey(t)
	forged := forge(t, src, heads[299], member, other, nil)
	for name, tc := range map[string]struct {
		src *storeSource
		seg Span
	}{
		"swapped block": {&storeSource{s: src, swap: map[cid.Cid]cid.Cid{heads[199].CID: heads[99].CID}}, seg},
		"flipped byte": {&storeSource{s: src, tamper: func(b []byte) []byte {
			b = append([]byte(nil), b...)
			b[len(b)-1] ^= 1
			return b
		}}, seg},
		"ends early":  {&storeSource{s: src, limit: 100}, seg},
		"forged head": {&storeSource{s: src}, Span{Ring: testRing, Chain: testChain, Member: member, Head: forged.CID, HeadSeq: forged.Seq, Stop: 9}},
		"other ring":  {&storeSource{s: src}, Span{Ring: member, Chain: testChain, Member: member, Head: head.CID, HeadSeq: head.Seq, Stop: 9}},
		"wrong seq":   {&storeSource{s: src}, Span{Ring: testRing, Chain: testChain, Member: member, Head: head.CID, HeadSeq: head.Seq + 1, Stop: 9}},
	} {
		if _, err := VerifySpan(ctx, open(tc.src, tc.seg), tc.seg, []uint64{10}); !errors.Is(err, ErrSpan) {
			t.Errorf("%s: %v, want ErrSpan", name, err)
		}
	}
	for _, seqs := range [][]uint64{{9}, {301}, {0}} {
		if _, err := VerifySpan(ctx, open(good, seg), seg, seqs); err == nil || errors.Is(err, ErrSpan) {
			t.Errorf("positions %v outside the span: %v, want a caller's error", seqs, err)
		}
	}
}
