package gateway

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ipfs/boxo/blockservice"
	blockstore "github.com/ipfs/boxo/blockstore"
	"github.com/ipfs/go-datastore"
	dssync "github.com/ipfs/go-datastore/sync"
)

// protocolDoc is the document whose route table the router must serve.
const protocolDoc = "../docs/protocol.md"

// docRoute is one route of the table: a method and a path pattern in the
// table's notation ("/ring/{ring}/log/{member}", "/ipfs/…").
type docRoute struct {
	method, path string
}

// readRouteTable parses the `| route | what |` table of docs/protocol.md.
// The first cell of a row holds code spans, "METHOD /path?query" or, after
// the first, a bare "/path" with the method before it.
func readRouteTable(tb testing.TB) []docRoute {
	tb.Helper()
	f, err := os.Open(protocolDoc)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	span := regexp.MustCompile("`([^`]*)`")
	var routes []docRoute
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case !in && regexp.MustCompile(`^\|\s*route\s*\|\s*what\s*\|$`).MatchString(line):
			in = true
			continue
		case !in:
			continue
		case strings.HasPrefix(line, "|---") || strings.HasPrefix(line, "| ---"):
			continue
		case !strings.HasPrefix(line, "|"):
			in = false
			continue
		}
		cell := strings.SplitN(line, "|", 3)[1]
		method := ""
		for _, m := range span.FindAllStringSubmatch(cell, -1) {
			code := m[1]
			if verb, path, ok := strings.Cut(code, " "); ok {
				method, code = verb, path
			}
			if method == "" || !strings.HasPrefix(code, "/") {
				tb.Fatalf("%s: route table row %q: %q is not METHOD /path", protocolDoc, line, m[1])
			}
			path, _, _ := strings.Cut(code, "?")
			routes = append(routes, docRoute{method, path})
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	if len(routes) == 0 {
		tb.Fatalf("%s: no | route | what | table", protocolDoc)
	}
	return routes
}

// samplePath fills a table path with sample values.
func samplePath(p string) string {
	r := strings.NewReplacer("{ring}", testRing, "{member}", testAddr)
	p = r.Replace(p)
	switch {
	case strings.HasPrefix(p, "/ipfs/"):
		return strings.Replace(p, "…", "bafkqaaa", 1) // the empty identity CID: served from no blocks
	case strings.HasPrefix(p, "/ipns/"):
		return strings.Replace(p, "…", "k51qzi5uqu5dlvj2baxnqndepeb86cbk3ng7n3i46uzyxzyqj2xjonzllnv0v8", 1)
	}
	return p
}

// chiPattern is a table path in chi's notation.
func chiPattern(p string) string { return strings.Replace(p, "…", "*", 1) }

// routeServed reports whether the gateway served method on path, rather
// than answering that it has no such route or method: a JSON error -32601,
// or a 405 from the IPFS handler.
func routeServed(tb testing.TB, ts *testServer, method, path string) bool {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, method, ts.url+path, nil)
	if err != nil {
		tb.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		tb.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusMethodNotAllowed {
		return false
	}
	if resp.Header.Get("Content-Type") == "text/event-stream" {
		return true // a stream: served, and it never ends by itself
	}
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		tb.Fatalf("%s %s: %v", method, path, err)
	}
	var eb struct {
		Error *Error `json:"error"`
	}
	if json.Unmarshal(body, &eb) == nil && eb.Error != nil && eb.Error.Code == CodeMethodNotFound {
		return false
	}
	return true
}

// TestProtocolRouteTable holds docs/protocol.md's route table and the
// router together: every route of the table is served with its method,
// and the router serves no path or method the table lacks (HEAD may go
// with GET, as HTTP has it).
func TestProtocolRouteTable(t *testing.T) {
	t.Parallel()
	bs := blockstore.NewBlockstore(dssync.MutexWrap(datastore.NewMapDatastore()))
	bserv := blockservice.New(bs, nil)
	t.Cleanup(func() { bserv.Close() })
	ipfs, err := IPFSHandler(bserv)
	if err != nil {
		t.Fatal(err)
	}
	ts := startServer(t, testConfig(), WithIPFS(ipfs))

	table := readRouteTable(t)
	methods := map[string][]string{} // table path -> methods
	for _, r := range table {
		methods[r.path] = append(methods[r.path], r.method)
	}

	t.Run("paths", func(t *testing.T) {
		var doc, router []string
		for p := range methods {
			doc = append(doc, chiPattern(p))
		}
		for _, r := range ts.router().Routes() {
			router = append(router, r.Pattern)
		}
		slices.Sort(doc)
		slices.Sort(router)
		if !slices.Equal(doc, router) {
			t.Fatalf("the route table of %s lists paths\n  %q\nthe router has\n  %q", protocolDoc, doc, router)
		}
	})

	for path, listed := range methods {
		t.Run(path, func(t *testing.T) {
			sample := samplePath(path)
			for _, m := range []string{"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"} {
				want := slices.Contains(listed, m)
				got := routeServed(t, ts, m, sample)
				switch {
				case got == want:
				case got && m == "HEAD" && slices.Contains(listed, "GET"):
				case want:
					t.Errorf("%s %s is in the route table of %s, but the router does not serve it", m, path, protocolDoc)
				default:
					t.Errorf("the router serves %s %s, which the route table of %s does not list", m, path, protocolDoc)
				}
			}
		})
	}
}
