package gateway

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"testing/fstest"
)

// TestApp: /ring/app/ serves the app's files with their content types, a
// strong ETag (If-None-Match answers 304) and no-cache; /ring/app
// redirects to /ring/app/; HEAD has no body; a missing file, a path out
// of the app and a directory are -32011 (404); other methods 405; a
// gateway without an app answers -32011.
func TestApp(t *testing.T) {
	t.Parallel()
	app := fstest.MapFS{
		"index.html":         {Data: []byte("<!doctype html><title>chat</title><script type=module src=./app.js></script>")},
		"app.js":             {Data: []byte("export const x = 1\n")},
		"style.css":          {Data: []byte("body{margin:0}\n")},
		"sub/index.html":     {Data: []byte("<!doctype html><p>sub</p>")},
		"sub/icon.svg":       {Data: []byte("<svg xmlns='http://www.w3.org/2000/svg'/>")},
		"sub/data.bin":       {Data: []byte{0, 1, 2}},
		"sub/deeper/x.css":   {Data: []byte("p{}")},
		"sub/deeper/y.woff2": {Data: []byte("wOF2")},
	}
	ts := startServer(t, testConfig(), WithApp(app))
	noRedirect := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}

	for _, tc := range []struct {
		name, path, ctype, body string
	}{
		{"index", "/ring/app/", "text/html; charset=utf-8", string(app["index.html"].Data)},
		{"index by name", "/ring/app/index.html", "text/html; charset=utf-8", string(app["index.html"].Data)},
		{"script", "/ring/app/app.js", "text/javascript; charset=utf-8", "export const x = 1\n"},
		{"style", "/ring/app/style.css", "text/css; charset=utf-8", "body{margin:0}\n"},
		{"query ignored", "/ring/app/app.js?v=2", "text/javascript; charset=utf-8", "export const x = 1\n"},
		{"sub index", "/ring/app/sub/", "text/html; charset=utf-8", "<!doctype html><p>sub</p>"},
		{"svg", "/ring/app/sub/icon.svg", "image/svg+xml", string(app["sub/icon.svg"].Data)},
		{"unknown type", "/ring/app/sub/data.bin", "application/octet-stream", "\x00\x01\x02"},
		{"nested", "/ring/app/sub/deeper/x.css", "text/css; charset=utf-8", "p{}"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := do(t, http.MethodGet, ts.url+tc.path, "")
			if resp.StatusCode != http.StatusOK || string(body) != tc.body {
				t.Fatalf("GET %s: %d %q, want 200 %q", tc.path, resp.StatusCode, body, tc.body)
			}
			h := resp.Header
			if h.Get("Content-Type") != tc.ctype || h.Get("Cache-Control") != "no-cache" || h.Get("X-Content-Type-Options") != "nosniff" {
				t.Fatalf("GET %s: headers %v", tc.path, h)
			}
			etag := h.Get("ETag")
			if !strings.HasPrefix(etag, `"`) || len(etag) < 10 {
				t.Fatalf("GET %s: ETag %q, want a strong one", tc.path, etag)
			}
			if isHTML := strings.HasPrefix(tc.ctype, "text/html"); isHTML != (h.Get("Content-Security-Policy") != "") {
				t.Fatalf("GET %s: Content-Security-Policy %q", tc.path, h.Get("Content-Security-Policy"))
			}
			resp, body = do(t, http.MethodGet, ts.url+tc.path, "", "If-None-Match", etag)
			if resp.StatusCode != http.StatusNotModified || len(body) != 0 {
				t.Fatalf("GET %s with If-None-Match: %d %q, want 304", tc.path, resp.StatusCode, body)
			}
			resp, body = do(t, http.MethodHead, ts.url+tc.path, "")
			if resp.StatusCode != http.StatusOK || len(body) != 0 || resp.Header.Get("ETag") != etag {
				t.Fatalf("HEAD %s: %d %q %v", tc.path, resp.StatusCode, body, resp.Header)
			}
		})
	}

	t.Run("distinct ETags", func(t *testing.T) {
		a, _ := do(t, http.MethodGet, ts.url+"/ring/app/app.js", "")
		b, _ := do(t, http.MethodGet, ts.url+"/ring/app/style.css", "")
		if a.Header.Get("ETag") == b.Header.Get("ETag") {
			t.Fatalf("two files share the ETag %s", a.Header.Get("ETag"))
		}
	})

	t.Run("redirect", func(t *testing.T) {
		for path, want := range map[string]string{"/ring/app": "/ring/app/", "/ring/app?x=1": "/ring/app/?x=1"} {
			resp, err := noRedirect.Get(ts.url + path)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != http.StatusMovedPermanently || resp.Header.Get("Location") != want {
				t.Fatalf("GET %s: %d Location %q, want 301 to %s", path, resp.StatusCode, resp.Header.Get("Location"), want)
			}
		}
	})

	t.Run("not found", func(t *testing.T) {
		for _, path := range []string{"/ring/app/nope.js", "/ring/app/sub", "/ring/app/sub/deeper/", "/ring/app/../app/app.js", "/ring/app/%2e%2e/x", "/ring/app//app.js", "/ring/app/sub/../app.js"} {
			resp, body := do(t, http.MethodGet, ts.url+path, "")
			e := decodeError(t, body)
			if resp.StatusCode != http.StatusNotFound || e.Code != CodeNotFound || e.Check() != "path" {
				t.Fatalf("GET %s: %d %s, want -32011 (404), check path", path, resp.StatusCode, body)
			}
		}
	})

	t.Run("methods", func(t *testing.T) {
		for _, path := range []string{"/ring/app/", "/ring/app/app.js", "/ring/app"} {
			resp, body := do(t, http.MethodPost, ts.url+path, "{}")
			if resp.StatusCode != http.StatusMethodNotAllowed || resp.Header.Get("Allow") != "GET, HEAD, OPTIONS" {
				t.Fatalf("POST %s: %d %s", path, resp.StatusCode, body)
			}
		}
	})

	t.Run("no app", func(t *testing.T) {
		bare := startServer(t, testConfig())
		for _, path := range []string{"/ring/app", "/ring/app/", "/ring/app/app.js"} {
			resp, body := do(t, http.MethodGet, bare.url+path, "")
			e := decodeError(t, body)
			if resp.StatusCode != http.StatusNotFound || e.Code != CodeNotFound || e.Check() != "app" {
				t.Fatalf("GET %s without an app: %d %s, want -32011 (404), check app", path, resp.StatusCode, body)
			}
		}
	})
}

// decodeError decodes a REST route's {"error": …} body.
func decodeError(tb testing.TB, body []byte) *Error {
	tb.Helper()
	var eb struct {
		Error *Error `json:"error"`
	}
	if err := json.Unmarshal(body, &eb); err != nil || eb.Error == nil {
		tb.Fatalf("not an error body: %q", body)
	}
	return eb.Error
}
