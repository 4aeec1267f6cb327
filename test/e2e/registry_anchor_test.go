package e2e

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ipfs/kubo/test/cli/harness"

	"github.com/mosaic-rings/rings/plugin/commands"
	"github.com/mosaic-rings/rings/plugin/ring"
)

// TestRegistryAnchorResolvedFromChain: a registry node on a shared chain
// anchors the registry's snapshot as the registry ring's output 0 every
// Registry.AnchorInterval; a second node that holds no ring keys and no
// avatar (only the relayer key every node on an external chain has), and
// is no registry node, reads the head from contract state and resolves a
// resource from the snapshot over IPFS, every record verified. A new
// record is anchored at the next interval; with nothing new, nothing is
// registered.
func TestRegistryAnchorResolvedFromChain(t *testing.T) {
	if testing.Short() {
		t.Skip("runs real daemons")
	}
	sc := newSharedChain(t)
	h := harness.NewT(t, func(h *harness.Harness) { h.IPFSBin = ipfsBin })
	regCfg := map[string]any{"Ring": "registry", "Avatar": "registry", "AnchorInterval": "1s"}
	a := sc.node(h, map[string]any{"Registry": regCfg}, "registry", "alice", "bob")
	regRing := ipfsJSON[ring.Created](t, a, "ring", "create", "registry", "--from", "registry", "--members", "registry").Address.Hex()
	stop(t, a)
	a.StartDaemon()
	mustContain(t, a.Daemon.Stdout.String(), "Ring registry: ring "+regRing)

	id := strings.TrimSpace(a.IPFS("ring", "registry", "create", "chat", "--from", "alice").Stdout.String())
	ipfsJSON[commands.Registered](t, a, "ring", "registry", "register", id, "https://alice.example", "--from", "alice")
	self := strings.TrimSpace(a.IPFS("id", "-f", "<id>").Stdout.String())
	alice := avatarAddress(t, a, "alice").Hex()

	// No swarm connect: b finds the registry node through the peer info
	// it publishes in the registry ring's contract.
	b := sc.node(h, map[string]any{"Registry": map[string]any{"Ring": regRing}})
	// Live, b asks the registry node (registryclient).
	if live := ipfsJSON[commands.Resolved](t, b, "ring", "registry", "resolve", id); live.Source != "live" || !slices.Equal(providers(live), []string{"https://alice.example " + self + " " + alice}) {
		t.Fatalf("live resolve on the second node: %+v", live)
	}

	// waitChain polls b's resolve --source chain until it lists want.
	waitChain := func(want []string) commands.Resolved {
		t.Helper()
		deadline := time.Now().Add(90 * time.Second)
		for {
			res := b.RunIPFS("ring", "registry", "resolve", id, "--source", "chain", "--enc=json")
			var out commands.Resolved
			if res.Err == nil && jsonUnmarshal(res.Stdout.Bytes(), &out) == nil && slices.Equal(providers(out), want) {
				return out
			}
			if time.Now().After(deadline) {
				t.Fatalf("resolve --source chain on the second node: %s%s; want %q", res.Stdout.String(), res.Stderr.String(), want)
			}
			time.Sleep(200 * time.Millisecond) // polling interval, not a wait for a condition
		}
	}
	first := waitChain([]string{"https://alice.example " + self + " " + alice})
	if first.Source != "chain" || first.Snapshot == nil || first.Snapshot.Block == 0 || first.Resource.Label != "chat" {
		t.Fatalf("resolve --source chain: %+v", first)
	}
	if p := first.Providers[0]; p.Stale || p.Host {
		t.Fatalf("alice's record from the chain: %+v", p)
	}

	// head, on both nodes: the root resolve used (or a later one), its
	// time, the resources and the registry avatar's log it was built from.
	head := ipfsJSON[commands.RegistryHead](t, b, "ring", "registry", "head")
	regAvatar := avatarAddress(t, a, "registry").Hex()
	if head.Ring != regRing || head.Resources != 1 || len(head.Heads) != 1 || head.Heads[0].Author != regAvatar || head.Heads[0].Seq < 2 || head.Block == 0 {
		t.Fatalf("registry head on the second node: %+v", head)
	}
	if onA := ipfsJSON[commands.RegistryHead](t, a, "ring", "registry", "head"); onA.Root != head.Root {
		t.Fatalf("registry head: %s on the registry node, %s on the other", onA.Root, head.Root)
	}
	mustContainAll(t, b.IPFS("ring", "registry", "head").Stdout.String(), "snapshot "+head.Root, "1 resources", regAvatar)
	mustContainAll(t, b.IPFS("ring", "registry", "resolve", id, "--source", "chain").Stdout.String(), "from snapshot", "https://alice.example")

	// A new record reaches the chain at the next anchor.
	ipfsJSON[commands.Registered](t, a, "ring", "registry", "register", id, "https://bob.example", "--from", "bob")
	bob := avatarAddress(t, a, "bob").Hex()
	second := waitChain([]string{"https://bob.example " + self + " " + bob, "https://alice.example " + self + " " + alice})
	if second.Snapshot.Root == first.Snapshot.Root || second.Snapshot.Block <= first.Snapshot.Block {
		t.Fatalf("the second anchor %+v does not follow the first %+v", second.Snapshot, first.Snapshot)
	}

	// With nothing new, the next intervals register nothing: output 0
	// stays, the root the latest anchor named.
	last := ipfsJSON[commands.RegistryHead](t, b, "ring", "registry", "head")
	time.Sleep(3 * time.Second) // three anchor intervals pass: a duration under test, not a wait for a condition
	if again := ipfsJSON[commands.RegistryHead](t, b, "ring", "registry", "head"); again.Root != last.Root {
		t.Fatalf("with nothing new the registry was anchored again: %s, then %s", last.Root, again.Root)
	}

	// Bad input.
	mustContainAll(t, ipfsFails(t, b, "ring", "registry", "resolve", id, "--source", "nowhere"), `--source "nowhere" must be live or chain`)
	const unknown = "0x00000000000000000000000000000000000000000000000000000000000000aa"
	mustContainAll(t, ipfsFails(t, b, "ring", "registry", "resolve", unknown, "--source", "chain"), "no such resource", "is not in the snapshot anchored in block")
}

// TestRegistryHeadNotAnchored: before any anchor (anchoring off), head
// and resolve --source chain say there is none and what to do.
func TestRegistryHeadNotAnchored(t *testing.T) {
	_, n := newNode(t, map[string]any{"Registry": map[string]any{"AnchorInterval": "off"}})
	n.IPFS("key", "gen", "--type=secp256k1", "alice")
	n.StartDaemon()
	t.Cleanup(func() { stop(t, n) })
	id := strings.TrimSpace(n.IPFS("ring", "registry", "create", "chat", "--from", "alice").Stdout.String())
	for _, args := range [][]string{{"head"}, {"resolve", id, "--source", "chain"}} {
		mustContainAll(t, ipfsFails(t, n, append([]string{"ring", "registry"}, args...)...), "no snapshot is anchored yet", "has no output 0", "Registry.AnchorInterval")
	}
	if res := ipfsJSON[commands.Resolved](t, n, "ring", "registry", "resolve", id); res.Source != "live" {
		t.Fatalf("resolve defaults to live: %+v", res)
	}
}
