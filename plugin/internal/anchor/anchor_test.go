package anchor_test

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-datastore"
	dssync "github.com/ipfs/go-datastore/sync"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/internal/anchor"
)

func TestPut(t *testing.T) {
	t.Parallel()
	ring, alice, bob := common.Address{1}, common.Address{2}, common.Address{3}
	rec := func(avatar common.Address, seq uint64) anchor.Record {
		h := common.Hash{byte(seq)}
		return anchor.Record{Ring: ring, Avatar: avatar, Seq: seq, Head: schemas.CIDFromDigest(h),
			Signed: []anchor.Signed{{Seq: seq, Head: h, Nonce: big.NewInt(int64(seq)), Deadline: big.NewInt(1e10), Sig: []byte{byte(seq)}}}}
	}
	// signed is rec without signed flushes: a flush the node signed.
	signed := func(avatar common.Address, seq uint64) anchor.Record {
		r := rec(avatar, seq)
		r.Signed = nil
		return r
	}
	cases := []struct {
		name  string
		puts  [][]anchor.Record // one Put each
		want  []anchor.Record   // List after, ring and avatar order
		extra bool              // the last Put also writes /other in its batch
	}{
		{name: "first record", puts: [][]anchor.Record{{rec(alice, 2)}}, want: []anchor.Record{rec(alice, 2)}},
		{name: "a later flush supersedes", puts: [][]anchor.Record{{rec(alice, 2)}, {rec(alice, 5)}}, want: []anchor.Record{rec(alice, 5)}},
		{name: "an older flush recorded late does not", puts: [][]anchor.Record{{rec(alice, 5)}, {rec(alice, 2)}}, want: []anchor.Record{rec(alice, 5)}},
		{name: "the same seq again replaces", puts: [][]anchor.Record{{rec(alice, 5)}, {signed(alice, 5)}}, want: []anchor.Record{signed(alice, 5)}},
		{name: "the highest seq of one Put wins", puts: [][]anchor.Record{{rec(alice, 3), rec(alice, 4), rec(alice, 1)}}, want: []anchor.Record{rec(alice, 4)}},
		{name: "one record per avatar", puts: [][]anchor.Record{{rec(alice, 1), rec(bob, 7)}}, want: []anchor.Record{rec(alice, 1), rec(bob, 7)}},
		{name: "what the caller adds commits with the records", puts: [][]anchor.Record{{rec(alice, 1)}}, want: []anchor.Record{rec(alice, 1)}, extra: true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			ds := dssync.MutexWrap(datastore.NewMapDatastore())
			for i, recs := range tc.puts {
				var with func(context.Context, datastore.Write) error
				if tc.extra && i == len(tc.puts)-1 {
					with = func(ctx context.Context, b datastore.Write) error {
						return b.Put(ctx, datastore.NewKey("/other"), []byte("x"))
					}
				}
				if err := anchor.Put(ctx, ds, recs, with); err != nil {
					t.Fatal(err)
				}
			}
			got, err := anchor.List(ctx, ds)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("List: %+v, want %+v", got, tc.want)
			}
			for i := range got {
				if !same(got[i], tc.want[i]) {
					t.Errorf("record %d: %+v, want %+v", i, got[i], tc.want[i])
				}
			}
			if _, err := ds.Get(ctx, datastore.NewKey("/other")); tc.extra != (err == nil) {
				t.Errorf("the caller's entry: %v, want it written: %v", err, tc.extra)
			}
		})
	}
}

// TestPutWithFails: when what the caller adds fails, nothing is written.
func TestPutWithFails(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	ds := dssync.MutexWrap(datastore.NewMapDatastore())
	boom := errors.New("boom")
	err := anchor.Put(ctx, ds, []anchor.Record{{Ring: common.Address{1}, Avatar: common.Address{2}, Seq: 1, Head: schemas.CIDFromDigest(common.Hash{1})}},
		func(context.Context, datastore.Write) error { return boom })
	if !errors.Is(err, boom) {
		t.Fatalf("Put: %v, want the caller's error", err)
	}
	if got, err := anchor.List(ctx, ds); err != nil || len(got) != 0 {
		t.Fatalf("List: %+v, %v; want nothing", got, err)
	}
}

// TestOldRecords: a record written before records kept signed flushes
// reads as a flush the node signed itself.
func TestOldRecords(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	ds := dssync.MutexWrap(datastore.NewMapDatastore())
	head := schemas.CIDFromDigest(common.Hash{9})
	old := `{"ring":"0x0100000000000000000000000000000000000000","avatar":"0x0200000000000000000000000000000000000000","seq":3,"head":{"/":"` + head.String() + `"}}`
	if err := ds.Put(ctx, datastore.NewKey("/anchored/0100000000000000000000000000000000000000/0200000000000000000000000000000000000000"), []byte(old)); err != nil {
		t.Fatal(err)
	}
	got, err := anchor.List(ctx, ds)
	if err != nil {
		t.Fatal(err)
	}
	want := anchor.Record{Ring: common.Address{1}, Avatar: common.Address{2}, Seq: 3, Head: head}
	if len(got) != 1 || !same(got[0], want) {
		t.Fatalf("List: %+v, want %+v", got, want)
	}
	// A newer flush replaces it under the same key.
	if err := anchor.Put(ctx, ds, []anchor.Record{{Ring: want.Ring, Avatar: want.Avatar, Seq: 4, Head: head}}, nil); err != nil {
		t.Fatal(err)
	}
	if got, _ := anchor.List(ctx, ds); len(got) != 1 || got[0].Seq != 4 {
		t.Fatalf("after a newer Put: %+v, want one record of seq 4", got)
	}
}

// same compares records, big numbers by value.
func same(a, b anchor.Record) bool {
	if a.Ring != b.Ring || a.Avatar != b.Avatar || a.Seq != b.Seq || a.Head != b.Head || len(a.Signed) != len(b.Signed) {
		return false
	}
	for i := range a.Signed {
		x, y := a.Signed[i], b.Signed[i]
		if x.Seq != y.Seq || x.Head != y.Head || x.Nonce.Cmp(y.Nonce) != 0 || x.Deadline.Cmp(y.Deadline) != 0 || string(x.Sig) != string(y.Sig) {
			return false
		}
	}
	return true
}
