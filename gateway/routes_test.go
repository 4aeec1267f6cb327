package gateway

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	carv2 "github.com/ipld/go-car/v2"
)

// errorBody decodes a REST error body.
func errorBody(tb testing.TB, body []byte) *Error {
	tb.Helper()
	var eb struct {
		Error *Error `json:"error"`
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&eb); err != nil || eb.Error == nil {
		tb.Fatalf("not an error body: %s", body)
	}
	checkMessage(tb, eb.Error)
	return eb.Error
}

func TestREST(t *testing.T) {
	t.Parallel()
	ts := startServer(t, testConfig())
	cases := []struct {
		name, method, path, body string
		header                   []string
		status                   int
		code                     int    // error code, 0 for success
		check                    string // error check
		result                   string // a substring of a successful body
	}{
		{name: "flush", method: "POST", path: "/ring/FlushToRing", body: mustJSON(t, validFlush()), status: 200, result: `"status":"received"`},
		{name: "flush as array", method: "POST", path: "/ring/FlushToRing", body: "[" + mustJSON(t, validFlush()) + "]", status: 200, result: `"stored":2`},
		{name: "flush bad param", method: "POST", path: "/ring/FlushToRing", body: `{"avatar":1}`, status: 400, code: CodeInvalidParams, check: "avatar"},
		{name: "flush not JSON", method: "POST", path: "/ring/FlushToRing", body: `{"avatar":`, status: 400, code: CodeParseError, check: "parse"},
		{name: "flush empty body", method: "POST", path: "/ring/FlushToRing", status: 400, code: CodeParseError, check: "parse"},
		{name: "flush not object", method: "POST", path: "/ring/FlushToRing", body: `"x"`, status: 400, code: CodeInvalidParams, check: "params"},
		{name: "flush GET", method: "GET", path: "/ring/FlushToRing", status: 405, code: CodeMethodNotFound, check: "http-method"},
		{name: "replicate", method: "POST", path: "/ring/ReplicateRing", body: mustJSON(t, validReplicate()), status: 200, result: `"status":"replicating"`},
		{name: "replicate bad key", method: "POST", path: "/ring/ReplicateRing", body: strings.Replace(mustJSON(t, validReplicate()), testHead, "0x00", 1), status: 400, code: CodeInvalidParams, check: "replica_key"},
		{name: "unreplicate", method: "POST", path: "/ring/UnreplicateRing", body: mustJSON(t, validUnreplicate()), status: 200, result: `"status":"unreplicated"`},
		{name: "unreplicate bad sig", method: "POST", path: "/ring/UnreplicateRing", body: strings.Replace(mustJSON(t, validUnreplicate()), testSig, "0x1b", 1), status: 400, code: CodeInvalidParams, check: "mtx_sig"},
		{name: "unreplicate GET", method: "GET", path: "/ring/UnreplicateRing", status: 405, code: CodeMethodNotFound, check: "http-method"},
		{name: "rpc GET", method: "GET", path: "/ring/rpc", status: 405, code: CodeMethodNotFound, check: "http-method"},
		{name: "rpc PUT", method: "PUT", path: "/ring/rpc", body: "{}", status: 405, code: CodeMethodNotFound, check: "http-method"},
		{name: "ring info", method: "GET", path: "/ring/" + testRing, status: 200, result: `"ring":"` + testRing + `"`},
		{name: "ring info bad ring", method: "GET", path: "/ring/myring", status: 400, code: CodeInvalidParams, check: "ring"},
		{name: "ring info POST", method: "POST", path: "/ring/" + testRing, status: 405, code: CodeMethodNotFound, check: "http-method"},
		{name: "log", method: "GET", path: "/ring/" + testRing + "/log/" + testAddr + "?since=5&limit=20", status: 200, result: `"since":5`},
		{name: "log json format", method: "GET", path: "/ring/" + testRing + "/log/" + testAddr + "?format=json", header: []string{"Accept", "application/vnd.ipld.car"}, status: 200, result: `"limit":0`},
		{name: "log bad since", method: "GET", path: "/ring/" + testRing + "/log/" + testAddr + "?since=-1", status: 400, code: CodeInvalidParams, check: "since"},
		{name: "log since too big", method: "GET", path: "/ring/" + testRing + "/log/" + testAddr + "?since=18446744073709551616", status: 400, code: CodeInvalidParams, check: "since"},
		{name: "log bad limit", method: "GET", path: "/ring/" + testRing + "/log/" + testAddr + "?limit=ten", status: 400, code: CodeInvalidParams, check: "limit"},
		{name: "log limit over max", method: "GET", path: "/ring/" + testRing + "/log/" + testAddr + "?limit=10001", status: 400, code: CodeInvalidParams, check: "limit"},
		{name: "log bad member", method: "GET", path: "/ring/" + testRing + "/log/bob", status: 400, code: CodeInvalidParams, check: "member"},
		{name: "log bad format", method: "GET", path: "/ring/" + testRing + "/log/" + testAddr + "?format=xml", status: 400, code: CodeInvalidParams, check: "format"},
		{name: "timeline", method: "GET", path: "/ring/" + testRing + "/timeline?cursor=" + testAddr + ":3&limit=20", status: 200, result: `"cursor":"` + testAddr + `:3"`},
		{name: "timeline from the start", method: "GET", path: "/ring/" + testRing + "/timeline", status: 200, result: `"cursor":""`},
		{name: "timeline bad cursor", method: "GET", path: "/ring/" + testRing + "/timeline?cursor=" + testAddr, status: 400, code: CodeInvalidParams, check: "cursor"},
		{name: "timeline cursor seq padded", method: "GET", path: "/ring/" + testRing + "/timeline?cursor=" + testAddr + ":07", status: 400, code: CodeInvalidParams, check: "cursor"},
		{name: "timeline cursor member twice", method: "GET", path: "/ring/" + testRing + "/timeline?cursor=" + testAddr + ":1," + strings.ToUpper(testAddr[2:]) + ":2", status: 400, code: CodeInvalidParams, check: "cursor"},
		{name: "timeline limit over max", method: "GET", path: "/ring/" + testRing + "/timeline?limit=10001", status: 400, code: CodeInvalidParams, check: "limit"},
		{name: "timeline bad ring", method: "GET", path: "/ring/club/timeline", status: 400, code: CodeInvalidParams, check: "ring"},
		{name: "timeline POST", method: "POST", path: "/ring/" + testRing + "/timeline", status: 405, code: CodeMethodNotFound, check: "http-method"},
		{name: "timeline bad format", method: "GET", path: "/ring/" + testRing + "/timeline?format=xml", status: 400, code: CodeInvalidParams, check: "format"},
		{name: "events bad ring", method: "GET", path: "/ring/0x12/events", status: 400, code: CodeInvalidParams, check: "ring"},
		{name: "no route", method: "GET", path: "/nothing", status: 404, code: CodeMethodNotFound, check: "route"},
		{name: "no route under ring", method: "GET", path: "/ring/" + testRing + "/other", status: 404, code: CodeMethodNotFound, check: "route"},
		{name: "no ipfs handler", method: "GET", path: "/ipfs/bafkqaaa", status: 404, code: CodeMethodNotFound, check: "route"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := do(t, tc.method, ts.url+tc.path, tc.body, tc.header...)
			if resp.StatusCode != tc.status {
				t.Fatalf("status = %d, want %d: %s", resp.StatusCode, tc.status, body)
			}
			if ct := resp.Header.Get("Content-Type"); ct != "application/json" {
				t.Errorf("Content-Type = %q", ct)
			}
			if resp.Header.Get("X-Request-Id") == "" {
				t.Error("no X-Request-Id")
			}
			if tc.code == 0 {
				if !strings.Contains(string(body), tc.result) {
					t.Fatalf("body %s does not contain %s", body, tc.result)
				}
				return
			}
			e := errorBody(t, body)
			if e.Code != tc.code || e.Check() != tc.check {
				t.Fatalf("error %d %q (%s), want %d %q", e.Code, e.Check(), e.Message, tc.code, tc.check)
			}
			if tc.status == 405 && resp.Header.Get("Allow") == "" {
				t.Error("405 without Allow")
			}
		})
	}
}

func TestRequestID(t *testing.T) {
	t.Parallel()
	ts := startServer(t, testConfig())
	resp, _ := do(t, "GET", ts.url+"/ring/"+testRing, "", "X-Request-Id", "abc-123")
	if got := resp.Header.Get("X-Request-Id"); got != "abc-123" {
		t.Errorf("X-Request-Id = %q, want the client's", got)
	}
	resp, _ = do(t, "GET", ts.url+"/ring/"+testRing, "", "X-Request-Id", "no spaces please")
	if got := resp.Header.Get("X-Request-Id"); got == "" || got == "no spaces please" {
		t.Errorf("X-Request-Id = %q, want a fresh one", got)
	}
}

func TestLogCAR(t *testing.T) {
	t.Parallel()
	ts := startServer(t, testConfig())
	logPath := ts.url + "/ring/" + testRing + "/log/" + testAddr
	for _, tc := range []struct {
		name, query, accept string
		car                 bool
	}{
		{"accept car", "", "application/vnd.ipld.car", true},
		{"accept car v1", "?since=3", "application/vnd.ipld.car; version=1", true},
		{"accept car among others", "", "application/json;q=0.5, application/vnd.ipld.car;q=0.9", true},
		{"format car", "?format=car", "", true},
		{"accept car q=0", "", "application/vnd.ipld.car;q=0", false},
		{"accept car v2 only", "", "application/vnd.ipld.car;version=2", false},
		{"accept json", "", "application/json", false},
		{"no accept", "", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var hdr []string
			if tc.accept != "" {
				hdr = []string{"Accept", tc.accept}
			}
			resp, body := do(t, "GET", logPath+tc.query, "", hdr...)
			if resp.StatusCode != 200 {
				t.Fatalf("status %d: %s", resp.StatusCode, body)
			}
			if !strings.Contains(resp.Header.Get("Vary"), "Accept") {
				t.Errorf("Vary = %q", resp.Header.Get("Vary"))
			}
			ct := resp.Header.Get("Content-Type")
			if !tc.car {
				if ct != "application/json" {
					t.Fatalf("Content-Type = %q, want JSON", ct)
				}
				return
			}
			if ct != "application/vnd.ipld.car; version=1" {
				t.Fatalf("Content-Type = %q", ct)
			}
			br, err := carv2.NewBlockReader(bytes.NewReader(body))
			if err != nil {
				t.Fatal(err)
			}
			want := testCID(t, testBlock)
			if br.Version != 1 || len(br.Roots) != 1 || !br.Roots[0].Equals(want) {
				t.Fatalf("CAR v%d roots %v", br.Version, br.Roots)
			}
			blk, err := br.Next()
			if err != nil || !blk.Cid().Equals(want) || !bytes.Equal(blk.RawData(), testBlock) {
				t.Fatalf("block %v %v", blk, err)
			}
			if _, err := br.Next(); err != io.EOF {
				t.Fatalf("after the block: %v", err)
			}
		})
	}

	t.Run("backend error before writing", func(t *testing.T) {
		ts := startServer(t, testConfig())
		ts.backend.errs["LogCAR"] = &codedErr{CodeUnknownRing, "ring"}
		resp, body := do(t, "GET", ts.url+"/ring/"+testRing+"/log/"+testAddr, "", "Accept", "application/vnd.ipld.car")
		if resp.StatusCode != 404 || errorBody(t, body).Code != CodeUnknownRing {
			t.Fatalf("status %d body %s", resp.StatusCode, body)
		}
	})

	t.Run("outlives the timeouts", func(t *testing.T) {
		cfg := testConfig()
		cfg.ReadTimeout, cfg.WriteTimeout = "100ms", "100ms"
		ts := startServer(t, cfg)
		ts.backend.carWait = 400 * time.Millisecond // the backend's pause, not the test's
		resp, body := do(t, "GET", ts.url+"/ring/"+testRing+"/log/"+testAddr+"?format=car", "")
		if resp.StatusCode != 200 {
			t.Fatalf("status %d", resp.StatusCode)
		}
		br, err := carv2.NewBlockReader(bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		if blk, err := br.Next(); err != nil || !bytes.Equal(blk.RawData(), testBlock) {
			t.Fatalf("block %v %v", blk, err)
		}
	})

	t.Run("backend error while writing", func(t *testing.T) {
		ts := startServer(t, testConfig())
		ts.backend.carFail = true
		req, _ := http.NewRequest("GET", ts.url+"/ring/"+testRing+"/log/"+testAddr+"?format=car", nil)
		resp, err := http.DefaultClient.Do(req)
		if err == nil {
			_, err = io.ReadAll(resp.Body)
			resp.Body.Close()
		}
		if err == nil {
			t.Fatal("a failed CAR stream reached the client as complete")
		}
	})
}

func TestCORS(t *testing.T) {
	t.Parallel()
	restricted := testConfig()
	restricted.AllowedOrigins = []string{"https://app.example", "http://localhost:3000"}
	rs := startServer(t, restricted)
	open := startServer(t, testConfig())
	none := testConfig()
	none.AllowedOrigins = []string{}
	ns := startServer(t, none)

	preflight := []string{"Origin", "https://app.example", "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type"}
	cases := []struct {
		name        string
		ts          *testServer
		method      string
		path        string
		header      []string
		status      int
		allowOrigin string
	}{
		{"preflight allowed", rs, "OPTIONS", "/ring/rpc", preflight, 204, "https://app.example"},
		{"preflight allowed other case", rs, "OPTIONS", "/ring/FlushToRing", []string{"Origin", "HTTP://LOCALHOST:3000", "Access-Control-Request-Method", "POST"}, 204, "HTTP://LOCALHOST:3000"},
		{"preflight wildcard", open, "OPTIONS", "/ring/" + testRing, preflight, 204, "*"},
		{"preflight other origin", rs, "OPTIONS", "/ring/rpc", []string{"Origin", "https://evil.example", "Access-Control-Request-Method", "POST"}, 403, ""},
		{"preflight bad method", rs, "OPTIONS", "/ring/rpc", []string{"Origin", "https://app.example", "Access-Control-Request-Method", "DELETE"}, 403, ""},
		{"preflight no origins", ns, "OPTIONS", "/ring/rpc", preflight, 403, ""},
		{"plain OPTIONS", rs, "OPTIONS", "/ring/rpc", nil, 204, ""},
		{"GET allowed", rs, "GET", "/ring/" + testRing, []string{"Origin", "https://app.example"}, 200, "https://app.example"},
		{"GET other origin", rs, "GET", "/ring/" + testRing, []string{"Origin", "https://evil.example"}, 200, ""},
		{"GET wildcard", open, "GET", "/ring/" + testRing, []string{"Origin", "https://any.example"}, 200, "*"},
		{"GET no origins", ns, "GET", "/ring/" + testRing, []string{"Origin", "https://app.example"}, 200, ""},
		{"error has CORS", rs, "GET", "/ring/nope", []string{"Origin", "https://app.example"}, 400, "https://app.example"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := do(t, tc.method, tc.ts.url+tc.path, "", tc.header...)
			if resp.StatusCode != tc.status {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tc.status, body)
			}
			h := resp.Header
			if got := h.Get("Access-Control-Allow-Origin"); got != tc.allowOrigin {
				t.Errorf("Access-Control-Allow-Origin = %q, want %q", got, tc.allowOrigin)
			}
			if tc.ts == rs && !strings.Contains(strings.Join(h.Values("Vary"), ","), "Origin") {
				t.Errorf("Vary = %q", h.Values("Vary"))
			}
			if h.Get("Access-Control-Allow-Credentials") != "" {
				t.Error("credentials allowed")
			}
			switch {
			case tc.status == 204 && tc.allowOrigin != "":
				if h.Get("Access-Control-Allow-Methods") != "GET, POST, OPTIONS" || h.Get("Access-Control-Allow-Headers") != "Content-Type, Accept" {
					t.Errorf("preflight headers %v", h)
				}
			case tc.status == 204:
				if h.Get("Allow") == "" {
					t.Errorf("plain OPTIONS without Allow: %v", h)
				}
			case tc.allowOrigin != "":
				if !strings.Contains(h.Get("Access-Control-Expose-Headers"), "Retry-After") {
					t.Errorf("Access-Control-Expose-Headers = %q", h.Get("Access-Control-Expose-Headers"))
				}
			}
		})
	}
}

func TestBodyLimit(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.MaxRequestBytes = 1024
	ts := startServer(t, cfg)
	big := `{"jsonrpc":"2.0","method":"RingInfo","id":1,"params":{"ring":"` + strings.Repeat("0", 1100) + `"}}`
	for _, tc := range []struct {
		name    string
		chunked bool // no Content-Length: the limit hits while reading
	}{{"content-length", false}, {"chunked", true}} {
		t.Run(tc.name, func(t *testing.T) {
			post := func(path string) (*http.Response, []byte) {
				var rd io.Reader = strings.NewReader(big)
				if tc.chunked {
					rd = io.MultiReader(rd) // hides the length
				}
				req, err := http.NewRequest("POST", ts.url+path, rd)
				if err != nil {
					t.Fatal(err)
				}
				resp, err := http.DefaultClient.Do(req)
				if err != nil {
					t.Fatal(err)
				}
				defer resp.Body.Close()
				b, err := io.ReadAll(resp.Body)
				if err != nil {
					t.Fatal(err)
				}
				return resp, b
			}
			resp, body := post("/ring/rpc")
			if resp.StatusCode != 200 {
				t.Fatalf("rpc: status %d", resp.StatusCode)
			}
			checkResp(t, decodeResp(t, body), want{"null", CodeInvalidRequest, "size"})
			resp, body = post("/ring/FlushToRing")
			if resp.StatusCode != 413 {
				t.Fatalf("alias: status %d", resp.StatusCode)
			}
			if e := errorBody(t, body); e.Code != CodeInvalidRequest || e.Check() != "size" {
				t.Fatalf("alias: %+v", e)
			}
		})
	}
	if calls := ts.backend.called(); len(calls) != 0 {
		t.Fatalf("backend called: %v", calls)
	}
	// Just under the limit still works.
	ok := `{"jsonrpc":"2.0","method":"RingInfo","id":1,"params":{"ring":"` + testRing + `"}}`
	ok += strings.Repeat(" ", 1024-len(ok))
	_, body := ts.rpc(t, ok)
	checkResp(t, decodeResp(t, body), want{"1", 0, ""})
}

func TestRateLimit(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.RateLimit = RateLimitConfig{PerSecond: 0.01, Burst: 2} // a token per 100 s
	ts := startServer(t, cfg)

	info := ts.url + "/ring/" + testRing
	for i := range 2 {
		if resp, body := do(t, "GET", info, ""); resp.StatusCode != 200 {
			t.Fatalf("request %d: %d %s", i, resp.StatusCode, body)
		}
	}
	resp, body := do(t, "GET", info, "", "Origin", "https://app.example")
	if resp.StatusCode != 429 {
		t.Fatalf("status %d, want 429", resp.StatusCode)
	}
	if ra, err := strconv.Atoi(resp.Header.Get("Retry-After")); err != nil || ra < 1 || ra > 100 {
		t.Errorf("Retry-After = %q", resp.Header.Get("Retry-After"))
	}
	if resp.Header.Get("Access-Control-Allow-Origin") != "*" {
		t.Error("429 without CORS headers: a web page could not read it")
	}
	if e := errorBody(t, body); e.Code != CodeServer || e.Check() != "rate" {
		t.Fatalf("error %+v", e)
	}

	resp, body = ts.rpc(t, `{"jsonrpc":"2.0","method":"RingInfo","id":1,"params":{"ring":"`+testRing+`"}}`)
	if resp.StatusCode != 429 || resp.Header.Get("Retry-After") == "" {
		t.Fatalf("rpc: status %d Retry-After %q", resp.StatusCode, resp.Header.Get("Retry-After"))
	}
	checkResp(t, decodeResp(t, body), want{"null", CodeServer, "rate"})

	// Preflights are not counted.
	resp, _ = do(t, "OPTIONS", ts.url+"/ring/rpc", "", "Origin", "https://app.example", "Access-Control-Request-Method", "POST")
	if resp.StatusCode != 204 {
		t.Fatalf("preflight: %d", resp.StatusCode)
	}
	if n := len(ts.backend.called()); n != 2 {
		t.Fatalf("backend called %d times, want 2", n)
	}
}

func TestTimelineCAR(t *testing.T) {
	t.Parallel()
	ts := startServer(t, testConfig())
	for _, tc := range []struct {
		name, query string
		header      []string
	}{
		{"format car", "?format=car&limit=2", nil},
		{"accept car", "?cursor=" + testAddr + ":4", []string{"Accept", "application/vnd.ipld.car"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := do(t, "GET", ts.url+"/ring/"+testRing+"/timeline"+tc.query, "", tc.header...)
			if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != carContentType {
				t.Fatalf("status %d, Content-Type %q: %s", resp.StatusCode, resp.Header.Get("Content-Type"), body)
			}
			br, err := carv2.NewBlockReader(bytes.NewReader(body))
			if err != nil {
				t.Fatal(err)
			}
			if blk, err := br.Next(); err != nil || !bytes.Equal(blk.RawData(), testBlock) {
				t.Fatalf("block %v %v", blk, err)
			}
		})
	}
}
