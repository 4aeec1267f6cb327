package e2e

import (
	"strings"
	"testing"

	"github.com/mosaic-rings/rings/plugin/commands"
	"github.com/mosaic-rings/rings/plugin/ring"
	"github.com/mosaic-rings/rings/plugin/ringkeys"
)

// TestOfflineCommands: `ipfs ring avatars`, `ls` and `keys export` read
// only the repo, so with no daemon running Kubo runs them in the client
// and they print what the daemon printed (no node is built, the embedded
// chain is not opened). Commands that need the chain still say to start
// the daemon.
func TestOfflineCommands(t *testing.T) {
	_, n := newNode(t, nil)
	for _, k := range []string{"relayer", "alice"} {
		n.IPFS("key", "gen", "--type=secp256k1", k)
	}

	// A fresh repo: avatars, no rings, no keys.
	av := ipfsJSON[commands.AvatarList](t, n, "ring", "avatars")
	if len(av.Avatars) != 2 {
		t.Fatalf("avatars of a fresh repo with no daemon: %+v", av)
	}
	if rl := ipfsJSON[commands.RingList](t, n, "ring", "ls"); len(rl.Rings) != 0 {
		t.Fatalf("rings of a fresh repo: %+v", rl)
	}
	mustContainAll(t, ipfsFails(t, n, "ring", "keys", "export", "club"), `no ring is named "club" on this node`, "`ipfs ring keys import FILE`")
	mustContainAll(t, ipfsFails(t, n, "ring", "info", "club"), "none is running for "+n.Dir, "start it with `ipfs daemon`")

	// The daemon makes a ring; what it prints, the client prints once it
	// has stopped.
	n.StartDaemon()
	created := ipfsJSON[ring.Created](t, n, "ring", "create", "club", "--from", "alice", "--members", "alice")
	online := map[string]string{}
	for _, args := range [][]string{{"avatars"}, {"ls"}, {"keys", "export", "club"}, {"avatars", "--enc=json"}, {"ls", "--enc=json"}} {
		online[strings.Join(args, " ")] = n.IPFS(append([]string{"ring"}, args...)...).Stdout.String()
	}
	stop(t, n)
	for args, want := range online {
		if got := n.IPFS(append([]string{"ring"}, strings.Fields(args)...)...).Stdout.String(); got != want {
			t.Errorf("ipfs ring %s with no daemon:\n%s\nwith the daemon:\n%s", args, got, want)
		}
	}
	k := ipfsJSON[ringkeys.Keys](t, n, "ring", "keys", "export", created.Address.Hex())
	if k.Ring != created.Address || k.Name != "club" {
		t.Fatalf("keys exported with no daemon: %+v, want ring %s", k, created.Address.Hex())
	}
}
