package ringlog

import (
	"context"
	"crypto/rand"
	"fmt"
	"io"
	"syscall"
	"testing"

	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multihash"

	"github.com/mosaic-rings/rings/plugin/internal/kubotest"

	blocks "github.com/ipfs/go-block-format"
)

// BenchmarkAppend measures a full append (seal, sign, encode, store, pin,
// record the head durably) against the baseline: a plain Put of a block of
// the same size into the same node's blockstore. Both run on a real Kubo
// repo (flatfs with sync, leveldb). `make bench` prints the ratio.
func BenchmarkAppend(b *testing.B) {
	ctx := context.Background()
	msg := text("a chat message of a typical length, about eighty bytes long, give or take.")
	size := 0

	// Each side gets a fresh repo, so both pay for creating flatfs shard
	// directories alike, and starts with the disk written back, so neither
	// pays for what ran before it (creating a file costs three to ten times
	// more on these machines while earlier writes are still going out).
	b.Run("op=append", func(b *testing.B) {
		s := newStore(b, kubotest.NewNode(b))
		entry := Entry{Ring: testRing, Chain: testChain, Author: newKey(b), ReadKey: testKey, Message: msg}
		syscall.Sync() // see BenchmarkAppend's comment
		for b.Loop() {
			h, err := s.Append(ctx, entry)
			if err != nil {
				b.Fatal(err)
			}
			if size == 0 {
				blk, err := s.bs.Get(ctx, h.CID)
				if err != nil {
					b.Fatal(err)
				}
				size = len(blk.RawData())
			}
		}
		if err := s.WaitPinned(ctx); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(size), "bytes/node")
	})
	b.Run("op=put", func(b *testing.B) {
		node := kubotest.NewNode(b)
		buf := make([]byte, size)
		syscall.Sync()
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
		b.ReportMetric(float64(size), "bytes/node")
	})
}

// BenchmarkVerifyLog measures verifying a stored log node by node (read,
// decode, signature, links) per node.
func BenchmarkVerifyLog(b *testing.B) {
	ctx := context.Background()
	node := kubotest.NewNode(b)
	s := newStore(b, node)
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

// BenchmarkVerifySpan compares a storage challenge's check of a log span
// streamed from a source (VerifySpan: hash, link, claims, and signatures
// on all cores, storing nothing) with `ring verify`'s walk of the same
// stored log (Store.Verify), per node, on the same 2,000 nodes.
func BenchmarkVerifySpan(b *testing.B) {
	ctx := context.Background()
	s := newStore(b, kubotest.NewNode(b))
	key := newKey(b)
	heads := appendN(b, s, key, 2000)
	h := heads[len(heads)-1]
	b.Run("op=verify", func(b *testing.B) {
		for b.Loop() {
			r, err := s.Verify(ctx, testRing, testChain, h.Member, h.CID, h.Seq)
			if err != nil || !r.OK() {
				b.Fatal(fmt.Sprint(r, err))
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(heads)), "ns/node")
	})
	b.Run("op=span", func(b *testing.B) {
		// The blocks as they arrive from the hoster, newest first: the
		// attester's work is the check, the hoster's is not measured.
		var blks []blocks.Block
		for i := len(heads) - 1; i >= 0; i-- {
			raw, err := s.Block(ctx, heads[i].CID)
			if err != nil {
				b.Fatal(err)
			}
			blk, err := blocks.NewBlockWithCid(raw, heads[i].CID)
			if err != nil {
				b.Fatal(err)
			}
			blks = append(blks, blk)
		}
		span := Span{Ring: testRing, Chain: testChain, Member: h.Member, Head: h.CID, HeadSeq: h.Seq}
		b.ResetTimer()
		for b.Loop() {
			if _, err := VerifySpan(ctx, &sliceStream{blks: blks}, span, []uint64{1}); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(heads)), "ns/node")
	})
}

// sliceStream serves blocks from memory.
type sliceStream struct{ blks []blocks.Block }

func (s *sliceStream) Next(context.Context) (blocks.Block, error) {
	if len(s.blks) == 0 {
		return nil, io.EOF
	}
	b := s.blks[0]
	s.blks = s.blks[1:]
	return b, nil
}

func (s *sliceStream) Close() error { return nil }
