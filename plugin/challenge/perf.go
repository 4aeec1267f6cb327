package challenge

import (
	"context"
	"fmt"
	"io"
	"math"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

	"github.com/mosaic-rings/rings/contracts/chain"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/logsync"
	"github.com/mosaic-rings/rings/plugin/ringlog"
)

// Performance challenges (docs/challenges.md, "Performance"): each
// attester of a storage challenge also times real requests to the hoster,
// each from its own start (datdot timed them all from one start): every
// challenged node once through the hoster's gateway (`/ipfs/{cid}?format=
// raw`, as any IPFS gateway serves it) and once over the log sync protocol
// (a one-node stream), and one bulk stream of a challenged member's log.
// The blocks are the challenge's positions, derived on chain, not chosen
// here. It signs what it measured (EIP-712 Performance) and the contract
// grades it against the bucket's terms.

// Target is one block to time: a challenged node.
type Target struct {
	Position
	CID cid.Cid
}

// Performance is what an attester measured of a hoster.
type Performance struct {
	// Requests are the single-block requests made, Answered those that
	// returned the right block. GatewayP50 and ProtocolP50 are the median
	// latencies through the gateway and over the log sync protocol, each
	// request timed from its own start (an unanswered one counts as the
	// timeout); P50 is the worse of the two: a hoster must serve both ways.
	Requests    int           `json:"requests"`
	Answered    int           `json:"answered"`
	GatewayP50  time.Duration `json:"gatewayP50"`
	ProtocolP50 time.Duration `json:"protocolP50"`
	P50         time.Duration `json:"p50"`
	// Bytes and Stream are the bulk stream's size and time; Throughput is
	// Bytes per second.
	Bytes      int64         `json:"bytes"`
	Stream     time.Duration `json:"stream"`
	Throughput float64       `json:"throughput"`
}

// MeasureTimeout is how long an attester waits for one timed request; an
// unanswered request counts as this long.
const MeasureTimeout = 5 * time.Second

// Report is p as the contract takes it for challenge id of hoster:
// availability in basis points, the median latency in whole milliseconds
// (rounded up), the bulk stream's bytes per second.
func (p *Performance) Report(id uint64, hoster common.Address) chain.PerformanceReport {
	r := chain.PerformanceReport{Challenge: id, Hoster: hoster,
		P50Ms: uint32(min((p.P50+time.Millisecond-1)/time.Millisecond, math.MaxUint32)), Bandwidth: uint64(p.Throughput)}
	if p.Requests > 0 {
		r.AvailabilityBps = uint16(p.Answered * 10_000 / p.Requests)
	}
	return r
}

// Grade is one measurement against a bucket's terms, as the contract
// counts its vote: each guarantee met or not (a zero term guarantees
// nothing), and the score: terms met × 10,000 / 3 (datdot's was always 1).
type Grade struct {
	Availability bool   `json:"availability"`
	Latency      bool   `json:"latency"`
	Bandwidth    bool   `json:"bandwidth"`
	ScoreBps     uint16 `json:"scoreBps"`
}

// GradeReport grades r against t as the contract does one measurement.
func GradeReport(r chain.PerformanceReport, t chain.PerformanceTerms) Grade {
	g := Grade{
		Availability: r.AvailabilityBps >= t.MinAvailabilityBps,
		Latency:      t.MaxP50Ms == 0 || r.P50Ms <= t.MaxP50Ms,
		Bandwidth:    r.Bandwidth >= t.MinBandwidth,
	}
	met := 0
	for _, ok := range []bool{g.Availability, g.Latency, g.Bandwidth} {
		if ok {
			met++
		}
	}
	g.ScoreBps = uint16(met * 10_000 / 3)
	return g
}

// Measurement is an attester's signed measurement of a challenge's hoster.
type Measurement struct {
	Performance *Performance
	Report      chain.PerformanceReport
	Sig         []byte
}

// MeasureHoster times c's hoster on the challenged nodes, digests in
// position order as its storage proof gave them (nil: the heads the chain
// holds, when the proof failed), with client through its registered
// gateway and over the log sync protocol, and signs what it measured.
func (a *Attester) MeasureHoster(ctx context.Context, client *http.Client, c *Challenge, digests []common.Hash) (*Measurement, error) {
	if err := c.Check(); err != nil {
		return nil, err
	}
	var targets []Target
	for i, p := range c.Positions {
		if len(digests) == len(c.Positions) {
			targets = append(targets, Target{Position: p, CID: schemas.CIDFromDigest(digests[i])})
		} else {
			p.Seq = p.HeadSeq
			targets = append(targets, Target{Position: p, CID: schemas.CIDFromDigest(p.Head)})
		}
	}
	bulk := c.spans()[0].Span
	p, err := Measure(ctx, client, c.HosterURL, logsync.Source{Host: a.host, Peer: c.HosterPeer}, bulk, targets, MeasureTimeout)
	if err != nil {
		return nil, err
	}
	r := p.Report(c.ID, c.Hoster)
	sig, err := schemas.Sign(a.chain.PerformanceDigest(r), a.self.PrivateKey())
	if err != nil {
		return nil, err
	}
	return &Measurement{Performance: p, Report: r, Sig: sig}, nil
}

// Measure times the hoster: each target through its gateway (gatewayURL,
// with client) and over src (its log sync protocol), every request with
// its own timeout and clock, and then one bulk stream of bulk. A request
// that fails or returns another block is unanswered and counts at timeout.
func Measure(ctx context.Context, client *http.Client, gatewayURL string, src ringlog.Source, bulk ringlog.Span, targets []Target, timeout time.Duration) (*Performance, error) {
	p := &Performance{}
	var viaGateway, viaProtocol []time.Duration
	timed := func(lat *[]time.Duration, fetch func(ctx context.Context) (cid.Cid, error), want cid.Cid) {
		rctx, cancel := context.WithTimeout(ctx, timeout)
		defer cancel()
		start := time.Now()
		got, err := fetch(rctx)
		d := time.Since(start)
		p.Requests++
		if err != nil || got != want {
			*lat = append(*lat, timeout)
			return
		}
		p.Answered++
		*lat = append(*lat, d)
	}
	base := strings.TrimSuffix(gatewayURL, "/")
	for _, t := range targets {
		if base != "" {
			timed(&viaGateway, func(ctx context.Context) (cid.Cid, error) { return gatewayBlock(ctx, client, base, t.CID) }, t.CID)
		}
		timed(&viaProtocol, func(ctx context.Context) (cid.Cid, error) {
			st, err := src.Open(ctx, bulk.Ring, t.Member, t.CID, t.Seq-1)
			if err != nil {
				return cid.Undef, err
			}
			defer st.Close()
			blk, err := st.Next(ctx)
			if err != nil {
				return cid.Undef, err
			}
			return blk.Cid(), nil
		}, t.CID)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	p.GatewayP50, p.ProtocolP50 = median(viaGateway), median(viaProtocol)
	p.P50 = max(p.GatewayP50, p.ProtocolP50)
	// The bulk stream, timed from its own start, read without verifying:
	// what is measured is the hoster's bandwidth, not this node's CPU.
	start := time.Now()
	st, err := src.Open(ctx, bulk.Ring, bulk.Member, bulk.Head, bulk.Stop)
	if err == nil {
		for {
			blk, err := st.Next(ctx)
			if err != nil {
				break
			}
			p.Bytes += int64(len(blk.RawData()))
		}
		_ = st.Close()
	}
	p.Stream = time.Since(start)
	if p.Stream > 0 {
		p.Throughput = float64(p.Bytes) / p.Stream.Seconds()
	}
	return p, ctx.Err()
}

// gatewayBlock fetches a raw block through an IPFS gateway and returns the
// CID its bytes hash to.
func gatewayBlock(ctx context.Context, client *http.Client, base string, c cid.Cid) (cid.Cid, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+"/ipfs/"+c.String()+"?format=raw", nil)
	if err != nil {
		return cid.Undef, err
	}
	resp, err := client.Do(req)
	if err != nil {
		return cid.Undef, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return cid.Undef, fmt.Errorf("%s: HTTP %d", req.URL, resp.StatusCode)
	}
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 2<<20))
	if err != nil {
		return cid.Undef, err
	}
	return c.Prefix().Sum(raw)
}

// median is the median of ds (the mean of the middle two for an even
// count), 0 for none.
func median(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	ds = slices.Clone(ds)
	slices.Sort(ds)
	n := len(ds)
	if n%2 == 1 {
		return ds[n/2]
	}
	return (ds[n/2-1] + ds[n/2]) / 2
}
