package challenge

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/gateway"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/logsync"
	"github.com/mosaic-rings/rings/plugin/ringlog"
)

// TestMeasureGradesASlowHosterLow: the attester times each challenged
// node through the hoster's real IPFS gateway (boxo's, over a loopback
// listener) and over the log sync protocol, each request from its own
// start, and one bulk stream. A hoster whose gateway answers at once
// meets terms a hoster with 300 ms injected before each gateway answer
// does not: its median latency is the gateway's.
func TestMeasureGradesASlowHosterLow(t *testing.T) {
	f := newFixture(t)
	ipfs, err := gateway.IPFSHandler(f.hoster.node.Blocks)
	if err != nil {
		t.Fatal(err)
	}
	fast := httptest.NewServer(ipfs)
	defer fast.Close()
	const delay = 300 * time.Millisecond
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(delay) // the fault under test: a slow gateway
		ipfs.ServeHTTP(w, r)
	}))
	defer slow.Close()

	var targets []Target
	for _, p := range f.c.Positions {
		targets = append(targets, Target{Position: p, CID: f.heads[p.Member][p.Seq-1].CID})
	}
	bulk := f.c.spans()[0].Span
	src := logsync.Source{Host: f.attester.host, Peer: f.hoster.host.ID()}
	terms := chain.PerformanceTerms{MinAvailabilityBps: 9_000, MaxP50Ms: 150, MinBandwidth: 1}
	grade := func(p *Performance) Grade { return GradeReport(p.Report(1, f.hoster.av.Address), terms) }
	measure := func(url string) *Performance {
		p, err := Measure(context.Background(), http.DefaultClient, url, src, bulk, targets, 5*time.Second)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}

	p := measure(fast.URL)
	if p.Requests != 6 || p.Answered != 6 || p.P50 <= 0 || p.Bytes == 0 || p.Throughput <= 0 {
		t.Fatalf("the fast hoster: %+v", p)
	}
	if g := grade(p); !g.Availability || !g.Latency || !g.Bandwidth || g.ScoreBps != 10_000 {
		t.Fatalf("the fast hoster's grade %+v (%+v)", g, p)
	}
	q := measure(slow.URL)
	// The gateway's median is at least the delay; the protocol's is not.
	if q.Answered != 6 || q.GatewayP50 < delay || q.ProtocolP50 >= delay || q.P50 != q.GatewayP50 {
		t.Fatalf("the slow hoster: %+v", q)
	}
	if g := grade(q); !g.Availability || g.Latency || !g.Bandwidth || g.ScoreBps != 6_666 {
		t.Fatalf("the slow hoster's grade %+v (%+v)", g, q)
	}
	// A hoster that answers nothing: no availability, no latency, no bandwidth.
	down := httptest.NewServer(http.NotFoundHandler())
	defer down.Close()
	bad := ringlog.Span{Ring: bulk.Ring, Chain: bulk.Chain, Member: bulk.Member, Head: schemas.CIDFromDigest([32]byte{1}), HeadSeq: bulk.HeadSeq, Stop: bulk.Stop}
	for i := range targets {
		targets[i].CID = schemas.CIDFromDigest([32]byte{byte(i + 1)})
	}
	r, err := Measure(context.Background(), http.DefaultClient, down.URL, src, bad, targets, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if g := grade(r); r.Answered != 0 || g.ScoreBps != 0 {
		t.Fatalf("a hoster that answers nothing: %+v, grade %+v", r, g)
	}
}
