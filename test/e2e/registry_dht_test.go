package e2e

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/kubo/config"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/commands"
)

// TestRegistryProvidesResourcesOnTheDHT: a registry node provides each
// resource's CID on Kubo's DHT, and another daemon, which knows the
// registry node only as its DHT bootstrap peer, finds it with `ipfs
// routing findprovs` (over loopback: the test profile lets the LAN DHT
// keep loopback addresses).
func TestRegistryProvidesResourcesOnTheDHT(t *testing.T) {
	h, reg := newNode(t, nil)
	reg.IPFS("key", "gen", "--type=secp256k1", "alice")
	reg.StartDaemon()
	t.Cleanup(func() { stop(t, reg) })
	res := ipfsJSON[commands.ResourceInfo](t, reg, "ring", "registry", "create", "chat", "--from", "alice")
	if !strings.HasPrefix(res.CID, "bafk") {
		t.Fatalf("create printed CID %q, want a CIDv1 raw (bafk…)", res.CID)
	}

	other := h.NewNode().Init("--profile=test")
	configure(other, nil)
	addrs := reg.SwarmAddrsWithPeerIDs()
	other.UpdateConfig(func(cfg *config.Config) {
		cfg.Bootstrap = []string{addrs[0].String()}
	})
	other.StartDaemon()
	t.Cleanup(func() { stop(t, other) })

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	want := reg.PeerID().String()
	for {
		out := other.RunIPFS("routing", "findprovs", "--num-providers=1", res.CID)
		if strings.Contains(out.Stdout.String(), want) {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatalf("findprovs %s on the other node never listed the registry node %s; last output %q, %q",
				res.CID, want, out.Stdout.String(), out.Stderr.String())
		case <-time.After(time.Second):
		}
	}

	// A resource that was never created is provided by nobody.
	id := schemas.ResourceID("never-created", common.HexToAddress(res.Owner))
	none := other.RunIPFS("routing", "findprovs", "--timeout=5s", "--num-providers=1", schemas.ResourceCID(id).String())
	if strings.Contains(none.Stdout.String(), want) {
		t.Fatalf("findprovs of a resource that does not exist lists the registry node: %q", none.Stdout.String())
	}
}
