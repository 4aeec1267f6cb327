package registryclient

import (
	"context"
	"log/slog"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/mosaic-rings/rings/gateway"
)

// noBackend is a gateway backend never called: NodeInfo does not reach
// the backend.
type noBackend struct{ gateway.Backend }

// TestNodeOfChecksTheRecordsPeer: a replica's gateway names its node; a
// node other than the one the replica's record names is refused, so a
// record cannot point a syncing node at someone else's peer.
func TestNodeOfChecksTheRecordsPeer(t *testing.T) {
	const recorded = "12D3KooWGRUVh4Q2v6UPnZ8AxfRrtKCDJWTX5ubkDwHQt1fnpHkH"
	named := recorded
	srv, err := gateway.NewServer(gateway.DefaultConfig(), noBackend{}, gateway.WithRegisterer(prometheus.NewRegistry()),
		gateway.WithLogger(slog.New(slog.DiscardHandler)),
		gateway.WithNode(func() gateway.NodeInfo {
			return gateway.NodeInfo{Peer: named, Addrs: []string{"/ip4/127.0.0.1/tcp/4001", "not a multiaddr"}}
		}))
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv.Handler())
	defer hs.Close()
	rep := Replica{URL: hs.URL}
	if err := rep.Peer.UnmarshalText([]byte(recorded)); err != nil {
		t.Fatal(err)
	}
	info, err := nodeOf(context.Background(), rep)
	if err != nil || info.ID != rep.Peer || len(info.Addrs) != 1 || info.Addrs[0].String() != "/ip4/127.0.0.1/tcp/4001" {
		t.Fatalf("nodeOf: %+v, %v; want the recorded peer with its one valid address", info, err)
	}
	named = "12D3KooWD3eckifWpRn9wQpMG9R9hX3sD158z7EqHWmweQAJU5SA"
	if _, err := nodeOf(context.Background(), rep); err == nil || !strings.Contains(err.Error(), "its registration "+recorded) {
		t.Fatalf("a gateway naming another node: %v, want refused", err)
	}
}
