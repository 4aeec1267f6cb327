package gateway

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ipfs/boxo/blockservice"
	blockstore "github.com/ipfs/boxo/blockstore"
	boxogw "github.com/ipfs/boxo/gateway"
	"github.com/ipfs/boxo/ipns"
	"github.com/ipfs/boxo/namesys"
	"github.com/ipfs/boxo/path"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-datastore"
	dssync "github.com/ipfs/go-datastore/sync"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/routing"
)

// valueStore is the routing edge of IPNS, faked: records by routing key,
// or err for every lookup.
type valueStore struct {
	mu      sync.Mutex
	records map[string][]byte
	err     error
}

var _ routing.ValueStore = (*valueStore)(nil)

func (v *valueStore) PutValue(_ context.Context, key string, val []byte, _ ...routing.Option) error {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.records[key] = val
	return nil
}

func (v *valueStore) GetValue(_ context.Context, key string, _ ...routing.Option) ([]byte, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.err != nil {
		return nil, v.err
	}
	val, ok := v.records[key]
	if !ok {
		return nil, routing.ErrNotFound
	}
	return val, nil
}

func (v *valueStore) SearchValue(ctx context.Context, key string, opts ...routing.Option) (<-chan []byte, error) {
	val, err := v.GetValue(ctx, key, opts...)
	if err != nil {
		return nil, err
	}
	ch := make(chan []byte, 1)
	ch <- val
	close(ch)
	return ch, nil
}

// ipnsName makes a key and returns its name as the gateway path takes it.
func ipnsName(tb testing.TB) (crypto.PrivKey, ipns.Name) {
	tb.Helper()
	sk, _, err := crypto.GenerateEd25519Key(nil)
	if err != nil {
		tb.Fatal(err)
	}
	pid, err := peer.IDFromPrivateKey(sk)
	if err != nil {
		tb.Fatal(err)
	}
	return sk, ipns.NameFromPeer(pid)
}

// TestIPNSNames checks the statuses of /ipns/ names through boxo's handler
// as IPFSHandler builds it: a published name is served; a name nobody
// published is 404 and a lookup that timed out 504, never 500.
func TestIPNSNames(t *testing.T) {
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

	// A name published in the fake routing, pointing at blk.
	sk, published := ipnsName(t)
	rec, err := ipns.NewRecord(sk, path.FromCid(blk.Cid()), 1, time.Now().Add(time.Hour), time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := ipns.MarshalRecord(rec)
	if err != nil {
		t.Fatal(err)
	}
	routed := &valueStore{records: map[string][]byte{string(published.RoutingKey()): raw}}
	_, unpublished := ipnsName(t)
	pid := unpublished.Peer()

	handler := func(opts ...boxogw.BackendOption) *testServer {
		h, err := IPFSHandler(bserv, opts...)
		if err != nil {
			t.Fatal(err)
		}
		return startServer(t, testConfig(), WithIPFS(h))
	}
	daemon := handler() // as plugin.go builds it: no value store
	withRouting := handler(boxogw.WithValueStore(routed))
	timingOut := handler(boxogw.WithValueStore(&valueStore{err: fmt.Errorf("dht lookup: %w", context.DeadlineExceeded)}))

	raw200 := []string{"Accept", "application/vnd.ipld.raw"}
	cases := []struct {
		name   string
		ts     *testServer
		path   string
		header []string
		status int
	}{
		{"published name", withRouting, "/ipns/" + published.String(), raw200, http.StatusOK},
		{"published name's record", withRouting, "/ipns/" + published.String() + "?format=ipns-record", nil, http.StatusOK},
		{"unpublished name", withRouting, "/ipns/" + unpublished.String(), nil, http.StatusNotFound},
		{"unpublished name as a peer ID", withRouting, "/ipns/" + pid.String(), nil, http.StatusNotFound},
		{"unpublished name's record", withRouting, "/ipns/" + unpublished.String() + "?format=ipns-record", nil, http.StatusNotFound},
		{"no routing: a name", daemon, "/ipns/" + published.String(), nil, http.StatusNotFound},
		{"no routing: a name's record", daemon, "/ipns/" + published.String() + "?format=ipns-record", nil, http.StatusNotFound},
		{"no routing: a name with a path", daemon, "/ipns/" + unpublished.String() + "/index.html", nil, http.StatusNotFound},
		{"routing timed out", timingOut, "/ipns/" + published.String(), nil, http.StatusGatewayTimeout},
		{"routing timed out: record", timingOut, "/ipns/" + published.String() + "?format=ipns-record", nil, http.StatusGatewayTimeout},
		{"content is still served", daemon, "/ipfs/" + blk.Cid().String(), raw200, http.StatusOK},
		{"a DNS label over 63 bytes", daemon, "/ipns/" + strings.Repeat("a", 64) + ".example.com", nil, http.StatusBadRequest},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := do(t, "GET", tc.ts.url+tc.path, "", tc.header...)
			if resp.StatusCode != tc.status {
				t.Fatalf("HTTP %d, want %d: %s", resp.StatusCode, tc.status, body)
			}
			if tc.status == http.StatusOK && tc.header != nil && string(body) != "hello ring" {
				t.Fatalf("body %q", body)
			}
		})
	}
}

// TestNameError checks the mapping of name resolution errors, also those
// the handler above cannot produce at will: a deadline that namesys
// reports as a failed resolution.
func TestNameError(t *testing.T) {
	t.Parallel()
	expired, cancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel()
	other := errors.New("the blockstore is closed")
	for _, tc := range []struct {
		name   string
		ctx    context.Context
		err    error
		status int // 0: err unchanged
	}{
		{"no error", context.Background(), nil, 0},
		{"not found", context.Background(), fmt.Errorf("resolving: %w", routing.ErrNotFound), http.StatusNotFound},
		{"resolve failed", context.Background(), namesys.ErrResolveFailed, http.StatusNotFound},
		{"no DNSLink record", context.Background(), namesys.ErrMissingDNSLinkRecord, http.StatusNotFound},
		{"deadline", context.Background(), fmt.Errorf("dht: %w", context.DeadlineExceeded), http.StatusGatewayTimeout},
		{"resolve failed after the deadline", expired, namesys.ErrResolveFailed, http.StatusGatewayTimeout},
		{"other", context.Background(), other, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := nameError(tc.ctx, tc.err)
			var sc *boxogw.ErrorStatusCode
			switch {
			case tc.status == 0 && got != tc.err:
				t.Fatalf("nameError(%v) = %v, want it unchanged", tc.err, got)
			case tc.status == 0:
			case !errors.As(got, &sc) || sc.StatusCode != tc.status:
				t.Fatalf("nameError(%v) = %v, want status %d", tc.err, got, tc.status)
			case !errors.Is(got, tc.err):
				t.Fatalf("nameError(%v) = %v does not wrap the error", tc.err, got)
			}
		})
	}
}
