package e2e

import (
	"encoding/hex"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mosaic-rings/rings/plugin/commands"
	"github.com/mosaic-rings/rings/plugin/ring"
	"github.com/mosaic-rings/rings/plugin/ringkeys"
)

// TestInvite: `ipfs ring invite RING` prints the chat page's link on this
// node's gateway, whose fragment carries the ring, chain, gateway, read
// key and name of the node's ring keys; the page it names is served. It
// takes --gateway and --page, and refuses a ring whose read key the node
// does not hold, an unknown ring, and a URL that is no http(s) URL.
func TestInvite(t *testing.T) {
	_, n := newNode(t, nil)
	n.StartDaemon()
	t.Cleanup(func() { stop(t, n) })
	n.IPFS("key", "gen", "--type=secp256k1", "alice")
	club := ipfsJSON[ring.Created](t, n, "ring", "create", "club", "--from", "alice", "--members", "alice").Address
	keys := ipfsJSON[ringkeys.Keys](t, n, "ring", "keys", "export", "club")
	gw := gatewayURL(t, n)

	inv := ipfsJSON[commands.Invite](t, n, "ring", "invite", "club")
	if inv.Ring != club || inv.Chain != keys.Chain || inv.Name != "club" || inv.Gateway != gw || inv.Page != gw+"/ring/app/" {
		t.Fatalf("invite %+v, want ring %s chain %d on gateway %s", inv, club.Hex(), keys.Chain, gw)
	}
	checkInvite(t, inv.Link, inv.Page, map[string]string{
		"v": "1", "ring": strings.ToLower(club.Hex()), "chain": "1337", "gateway": gw,
		"key": hex.EncodeToString(keys.ReadKey[:]), "name": "club",
	})
	if got := strings.TrimSpace(n.IPFS("ring", "invite", strings.ToLower(club.Hex())).Stdout.String()); got != inv.Link {
		t.Fatalf("the text output is %q, want the link %q", got, inv.Link)
	}

	// The link opens the page: the gateway serves it and its script.
	for path, ctype := range map[string]string{"": "text/html; charset=utf-8", "app.js": "text/javascript; charset=utf-8", "style.css": "text/css; charset=utf-8"} {
		resp, err := http.Get(inv.Page + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != ctype {
			t.Fatalf("GET %s%s: %s %s, want 200 %s", inv.Page, path, resp.Status, resp.Header.Get("Content-Type"), ctype)
		}
	}

	t.Run("gateway and page", func(t *testing.T) {
		page := "https://chat.example/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/"
		other := ipfsJSON[commands.Invite](t, n, "ring", "invite", "club", "--gateway", "https://ring.example:8443/", "--page", page)
		checkInvite(t, other.Link, page, map[string]string{
			"v": "1", "ring": strings.ToLower(club.Hex()), "chain": "1337", "gateway": "https://ring.example:8443",
			"key": hex.EncodeToString(keys.ReadKey[:]), "name": "club",
		})
		onlyGW := ipfsJSON[commands.Invite](t, n, "ring", "invite", "club", "--gateway", "http://10.0.0.7:8090")
		if onlyGW.Page != "http://10.0.0.7:8090/ring/app/" {
			t.Fatalf("--gateway alone: page %q, want the gateway's /ring/app/", onlyGW.Page)
		}
	})

	t.Run("refused", func(t *testing.T) {
		// A replica's key file: the ring's replica key, no read key.
		replicaOnly := ringkeys.Keys{Ring: club, Chain: keys.Chain}
		replicaOnly.Ring[19] ^= 1 // another ring
		file := filepath.Join(t.TempDir(), "replica.keys")
		body := `{"ring":"` + replicaOnly.Ring.Hex() + `","chain":1337,"name":"relayed","replicaKey":"0x` + hex.EncodeToString(keys.ReplicaKey[:]) + `"}`
		if err := os.WriteFile(file, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		n.IPFS("ring", "keys", "import", file)
		mustContain(t, ipfsFails(t, n, "ring", "invite", "relayed"), "holds only the replica key of ring "+replicaOnly.Ring.Hex()+", not its read key")
		mustContain(t, ipfsFails(t, n, "ring", "invite", "nosuchring"), "nosuchring")
		mustContain(t, ipfsFails(t, n, "ring", "invite", "club", "--gateway", "ftp://x"), "--gateway")
		mustContain(t, ipfsFails(t, n, "ring", "invite", "club", "--page", "https://x.example/#frag"), "--page")
	})
}

// checkInvite checks that link is page with want as its fragment's fields,
// in the order of the DOM contract (v, ring, chain, gateway, key, name).
func checkInvite(t *testing.T, link, page string, want map[string]string) {
	t.Helper()
	base, frag, ok := strings.Cut(link, "#")
	if !ok || base != page {
		t.Fatalf("link %q is not %q with a fragment", link, page)
	}
	q, err := url.ParseQuery(frag)
	if err != nil {
		t.Fatalf("link %q: fragment: %v", link, err)
	}
	for k, v := range want {
		if q.Get(k) != v || len(q[k]) != 1 {
			t.Fatalf("link %q: %s = %q, want %q", link, k, q[k], v)
		}
	}
	if len(q) != len(want) {
		t.Fatalf("link %q has fields %v, want %v", link, q, want)
	}
	var order []string
	for _, kv := range strings.Split(frag, "&") {
		k, _, _ := strings.Cut(kv, "=")
		order = append(order, k)
	}
	if got := strings.Join(order, ","); got != "v,ring,chain,gateway,key,name" {
		t.Fatalf("link %q: fields in the order %s", link, got)
	}
}
