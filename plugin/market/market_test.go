package market_test

import (
	"context"
	"crypto/rand"
	"errors"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ipfs/go-datastore"
	"github.com/ipfs/go-datastore/namespace"
	p2pcrypto "github.com/libp2p/go-libp2p/core/crypto"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/contracts/chain/chaintest"
	"github.com/mosaic-rings/rings/plugin/internal/kubotest"
	"github.com/mosaic-rings/rings/plugin/market"
	"github.com/mosaic-rings/rings/plugin/ring"
	"github.com/mosaic-rings/rings/plugin/ringkeys"
	"github.com/mosaic-rings/rings/plugin/ringlog"
)

func TestParseAmount(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		in   string
		want string // "" = an error
	}{
		{"0", "0"},
		{"1000", "1000"},
		{"7wei", "7"},
		{"20gwei", "20000000000"},
		{"1.5ether", "1500000000000000000"},
		{" 2 ether ", "2000000000000000000"},
		{"0.5gwei", "500000000"},
		{"1.5wei", ""},
		{"-1", ""},
		{"1e18", ""},
		{"1/2", ""},
		{"ether", ""},
		{"", ""},
		{"lots", ""},
		{"1" + strings.Repeat("0", 78), ""}, // above 2^256-1
	} {
		got, err := market.ParseAmount(tc.in)
		if tc.want == "" {
			if !errors.Is(err, ring.ErrBadArgument) {
				t.Errorf("ParseAmount(%q) = %v, %v; want ErrBadArgument", tc.in, got, err)
			}
			continue
		}
		if err != nil || got.String() != tc.want {
			t.Errorf("ParseAmount(%q) = %v, %v; want %s", tc.in, got, err, tc.want)
		}
	}
}

func TestFormatAmount(t *testing.T) {
	t.Parallel()
	for in, want := range map[int64]string{0: "0 wei", 999: "999 wei", 1_500_000_000: "1500000000 wei (0.0000000015 ether)"} {
		if got := market.FormatAmount(big.NewInt(in)); got != want {
			t.Errorf("FormatAmount(%d) = %q, want %q", in, got, want)
		}
	}
}

func TestParseClusterNodes(t *testing.T) {
	t.Parallel()
	got, err := market.ParseClusterNodes("1, 2:3,4")
	if err != nil || len(got) != 3 || got[1].NodeID != 2 || got[1].VNodes != 3 || got[2].VNodes != 1 {
		t.Fatalf("%+v, %v", got, err)
	}
	for _, bad := range []string{"x", "1:y", "-1", "4294967296"} {
		if _, err := market.ParseClusterNodes(bad); !errors.Is(err, ring.ErrBadArgument) {
			t.Errorf("%q: %v", bad, err)
		}
	}
}

// TestClusterCreateStoresKeys: on a market on the dev chain, a cluster's
// creation stores fresh keys of its replica ring on the manager's node
// under cluster<ID>, for its chain; when a ring here already has that name,
// under cluster<ID>-2, leaving that ring's keys alone.
func TestClusterCreateStoresKeys(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	dc, c := chaintest.Open(t)
	addr, _, err := chain.DeployMarket(ctx, dc.Client(), dc.RelayerKey(), c.Factory(), 100)
	if err != nil {
		t.Fatal(err)
	}
	m, err := chain.NewMarket(ctx, c, addr)
	if err != nil {
		t.Fatal(err)
	}
	node := kubotest.NewNode(t)
	logs := ringlog.New(node.Blockstore, namespace.Wrap(node.Repo.Datastore(), datastore.NewKey("/ring")), node.Pinning)
	t.Cleanup(func() { logs.Close() })
	keys, err := ringkeys.Open(filepath.Join(t.TempDir(), "keys"))
	if err != nil {
		t.Fatal(err)
	}
	ks := node.Repo.Keystore()
	for _, name := range []string{"prov1", "prov2", "mgr"} {
		k, _, err := p2pcrypto.GenerateSecp256k1Key(rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		if err := ks.Put(name, k); err != nil {
			t.Fatal(err)
		}
	}
	rings := ring.New(c, logs, keys, ks, ring.Options{})
	svc := market.New(m, ks, rings, market.Options{Faucet: true, Peer: node.Identity})
	for _, p := range []string{"prov1", "prov2"} {
		if _, err := svc.NodeCreate(ctx, p, "", "", market.NodeParams{Gateway: "http://127.0.0.1:1", Capacity: 100, Rent: "1gwei"}); err != nil {
			t.Fatal(err)
		}
		if _, err := svc.NodeTrust(ctx, p, "mgr", true); err != nil {
			t.Fatal(err)
		}
	}
	taken, err := rings.Create(ctx, "cluster2", "mgr", []string{"mgr"})
	if err != nil {
		t.Fatal(err)
	}

	for _, tc := range []struct {
		node uint32
		want string
	}{
		{1, "cluster1"},
		{2, "cluster2-2"},
	} {
		t.Run(tc.want, func(t *testing.T) {
			out, err := svc.ClusterCreate(ctx, "mgr", []chain.ClusterNode{{NodeID: tc.node, VNodes: 1}}, 10, 0)
			if err != nil {
				t.Fatal(err)
			}
			if out.ClusterID != tc.node || out.Name != tc.want {
				t.Fatalf("cluster %d named %q; want %d named %q", out.ClusterID, out.Name, tc.node, tc.want)
			}
			k, err := rings.ExportKeys(tc.want)
			if err != nil {
				t.Fatal(err)
			}
			if k.Ring != out.Ring || k.Chain != c.ChainID() || k.Name != tc.want || !k.HasReadKey() || k.ReplicaKey == (ringkeys.HexKey{}) || k.ReadKey == k.ReplicaKey {
				t.Fatalf("keys %v (%s); want ring %s, chain %d, both keys", k, k.Name, out.Ring.Hex(), c.ChainID())
			}
		})
	}
	if k, err := rings.ExportKeys("cluster2"); err != nil || k.Ring != taken.Address {
		t.Fatalf("cluster2 is ring %s, %v; want the ring that had the name, %s", k.Ring.Hex(), err, taken.Address.Hex())
	}
}
