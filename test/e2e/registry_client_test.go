package e2e

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ipfs/kubo/test/cli/harness"
	ma "github.com/multiformats/go-multiaddr"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/gateway"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/commands"
	"github.com/mosaic-rings/rings/plugin/ring"
)

// TestReplicasInTheRegistry runs a registry node R, a replica node P and
// a member node M on one shared chain, with no `ipfs swarm connect`
// anywhere. P and M are not registry nodes: they reach R's gateway, which
// R publishes as an /http multiaddr in its peer info in the registry
// ring's contract.
//
//   - M creates ring club: its owner's node creates the ring's replica
//     resource through R; M replicates club to P and P registers its
//     record (value its gateway URL, peer its node, service "replica",
//     issued by its replica avatar), which M resolves live.
//   - `ipfs ring flush club --from alice` with no --via on M flushes
//     through P and says so; the chain head moves.
//   - `--direct` flushes through M's own relayer.
//   - After UnreplicateRing, P's record is gone, and a flush with no
//     --via goes directly, saying why.
func TestReplicasInTheRegistry(t *testing.T) {
	if testing.Short() {
		t.Skip("runs real daemons")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	defer cancel()
	sc := newSharedChain(t)
	h := harness.NewT(t, func(h *harness.Harness) { h.IPFSBin = ipfsBin })
	fast := func(m map[string]any) map[string]any {
		m["Sync"] = map[string]any{"PollInterval": "200ms"}
		return m
	}

	// R: a registry node of a one-member registry ring.
	r := sc.node(h, fast(map[string]any{"Registry": map[string]any{"Avatar": "reg"}}), "reg")
	regRing := ipfsJSON[commands.CreateOutput](t, r, "ring", "create", "registry", "--from", "reg", "--members", "reg").Address
	stop(t, r)
	configure(r, sc.config(fast(map[string]any{"Registry": map[string]any{"Avatar": "reg", "Ring": regRing.Hex()}})))
	r.StartDaemon()
	mustContain(t, r.Daemon.Stdout.String(), "Ring registry: ring "+regRing.Hex())
	regURL := gatewayURL(t, r)

	// R publishes its gateway beside its libp2p addresses.
	cl, err := chain.New(ctx, sc.dc.Client(), sc.dc.RelayerKey(), sc.factory)
	if err != nil {
		t.Fatal(err)
	}
	regAvatar := avatarAddress(t, r, "reg")
	pollUntil(ctx, t, time.Minute, "R's gateway in its peer info", func() (bool, string) {
		info, err := cl.PeerInfo(ctx, regRing, regAvatar)
		if err != nil {
			return false, err.Error()
		}
		raw, _ := schemas.UnpackMultiaddrs(info.Multiaddrs)
		var addrs []string
		for _, b := range raw {
			if a, err := ma.NewMultiaddrBytes(b); err == nil {
				addrs = append(addrs, a.String())
			}
		}
		want := "/ip4/127.0.0.1/tcp/" + regURL[strings.LastIndex(regURL, ":")+1:] + "/http"
		return slices.Contains(addrs, want), fmt.Sprintf("%v, want %s", addrs, want)
	})

	reg := map[string]any{"Ring": regRing.Hex()}
	p := sc.node(h, fast(map[string]any{"Registry": reg,
		"Replica": map[string]any{"Avatar": "rep", "RelayWait": "2s", "FollowInterval": "500ms"}}), "rep")
	m := sc.node(h, fast(map[string]any{"Registry": reg}), "alice")
	mustContain(t, ipfsFails(t, m, "ring", "registry", "ls"), "this node is not a registry node")
	repURL := gatewayURL(t, p)

	rr := ipfsJSON[commands.CreateOutput](t, p, "ring", "create", "replicas", "--from", "rep", "--members", "rep")
	club := ipfsJSON[commands.CreateOutput](t, m, "ring", "create", "club", "--from", "alice", "--members", "alice")
	label := "rings/replicas/" + strings.ToLower(club.Address.Hex())
	if club.ReplicaResource == "" || club.Registry != "" {
		t.Fatalf("ring create on M did not create the replica resource through R: %+v", club)
	}
	ipfsJSON[gateway.ReplicateStatus](t, m, "ring", "replicate", "club", "--from", "alice", "--via", repURL, "--replica-ring", rr.Address.Hex())

	// P's record, resolved live on M (through R) and on R.
	isP := func(pi commands.ProviderInfo) bool {
		return pi.Value == repURL && pi.Peer == p.PeerID().String() && slices.Equal(pi.Services, []string{"replica"}) &&
			pi.Issuer == avatarAddress(t, p, "rep").Hex() && !pi.Stale
	}
	pollUntil(ctx, t, 30*time.Second, "P's record of club resolved on M", func() (bool, string) {
		res := m.RunIPFS("ring", "registry", "resolve", label, "--owner", club.Owner.Hex(), "--enc=json")
		var out commands.Resolved
		if res.Err != nil || jsonUnmarshal(res.Stdout.Bytes(), &out) != nil {
			return false, res.Stderr.String()
		}
		return out.Source == "live" && out.Resource.ID == club.ReplicaResource && slices.ContainsFunc(out.Providers, isP), res.Stdout.String()
	})
	onR := ipfsJSON[commands.Resolved](t, r, "ring", "registry", "resolve", club.ReplicaResource)
	if !slices.ContainsFunc(onR.Providers, isP) {
		t.Fatalf("R resolves %+v, want P's record", onR.Providers)
	}

	// The registry commands on M, not a registry node, go through R.
	chat := ipfsJSON[commands.ResourceInfo](t, m, "ring", "registry", "create", "chat", "--from", "alice")
	ipfsJSON[commands.Registered](t, m, "ring", "registry", "register", "chat", "https://m.example", "--owner", "alice", "--from", "alice")
	if got := ipfsJSON[commands.Resolved](t, r, "ring", "registry", "resolve", chat.ID); len(got.Providers) != 1 || got.Providers[0].Value != "https://m.example" || got.Providers[0].Peer != m.PeerID().String() {
		t.Fatalf("M's registration resolved on R: %+v", got.Providers)
	}
	ipfsJSON[commands.Registered](t, m, "ring", "registry", "unregister", chat.ID, "--from", "alice")
	if got := ipfsJSON[commands.Resolved](t, m, "ring", "registry", "resolve", "chat", "--owner", "alice"); len(got.Providers) != 0 {
		t.Fatalf("M's record after unregister on M: %+v", got.Providers)
	}
	mustContain(t, ipfsFails(t, m, "ring", "registry", "register", "nothing", "x", "--owner", "alice", "--from", "alice"), "no such resource")

	// A flush with no --via goes through P.
	ipfsJSON[ring.Appended](t, m, "ring", "append", "club", "through the registry", "--from", "alice")
	out := ipfsJSON[commands.FlushOutput](t, m, "ring", "flush", "club", "--from", "alice")
	if out.Via != repURL || out.ViaPeer != p.PeerID().String() || out.Replica == nil || out.Replica.Status != "relayed" || out.Replica.Seq != 1 {
		t.Fatalf("flush with no --via: %+v (replica %+v), want relayed through %s", out, out.Replica, repURL)
	}
	alice := club.Owner
	if mh, ok := sc.state(club.Address).Member(alice); !ok || mh.Seq != 1 {
		t.Fatalf("chain holds %+v for alice after the flush through P, want seq 1", mh)
	}
	ipfsJSON[ring.Appended](t, m, "ring", "append", "club", "text output", "--from", "alice")
	text := m.IPFS("ring", "flush", "club", "--from", "alice").Stdout.String()
	mustContain(t, text, "through replica "+repURL+" (peer "+p.PeerID().String()+", found in the registry): replica relayed")

	// --direct goes through M's relayer.
	ipfsJSON[ring.Appended](t, m, "ring", "append", "club", "directly", "--from", "alice")
	direct := ipfsJSON[commands.FlushOutput](t, m, "ring", "flush", "club", "--from", "alice", "--direct")
	if direct.Flushed == nil || direct.Replica != nil || direct.Via != "" || direct.Seq != 3 {
		t.Fatalf("flush --direct: %+v", direct)
	}
	if mh, _ := sc.state(club.Address).Member(alice); mh.Seq != 3 {
		t.Fatalf("chain holds seq %d for alice after --direct, want 3", mh.Seq)
	}
	mustContain(t, ipfsFails(t, m, "ring", "flush", "club", "--from", "alice", "--direct", "--via", repURL), "exclude each other")

	// A node that holds only the ring's keys syncs from P, found in the
	// registry, while the only member's node is down: no swarm connect.
	pollUntil(ctx, t, time.Minute, "P holding alice's log up to seq 3", func() (bool, string) {
		heads := ipfsJSON[commands.HeadOutput](t, p, "ring", "head", club.Address.Hex(), "--member", alice.Hex()).Heads
		return len(heads) == 1 && heads[0].Seq == 3, fmt.Sprintf("%+v", heads)
	})
	f := sc.node(h, fast(map[string]any{"Registry": reg}))
	ipfsJSON[ring.Ring](t, f, "ring", "keys", "import", h.WriteToTemp(m.IPFS("ring", "keys", "export", "club").Stdout.String()))
	stop(t, m)
	synced := ipfsJSON[commands.SyncEvent](t, f, "ring", "sync", club.Address.Hex()).Result
	if synced == nil || len(synced.Members) != 1 || synced.Members[0].Seq != 3 || synced.Members[0].Source != "peer "+p.PeerID().String() {
		t.Fatalf("sync on a keys-only node with the member's node down: %+v, want seq 3 from the replica %s", synced, p.PeerID())
	}
	m.StartDaemon()

	// Unreplicated: the record is gone, and a flush goes directly.
	ipfsJSON[gateway.ReplicateStatus](t, m, "ring", "unreplicate", "club", "--from", "alice", "--via", repURL)
	pollUntil(ctx, t, 30*time.Second, "P's record gone", func() (bool, string) {
		res := m.RunIPFS("ring", "registry", "resolve", club.ReplicaResource, "--enc=json")
		var out commands.Resolved
		if res.Err != nil || jsonUnmarshal(res.Stdout.Bytes(), &out) != nil {
			return false, res.Stderr.String()
		}
		return !slices.ContainsFunc(out.Providers, func(pi commands.ProviderInfo) bool { return pi.Peer == p.PeerID().String() }), res.Stdout.String()
	})
	ipfsJSON[ring.Appended](t, m, "ring", "append", "club", "no replica", "--from", "alice")
	after := ipfsJSON[commands.FlushOutput](t, m, "ring", "flush", "club", "--from", "alice")
	if after.Flushed == nil || after.Via != "" || !strings.Contains(after.Direct, "lists no fresh replica") {
		t.Fatalf("flush after unreplicate: %+v", after)
	}
	if mh, _ := sc.state(club.Address).Member(alice); mh.Seq != 4 {
		t.Fatalf("chain holds seq %d for alice, want 4", mh.Seq)
	}
}
