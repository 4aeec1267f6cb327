package gateway

import (
	"bufio"
	"context"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ipfs/boxo/blockservice"
	blockstore "github.com/ipfs/boxo/blockstore"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-datastore"
	dssync "github.com/ipfs/go-datastore/sync"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
)

// sseClient reads an event stream line by line on its own goroutine.
type sseClient struct {
	resp  *http.Response
	lines chan string // closed at the end of the stream
}

func openEvents(tb testing.TB, ctx context.Context, url string) *sseClient {
	tb.Helper()
	req, err := http.NewRequestWithContext(ctx, "GET", url, nil)
	if err != nil {
		tb.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	c := &sseClient{resp: resp, lines: make(chan string, 64)}
	go func() {
		defer close(c.lines)
		defer resp.Body.Close()
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			c.lines <- sc.Text()
		}
	}()
	tb.Cleanup(func() {
		resp.Body.Close()
		for range c.lines {
		}
	})
	return c
}

// next returns the next line, or fails the test at the end of the stream.
func (c *sseClient) next(tb testing.TB) string {
	tb.Helper()
	select {
	case l, ok := <-c.lines:
		if !ok {
			tb.Fatal("the event stream ended")
		}
		return l
	case <-time.After(10 * time.Second):
		tb.Fatal("timed out waiting for an event line")
		return ""
	}
}

// waitEnd waits for the stream to end.
func (c *sseClient) waitEnd(tb testing.TB) {
	tb.Helper()
	timeout := time.After(10 * time.Second)
	for {
		select {
		case _, ok := <-c.lines:
			if !ok {
				return
			}
		case <-timeout:
			tb.Fatal("the event stream did not end")
		}
	}
}

// send hands ev to the stream's subscription.
func (b *testBackend) send(tb testing.TB, ev Event) {
	tb.Helper()
	select {
	case b.events <- ev:
	case <-time.After(10 * time.Second):
		tb.Fatal("timed out sending an event")
	}
}

func TestEvents(t *testing.T) {
	t.Parallel()
	ts := startServer(t, testConfig())
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	c := openEvents(t, ctx, ts.url+"/ring/"+testRing+"/events")
	if ct := c.resp.Header.Get("Content-Type"); c.resp.StatusCode != 200 || ct != "text/event-stream" {
		t.Fatalf("status %d Content-Type %q", c.resp.StatusCode, ct)
	}
	if c.resp.Header.Get("Cache-Control") != "no-cache" {
		t.Errorf("Cache-Control = %q", c.resp.Header.Get("Cache-Control"))
	}
	sub := recv(t, ts.backend.subscribed)
	if l := c.next(t); !strings.HasPrefix(l, ":") {
		t.Fatalf("first line %q, want a comment", l)
	}
	if l := c.next(t); l != "" {
		t.Fatalf("line %q", l)
	}

	ts.backend.send(t, Event{Type: "head", Data: map[string]any{"seq": 1}})
	ts.backend.send(t, Event{Type: "flush\nevent: forged", Data: "x"})
	for _, want := range []string{"event: head", `data: {"seq":1}`, "", "event: flushevent: forged", `data: "x"`, ""} {
		if got := c.next(t); got != want {
			t.Fatalf("line %q, want %q", got, want)
		}
	}

	cancel() // the client goes away
	waitDone(t, sub, "subscription after the client left")
}

func TestEventsEnd(t *testing.T) {
	t.Parallel()
	t.Run("backend closes", func(t *testing.T) {
		t.Parallel()
		ts := startServer(t, testConfig())
		events := make(chan Event)
		ts.backend.events = events
		c := openEvents(t, context.Background(), ts.url+"/ring/"+testRing+"/events")
		sub := recv(t, ts.backend.subscribed)
		close(events)
		c.waitEnd(t)
		waitDone(t, sub, "subscription")
	})
	t.Run("not a ring", func(t *testing.T) {
		t.Parallel()
		ts := startServer(t, testConfig())
		ts.backend.errs["RingInfo"] = &codedErr{CodeUnknownRing, "ring"}
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		req, err := http.NewRequestWithContext(ctx, "GET", ts.url+"/ring/"+testRing+"/events", nil)
		if err != nil {
			t.Fatal(err)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		if resp.StatusCode != 404 || resp.Header.Get("Content-Type") != "application/json" {
			t.Fatalf("HTTP %d %s, want 404 application/json", resp.StatusCode, resp.Header.Get("Content-Type"))
		}
		body, err := io.ReadAll(resp.Body)
		if err != nil {
			t.Fatal(err)
		}
		if e := errorBody(t, body); e.Code != CodeUnknownRing || e.Check() != "ring" {
			t.Fatalf("error %+v", e)
		}
		if calls := ts.backend.called(); slices.Contains(calls, "Subscribe") {
			t.Fatalf("subscribed to an address that is not a ring: %v", calls)
		}
	})
	t.Run("subscribe fails", func(t *testing.T) {
		t.Parallel()
		ts := startServer(t, testConfig())
		ts.backend.errs["Subscribe"] = &codedErr{CodeUnknownRing, "ring"}
		resp, body := do(t, "GET", ts.url+"/ring/"+testRing+"/events", "")
		if resp.StatusCode != 404 || errorBody(t, body).Code != CodeUnknownRing {
			t.Fatalf("%d %s", resp.StatusCode, body)
		}
	})
}

// TestEventsOutliveTimeouts keeps a stream open for several times the
// read and write timeouts, counting heartbeats.
func TestEventsOutliveTimeouts(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.ReadTimeout, cfg.WriteTimeout = "100ms", "100ms"
	ts := startServer(t, cfg, func(s *Server) { s.heartbeat = 20 * time.Millisecond })
	c := openEvents(t, context.Background(), ts.url+"/ring/"+testRing+"/events")
	recv(t, ts.backend.subscribed)
	start := time.Now()
	for beats := 0; time.Since(start) < 500*time.Millisecond; {
		if l := c.next(t); l == ": heartbeat" {
			beats++
		}
	}
	ts.backend.send(t, Event{Type: "head", Data: 1})
	for c.next(t) != "event: head" {
	}
}

func TestCloseEndsStreams(t *testing.T) {
	t.Parallel()
	ts := startServer(t, testConfig())
	c := openEvents(t, context.Background(), ts.url+"/ring/"+testRing+"/events")
	sub := recv(t, ts.backend.subscribed)

	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	closed := make(chan error, 1)
	go func() { closed <- ts.Close(ctx) }()
	c.waitEnd(t)
	waitDone(t, sub, "subscription")
	if err := recv(t, closed); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if err := ts.Start(); !errors.Is(err, ErrServerClosed) {
		t.Fatalf("Start after Close: %v", err)
	}
	if err := ts.Close(ctx); err != nil {
		t.Fatalf("second Close: %v", err)
	}
}

// TestCloseDrains checks that Close lets an in-flight call finish.
func TestCloseDrains(t *testing.T) {
	t.Parallel()
	ts := startServer(t, testConfig())
	ts.backend.block = make(chan struct{})
	type result struct {
		status int
		body   []byte
	}
	done := make(chan result, 1)
	go func() {
		resp, err := http.Post(ts.url+"/ring/FlushToRing", "application/json", strings.NewReader(mustJSON(t, validFlush())))
		if err != nil {
			done <- result{}
			return
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		done <- result{resp.StatusCode, b}
	}()
	callCtx := recv(t, ts.backend.entered)

	closed := make(chan error, 1)
	go func() { closed <- ts.Close(context.Background()) }()
	// Close waits for the call: new connections are refused meanwhile.
	waitRefused(t, ts.url)
	select {
	case err := <-closed:
		t.Fatalf("Close returned %v with a call in flight", err)
	default:
	}
	if callCtx.Err() != nil {
		t.Fatal("the in-flight call was canceled")
	}
	close(ts.backend.block)
	if r := recv(t, done); r.status != 200 || !strings.Contains(string(r.body), `"received"`) {
		t.Fatalf("in-flight call: %d %s", r.status, r.body)
	}
	if err := recv(t, closed); err != nil {
		t.Fatalf("Close: %v", err)
	}
}

// waitRefused waits until url refuses connections.
func waitRefused(tb testing.TB, url string) {
	tb.Helper()
	addr := strings.TrimPrefix(url, "http://")
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		conn, err := net.DialTimeout("tcp", addr, time.Second)
		if err != nil {
			return
		}
		conn.Close()
		runtime.Gosched()
	}
	tb.Fatal("the listener is still open")
}

// TestCloseForced checks that Close gives up at ctx's end and cancels the
// calls still running.
func TestCloseForced(t *testing.T) {
	t.Parallel()
	ts := startServer(t, testConfig())
	ts.backend.block = make(chan struct{}) // never closed
	go func() {
		resp, err := http.Post(ts.url+"/ring/FlushToRing", "application/json", strings.NewReader(mustJSON(t, validFlush())))
		if err == nil {
			resp.Body.Close()
		}
	}()
	callCtx := recv(t, ts.backend.entered)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := ts.Close(ctx); !errors.Is(err, context.Canceled) {
		t.Fatalf("Close: %v, want context.Canceled", err)
	}
	waitDone(t, callCtx, "in-flight call")
}

func TestStart(t *testing.T) {
	t.Parallel()
	b := newTestBackend()
	opts := []Option{WithRegisterer(prometheus.NewRegistry()), WithLogger(slog.New(slog.DiscardHandler))}
	s, err := NewServer(testConfig(), b, opts...)
	if err != nil {
		t.Fatal(err)
	}
	if s.Addr() != "" {
		t.Fatalf("Addr before Start = %q", s.Addr())
	}
	if err := s.Start(); err != nil {
		t.Fatal(err)
	}
	defer s.Close(context.Background())
	if err := s.Start(); err == nil {
		t.Fatal("second Start succeeded")
	}
	host, port, err := net.SplitHostPort(s.Addr())
	if err != nil || host != "127.0.0.1" || port == "0" {
		t.Fatalf("Addr = %q", s.Addr())
	}

	taken := testConfig()
	taken.Address = "/ip4/127.0.0.1/tcp/" + port
	s2, err := NewServer(taken, b, opts...)
	if err != nil {
		t.Fatal(err)
	}
	if err := s2.Start(); err == nil {
		s2.Close(context.Background())
		t.Fatal("Start on a taken port succeeded")
	}
	if err := s2.Close(context.Background()); err != nil {
		t.Fatalf("Close of a server that never started: %v", err)
	}

	if _, err := NewServer(testConfig(), nil, opts...); err == nil {
		t.Fatal("NewServer with a nil backend succeeded")
	}
	bad := testConfig()
	bad.MaxBatch = 0
	if _, err := NewServer(bad, b, opts...); err == nil || !strings.Contains(err.Error(), "Gateway.MaxBatch") {
		t.Fatalf("NewServer with a bad config: %v", err)
	}
}

func TestMetrics(t *testing.T) {
	t.Parallel()
	ts := startServer(t, testConfig())
	// A second server on the same registry reuses the collectors.
	if _, err := NewServer(testConfig(), newTestBackend(), WithRegisterer(ts.reg)); err != nil {
		t.Fatalf("second server on one registry: %v", err)
	}
	ts.rpc(t, `{"jsonrpc":"2.0","method":"RingInfo","id":1,"params":{"ring":"`+testRing+`"}}`)
	ts.rpc(t, `[{"jsonrpc":"2.0","method":"nope","id":1},{"jsonrpc":"2.0","method":"FlushStatus","id":2,"params":{}}]`)
	do(t, "GET", ts.url+"/ring/bad", "")

	mfs, err := ts.reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	find := func(name string, labels map[string]string) *dto.Metric {
		for _, mf := range mfs {
			if mf.GetName() != name {
				continue
			}
		next:
			for _, m := range mf.GetMetric() {
				for _, lp := range m.GetLabel() {
					if v, ok := labels[lp.GetName()]; ok && v != lp.GetValue() {
						continue next
					}
				}
				return m
			}
		}
		t.Errorf("no %s%v", name, labels)
		return nil
	}
	if m := find("ring_gateway_requests_total", map[string]string{"route": "rpc", "code": "200"}); m != nil && m.GetCounter().GetValue() != 2 {
		t.Errorf("rpc requests = %v", m.GetCounter().GetValue())
	}
	find("ring_gateway_requests_total", map[string]string{"route": "ring", "code": "400"})
	if m := find("ring_gateway_request_duration_seconds", map[string]string{"route": "rpc"}); m != nil && m.GetHistogram().GetSampleCount() != 2 {
		t.Errorf("rpc durations = %v", m.GetHistogram().GetSampleCount())
	}
	find("ring_gateway_rpc_calls_total", map[string]string{"method": "RingInfo", "code": "ok"})
	find("ring_gateway_rpc_calls_total", map[string]string{"method": "unknown", "code": "-32601"})
	find("ring_gateway_rpc_calls_total", map[string]string{"method": "FlushStatus", "code": "-32602"})
}

func TestIPFS(t *testing.T) {
	t.Parallel()
	t.Run("handler", func(t *testing.T) {
		t.Parallel()
		paths := make(chan string, 2)
		ts := startServer(t, testConfig(), WithIPFS(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			paths <- r.URL.Path
			w.WriteHeader(http.StatusTeapot)
		})))
		for _, p := range []string{"/ipfs/bafkqaaa", "/ipns/example.org"} {
			if resp, _ := do(t, "GET", ts.url+p, ""); resp.StatusCode != http.StatusTeapot {
				t.Fatalf("%s: %d", p, resp.StatusCode)
			}
			if got := recv(t, paths); got != p {
				t.Fatalf("handler saw %q, want %q", got, p)
			}
		}
	})
	t.Run("boxo", func(t *testing.T) {
		t.Parallel()
		bs := blockstore.NewBlockstore(dssync.MutexWrap(datastore.NewMapDatastore()))
		bserv := blockservice.New(bs, nil)
		t.Cleanup(func() { bserv.Close() })
		blk, err := blocks.NewBlockWithCid([]byte("hello ring"), testCID(t, []byte("hello ring")))
		if err != nil {
			t.Fatal(err)
		}
		if err := bserv.AddBlock(context.Background(), blk); err != nil {
			t.Fatal(err)
		}
		h, err := IPFSHandler(bserv)
		if err != nil {
			t.Fatal(err)
		}
		ts := startServer(t, testConfig(), WithIPFS(h))
		resp, body := do(t, "GET", ts.url+"/ipfs/"+blk.Cid().String(), "", "Accept", "application/vnd.ipld.raw")
		if resp.StatusCode != 200 || string(body) != "hello ring" {
			t.Fatalf("%d %q", resp.StatusCode, body)
		}
	})
}
