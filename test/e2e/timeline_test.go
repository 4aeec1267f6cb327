package e2e

import (
	"net/url"
	"slices"
	"testing"

	"github.com/mosaic-rings/rings/plugin/commands"
	"github.com/mosaic-rings/rings/plugin/replica"
	"github.com/mosaic-rings/rings/plugin/ring"
)

// TestTimelineMatchesRingLog: two members write in turns on one daemon
// (each append refers to the other's head); `ipfs ring log RING` shows
// every node in the order GET /ring/{ring}/timeline pages through, and in
// that order every node comes after its prev and its refs.
func TestTimelineMatchesRingLog(t *testing.T) {
	_, n := newNode(t, nil)
	n.StartDaemon()
	t.Cleanup(func() { stop(t, n) })
	for _, k := range []string{"alice", "bob"} {
		n.IPFS("key", "gen", "--type=secp256k1", k)
	}
	club := ipfsJSON[ring.Created](t, n, "ring", "create", "club", "--from", "alice", "--members", "alice,bob").Address.Hex()
	var appended []string
	for i, who := range []string{"alice", "bob", "bob", "alice", "bob"} {
		a := ipfsJSON[ring.Appended](t, n, "ring", "append", "club", who+" says "+string(rune('a'+i)), "--from", who)
		appended = append(appended, a.CID.String())
	}

	var cli []string
	for _, e := range ipfsJSON[commands.LogOutput](t, n, "ring", "log", "club").Entries {
		cli = append(cli, e.CID.String())
	}
	// Each append refers to the other member's head, so the order is
	// the order of the appends.
	if !slices.Equal(cli, appended) {
		t.Fatalf("ring log: %v, want the appends' order %v", cli, appended)
	}

	gw := gatewayURL(t, n)
	var paged []string
	seen := map[string]bool{}
	cursor := ""
	for range len(appended) + 1 {
		page := getJSON[replica.TimelineResult](t, gw+"/ring/"+club+"/timeline?limit=2&cursor="+url.QueryEscape(cursor), "")
		if page.Cursor != cursor {
			t.Fatalf("the page says it follows %q, asked after %q", page.Cursor, cursor)
		}
		for _, e := range page.Entries {
			if e.Prev != "" && !seen[e.Prev] {
				t.Errorf("%s (seq %d) comes before its prev %s", e.CID, e.Seq, e.Prev)
			}
			for _, r := range e.Refs {
				if !seen[r] {
					t.Errorf("%s comes before its ref %s", e.CID, r)
				}
			}
			seen[e.CID] = true
			paged = append(paged, e.CID)
		}
		if !page.More {
			break
		}
		cursor = page.Next
	}
	if !slices.Equal(paged, cli) {
		t.Fatalf("the timeline's pages: %v, ring log: %v", paged, cli)
	}
}
