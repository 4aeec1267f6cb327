package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"
	"github.com/ipfs/kubo/test/cli/harness"
	p2pcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/mosaic-rings/rings/contracts/chain"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/commands"
	"github.com/mosaic-rings/rings/plugin/ring"
)

// TestRegistryNetwork runs a registry ring of two registry nodes, A and B
// (their avatars regA and regB are its members), and a third node C that
// holds no keys and only knows the registry ring's address, all on one
// shared chain, with no `ipfs swarm connect` anywhere: the nodes find each
// other through the peer info the members publish in the ring contract,
// and every append is announced to the members' nodes.
//
//   - A record registered on A resolves live on B within seconds (the
//     latency is logged); unregistered on B, it is gone on A.
//   - A anchors the registry; C resolves it from the chain, walking the
//     snapshot it fetches from the registry nodes.
//   - A is killed with SIGKILL while it anchors (it has written and pinned
//     a snapshot the chain does not name yet) as registrations stream in
//     (the log says whether any were still in flight); after a restart
//     every acknowledged record resolves on A and on B, and the next
//     anchor, read on C, holds them all.
//   - Under short rules (Registry.StaleAfter 6s, ExpireAfter 12s on both),
//     a record of a non-host issuer goes stale, then expires, on both
//     nodes, while A's own host record stays fresh because A renews it.
func TestRegistryNetwork(t *testing.T) {
	if testing.Short() {
		t.Skip("runs real daemons")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	sc := newSharedChain(t)
	h := harness.NewT(t, func(h *harness.Harness) { h.IPFSBin = ipfsBin })
	extra := func(reg map[string]any) map[string]any {
		return map[string]any{"Sync": map[string]any{"PollInterval": "200ms"}, "Registry": reg}
	}
	a := sc.node(h, extra(map[string]any{"Avatar": "regA"}), "regA", "alice")
	b := sc.node(h, extra(map[string]any{"Avatar": "regB"}), "regB")
	regA, regB, alice := avatarAddress(t, a, "regA"), avatarAddress(t, b, "regB"), avatarAddress(t, a, "alice")
	created := ipfsJSON[ring.Created](t, a, "ring", "create", "registry", "--from", "regA", "--members", "regA,"+regB.Hex())
	regRing := created.Address.Hex()
	ipfsJSON[ring.Ring](t, b, "ring", "keys", "import", h.WriteToTemp(a.IPFS("ring", "keys", "export", "registry").Stdout.String()))
	// alice's key on B too, so that B unregisters her record.
	aliceKey := h.WriteToTemp("")
	a.IPFS("key", "export", "alice", "-o", aliceKey)
	b.IPFS("key", "import", "alice", aliceKey)

	// The registry role starts with the daemon: restart A and B as
	// registry nodes of the new ring. Only A anchors (B still checks and
	// votes), so that a snapshot pinned on A and not on chain is A's
	// anchor in progress.
	restart := func(n *harness.Node, reg map[string]any) {
		t.Helper()
		stop(t, n)
		reg["Ring"] = regRing
		configure(n, sc.config(extra(reg)))
		n.StartDaemon()
		mustContain(t, n.Daemon.Stdout.String(), "Ring registry: ring "+regRing)
	}
	aReg := map[string]any{"Avatar": "regA", "AnchorInterval": "1s"}
	bReg := map[string]any{"Avatar": "regB", "AnchorInterval": "off"}
	restart(a, aReg)
	restart(b, bReg)
	c := sc.node(h, extra(map[string]any{"Ring": regRing}))
	mustContain(t, ipfsFails(t, c, "ring", "registry", "ls"), "this node is not a registry node")

	cl, err := chain.New(ctx, sc.dc.Client(), sc.dc.RelayerKey(), sc.factory)
	if err != nil {
		t.Fatal(err)
	}
	waitPublished := func() {
		t.Helper()
		for _, m := range []struct {
			n  *harness.Node
			av common.Address
		}{{a, regA}, {b, regB}} {
			want := []byte(m.n.PeerID())
			pollEvery(ctx, t, 20*time.Millisecond, 60*time.Second, fmt.Sprintf("the node of %s published in the registry ring", m.av.Hex()), func() (bool, string) {
				info, err := cl.PeerInfo(ctx, created.Address, m.av)
				return err == nil && string(info.PeerID) == string(want) && len(info.Multiaddrs) > 0, fmt.Sprintf("%+v, %v", info, err)
			})
		}
	}
	waitPublished()

	// Register on A, resolve live on B.
	chat := strings.TrimSpace(a.IPFS("ring", "registry", "create", "chat", "--from", "alice").Stdout.String())
	pollEvery(ctx, t, 20*time.Millisecond, 10*time.Second, "the resource on B", func() (bool, string) {
		_, err := resolveAPI(b, chat)
		return err == nil, fmt.Sprint(err)
	})
	var latencies []time.Duration
	var peers []string
	for i := range 5 {
		p := newPeerID(t)
		peers = append(peers, p)
		value := fmt.Sprintf("https://alice.example/%d", i)
		ipfsJSON[commands.Registered](t, a, "ring", "registry", "register", chat, value, "--from", "alice", "--peer", p)
		acked := time.Now()
		for {
			res, err := resolveAPI(b, chat)
			if err == nil && slices.Contains(providers(res), value+" "+p+" "+alice.Hex()) {
				break
			}
			if time.Since(acked) > 10*time.Second {
				t.Fatalf("the record %s is not on B 10s after A acknowledged it: %q, %v", value, providers(res), err)
			}
			time.Sleep(time.Millisecond) // polling interval, fine enough to time the propagation
		}
		latencies = append(latencies, time.Since(acked))
	}
	slices.Sort(latencies)
	t.Logf("registered on A, resolved live on B after %v (sorted; median %v)", latencies, latencies[len(latencies)/2])

	// Unregister on B, gone on A.
	ipfsJSON[commands.Registered](t, b, "ring", "registry", "unregister", chat, "--from", "alice", "--peer", peers[0])
	acked := time.Now()
	pollEvery(ctx, t, 20*time.Millisecond, 10*time.Second, "the unregistered record gone on A", func() (bool, string) {
		res, err := resolveAPI(a, chat)
		return err == nil && len(res.Providers) == 4 && !slices.ContainsFunc(res.Providers, func(p commands.ProviderInfo) bool { return p.Peer == peers[0] }), fmt.Sprint(providers(res), err)
	})
	t.Logf("unregistered on B, gone on A after %v", time.Since(acked))
	live, err := resolveAPI(b, chat)
	if err != nil || len(live.Providers) != 4 {
		t.Fatalf("B after the unregister: %v, %v", providers(live), err)
	}

	// Anchored by A (B votes), resolved from the chain on C.
	waitChainResolve(ctx, t, c, chat, providers(live))

	// SIGKILL mid-anchor, registrations in flight.
	var res [10]string
	for i := range res {
		res[i] = strings.TrimSpace(a.IPFS("ring", "registry", "create", fmt.Sprintf("crash-%d", i), "--from", "alice").Stdout.String())
	}
	ackedRecords, pending, writing := registerUntilKilledMidAnchor(ctx, t, a, cl, created.Address, res[:])
	onChain, err := cl.Output(ctx, created.Address, big.NewInt(0))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("killed A with %d registrations acknowledged and %d clients still registering, while it anchored snapshot %s (on chain after the kill: %v)",
		len(ackedRecords), writing, pending, schemas.CIDFromDigest(onChain).Equals(pending))
	a.Daemon = nil
	a.StartDaemon()
	mustContain(t, a.Daemon.Stdout.String(), "Ring registry: ring "+regRing)
	want := map[string][]string{} // resource -> "value peer issuer", sorted
	for _, r := range ackedRecords {
		want[r.resource] = append(want[r.resource], r.value+" "+r.peer+" "+alice.Hex())
	}
	for _, n := range []*harness.Node{a, b} {
		for _, id := range res {
			pollEvery(ctx, t, 20*time.Millisecond, 30*time.Second, "every acknowledged record of "+id+" on "+n.Dir, func() (bool, string) {
				got, err := resolveAPI(n, id)
				return err == nil && containsAll(providers(got), want[id]), fmt.Sprintf("have %q, want at least %q, %v", providers(got), want[id], err)
			})
		}
	}
	for _, id := range res {
		live, err := resolveAPI(a, id)
		if err != nil {
			t.Fatal(err)
		}
		// The next anchor holds them all (and what A accepted unacknowledged).
		got := waitChainResolve(ctx, t, c, id, providers(live))
		if !containsAll(providers(got), want[id]) {
			t.Fatalf("the anchor after the restart lacks acknowledged records of %s: %q, want %q", id, providers(got), want[id])
		}
	}

	// Stale, then expired, under short rules on both registry nodes.
	aReg["StaleAfter"], aReg["ExpireAfter"] = "6s", "12s"
	bReg["StaleAfter"], bReg["ExpireAfter"] = "6s", "12s"
	restart(a, aReg)
	restart(b, bReg)
	waitPublished()
	fresh := strings.TrimSpace(a.IPFS("ring", "registry", "create", "fresh", "--from", "alice").Stdout.String())
	ipfsJSON[commands.Registered](t, a, "ring", "registry", "register", fresh, "https://alice.example/fresh", "--from", "alice")
	ipfsJSON[commands.Registered](t, a, "ring", "registry", "register", fresh, "https://registry-a.example", "--from", "regA")
	start := time.Now()
	var staleAt time.Duration
	pollEvery(ctx, t, 20*time.Millisecond, 40*time.Second, "alice's record stale, then expired, with A's host record fresh, on A and B", func() (bool, string) {
		var gone int
		var seen []string
		for _, n := range []*harness.Node{a, b} {
			got, err := resolveAPI(n, fresh)
			if err != nil {
				return false, err.Error()
			}
			var host, rec *commands.ProviderInfo
			for i, p := range got.Providers {
				switch p.Issuer {
				case regA.Hex():
					host = &got.Providers[i]
				case alice.Hex():
					rec = &got.Providers[i]
				}
			}
			if host == nil || host.Stale || !host.Host {
				if n == b && host == nil && time.Since(start) < 5*time.Second {
					return false, "the host record has not reached B yet"
				}
				t.Fatalf("A's host record at %v on %s: %+v (of %+v)", time.Since(start), n.Dir, host, got.Providers)
			}
			switch {
			case rec == nil:
				gone++
			case rec.Stale && staleAt == 0:
				staleAt = time.Since(start)
			}
			seen = append(seen, fmt.Sprintf("%+v", got.Providers))
		}
		return gone == 2 && staleAt > 0, fmt.Sprint(seen)
	})
	t.Logf("alice's record stale after %v, expired on both nodes after %v; A's host record fresh throughout", staleAt, time.Since(start))
	if staleAt < 4*time.Second {
		t.Fatalf("alice's record went stale after %v, before StaleAfter (6s)", staleAt)
	}
}

// resolveAPI resolves a resource live on n through its RPC API (no CLI
// process per poll).
func resolveAPI(n *harness.Node, id string) (commands.Resolved, error) {
	var out commands.Resolved
	resp, err := http.Post(n.APIURL()+"/api/v0/ring/registry/resolve?"+url.Values{"arg": {id}, "enc": {"json"}}.Encode(), "", nil)
	if err != nil {
		return out, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return out, err
	}
	if resp.StatusCode != http.StatusOK {
		return out, fmt.Errorf("%s: %s", resp.Status, body)
	}
	return out, json.Unmarshal(body, &out)
}

// waitChainResolve polls `resolve --source chain` on n until it lists
// exactly want (in any order).
func waitChainResolve(ctx context.Context, t *testing.T, n *harness.Node, id string, want []string) commands.Resolved {
	t.Helper()
	want = slices.Sorted(slices.Values(want))
	var out commands.Resolved
	pollEvery(ctx, t, 20*time.Millisecond, 90*time.Second, "resolve --source chain of "+id, func() (bool, string) {
		res := n.RunIPFS("ring", "registry", "resolve", id, "--source", "chain", "--enc=json")
		out = commands.Resolved{}
		if res.Err != nil || json.Unmarshal(res.Stdout.Bytes(), &out) != nil {
			return false, res.Stderr.String()
		}
		got := providers(out)
		sort.Strings(got)
		return out.Source == "chain" && out.Snapshot != nil && slices.Equal(got, want), fmt.Sprintf("%q, want %q", got, want)
	})
	return out
}

func containsAll(have, want []string) bool {
	for _, w := range want {
		if !slices.Contains(have, w) {
			return false
		}
	}
	return true
}

func newPeerID(t testing.TB) string {
	t.Helper()
	k, _, err := p2pcrypto.GenerateEd25519Key(nil)
	if err != nil {
		t.Fatal(err)
	}
	p, err := peer.IDFromPrivateKey(k)
	if err != nil {
		t.Fatal(err)
	}
	return p.String()
}

type ackedRecord struct{ resource, value, peer string }

// registerUntilKilledMidAnchor registers records of alice for the
// resources res on n through its RPC API, from two clients, until it
// catches n anchoring: a registry snapshot pinned on n that output 0 of
// the registry ring has never named (written, not registered yet). It
// then kills n with SIGKILL and returns the acknowledged registrations,
// the snapshot n was anchoring and how many clients were still
// registering.
func registerUntilKilledMidAnchor(ctx context.Context, t *testing.T, n *harness.Node, cl *chain.Client, regRing common.Address, res []string) ([]ackedRecord, cid.Cid, int) {
	t.Helper()
	api := n.APIURL()
	var (
		mu    sync.Mutex
		acked []ackedRecord
		wg    sync.WaitGroup
	)
	stopWriters := make(chan struct{})
	var writing atomic.Int32
	const perWriter = 150 // 300 records over 10 resources: under MaxProviders each
	for w := range 2 {
		writing.Add(1)
		wg.Go(func() {
			defer writing.Add(-1)
			for i := range perWriter {
				select {
				case <-stopWriters:
					return
				default:
				}
				r := ackedRecord{resource: res[(w*perWriter+i)%len(res)], value: fmt.Sprintf("https://alice.example/crash/%d/%d", w, i), peer: newPeerID(t)}
				q := url.Values{"arg": {r.resource, r.value}, "from": {"alice"}, "peer": {r.peer}, "enc": {"json"}}
				resp, err := http.Post(api+"/api/v0/ring/registry/register?"+q.Encode(), "", nil)
				if err != nil {
					return // the daemon is gone
				}
				body, err := io.ReadAll(resp.Body)
				resp.Body.Close()
				var out commands.Registered
				if err != nil || resp.StatusCode != http.StatusOK || json.Unmarshal(body, &out) != nil || out.Resource != r.resource {
					return // cut off by the kill: not acknowledged
				}
				mu.Lock()
				acked = append(acked, r)
				mu.Unlock()
			}
		})
	}
	seen := map[string]bool{} // roots output 0 has named
	if d, err := cl.Output(ctx, regRing, big.NewInt(0)); err == nil && d != ([32]byte{}) {
		seen[schemas.CIDFromDigest(d).String()] = true
	}
	var pending string
	deadline := time.Now().Add(90 * time.Second)
	for pending == "" {
		if time.Now().After(deadline) {
			close(stopWriters)
			wg.Wait()
			t.Fatal("never caught the registry node between writing a snapshot and registering it")
		}
		pinned := snapshotPins(t, n)
		d, err := cl.Output(ctx, regRing, big.NewInt(0))
		if err != nil {
			t.Fatal(err)
		}
		if d != ([32]byte{}) {
			seen[schemas.CIDFromDigest(d).String()] = true
		}
		mu.Lock()
		enough := len(acked) >= 5
		mu.Unlock()
		for _, p := range pinned {
			if !seen[p] && enough {
				pending = p
			}
		}
	}
	stillWriting := int(writing.Load())
	if err := n.Daemon.Cmd.Process.Kill(); err != nil {
		t.Fatalf("SIGKILL: %v", err)
	}
	_ = n.Daemon.Cmd.Wait()
	close(stopWriters)
	wg.Wait()
	c, err := cid.Decode(pending)
	if err != nil {
		t.Fatal(err)
	}
	return acked, c, stillWriting
}

// snapshotPins lists the registry snapshots pinned on n.
func snapshotPins(t *testing.T, n *harness.Node) []string {
	t.Helper()
	resp, err := http.Post(n.APIURL()+"/api/v0/pin/ls?type=recursive&names=true", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out struct {
		Keys map[string]struct{ Name string }
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatalf("pin ls: %v", err)
	}
	var roots []string
	for k, v := range out.Keys {
		if v.Name == "rings:registry-snapshot" {
			roots = append(roots, k)
		}
	}
	return roots
}
