package gateway

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"
)

// logRecorder is a slog.Handler that keeps every record, at every level,
// and sends each to notify if set.
type logRecorder struct {
	mu      sync.Mutex
	records []slog.Record
	notify  chan slog.Record
}

var _ slog.Handler = (*logRecorder)(nil)

func (h *logRecorder) Enabled(context.Context, slog.Level) bool { return true }

func (h *logRecorder) Handle(_ context.Context, r slog.Record) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.records = append(h.records, r.Clone())
	if h.notify != nil {
		h.notify <- r.Clone()
	}
	return nil
}

func (h *logRecorder) WithAttrs([]slog.Attr) slog.Handler { return h }
func (h *logRecorder) WithGroup(string) slog.Handler      { return h }

// lines returns the records at level or above as "LEVEL msg k=v …".
func (h *logRecorder) lines(level slog.Level) []string {
	h.mu.Lock()
	defer h.mu.Unlock()
	var out []string
	for _, r := range h.records {
		if r.Level < level {
			continue
		}
		var b strings.Builder
		fmt.Fprintf(&b, "%s %s", r.Level, r.Message)
		r.Attrs(func(a slog.Attr) bool {
			fmt.Fprintf(&b, " %s=%v", a.Key, a.Value)
			return true
		})
		out = append(out, b.String())
	}
	return out
}

// bodySender writes a request body, or part of one, to conn; done closes
// when the response has been read.
type bodySender func(tb testing.TB, conn *net.TCPConn, done <-chan struct{})

// trickle writes one byte every 10 ms until the response is there (or the
// server closes the connection), as a slow client does.
func trickle(tb testing.TB, conn *net.TCPConn, done <-chan struct{}) {
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-done:
			return
		case <-tick.C:
			if _, err := conn.Write([]byte(" ")); err != nil {
				return
			}
		}
	}
}

// stall writes the start of the body, then nothing more.
func stall(tb testing.TB, conn *net.TCPConn, _ <-chan struct{}) {
	if _, err := conn.Write([]byte(`{"ring":`)); err != nil {
		tb.Errorf("writing the body: %v", err)
	}
}

// cut writes the start of the body and closes the connection's sending
// side, as a client that gives up does (the response can still come).
func cut(tb testing.TB, conn *net.TCPConn, _ <-chan struct{}) {
	if _, err := conn.Write([]byte(`{"ring":`)); err != nil {
		tb.Errorf("writing the body: %v", err)
	}
	if err := conn.CloseWrite(); err != nil {
		tb.Errorf("closing the sending side: %v", err)
	}
}

// stallChunk writes one chunk of a chunked body, then nothing more.
func stallChunk(tb testing.TB, conn *net.TCPConn, _ <-chan struct{}) {
	if _, err := conn.Write([]byte("8\r\n{\"ring\":\r\n")); err != nil {
		tb.Errorf("writing the body: %v", err)
	}
}

// cutChunk writes one chunk of a chunked body and closes the sending side
// before the last chunk.
func cutChunk(tb testing.TB, conn *net.TCPConn, done <-chan struct{}) {
	stallChunk(tb, conn, done)
	if err := conn.CloseWrite(); err != nil {
		tb.Errorf("closing the sending side: %v", err)
	}
}

// rawPost sends POST path with the given framing header ("Content-Length:
// 1000" or "Transfer-Encoding: chunked") over its own TCP connection,
// then the body as send writes it, and reads the response.
func rawPost(tb testing.TB, addr, path, framing string, send bodySender) (*http.Response, []byte) {
	tb.Helper()
	c, err := net.DialTimeout("tcp", addr, 10*time.Second)
	if err != nil {
		tb.Fatal(err)
	}
	conn := c.(*net.TCPConn)
	defer conn.Close()
	// A guard only: the server answers after its ReadTimeout.
	if err := conn.SetReadDeadline(time.Now().Add(10 * time.Second)); err != nil {
		tb.Fatal(err)
	}
	head := "POST " + path + " HTTP/1.1\r\nHost: " + addr + "\r\nContent-Type: application/json\r\n" + framing + "\r\n\r\n"
	if _, err := conn.Write([]byte(head)); err != nil {
		tb.Fatal(err)
	}
	done := make(chan struct{})
	sent := make(chan struct{})
	go func() {
		defer close(sent)
		send(tb, conn, done)
	}()
	defer func() { close(done); <-sent }()
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		tb.Fatalf("reading the response: %v", err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		tb.Fatalf("reading the response body: %v", err)
	}
	return resp, body
}

// TestSlowOrCutBody sends bodies that arrive too slowly for ReadTimeout
// or end early, over the real listener: each gets its documented error
// (no internal error, no address or Go error text in the message), the
// backend sees nothing, and the node's log has no warning, only a debug
// line, since a client could send such requests at will.
func TestSlowOrCutBody(t *testing.T) {
	t.Parallel()
	rest := []string{"/ring/FlushToRing", "/ring/ReplicateRing", "/ring/UnreplicateRing"}
	const length = "Content-Length: 1000"
	cases := []struct {
		name    string
		paths   []string
		framing string
		send    bodySender
		status  int // on the REST routes; /ring/rpc answers 200
		code    int
		check   string
	}{
		{"trickle", rest, length, trickle, http.StatusGatewayTimeout, CodeInternal, checkTimeout},
		{"stall", rest, length, stall, http.StatusGatewayTimeout, CodeInternal, checkTimeout},
		{"stall chunked", rest, "Transfer-Encoding: chunked", stallChunk, http.StatusGatewayTimeout, CodeInternal, checkTimeout},
		{"cut", rest, length, cut, http.StatusBadRequest, CodeInvalidRequest, checkBody},
		{"cut chunked", rest, "Transfer-Encoding: chunked", cutChunk, http.StatusBadRequest, CodeInvalidRequest, checkBody},
		{"broken chunk", rest, "Transfer-Encoding: chunked", cut, http.StatusBadRequest, CodeInvalidRequest, checkBody},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			cfg := testConfig()
			cfg.ReadTimeout = "250ms"
			logs := &logRecorder{}
			ts := startServer(t, cfg, WithLogger(slog.New(logs)))
			for _, path := range append([]string{"/ring/rpc"}, tc.paths...) {
				resp, body := rawPost(t, ts.Addr(), path, tc.framing, tc.send)
				var e *Error
				if path == "/ring/rpc" {
					if resp.StatusCode != http.StatusOK {
						t.Fatalf("%s: HTTP %d, want 200: %s", path, resp.StatusCode, body)
					}
					r := decodeResp(t, body)
					checkResp(t, r, want{"null", tc.code, tc.check})
					e = r.Error
				} else {
					if resp.StatusCode != tc.status {
						t.Fatalf("%s: HTTP %d, want %d: %s", path, resp.StatusCode, tc.status, body)
					}
					e = errorBody(t, body)
					if e.Code != tc.code || e.Check() != tc.check {
						t.Errorf("%s: error %d %q (%s), want %d %q", path, e.Code, e.Check(), e.Message, tc.code, tc.check)
					}
				}
				if !strings.Contains(e.Message, "body") {
					t.Errorf("%s: the message %q does not say the body was the problem", path, e.Message)
				}
			}
			if calls := ts.backend.called(); len(calls) != 0 {
				t.Errorf("the backend was called: %v", calls)
			}
			if warn := logs.lines(slog.LevelWarn); len(warn) != 0 {
				t.Errorf("a client's fault was logged as a warning:\n%s", strings.Join(warn, "\n"))
			}
			if debug := logs.lines(slog.LevelDebug); len(debug) == 0 {
				t.Error("nothing logged at debug level")
			}
		})
	}
}

// TestInternalErrorLogged checks that the node's own failures, whose text
// the client does not get, reach the log with their cause and the request
// id the client does get.
func TestInternalErrorLogged(t *testing.T) {
	t.Parallel()
	logs := &logRecorder{}
	ts := startServer(t, testConfig(), WithLogger(slog.New(logs)))
	cause := &net.OpError{Op: "dial", Net: "tcp4", Addr: &net.TCPAddr{IP: net.IPv4(10, 0, 0, 7), Port: 8545}, Err: errors.New("connection refused")}
	ts.backend.err = fmt.Errorf("reading the chain: %w", cause)
	resp, body := do(t, http.MethodPost, ts.url+"/ring/FlushToRing", mustJSON(t, validFlush()))
	if resp.StatusCode != http.StatusInternalServerError {
		t.Fatalf("HTTP %d: %s", resp.StatusCode, body)
	}
	if e := errorBody(t, body); e.Code != CodeInternal || e.Check() != checkInternal {
		t.Fatalf("error %+v", e)
	}
	warn := logs.lines(slog.LevelWarn)
	if len(warn) != 1 || !strings.HasPrefix(warn[0], "ERROR ") || !strings.Contains(warn[0], cause.Error()) || !strings.Contains(warn[0], "request_id="+resp.Header.Get("X-Request-Id")) {
		t.Fatalf("want one error with the cause %q and the request id %s, got:\n%s", cause, resp.Header.Get("X-Request-Id"), strings.Join(warn, "\n"))
	}
}

// chainDown is what an unreachable chain RPC endpoint answers: its URL
// (with the API key in it) and the address the node dialled.
var chainDown = &url.Error{Op: "Post", URL: "https://eth.example.org/v3/0123456789abcdef", Err: &net.OpError{
	Op: "dial", Net: "tcp4", Addr: &net.TCPAddr{IP: net.IPv4(10, 0, 0, 7), Port: 443}, Err: errors.New("connection refused")}}

// TestCodedErrorLogged checks that a Coded error reaches the client as its
// RPCMessage and the log with its cause: a server error (an unreachable
// chain) at Warn, a check the request failed at Debug only.
func TestCodedErrorLogged(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name   string
		err    Coded
		status int
		level  slog.Level
	}{
		{"chain unreachable", &causedErr{codedErr{CodeServer, "chain"}, chainDown}, http.StatusInternalServerError, slog.LevelWarn},
		{"log node does not decode", &causedErr{codedErr{CodeInvalidLogNode, "logNodes[0]"}, errors.New(`bindnode TODO: invalid key: "a"`)}, http.StatusUnprocessableEntity, slog.LevelDebug},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			logs := &logRecorder{}
			ts := startServer(t, testConfig(), WithLogger(slog.New(logs)))
			ts.backend.err = tc.err
			resp, body := do(t, http.MethodPost, ts.url+"/ring/FlushToRing", mustJSON(t, validFlush()))
			if resp.StatusCode != tc.status {
				t.Fatalf("HTTP %d: %s", resp.StatusCode, body)
			}
			if e := errorBody(t, body); e.Code != tc.err.RPCCode() || e.Message != tc.err.RPCMessage() {
				t.Fatalf("error %+v, want code %d and message %q", e, tc.err.RPCCode(), tc.err.RPCMessage())
			}
			var all []string
			for _, l := range logs.lines(slog.LevelDebug) {
				if strings.Contains(l, "request failed") {
					all = append(all, l)
				}
			}
			if len(all) != 1 || !strings.HasPrefix(all[0], tc.level.String()+" ") || !strings.Contains(all[0], tc.err.Error()) || !strings.Contains(all[0], "request_id="+resp.Header.Get("X-Request-Id")) {
				t.Fatalf("want one %s line with the whole error %q and the request id %s, got:\n%s", tc.level, tc.err, resp.Header.Get("X-Request-Id"), strings.Join(all, "\n"))
			}
		})
	}
}

// TestCARClientLeaves checks that a client that leaves in the middle of a
// CAR download is logged at debug level, not as a failure of the node's.
func TestCARClientLeaves(t *testing.T) {
	t.Parallel()
	logs := &logRecorder{notify: make(chan slog.Record, 16)}
	ts := startServer(t, testConfig(), WithLogger(slog.New(logs)))
	ts.backend.carWait = time.Minute // until the client leaves
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, "GET", ts.url+"/ring/"+testRing+"/log/"+testAddr+"?format=car", nil)
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		if resp, err := http.DefaultClient.Do(req); err == nil {
			resp.Body.Close()
		}
	}()
	recv(t, ts.backend.entered) // the header is written
	cancel()
	for {
		r := recv(t, logs.notify)
		if r.Message != "ring gateway: CAR stream failed" {
			continue
		}
		if r.Level != slog.LevelDebug {
			t.Fatalf("a client that left was logged at %s", r.Level)
		}
		return
	}
}

// TestErrorJSON checks that an Error's JSON carries none of its cause.
func TestErrorJSON(t *testing.T) {
	t.Parallel()
	e := rpcError(errors.New("disk full at /var/lib/ipfs"))
	b, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(b), "disk full") || string(b) != `{"code":-32603,"message":"`+internalMessage+`","data":{"check":"internal"}}` {
		t.Fatalf("JSON %s", b)
	}
}
