package ringlog

import (
	"context"
	"crypto/rand"
	"fmt"
	"testing"

	"github.com/ipfs/go-cid"
	"github.com/ipfs/go-datastore"
	"github.com/ipfs/go-datastore/namespace"
	"github.com/multiformats/go-multihash"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/internal/kubotest"

	blocks "github.com/ipfs/go-block-format"
)

// BenchmarkAppend measures a full append (seal, sign, encode, store, pin,
// record the head durably) against the baseline: a plain Put of a block of
// the same size into the same node's blockstore. Both run on a real Kubo
// repo (flatfs with sync, leveldb). `make bench` prints the ratio.
func BenchmarkAppend(b *testing.B) {
	ctx := context.Background()
	node := kubotest.NewNode(b)
	s := New(node.Blockstore, namespace.Wrap(node.Repo.Datastore(), datastore.NewKey("/ring")), node.Pinning)
	key := newKey(b)
	msg := text("a chat message of a typical length, about eighty bytes long, give or take.")
	entry := Entry{Ring: testRing, Chain: testChain, Author: key, ReadKey: testKey, Message: msg}
	first, err := s.Append(ctx, entry)
	if err != nil {
		b.Fatal(err)
	}
	blk, err := s.bs.Get(ctx, first.CID)
	if err != nil {
		b.Fatal(err)
	}
	size := len(blk.RawData())

	b.Run("op=append", func(b *testing.B) {
		b.ReportMetric(float64(size), "bytes/node")
		for b.Loop() {
			if _, err := s.Append(ctx, entry); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("op=put", func(b *testing.B) {
		buf := make([]byte, size)
		for b.Loop() {
			if _, err := rand.Read(buf); err != nil {
				b.Fatal(err)
			}
			h, err := multihash.Sum(buf, multihash.SHA2_256, -1)
			if err != nil {
				b.Fatal(err)
			}
			blk, err := blocks.NewBlockWithCid(append([]byte(nil), buf...), cid.NewCidV1(cid.DagCBOR, h))
			if err != nil {
				b.Fatal(err)
			}
			if err := node.Blockstore.Put(ctx, blk); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkVerifyLog measures verifying a stored log node by node (read,
// decode, signature, links) per node.
func BenchmarkVerifyLog(b *testing.B) {
	ctx := context.Background()
	node := kubotest.NewNode(b)
	s := New(node.Blockstore, namespace.Wrap(node.Repo.Datastore(), datastore.NewKey("/ring")), node.Pinning)
	key := newKey(b)
	heads := appendN(b, s, key, 200)
	h := heads[len(heads)-1]
	b.ResetTimer()
	for b.Loop() {
		r, err := s.Verify(ctx, testRing, testChain, h.Member, h.CID, h.Seq)
		if err != nil || !r.OK() {
			b.Fatal(fmt.Sprint(r, err))
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(heads)), "ns/node")
}

var _ = schemas.MaxBodySize
