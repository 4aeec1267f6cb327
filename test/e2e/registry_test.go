package e2e

import (
	"slices"
	"strings"
	"testing"

	"github.com/ipfs/kubo/test/cli/harness"

	"github.com/mosaic-rings/rings/gateway"
	"github.com/mosaic-rings/rings/plugin/commands"
)

// providers returns "value peer issuer" of each provider of a resolve.
func providers(r commands.Resolved) []string {
	out := []string{}
	for _, p := range r.Providers {
		out = append(out, p.Value+" "+p.Peer+" "+p.Issuer)
	}
	return out
}

// TestRegistry runs a single registry node on the embedded chain: the dev
// registry ring made on first start, create, register, resolve,
// unregister, a second issuer, a restart that replays the log, and bad
// input.
func TestRegistry(t *testing.T) {
	_, n := newNode(t, nil)
	for _, k := range []string{"alice", "bob", "carol"} {
		n.IPFS("key", "gen", "--type=secp256k1", k)
	}
	n.StartDaemon()
	t.Cleanup(func() { stop(t, n) })
	mustContain(t, n.Daemon.Stdout.String(), "Ring registry: ring 0x")
	mustContain(t, n.Daemon.Stdout.String(), "(registry node as registry)")

	rings := ipfsJSON[commands.RingList](t, n, "ring", "ls")
	if len(rings.Rings) != 1 || rings.Rings[0].Name != "registry" {
		t.Fatalf("ring ls: %+v, want the registry ring", rings)
	}
	regRing := rings.Rings[0].Address.Hex()
	avatars := ipfsJSON[commands.AvatarList](t, n, "ring", "avatars")
	var bob, carol, registryAvatar string
	for _, a := range avatars.Avatars {
		switch a.Name {
		case "bob":
			bob = a.Address.Hex()
		case "carol":
			carol = a.Address.Hex()
		case "registry":
			registryAvatar = a.Address.Hex()
		}
	}
	if registryAvatar == "" {
		t.Fatalf("no registry avatar was made: %+v", avatars)
	}
	self := strings.TrimSpace(n.IPFS("id", "-f", "<id>").Stdout.String())

	// create prints the id; text by default.
	id := strings.TrimSpace(n.IPFS("ring", "registry", "create", "chat", "--from", "alice").Stdout.String())
	if !strings.HasPrefix(id, "0x") || len(id) != 66 {
		t.Fatalf("create printed %q, want a 0x resource id", id)
	}
	reg := ipfsJSON[commands.Registered](t, n, "ring", "registry", "register", "chat", "https://bob.example", "--owner", "alice", "--from", "bob")
	if reg.Resource != id || reg.Peer != self || reg.Issuer != bob {
		t.Fatalf("register: %+v", reg)
	}
	const other = "12D3KooWGRUVh4Q2v6UPnZ8AxfRrtKCDJWTX5ubkDwHQt1fnpHkH"
	ipfsJSON[commands.Registered](t, n, "ring", "registry", "register", id, "https://carol.example", "--from", "carol",
		"--peer", other, "--service", "chat", "--relay", self)

	res := ipfsJSON[commands.Resolved](t, n, "ring", "registry", "resolve", "chat", "--owner", "alice")
	want := []string{"https://carol.example " + other + " " + carol, "https://bob.example " + self + " " + bob}
	if got := providers(res); !slices.Equal(got, want) {
		t.Fatalf("resolve = %q, want %q (newest first)", got, want)
	}
	if p := res.Providers[0]; !slices.Equal(p.Services, []string{"chat"}) || !slices.Equal(p.Relays, []string{self}) || p.Stale {
		t.Fatalf("carol's record: %+v", p)
	}
	mustContain(t, n.IPFS("ring", "registry", "resolve", id).Stdout.String(), "https://bob.example")

	// The operations are in the registry avatar's log in the registry ring.
	log := ipfsJSON[commands.LogOutput](t, n, "ring", "log", regRing, "--member", "registry")
	if len(log.Entries) != 3 || log.Entries[0].Type != "registry.record" || log.Entries[2].Type != "registry.resource" {
		t.Fatalf("registry log: %+v", log)
	}

	ipfsJSON[commands.Registered](t, n, "ring", "registry", "unregister", "chat", "--owner", "alice", "--from", "bob")
	res = ipfsJSON[commands.Resolved](t, n, "ring", "registry", "resolve", id)
	if got := providers(res); !slices.Equal(got, want[:1]) {
		t.Fatalf("after unregister, resolve = %q, want %q", got, want[:1])
	}
	ls := ipfsJSON[commands.ResourceList](t, n, "ring", "registry", "ls")
	if len(ls.Resources) != 1 || ls.Resources[0].ID != id || ls.Resources[0].Label != "chat" || ls.Resources[0].Providers != 1 {
		t.Fatalf("registry ls: %+v", ls)
	}

	// A restart replays the log: the same answer, and no second ring.
	stop(t, n)
	n.StartDaemon()
	mustContain(t, n.Daemon.Stdout.String(), "Ring registry: ring "+regRing)
	if again := ipfsJSON[commands.Resolved](t, n, "ring", "registry", "resolve", id); !slices.Equal(providers(again), want[:1]) {
		t.Fatalf("after restart, resolve = %q, want %q", providers(again), want[:1])
	}
	if rings := ipfsJSON[commands.RingList](t, n, "ring", "ls"); len(rings.Rings) != 1 {
		t.Fatalf("after restart, ring ls: %+v", rings)
	}

	// Bad input: each names the problem and the next step, and changes nothing.
	const unknown = "0x00000000000000000000000000000000000000000000000000000000000000aa"
	for _, c := range []struct {
		name string
		args []string
		want []string
	}{
		{"resolve an unknown resource", []string{"resolve", unknown}, []string{"no such resource", "is not on this registry node", "`ipfs ring registry ls`"}},
		{"register for an unknown resource", []string{"register", unknown, "v", "--from", "bob"}, []string{"no such resource", "`ipfs ring registry create LABEL --from OWNER`"}},
		{"a label without its owner", []string{"resolve", "chat"}, []string{`resource "chat" is a label`, "--owner OWNER"}},
		{"a short id", []string{"resolve", "0x12"}, []string{"not a 32-byte 0x id"}},
		{"an unknown signer", []string{"create", "x", "--from", "mallory"}, []string{`no such key in this node's keystore: "mallory"`, "ipfs key gen --type=secp256k1 mallory"}},
		{"no signer", []string{"create", "x"}, []string{"--from is required"}},
		{"a bad peer", []string{"register", id, "v", "--from", "bob", "--peer", "nope"}, []string{`--peer "nope" is not a PeerID`}},
	} {
		t.Run(c.name, func(t *testing.T) {
			mustContainAll(t, ipfsFails(t, n, append([]string{"ring", "registry"}, c.args...)...), c.want...)
		})
	}
	if again := ipfsJSON[commands.ResourceList](t, n, "ring", "registry", "ls"); len(again.Resources) != 1 {
		t.Fatalf("bad input changed the registry: %+v", again)
	}
	if log := ipfsJSON[commands.LogOutput](t, n, "ring", "log", regRing, "--member", "registry"); len(log.Entries) != 4 {
		t.Fatalf("bad input was logged: %d entries, want 4", len(log.Entries))
	}
}

// TestRegistryNotARegistryNode checks that a node whose registry ring is
// not held here, or whose avatar is not a member, refuses the registry
// commands and says what to do.
func TestRegistryNotARegistryNode(t *testing.T) {
	_, n := newNode(t, map[string]any{"Registry": map[string]any{"Ring": "club", "Avatar": "bob"}})
	for _, k := range []string{"alice", "bob"} {
		n.IPFS("key", "gen", "--type=secp256k1", k)
	}
	n.StartDaemon()
	t.Cleanup(func() { stop(t, n) })
	refuse := func(t *testing.T, n *harness.Node, want ...string) {
		t.Helper()
		for _, args := range [][]string{
			{"ls"},
			{"create", "chat", "--from", "alice"},
			{"resolve", "chat", "--owner", "alice"},
		} {
			mustContainAll(t, ipfsFails(t, n, append([]string{"ring", "registry"}, args...)...),
				append([]string{"this node is not a registry node"}, want...)...)
		}
	}
	refuse(t, n, `no ring is named "club" on this node`)
	// Its gateway answers the registry's methods with -32016.
	c := &webClient{t: t, url: gatewayURL(t, n)}
	c.refused("ResolveProviders", map[string]any{"resource": "0x" + strings.Repeat("00", 32)}, gateway.CodeNoRegistry, "registry")
	if rings := ipfsJSON[commands.RingList](t, n, "ring", "ls"); len(rings.Rings) != 0 {
		t.Fatalf("a node with Registry.Ring set made a dev registry ring: %+v", rings)
	}

	n.IPFS("ring", "create", "club", "--from", "alice", "--members", "alice")
	stop(t, n)
	n.StartDaemon()
	refuse(t, n, "Registry.Avatar bob", "is not a member of the registry ring", "`ipfs ring enter")
}
