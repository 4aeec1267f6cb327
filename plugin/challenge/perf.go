package challenge

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/ipfs/go-cid"

	"github.com/mosaic-rings/rings/plugin/ringlog"
)

// Performance challenges (issue 12, point 3; the node's side so far, not
// yet reported on chain): an attester times real requests to the hoster,
// each from its own start (datdot timed them all from one start): every
// challenged node once through the hoster's gateway (`/ipfs/{cid}?format=
// raw`, as any IPFS gateway serves it) and once over the log sync protocol
// (a one-node stream), and one bulk stream of a challenged member's log.
// The blocks are the challenge's positions, derived on chain, not chosen
// here.

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

// Terms are a bucket's performance guarantees (seed: availability,
// bandwidth and latency with guarantees).
type Terms struct {
	MinAvailabilityBps uint16        // answered / requests, in basis points
	MaxP50             time.Duration // median single-block latency
	MinThroughput      float64       // bytes per second of the bulk stream
}

// Grade is a performance against terms: each guarantee met or not, and a
// score in basis points (the share of guarantees met; datdot's was always
// 1).
type Grade struct {
	Availability bool   `json:"availability"`
	Latency      bool   `json:"latency"`
	Bandwidth    bool   `json:"bandwidth"`
	ScoreBps     uint16 `json:"scoreBps"`
}

// Grade grades p against t.
func (p *Performance) Grade(t Terms) Grade {
	g := Grade{
		Availability: p.Requests > 0 && uint64(p.Answered)*10_000 >= uint64(t.MinAvailabilityBps)*uint64(p.Requests),
		Latency:      p.Answered > 0 && p.P50 <= t.MaxP50,
		Bandwidth:    p.Bytes > 0 && p.Throughput >= t.MinThroughput,
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
