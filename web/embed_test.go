package web_test

import (
	"bytes"
	"context"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/mosaic-rings/rings/gateway"
	"github.com/mosaic-rings/rings/web"
)

// TestAppIsDist: App holds exactly the built files of dist/app, as they
// are on disk.
func TestAppIsDist(t *testing.T) {
	t.Parallel()
	var names []string
	err := fs.WalkDir(web.App(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		names = append(names, p)
		got, err := fs.ReadFile(web.App(), p)
		if err != nil {
			return err
		}
		want, err := os.ReadFile(filepath.Join("dist", "app", filepath.FromSlash(p)))
		if err != nil {
			return err
		}
		if !bytes.Equal(got, want) {
			t.Errorf("App's %s differs from dist/app/%s", p, p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"app.js", "index.html", "style.css"}; !slices.Equal(names, want) {
		t.Fatalf("App holds %v, want %v", names, want)
	}
}

// noBackend is a gateway Backend the app's routes never call.
type noBackend struct{ gateway.Backend }

// TestAppServed: the ring gateway serves App at /ring/app/: the page,
// whose script and style load relatively, as HTML, JavaScript and CSS.
func TestAppServed(t *testing.T) {
	t.Parallel()
	cfg := gateway.DefaultConfig()
	cfg.Address = "/ip4/127.0.0.1/tcp/0"
	srv, err := gateway.NewServer(cfg, noBackend{}, gateway.WithApp(web.App()),
		gateway.WithRegisterer(prometheus.NewRegistry()), gateway.WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_ = srv.Close(ctx)
	})
	base := "http://" + srv.Addr() + "/ring/app/"
	get := func(url, ctype string) string {
		t.Helper()
		resp, err := http.Get(url)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		if err != nil {
			t.Fatal(err)
		}
		if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != ctype || len(b) == 0 {
			t.Fatalf("GET %s: %s %q, %d bytes; want 200 %s", url, resp.Status, resp.Header.Get("Content-Type"), len(b), ctype)
		}
		return string(b)
	}
	page := get(base, "text/html; charset=utf-8")
	for _, want := range []string{`src="./app.js"`, `href="./style.css"`, `id="messages"`, `id="composer"`, `id="notice"`} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %s", want)
		}
	}
	if js := get(base+"app.js", "text/javascript; charset=utf-8"); !strings.Contains(js, "eth_signTypedData_v4") {
		t.Errorf("app.js does not look like the chat page's script")
	}
	get(base+"style.css", "text/css; charset=utf-8")
}
