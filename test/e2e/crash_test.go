package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"
	"github.com/ipfs/kubo/test/cli/harness"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/gateway"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/commands"
	"github.com/mosaic-rings/rings/plugin/ring"
	"github.com/mosaic-rings/rings/plugin/ringlog"
)

// TestAcknowledgedAppendsSurviveSIGKILL kills the daemon with SIGKILL ten
// times while a client appends as fast as it can, and checks after every
// restart that every acknowledged append is there, the log verifies, and
// the log's pin sits on its head (Reconcile re-pins what a kill left
// unpinned), also after `ipfs repo gc`.
func TestAcknowledgedAppendsSurviveSIGKILL(t *testing.T) {
	_, n := newNode(t, nil)
	n.IPFS("key", "gen", "--type=secp256k1", "alice")
	n.StartDaemon()
	t.Cleanup(func() { stop(t, n) })
	club := ipfsJSON[ring.Created](t, n, "ring", "create", "club", "--from", "alice", "--members", "alice")

	acked := map[uint64]cid.Cid{} // seq -> CID of every acknowledged append
	for round := 1; round <= 10; round++ {
		// Kill after a different number of acknowledged appends each round,
		// with appends still in flight.
		killAfter := 3 + round*2
		appendUntilKilled(t, n, round, killAfter, acked)
		n.Daemon = nil
		n.StartDaemon()

		log := ipfsJSON[commands.LogOutput](t, n, "ring", "log", "club", "--member", "alice")
		have := map[uint64]cid.Cid{}
		for _, e := range log.Entries {
			have[e.Seq] = e.CID
		}
		for seq, c := range acked {
			if have[seq] != c {
				t.Fatalf("round %d: acknowledged append seq %d (%s) is gone after SIGKILL; the log has %s", round, seq, c, have[seq])
			}
		}
		if v := ipfsJSON[commands.VerifyOutput](t, n, "ring", "verify", "club"); !v.OK {
			t.Fatalf("round %d: the log does not verify after SIGKILL: %+v", round, v)
		}
		head := headOf(t, n, "club", "alice", "local")
		// One pin for the log, on its head (the dev registry ring's log,
		// which `ring create` wrote club's replica resource to, has its
		// own).
		pins := n.IPFS("pin", "ls", "--type=recursive", "--names").Stdout.String()
		name := "ring:" + club.Address.Hex() + ":" + club.Owner.Hex()
		if strings.Count(pins, name) != 1 || !strings.Contains(pins, head.Head.String()+" recursive "+name) {
			t.Fatalf("round %d: the log's pins do not match its head %s:\n%s", round, head.Head, pins)
		}
	}
	n.IPFS("repo", "gc")
	// Appends that landed but whose answer the kill cut off count too, so
	// the log may hold more than was acknowledged, never less.
	if v := ipfsJSON[commands.VerifyOutput](t, n, "ring", "verify", "club"); !v.OK || v.Reports[0].Checked < len(acked) {
		t.Fatalf("after repo gc: %+v (acknowledged %d)", v, len(acked))
	}
}

// appendUntilKilled appends through the RPC API from one client until
// killAfter appends are acknowledged, kills the daemon with SIGKILL while
// more are in flight, and records every acknowledged append.
func appendUntilKilled(t *testing.T, n *harness.Node, round, killAfter int, acked map[uint64]cid.Cid) {
	t.Helper()
	api := n.APIURL()
	var mu sync.Mutex
	count := 0
	killed := make(chan struct{})
	var once sync.Once
	kill := func() {
		once.Do(func() {
			if err := n.Daemon.Cmd.Process.Kill(); err != nil {
				t.Errorf("SIGKILL: %v", err)
			}
			_ = n.Daemon.Cmd.Wait()
			close(killed)
		})
	}
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; ; i++ {
				select {
				case <-killed:
					return
				default:
				}
				q := url.Values{"arg": {"club", fmt.Sprintf("round %d worker %d append %d", round, w, i)}, "from": {"alice"}, "enc": {"json"}}
				resp, err := http.Post(api+"/api/v0/ring/append?"+q.Encode(), "", nil)
				if err != nil {
					return // the daemon is gone
				}
				body, err := io.ReadAll(resp.Body)
				resp.Body.Close()
				if err != nil || resp.StatusCode != http.StatusOK {
					return // cut off by the kill: not acknowledged
				}
				var a ring.Appended
				if err := jsonUnmarshal(body, &a); err != nil {
					return
				}
				mu.Lock()
				acked[a.Seq] = a.CID
				count++
				done := count >= killAfter
				mu.Unlock()
				if done {
					kill()
				}
			}
		}(w)
	}
	wg.Wait()
	kill()
}

// TestSyncResumesAfterSIGKILL kills a syncing daemon with SIGKILL ten
// times, each time after it has stored more of a long log, and checks after
// every restart that nothing half-done shows (no head, no log pin until the
// log is whole) and that the next sync resumes where the last stored batch
// ended instead of starting over. The last sync finishes the log, which
// verifies and is pinned at the chain's head, also after `ipfs repo gc`.
func TestSyncResumesAfterSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("runs real daemons")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	sc := newSharedChain(t)
	h := harness.NewT(t, func(h *harness.Harness) { h.IPFSBin = ipfsBin })
	source := sc.node(h, nil)
	c, err := chain.New(ctx, sc.dc.Client(), sc.dc.RelayerKey(), sc.factory)
	if err != nil {
		t.Fatal(err)
	}
	const n = 24000 // 47 batches: ten rounds of one to three batches each cannot finish it
	ringAddr, head, _ := benchLogOnSource(ctx, t, sc, c, source, n)

	x := sc.node(h, map[string]any{"Sync": map[string]any{"Background": "off"}})
	// x finds the source in the ring's contract (benchLogOnSource
	// publishes it as the author's node) at each sync: no swarm connect.
	stored := uint64(0) // nodes the last progress report said were stored
	for round := 1; round <= 10; round++ {
		first, last, finished := syncUntilKilled(ctx, t, x, ringAddr, stored+ringlog.FetchBatch)
		if finished {
			t.Fatalf("round %d: the sync finished before the kill; the log is too short for the test", round)
		}
		if round > 1 && first < stored {
			t.Fatalf("round %d: the sync started at %d nodes; %d were stored before the kill", round, first, stored)
		}
		stored = last
		x.Daemon = nil
		x.StartDaemon()
		if heads := ipfsJSON[commands.HeadOutput](t, x, "ring", "head", ringAddr.Hex()).Heads; len(heads) != 0 {
			t.Fatalf("round %d: a head shows for a half-synced log: %+v", round, heads)
		}
		if pins := x.IPFS("pin", "ls", "--type=recursive", "--names").Stdout.String(); strings.Contains(pins, "ring:") {
			t.Fatalf("round %d: a log pin for a half-synced log:\n%s", round, pins)
		}
	}
	res := ipfsJSON[commands.SyncEvent](t, x, "ring", "sync", ringAddr.Hex()).Result
	if res == nil || len(res.Members) != 1 || !res.Members[0].Resumed || res.Members[0].Seq != n || res.Members[0].Fetched > n-stored {
		t.Fatalf("the last sync: %+v (%d were stored before)", res, stored)
	}
	x.IPFS("repo", "gc")
	if v := ipfsJSON[commands.VerifyOutput](t, x, "ring", "verify", ringAddr.Hex()); !v.OK || v.Reports[0].Checked != n {
		t.Fatalf("verify after the syncs and repo gc: %+v", v)
	}
	if pins := x.IPFS("pin", "ls", "--type=recursive", "--names").Stdout.String(); !strings.Contains(pins, head.String()+" recursive ring:") {
		t.Fatalf("the log's pin is not on the chain's head %s:\n%s", head, pins)
	}
}

// syncUntilKilled runs `ring sync --progress` through the RPC API and
// kills the daemon with SIGKILL once the progress reports at least killAt
// stored nodes. It returns the first and last stored counts it saw, and
// whether the sync finished first.
func syncUntilKilled(ctx context.Context, t *testing.T, n *harness.Node, ringAddr common.Address, killAt uint64) (first, last uint64, finished bool) {
	t.Helper()
	q := url.Values{"arg": {ringAddr.Hex()}, "progress": {"true"}, "enc": {"json"}}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, n.APIURL()+"/api/v0/ring/sync?"+q.Encode(), nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	dec := json.NewDecoder(resp.Body)
	seen := false
	for {
		var ev commands.SyncEvent
		if err := dec.Decode(&ev); err != nil {
			t.Fatalf("reading the sync's progress: %v", err)
		}
		if ev.Result != nil {
			return first, last, true
		}
		if ev.Progress == nil {
			continue
		}
		if !seen {
			first, seen = ev.Progress.Done, true
		}
		last = ev.Progress.Done
		if last >= killAt {
			if err := n.Daemon.Cmd.Process.Kill(); err != nil {
				t.Fatal(err)
			}
			_ = n.Daemon.Cmd.Wait()
			return first, last, false
		}
	}
}

// TestReanchorRelayedFlushAfterTheChainLosesBlocks: a member flushes
// through a replica (`ipfs ring flush --via`), which relays the flush and
// sees it mined. The member goes away, the replica's daemon is killed, and
// the chain loses the block of the flush (as the embedded chain can in a
// crash). Once restarted, the replica notices that the chain no longer
// holds the head it relayed and relays the member's signed flush again, by
// itself. (TestReanchorAfterTheChainLosesBlocks covers a direct flush.)
func TestReanchorRelayedFlushAfterTheChainLosesBlocks(t *testing.T) {
	if testing.Short() {
		t.Skip("runs real daemons")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	sc := newSharedChain(t)
	h := harness.NewT(t, func(h *harness.Harness) { h.IPFSBin = ipfsBin })
	s := setupReplica(t, sc, h, nil)
	for i := range 3 {
		s.member.IPFS("ring", "append", "club", fmt.Sprint("message ", i), "--from", "alice")
	}
	// The replica's own flush (its record of the replication) is mined
	// before the blocks the chain will lose.
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for headOf(t, s.replica, "replicas", "rep", "chain").Seq != headOf(t, s.replica, "replicas", "rep", "local").Seq {
		select {
		case <-ctx.Done():
			t.Fatal("the replica's own flush was not relayed")
		case <-tick.C:
		}
	}
	before, err := sc.dc.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	out := ipfsJSON[commands.FlushOutput](t, s.member, "ring", "flush", "club", "--from", "alice", "--via", s.replicaURL)
	if out.Replica == nil || out.Replica.Status != "relayed" || out.Replica.Seq != 3 {
		t.Fatalf("flush via the replica: %+v", out.Replica)
	}
	head := headOf(t, s.member, "club", "alice", "local")
	stop(t, s.member)

	if err := s.replica.Daemon.Cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = s.replica.Daemon.Cmd.Wait()
	s.replica.Daemon = nil
	if err := sc.dc.Rewind(before); err != nil {
		t.Fatal(err)
	}
	if m, _ := sc.state(s.club).Member(s.alice); m.Seq != 0 {
		t.Fatalf("after the rewind the chain holds seq %d, want 0", m.Seq)
	}
	s.replica.StartDaemon()
	want, _ := schemas.Digest(*head.Head)
	for {
		m, _ := sc.state(s.club).Member(s.alice)
		if m.Seq == 3 && m.Head == want {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatalf("the replica did not relay the lost flush again: the chain holds seq %d", m.Seq)
		case <-tick.C:
		}
	}
	st := waitFlushWhere(t, gatewayURL(t, s.replica), out.Replica.ID, "relayed again", func(st gateway.FlushStatus) bool {
		return st.Status == "relayed" && len(st.Messages) == 3
	})
	if st.TxHash == "" {
		t.Fatalf("the flush relayed again: %+v", st)
	}
}
