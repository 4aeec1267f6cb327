package gateway

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ipfs/go-cid"
	carv2 "github.com/ipld/go-car/v2"
	carstorage "github.com/ipld/go-car/v2/storage"
	"github.com/multiformats/go-multihash"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/mosaic-rings/rings/internal/leakcheck"
)

// testBackend is the network edge of the gateway, faked: the real Backend
// is the plugin's, tested end to end with Kubo daemons. It records calls
// and answers canned results; err (or errs[method]) makes a method fail.
type testBackend struct {
	mu    sync.Mutex
	calls []string
	flush []*FlushToRingParams
	repl  []*ReplicateRingParams
	err   error
	errs  map[string]error

	// block, when set, makes FlushToRing wait for it (or ctx) and report
	// its ctx on entered.
	block   chan struct{}
	entered chan context.Context

	// carFail makes LogCAR fail after writing the CAR header; carWait
	// makes it wait that long (or for ctx) after the header.
	carFail bool
	carWait time.Duration

	subscribed chan context.Context // every Subscribe's ctx
	events     chan Event
}

var _ Backend = (*testBackend)(nil)

func newTestBackend() *testBackend {
	return &testBackend{
		errs:       map[string]error{},
		entered:    make(chan context.Context, 16),
		subscribed: make(chan context.Context, 16),
		events:     make(chan Event),
	}
}

func (b *testBackend) record(method string) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.calls = append(b.calls, method)
	if err := b.errs[method]; err != nil {
		return err
	}
	return b.err
}

func (b *testBackend) called() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.calls...)
}

func (b *testBackend) FlushToRing(ctx context.Context, p *FlushToRingParams) (*FlushStatus, error) {
	if err := b.record("FlushToRing"); err != nil {
		return nil, err
	}
	b.mu.Lock()
	b.flush = append(b.flush, p)
	block := b.block
	b.mu.Unlock()
	if block != nil {
		b.entered <- ctx
		select {
		case <-block:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	return &FlushStatus{ID: testID, Status: "received", Ring: p.Ring, Avatar: p.Avatar, Seq: 7, Stored: len(p.Blocks)}, nil
}

func (b *testBackend) FlushStatus(ctx context.Context, id string) (*FlushStatus, error) {
	if err := b.record("FlushStatus"); err != nil {
		return nil, err
	}
	return &FlushStatus{ID: id, Status: "relayed"}, nil
}

func (b *testBackend) ReplicateRing(ctx context.Context, p *ReplicateRingParams) (*ReplicateStatus, error) {
	if err := b.record("ReplicateRing"); err != nil {
		return nil, err
	}
	b.mu.Lock()
	b.repl = append(b.repl, p)
	b.mu.Unlock()
	return &ReplicateStatus{Ring: p.Ring, ReplicaRing: p.ReplicaRing, Status: "replicating"}, nil
}

func (b *testBackend) UnreplicateRing(ctx context.Context, p *UnreplicateRingParams) (*ReplicateStatus, error) {
	if err := b.record("UnreplicateRing"); err != nil {
		return nil, err
	}
	return &ReplicateStatus{Ring: p.Ring, Status: "unreplicated"}, nil
}

func (b *testBackend) RevokeSession(ctx context.Context, p *RevokeSessionParams) (*SessionStatus, error) {
	if err := b.record("RevokeSession"); err != nil {
		return nil, err
	}
	return &SessionStatus{Ring: p.Ring, Author: p.Author, Key: p.Key, RevokedAt: 1700000000}, nil
}

func (b *testBackend) RingInfo(ctx context.Context, ring string) (any, error) {
	if err := b.record("RingInfo"); err != nil {
		return nil, err
	}
	return map[string]any{"ring": ring}, nil
}

func (b *testBackend) Log(ctx context.Context, ring, member string, since uint64, limit int) (any, error) {
	if err := b.record("Log"); err != nil {
		return nil, err
	}
	return map[string]any{"ring": ring, "member": member, "since": since, "limit": limit}, nil
}

// testBlock is the one block of the CAR that LogCAR writes.
var testBlock = []byte("a log node")

func testCID(tb testing.TB, data []byte) cid.Cid {
	tb.Helper()
	h, err := multihash.Sum(data, multihash.SHA2_256, -1)
	if err != nil {
		tb.Fatal(err)
	}
	return cid.NewCidV1(cid.Raw, h)
}

func (b *testBackend) LogCAR(ctx context.Context, ring, member string, since uint64, limit int, w io.Writer) error {
	if err := b.record("LogCAR"); err != nil {
		return err
	}
	h, err := multihash.Sum(testBlock, multihash.SHA2_256, -1)
	if err != nil {
		return err
	}
	c := cid.NewCidV1(cid.Raw, h)
	car, err := carstorage.NewWritable(w, []cid.Cid{c}, carv2.WriteAsCarV1(true))
	if err != nil {
		return err
	}
	if b.carFail {
		return errors.New("the blockstore went away")
	}
	if b.carWait > 0 {
		b.entered <- ctx
		select {
		case <-time.After(b.carWait):
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	if err := car.Put(ctx, c.KeyString(), testBlock); err != nil {
		return err
	}
	return car.Finalize()
}

func (b *testBackend) Timeline(ctx context.Context, ring, cursor string, limit int) (any, error) {
	if err := b.record("Timeline"); err != nil {
		return nil, err
	}
	return map[string]any{"ring": ring, "cursor": cursor, "limit": limit}, nil
}

func (b *testBackend) TimelineCAR(ctx context.Context, ring, cursor string, limit int, w io.Writer) error {
	if err := b.record("TimelineCAR"); err != nil {
		return err
	}
	h, err := multihash.Sum(testBlock, multihash.SHA2_256, -1)
	if err != nil {
		return err
	}
	c := cid.NewCidV1(cid.Raw, h)
	car, err := carstorage.NewWritable(w, []cid.Cid{c}, carv2.WriteAsCarV1(true))
	if err != nil {
		return err
	}
	if err := car.Put(ctx, c.KeyString(), testBlock); err != nil {
		return err
	}
	return car.Finalize()
}

func (b *testBackend) Subscribe(ctx context.Context, ring string) (<-chan Event, error) {
	if err := b.record("Subscribe"); err != nil {
		return nil, err
	}
	b.subscribed <- ctx
	return b.events, nil
}

// codedErr is a backend error with a code, as package plugin makes them.
type codedErr struct {
	code  int
	check string
}

func (e *codedErr) Error() string      { return e.RPCMessage() }
func (e *codedErr) RPCMessage() string { return fmt.Sprintf("check %s failed", e.check) }
func (e *codedErr) RPCCode() int       { return e.code }
func (e *codedErr) Check() string      { return e.check }

var _ Coded = (*codedErr)(nil)

// causedErr is a codedErr with a cause that the node's log gets and the
// client does not, as package replica's CheckError has them.
type causedErr struct {
	codedErr
	cause error
}

func (e *causedErr) Error() string { return e.codedErr.Error() + ": " + e.cause.Error() }
func (e *causedErr) Unwrap() error { return e.cause }

var _ Coded = (*causedErr)(nil)

const (
	testAddr  = "0x00000000000000000000000000000000000000aa"
	testRing  = "0x1111111111111111111111111111111111111111"
	testID    = "0x2222222222222222222222222222222222222222222222222222222222222222"
	testSig   = "0x" + "33333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333" + "1b"
	testHead  = "0x4444444444444444444444444444444444444444444444444444444444444444"
	testNode0 = "AAEC"     // 00 01 02
	testNode1 = "bm9kZQ==" // "node"
)

// testConfig is DefaultConfig on a free loopback port, rate limiting off.
func testConfig() Config {
	cfg := DefaultConfig()
	cfg.Address = "/ip4/127.0.0.1/tcp/0"
	cfg.RateLimit.Disabled = true
	return cfg
}

type testServer struct {
	*Server
	backend *testBackend
	url     string
	reg     *prometheus.Registry
}

// startServer starts a gateway on cfg with a fresh test backend and
// registry, closed at the end of the test.
func startServer(tb testing.TB, cfg Config, opts ...Option) *testServer {
	tb.Helper()
	b := newTestBackend()
	reg := prometheus.NewRegistry()
	opts = append([]Option{WithRegisterer(reg), WithLogger(slog.New(slog.DiscardHandler))}, opts...)
	s, err := NewServer(cfg, b, opts...)
	if err != nil {
		tb.Fatal(err)
	}
	if err := s.Start(); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := s.Close(ctx); err != nil {
			tb.Errorf("Close: %v", err)
		}
	})
	return &testServer{Server: s, backend: b, url: "http://" + s.Addr(), reg: reg}
}

// do sends a request and returns the response with its body read.
func do(tb testing.TB, method, url, body string, header ...string) (*http.Response, []byte) {
	tb.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, err := http.NewRequest(method, url, rd)
	if err != nil {
		tb.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		tb.Fatal(err)
	}
	return resp, b
}

// checkMessage fails the test if e's message leaks anything (see package
// leakcheck). Every error the tests decode (checkResp, errorBody) is held
// to it, so every table of hostile input in this package is.
func checkMessage(tb testing.TB, e *Error) {
	tb.Helper()
	leakcheck.Check(tb, fmt.Sprintf("error %d", e.Code), e.Message)
}

// rpcResp is a JSON-RPC response as a client sees it.
type rpcResp struct {
	JSONRPC string          `json:"jsonrpc"`
	Result  json.RawMessage `json:"result"`
	Error   *Error          `json:"error"`
	ID      json.RawMessage `json:"id"`
}

// decodeResp decodes one Response object, checking it has exactly the
// members the specification allows.
func decodeResp(tb testing.TB, raw []byte) rpcResp {
	tb.Helper()
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		tb.Fatalf("response %s: %v", raw, err)
	}
	_, hasResult := m["result"]
	_, hasError := m["error"]
	_, hasID := m["id"]
	if len(m) != 3 || !hasID || hasResult == hasError || string(m["jsonrpc"]) != `"2.0"` {
		tb.Fatalf("not a JSON-RPC 2.0 response object: %s", raw)
	}
	var r rpcResp
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil {
		tb.Fatalf("response %s: %v", raw, err)
	}
	return r
}

// rpc posts body to /ring/rpc.
func (ts *testServer) rpc(tb testing.TB, body string) (*http.Response, []byte) {
	tb.Helper()
	return do(tb, http.MethodPost, ts.url+"/ring/rpc", body, "Content-Type", "application/json")
}

// validFlush is a valid FlushToRing params object, as a map to mutate.
func validFlush() map[string]any {
	return map[string]any{
		"avatar": testAddr,
		"ring":   testRing,
		"mtx": map[string]any{
			"ring":     testRing,
			"avatar":   testAddr,
			"head":     testHead,
			"seq":      7,
			"nonce":    "3",
			"deadline": 1700000000,
		},
		"mtx_sig":  testSig,
		"logNodes": []any{testNode0, testNode1},
	}
}

func validReplicate() map[string]any {
	return map[string]any{
		"ring":         testRing,
		"replica_ring": testAddr,
		"replica_key":  testHead,
		"mtx": map[string]any{
			"ring":           testRing,
			"replicaRing":    testAddr,
			"replicaKeyHash": testID,
			"deadline":       "1700000000",
		},
		"mtx_sig": testSig,
	}
}

func validUnreplicate() map[string]any {
	return map[string]any{
		"ring":    testRing,
		"mtx":     map[string]any{"ring": testRing, "deadline": 1700000000},
		"mtx_sig": testSig,
	}
}

func mustJSON(tb testing.TB, v any) string {
	tb.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// recv waits for a value on ch, failing the test after a deadline.
func recv[T any](tb testing.TB, ch <-chan T) T {
	tb.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(10 * time.Second):
		tb.Fatal("timed out waiting")
		panic("unreachable")
	}
}

// waitDone waits for ctx to end, failing the test after a deadline.
func waitDone(tb testing.TB, ctx context.Context, what string) {
	tb.Helper()
	select {
	case <-ctx.Done():
	case <-time.After(10 * time.Second):
		tb.Fatalf("%s: context not done", what)
	}
}
