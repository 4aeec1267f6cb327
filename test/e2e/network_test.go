package e2e

import (
	"context"
	"crypto/ecdsa"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"
	"github.com/ipfs/kubo/test/cli/harness"
	p2pcrypto "github.com/libp2p/go-libp2p/core/crypto"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/gateway"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/commands"
	"github.com/mosaic-rings/rings/plugin/ring"
)

// TestThreeDaemonsConverge runs a ring across daemons on one shared chain:
// alice's and bob's nodes append concurrently and flush, a replica
// replicates the ring, and all three converge on the chain's heads by
// themselves (background following over the log sync protocol). A ring
// entry is committed, and outputs registered, by the two members' votes,
// exchanged between their nodes. Bob then signs a second node for a seq he already flushed: the
// replica refuses it, keeps the evidence and reports the fork on chain. A
// fresh fourth node, with no keys, syncs the whole ring from the others.
func TestThreeDaemonsConverge(t *testing.T) {
	if testing.Short() {
		t.Skip("runs real daemons")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	sc := newSharedChain(t)
	h := harness.NewT(t, func(h *harness.Harness) { h.IPFSBin = ipfsBin })
	fast := map[string]any{"Sync": map[string]any{"PollInterval": "200ms"}}
	rep := sc.node(h, map[string]any{
		"Sync":    map[string]any{"PollInterval": "200ms"},
		"Replica": map[string]any{"Avatar": "rep", "RelayWait": "2s", "FollowInterval": "200ms"},
	}, "rep")
	a := sc.node(h, fast, "alice")
	b := sc.node(h, fast, "bob")
	bob := avatarAddress(t, b, "bob")
	club := ipfsJSON[ring.Created](t, a, "ring", "create", "club", "--from", "alice", "--members", "alice,"+bob.Hex())
	ipfsJSON[ring.Ring](t, b, "ring", "keys", "import", h.WriteToTemp(a.IPFS("ring", "keys", "export", "club").Stdout.String()))
	rr := ipfsJSON[ring.Created](t, rep, "ring", "create", "replicas", "--from", "rep", "--members", "rep")
	repURL := gatewayURL(t, rep)
	if st := ipfsJSON[gateway.ReplicateStatus](t, a, "ring", "replicate", "club", "--from", "alice", "--via", repURL, "--replica-ring", rr.Address.Hex()); st.Status != "replicating" {
		t.Fatalf("replicate: %+v", st)
	}

	// Both members write at once, then flush: alice directly, bob through
	// the replica.
	const each = 30
	var wg sync.WaitGroup
	for _, w := range []struct {
		n    *harness.Node
		from string
	}{{a, "alice"}, {b, "bob"}} {
		wg.Go(func() {
			for i := range each {
				w.n.IPFS("ring", "append", "club", fmt.Sprintf("%s %d", w.from, i), "--from", w.from)
			}
		})
	}
	wg.Wait()
	ipfsJSON[commands.FlushOutput](t, a, "ring", "flush", "club", "--from", "alice")
	if out := ipfsJSON[commands.FlushOutput](t, b, "ring", "flush", "club", "--from", "bob", "--via", repURL); out.Replica == nil || out.Replica.Status != "relayed" {
		t.Fatalf("bob's flush via the replica: %+v", out.Replica)
	}
	st := sc.state(club.Address)
	for _, m := range st.Members {
		if m.Seq != each {
			t.Fatalf("chain holds seq %d for %s, want %d", m.Seq, m.Member.Hex(), each)
		}
	}

	// Nobody runs sync: the nodes follow the chain and fetch by themselves.
	for _, n := range []*harness.Node{a, b, rep} {
		waitConverged(ctx, t, n, club.Address, st)
	}

	// A ring entry, committed by alice's node with bob's vote from his.
	committed := ipfsJSON[ring.Committed](t, a, "ring", "commit", "club")
	if committed.Index != 0 || committed.Heads != 2 || len(committed.Votes) != 2 || committed.Need != 2 || committed.TxHash == "" {
		t.Fatalf("commit: %+v", committed)
	}
	entries := ipfsJSON[ring.EntryList](t, b, "ring", "entries", "club")
	if entries.Count != 1 || len(entries.Entries) != 1 || entries.Entries[0].Entry != committed.Entry || entries.Entries[0].Heads == nil || *entries.Entries[0].Heads != 2 {
		t.Fatalf("entries on bob's node (which voted and keeps the block): %+v", entries)
	}
	if _, ok := sc.state(club.Address).Member(bob); !ok || sc.state(club.Address).EntryCount != 1 {
		t.Fatal("the chain did not count the entry")
	}

	// Outputs: a DAG both members' nodes have, registered by their votes.
	var root string
	for _, n := range []*harness.Node{a, b} {
		root = strings.TrimSpace(n.PipeStrToIPFS(`{"result": "the ring's output"}`, "dag", "put").Stdout.String())
	}
	reg := ipfsJSON[commands.OutputsOutput](t, a, "ring", "outputs", "club", "--register", "7="+root)
	if reg.Result == nil || len(reg.Result.Votes) != 2 || reg.Result.TxHash == "" {
		t.Fatalf("register outputs: %+v", reg.Result)
	}
	listed := ipfsJSON[commands.OutputsOutput](t, b, "ring", "outputs", "club")
	if len(listed.Registered) != 1 || len(listed.Registered[0].Outputs) != 1 || listed.Registered[0].Outputs[0].Pin != "7" || listed.Registered[0].Outputs[0].Data.String() != root {
		t.Fatalf("outputs listed on bob's node: %+v", listed.Registered)
	}

	// Bob signs another branch from seq 10 on, longer than his log, and
	// hands it to the replica as a flush.
	bobKey := exportedKey(t, b, "bob")
	forked := forkedFlush(t, b, club.Address, sc.dc.ChainID().Uint64(), bobKey, 10, each+1, sc.state(club.Address))
	resp, err := http.Post(repURL+"/ring/rpc", "application/json", strings.NewReader(forked))
	if err != nil {
		t.Fatal(err)
	}
	var refused struct {
		Error *struct {
			Code int `json:"code"`
		} `json:"error"`
	}
	err = json.NewDecoder(resp.Body).Decode(&refused)
	resp.Body.Close()
	if err != nil || refused.Error == nil || refused.Error.Code != gateway.CodeFork {
		t.Fatalf("the forked flush was answered %+v, %v; want error %d", refused.Error, err, gateway.CodeFork)
	}
	forks := waitForkReported(ctx, t, rep, club.Address)
	var c *chain.Client
	if forks[0].Member != bob || forks[0].Seq != 10 || forks[0].Status != "reported" {
		t.Fatalf("forks on the replica: %+v", forks)
	}
	c, err = chain.New(ctx, sc.dc.Client(), sc.dc.RelayerKey(), sc.factory)
	if err != nil {
		t.Fatal(err)
	}
	if ok, err := c.ForkReported(ctx, club.Address, bob, 10); err != nil || !ok {
		t.Fatalf("forkReported(bob, 10) on chain = %v, %v", ok, err)
	}
	info := ipfsJSON[ring.Info](t, rep, "ring", "info", club.Address.Hex())
	if len(info.Forks) != 1 || info.Forks[0].Proof != forks[0].Proof {
		t.Fatalf("ring info on the replica shows forks %+v", info.Forks)
	}
	mustContain(t, rep.IPFS("ring", "info", club.Address.Hex()).Stdout.String(), "FORK: "+bob.Hex())

	// A fresh node with no keys syncs the ring from the others.
	fourth := sc.node(h, nil)
	res := fourth.RunIPFS("ring", "sync", club.Address.Hex(), "--progress")
	if res.Err != nil {
		t.Fatalf("sync on the fourth node: %v\n%s", res.Err, res.Stderr.String())
	}
	mustContain(t, res.Stderr.String(), "100.00%")
	for _, line := range strings.Split(strings.TrimSpace(res.Stdout.String()), "\n") {
		if !strings.HasPrefix(line, "synced ") || !strings.Contains(line, fmt.Sprintf("seq %d", each)) || !strings.Contains(line, "from peer ") {
			t.Fatalf("sync on the fourth node printed %q", res.Stdout.String())
		}
	}
	waitConverged(ctx, t, fourth, club.Address, st)
	if v := ipfsJSON[commands.VerifyOutput](t, fourth, "ring", "verify", club.Address.Hex()); !v.OK || len(v.Reports) != 2 {
		t.Fatalf("verify on the fourth node: %+v", v)
	}
}

// waitConverged waits until n's local heads of ring are st's heads on
// chain.
func waitConverged(ctx context.Context, t *testing.T, n *harness.Node, ringAddr common.Address, st *chain.RingState) {
	t.Helper()
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	var last []ring.HeadInfo
	for {
		last = ipfsJSON[commands.HeadOutput](t, n, "ring", "head", ringAddr.Hex()).Heads
		got := map[common.Address]ring.HeadInfo{}
		for _, h := range last {
			got[h.Member] = h
		}
		ok := true
		for _, m := range st.Members {
			h, has := got[m.Member]
			if !has || h.Head == nil || h.Seq != m.Seq || *h.Head != schemas.CIDFromDigest(m.Head) {
				ok = false
			}
		}
		if ok {
			return
		}
		select {
		case <-ctx.Done():
			t.Fatalf("node %d did not converge on the chain's heads: local %+v, chain %+v", n.ID, last, st.Members)
		case <-tick.C:
		}
	}
}

// waitForkReported waits until n lists a fork of ring that is reported
// on chain (the replica reports by itself, Sync.ReportForks "auto").
func waitForkReported(ctx context.Context, t *testing.T, n *harness.Node, ringAddr common.Address) []ring.ForkReport {
	t.Helper()
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		out := ipfsJSON[commands.ForksOutput](t, n, "ring", "forks", ringAddr.Hex())
		if len(out.Forks) > 0 && out.Forks[0].Status == "reported" {
			return out.Forks
		}
		select {
		case <-ctx.Done():
			t.Fatalf("no fork reported: %+v", out.Forks)
		case <-tick.C:
		}
	}
}

// exportedKey reads a secp256k1 key out of a node's keystore, as its
// owner could with `ipfs key export`.
func exportedKey(t *testing.T, n *harness.Node, name string) *ecdsa.PrivateKey {
	t.Helper()
	file := filepath.Join(t.TempDir(), name+".key")
	n.IPFS("key", "export", name, "-o", file)
	raw, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	k, err := p2pcrypto.UnmarshalPrivateKey(raw)
	if err != nil {
		t.Fatal(err)
	}
	b, err := k.Raw()
	if err != nil {
		t.Fatal(err)
	}
	ek, err := ethcrypto.ToECDSA(b)
	if err != nil {
		t.Fatal(err)
	}
	return ek
}

// forkedFlush builds a FlushToRing request for a branch of key's owner's
// log that it signs from seq from to seq to, over its node of seq from-1:
// a fork of every seq from from on that it already has.
func forkedFlush(t *testing.T, n *harness.Node, ringAddr common.Address, chainID uint64, key *ecdsa.PrivateKey, from, to uint64, st *chain.RingState) string {
	t.Helper()
	author := ethcrypto.PubkeyToAddress(key.PublicKey)
	log := ipfsJSON[commands.LogOutput](t, n, "ring", "log", ringAddr.Hex(), "--member", author.Hex(), "--limit", "1000")
	var prev cid.Cid
	for _, e := range log.Entries {
		if e.Seq == from-1 {
			prev = e.CID
		}
	}
	if !prev.Defined() {
		t.Fatalf("no seq %d in %s's log", from-1, author.Hex())
	}
	var nodes []string // newest first
	var head cid.Cid
	for seq := from; seq <= to; seq++ {
		p := prev
		node := &schemas.LogNode{Ring: ringAddr.Bytes(), Chain: int64(chainID), Author: author.Bytes(), Seq: int64(seq),
			Prev: &p, Refs: []cid.Cid{}, Body: []byte(fmt.Sprintf("the other story, part %d", seq)), Time: time.Now().UnixMilli()}
		if err := schemas.SignLogNode(node, key); err != nil {
			t.Fatal(err)
		}
		raw, err := schemas.EncodeLogNode(node)
		if err != nil {
			t.Fatal(err)
		}
		blk, err := schemas.Block(raw)
		if err != nil {
			t.Fatal(err)
		}
		nodes = append([]string{base64.StdEncoding.EncodeToString(raw)}, nodes...)
		prev, head = blk.Cid(), blk.Cid()
	}
	m, _ := st.Member(author)
	digest, _ := schemas.Digest(head)
	dom := schemas.Domain{ChainID: chainID, Ring: ringAddr}
	f := schemas.Flush{Ring: ringAddr, Avatar: author, Head: digest, Seq: to, Nonce: m.Nonce, Deadline: big.NewInt(time.Now().Add(time.Hour).Unix())}
	fd, err := schemas.FlushDigest(dom, f)
	if err != nil {
		t.Fatal(err)
	}
	sig, err := schemas.Sign(fd, key)
	if err != nil {
		t.Fatal(err)
	}
	body, err := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": "FlushToRing", "params": &gateway.FlushToRingParams{
		Avatar: author.Hex(), Ring: ringAddr.Hex(),
		Mtx: gateway.Mtx{Ring: ringAddr.Hex(), Avatar: author.Hex(), Head: hexutil.Encode(digest[:]),
			Seq: json.Number(fmt.Sprint(to)), Nonce: json.Number(m.Nonce.String()), Deadline: json.Number(f.Deadline.String())},
		MtxSig: hexutil.Encode(sig), LogNodes: nodes,
	}})
	if err != nil {
		t.Fatal(err)
	}
	return string(body)
}

// TestReanchorAfterTheChainLosesBlocks: a member flushes, appends more,
// and its daemon is killed; the chain then loses the block of the flush
// (as the embedded chain can in a crash). Once restarted, the node notices
// that the chain no longer holds the head it saw mined and flushes its
// head again, by itself.
func TestReanchorAfterTheChainLosesBlocks(t *testing.T) {
	if testing.Short() {
		t.Skip("runs real daemons")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	sc := newSharedChain(t)
	h := harness.NewT(t, func(h *harness.Harness) { h.IPFSBin = ipfsBin })
	a := sc.node(h, map[string]any{"Sync": map[string]any{"PollInterval": "200ms"}}, "alice")
	club := ipfsJSON[ring.Created](t, a, "ring", "create", "club", "--from", "alice", "--members", "alice")
	for i := range 3 {
		a.IPFS("ring", "append", "club", fmt.Sprint("before the flush ", i), "--from", "alice")
	}
	before, err := sc.dc.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ipfsJSON[commands.FlushOutput](t, a, "ring", "flush", "club", "--from", "alice")
	for i := range 2 {
		a.IPFS("ring", "append", "club", fmt.Sprint("after the flush ", i), "--from", "alice")
	}
	if m, _ := sc.state(club.Address).Member(club.Owner); m.Seq != 3 {
		t.Fatalf("chain holds seq %d, want 3", m.Seq)
	}
	if err := a.Daemon.Cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = a.Daemon.Cmd.Wait()
	a.Daemon = nil

	if err := sc.dc.Rewind(before); err != nil {
		t.Fatal(err)
	}
	if m, _ := sc.state(club.Address).Member(club.Owner); m.Seq != 0 {
		t.Fatalf("after the rewind the chain holds seq %d, want 0", m.Seq)
	}
	a.StartDaemon()
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		// The node flushes its whole local head (seq 5), not just the
		// lost seq 3.
		if m, _ := sc.state(club.Address).Member(club.Owner); m.Seq == 5 {
			break
		} else if m.Seq != 0 {
			t.Fatalf("the chain holds seq %d: the lost flush came back by itself, not from the node", m.Seq)
		}
		select {
		case <-ctx.Done():
			t.Fatal("the node did not re-anchor its head")
		case <-tick.C:
		}
	}
	head := headOf(t, a, "club", "alice", "chain")
	if local := headOf(t, a, "club", "alice", "local"); *head.Head != *local.Head || head.Seq != 5 {
		t.Fatalf("chain head %+v, local head %+v", head, local)
	}
}
