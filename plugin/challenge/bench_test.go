package challenge

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// BenchmarkChallengeAnswer is a storage challenge 10,000 nodes below the
// head, answered over real libp2p on loopback: the hoster streams the
// member's log from its head down to the challenged seq, the attester
// verifies every block and gets the receipt countersigned. It reports the
// blocks and bytes streamed and the time per answer.
func BenchmarkChallengeAnswer(b *testing.B) {
	const depth = 10_000
	f := newFixtureOf(b, []int{depth + 1})
	m := f.c.Positions[0].Member
	f.c.Positions = []Position{{Member: m, Seq: 1, Head: f.c.Positions[0].Head, HeadSeq: depth + 1}}
	var bytes int
	for _, h := range f.heads[m][1:] {
		raw, err := f.hoster.logs.Block(context.Background(), h.CID)
		if err != nil {
			b.Fatal(err)
		}
		bytes += len(raw)
	}
	a := NewAttester(f.attester.host, f.attester.av, f.chain)
	b.ResetTimer()
	for b.Loop() {
		f.now = time.Now()
		v, err := a.Attest(context.Background(), f.c)
		if err != nil || !v.Report.OK || v.Report.Data == (common.Hash{}) {
			b.Fatalf("%+v, %v", v, err)
		}
	}
	b.ReportMetric(float64(depth+1), "blocks/op")
	b.ReportMetric(float64(bytes), "bytes/op")
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/op")
}
