package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ipfs/go-cid"
	"github.com/ipfs/kubo/test/cli/harness"

	"github.com/mosaic-rings/rings/plugin/commands"
	"github.com/mosaic-rings/rings/plugin/ring"
	"github.com/mosaic-rings/rings/plugin/ringkeys"
)

// TestWalkthrough runs the README walkthrough on a daemon with the embedded
// chain, through the CLI and the RPC API, then restarts the daemon and runs
// `ipfs repo gc` and checks that nothing was lost.
func TestWalkthrough(t *testing.T) {
	_, n := newNode(t, nil)
	n.StartDaemon()
	t.Cleanup(func() { stop(t, n) })

	n.IPFS("key", "gen", "--type=secp256k1", "alice")
	n.IPFS("key", "gen", "--type=secp256k1", "bob")
	// The third avatar is the registry node's, made on first start.
	avatars := ipfsJSON[commands.AvatarList](t, n, "ring", "avatars")
	if len(avatars.Avatars) != 3 || avatars.Avatars[2].Name != "registry" {
		t.Fatalf("avatars: %+v", avatars)
	}
	keyList := n.IPFS("key", "list", "-l", "--ipns-base=b58mh").Stdout.String()
	for _, a := range avatars.Avatars {
		mustContain(t, keyList, a.PeerID.String()+" "+a.Name)
	}
	alice, bob := avatars.Avatars[0], avatars.Avatars[1]

	created := ipfsJSON[ring.Created](t, n, "ring", "create", "club", "--from", "alice", "--members", "alice,bob")
	if created.Owner != alice.Address || len(created.Members) != 2 {
		t.Fatalf("created: %+v", created)
	}
	rings := ipfsJSON[commands.RingList](t, n, "ring", "ls")
	if club, ok := ringNamed(rings, "club"); len(rings.Rings) != 2 || !ok || club.Address != created.Address {
		t.Fatalf("ring ls: %+v, want club and the dev registry ring", rings)
	}

	// Append through the CLI (argument and stdin) and through the RPC API.
	ipfsJSON[ring.Appended](t, n, "ring", "append", "club", "hello from alice", "--from", "alice")
	if res := n.PipeStrToIPFS("multi\nline", "ring", "append", "club", "--from", "alice"); res.Err != nil {
		t.Fatalf("append from stdin: %v %s", res.Err, res.Stderr.String())
	}
	viaAPI := rpc[ring.Appended](t, n, "ring/append", []string{created.Address.Hex(), "third, via the API"}, map[string]string{"from": "alice"})
	if viaAPI.Seq != 3 || viaAPI.Author != alice.Address {
		t.Fatalf("append via API: %+v", viaAPI)
	}
	ipfsJSON[ring.Appended](t, n, "ring", "append", "club", "hi from bob", "--from", "bob")

	log := ipfsJSON[commands.LogOutput](t, n, "ring", "log", "club", "--member", "alice")
	wantTexts := []string{"third, via the API", "multi\nline", "hello from alice"}
	if len(log.Entries) != len(wantTexts) {
		t.Fatalf("log has %d entries, want %d: %+v", len(log.Entries), len(wantTexts), log)
	}
	for i, e := range log.Entries {
		if e.Text == nil || *e.Text != wantTexts[i] || e.Seq != uint64(3-i) || e.Sealed {
			t.Fatalf("entry %d = %+v, want text %q at seq %d", i, e, wantTexts[i], 3-i)
		}
	}
	since := ipfsJSON[commands.LogOutput](t, n, "ring", "log", "club", "--member", "alice", "--since", "1", "--limit", "1")
	if len(since.Entries) != 1 || since.Entries[0].Seq != 3 {
		t.Fatalf("log --since 1 --limit 1: %+v", since)
	}

	// Flush alice's head and read it back from the chain.
	flushed := ipfsJSON[commands.FlushOutput](t, n, "ring", "flush", "club", "--from", "alice")
	if flushed.Seq != 3 || flushed.Head != viaAPI.CID || flushed.Tx.GasUsed == 0 {
		t.Fatalf("flushed: %+v", flushed)
	}
	chainHead := headOf(t, n, "club", "alice", "chain")
	if chainHead.Seq != 3 || *chainHead.Head != viaAPI.CID {
		t.Fatalf("chain head %+v, want seq 3 %s", chainHead, viaAPI.CID)
	}
	info := rpc[ring.Info](t, n, "ring/info", []string{"club"}, nil)
	checkInfo(t, info, alice.Address.Hex(), 3, 3)
	checkInfo(t, info, bob.Address.Hex(), 0, 1)

	// Flushing the same head again is refused and sends nothing.
	mustContain(t, ipfsFails(t, n, "ring", "flush", "club", "--from", "alice"), "the chain already has this head")

	verify := ipfsJSON[commands.VerifyOutput](t, n, "ring", "verify", "club")
	if !verify.OK || len(verify.Reports) != 2 {
		t.Fatalf("verify: %+v", verify)
	}

	// Keys are private files and never reach the daemon's output.
	keys := ipfsJSON[ringkeys.Keys](t, n, "ring", "keys", "export", "club")
	keyFile := filepath.Join(n.Dir, "ring", "keys", strings.ToLower(created.Address.Hex())+".json")
	fi, err := os.Stat(keyFile)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("key file %s: %v, mode %v", keyFile, err, fi.Mode())
	}

	// Restart: rings, logs, heads on chain and keys are all still there.
	stop(t, n)
	n.StartDaemon()
	checkSurvived(t, n, created.Address.Hex(), viaAPI.CID, keys)

	// Garbage collection keeps every log node: the heads are pinned.
	n.IPFS("repo", "gc")
	checkSurvived(t, n, created.Address.Hex(), viaAPI.CID, keys)
	pins := n.IPFS("pin", "ls", "--type=recursive", "--names").Stdout.String()
	mustContain(t, pins, viaAPI.CID.String())
	mustContain(t, pins, "ring:"+created.Address.Hex()+":"+alice.Address.Hex())
	// Any IPFS tool can read the blocks: they are plain dag-cbor.
	dag := n.IPFS("dag", "get", viaAPI.CID.String()+"/seq").Stdout.Trimmed()
	if dag != "3" {
		t.Fatalf("ipfs dag get %s/seq = %q, want 3", viaAPI.CID, dag)
	}
}

func headOf(t *testing.T, n *harness.Node, ringName, member, source string) ring.HeadInfo {
	t.Helper()
	heads := ipfsJSON[commands.HeadOutput](t, n, "ring", "head", ringName, "--member", member, "--source", source)
	if len(heads.Heads) != 1 || heads.Heads[0].Head == nil {
		t.Fatalf("ring head %s --member %s --source %s: %+v", ringName, member, source, heads)
	}
	return heads.Heads[0]
}

func checkInfo(t *testing.T, info ring.Info, member string, chainSeq, localSeq uint64) {
	t.Helper()
	for _, m := range info.Members {
		if strings.EqualFold(m.Address.Hex(), member) {
			if m.ChainSeq != chainSeq || m.LocalSeq != localSeq {
				t.Fatalf("member %s: chain seq %d local seq %d, want %d and %d", member, m.ChainSeq, m.LocalSeq, chainSeq, localSeq)
			}
			return
		}
	}
	t.Fatalf("member %s not in ring info %+v", member, info)
}

func checkSurvived(t *testing.T, n *harness.Node, ringAddr string, aliceHead cid.Cid, keys ringkeys.Keys) {
	t.Helper()
	rings := ipfsJSON[commands.RingList](t, n, "ring", "ls")
	if _, ok := ringNamed(rings, "club"); len(rings.Rings) != 2 || !ok {
		t.Fatalf("after restart, ring ls: %+v, want club and the dev registry ring", rings)
	}
	if h := headOf(t, n, "club", "alice", "chain"); *h.Head != aliceHead || h.Seq != 3 {
		t.Fatalf("after restart, chain head %+v", h)
	}
	if h := headOf(t, n, ringAddr, "alice", "local"); *h.Head != aliceHead {
		t.Fatalf("after restart, local head %+v", h)
	}
	log := ipfsJSON[commands.LogOutput](t, n, "ring", "log", "club")
	if len(log.Entries) != 4 {
		t.Fatalf("after restart, the log has %d entries, want 4", len(log.Entries))
	}
	if v := ipfsJSON[commands.VerifyOutput](t, n, "ring", "verify", "club"); !v.OK {
		t.Fatalf("after restart, verify: %+v", v)
	}
	if got := ipfsJSON[ringkeys.Keys](t, n, "ring", "keys", "export", "club"); got != keys {
		t.Fatal("after restart, the ring's keys changed")
	}
}

// ringNamed finds the ring of `ipfs ring ls` with the local name.
func ringNamed(rings commands.RingList, name string) (ring.Ring, bool) {
	for _, r := range rings.Rings {
		if r.Name == name {
			return r, true
		}
	}
	return ring.Ring{}, false
}
