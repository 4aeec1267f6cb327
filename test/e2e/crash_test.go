package e2e

import (
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/ipfs/go-cid"
	"github.com/ipfs/kubo/test/cli/harness"

	"github.com/mosaic-rings/rings/plugin/commands"
	"github.com/mosaic-rings/rings/plugin/ring"
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
	ipfsJSON[ring.Created](t, n, "ring", "create", "club", "--from", "alice", "--members", "alice")

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
		pins := n.IPFS("pin", "ls", "--type=recursive", "--names").Stdout.String()
		if strings.Count(pins, "ring:") != 1 || !strings.Contains(pins, head.Head.String()+" recursive ring:") {
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
