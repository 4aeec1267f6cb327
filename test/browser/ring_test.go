package browser

import (
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/kubo/test/cli/harness"
)

// chatRing is the ring "club" on two daemons of one dev chain, both with a
// ring gateway that serves the chat page and both replicas of the ring, so
// that a page sends through either:
//
//   - member: the owner's node ("owner" created the ring; it holds the
//     ring's read key, so `ipfs ring invite` runs here) and a replica
//     (avatar "mrep");
//   - replica: a replica only (avatar "rep"), holding the replica key.
//
// Both replicas are members of the replica ring "replicas". A page's
// messages reach the other daemon through the chain: its replica relays
// the head, and the other follows the chain and fetches the log.
type chatRing struct {
	chain            *devChain
	h                *harness.Harness
	member, replica  *harness.Node
	ring, owner      common.Address
	replicaRing      common.Address
	memberGW, replGW string // the gateways' URLs (they change on a restart)
}

// replicaConfig is the ring plugin config of a replica with avatar name,
// quick to relay and to follow the chain.
func replicaConfig(name string) map[string]any {
	return map[string]any{"Replica": map[string]any{"Avatar": name, "RelayWait": "2s", "FollowInterval": "300ms"}}
}

// newChatRing starts the two daemons and creates club with the owner and
// members (0x addresses) as members, replicated by both daemons.
func newChatRing(t testing.TB, members ...common.Address) *chatRing {
	t.Helper()
	needBrowser(t)
	c := newDevChain(t)
	h := harness.New(func(h *harness.Harness) { h.IPFSBin = ipfsBin })
	t.Cleanup(h.Cleanup)
	r := &chatRing{chain: c, h: h}
	r.replica = c.daemon(t, h, replicaConfig("rep"), "rep")
	r.member = c.daemon(t, h, replicaConfig("mrep"), "owner", "mrep")
	r.memberGW, r.replGW = gatewayURL(t, r.member), gatewayURL(t, r.replica)
	t.Cleanup(func() {
		if t.Failed() {
			r.report(t)
		}
	})

	type created struct {
		Address common.Address `json:"address"`
		Owner   common.Address `json:"owner"`
	}
	rr := ipfsJSON[created](t, r.replica, "ring", "create", "replicas", "--from", "rep", "--members", "rep,"+avatar(t, r.member, "mrep").Hex())
	r.replicaRing = rr.Address
	keys := r.replica.IPFS("ring", "keys", "export", "replicas").Stdout.String()
	r.member.IPFS("ring", "keys", "import", h.WriteToTemp(keys))

	list := []string{"owner"}
	for _, m := range members {
		list = append(list, m.Hex())
	}
	club := ipfsJSON[created](t, r.member, "ring", "create", "club", "--from", "owner", "--members", strings.Join(list, ","))
	r.ring, r.owner = club.Address, club.Owner
	for _, gw := range []string{r.replGW, r.memberGW} {
		type status struct {
			Status string `json:"status"`
		}
		st := ipfsJSON[status](t, r.member, "ring", "replicate", "club", "--from", "owner", "--via", gw, "--replica-ring", rr.Address.Hex())
		if st.Status != "replicating" {
			t.Fatalf("replicate through %s: %+v", gw, st)
		}
	}
	return r
}

// invite is the link `ipfs ring invite club --gateway gw` prints on the
// member's node (the one with the read key): the page served by gw.
func (r *chatRing) invite(t testing.TB, gw string) string {
	t.Helper()
	return r.inviteTo(t, gw, "")
}

// inviteTo is the invite link to gateway gw of the page at page (""
// for gw's own), with `--page`.
func (r *chatRing) inviteTo(t testing.TB, gw, page string) string {
	t.Helper()
	type invite struct {
		Link string `json:"link"`
	}
	args := []string{"ring", "invite", "club", "--gateway", gw}
	if page != "" {
		args = append(args, "--page", page)
	}
	link := ipfsJSON[invite](t, r.member, args...).Link
	if !strings.Contains(link, "#v=1&") {
		t.Fatalf("ipfs ring invite printed %q", link)
	}
	return link
}

// enter makes addr (0x) a member: `ipfs ring enter club 0x… --from owner`.
func (r *chatRing) enter(t testing.TB, addr string) {
	t.Helper()
	type membership struct {
		Member common.Address `json:"member"`
		Enter  bool           `json:"enter"`
	}
	m := ipfsJSON[membership](t, r.member, "ring", "enter", "club", addr, "--from", "owner")
	if !m.Enter || !strings.EqualFold(m.Member.Hex(), addr) {
		t.Fatalf("ipfs ring enter: %+v", m)
	}
}

// stop shuts n down gracefully.
func (r *chatRing) stop(t testing.TB, n *harness.Node) {
	t.Helper()
	stopDaemon(t, n)
}

// start starts n again with its ring gateway on the port it had, so that
// the page keeps its origin (and with it its IndexedDB) and its link.
func (r *chatRing) start(t testing.TB, n *harness.Node) {
	t.Helper()
	gw := r.memberGW
	if n == r.replica {
		gw = r.replGW
	}
	u, err := url.Parse(gw)
	if err != nil {
		t.Fatal(err)
	}
	n.IPFS("config", "--json", "Plugins.Plugins.ring.Config.Gateway", fmt.Sprintf(`{"Address": "/ip4/127.0.0.1/tcp/%s"}`, u.Port()))
	n.StartDaemon()
	if got := gatewayURL(t, n); got != gw {
		t.Fatalf("the restarted daemon's ring gateway is %s, want %s", got, gw)
	}
}

// info is the ring as daemon gw shows it (GET /ring/{ring}).
type ringInfo struct {
	Replicated bool `json:"replicated"`
	Members    []struct {
		Member   string `json:"member"`
		ChainSeq uint64 `json:"chainSeq"`
		LocalSeq uint64 `json:"localSeq"`
	} `json:"members"`
}

func (r *chatRing) info(t testing.TB, gw string) (ringInfo, error) {
	t.Helper()
	var out ringInfo
	res, err := http.Get(gw + "/ring/" + r.ring.Hex())
	if err != nil {
		return out, err
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		return out, err
	}
	if res.StatusCode != http.StatusOK {
		return out, fmt.Errorf("%s: %s", res.Status, body)
	}
	return out, jsonUnmarshal(string(body), &out)
}

// seqs returns a member's (0x, any case) chain and local seq at gw.
func (ri ringInfo) seqs(member string) (chainSeq, localSeq uint64) {
	for _, m := range ri.Members {
		if strings.EqualFold(m.Member, member) {
			return m.ChainSeq, m.LocalSeq
		}
	}
	return 0, 0
}

// report logs what each daemon holds of the ring (GET /ring/{ring} and the
// timeline), for a failed test's reader.
func (r *chatRing) report(t testing.TB) {
	t.Helper()
	for name, gw := range map[string]string{"member": r.memberGW, "replica": r.replGW} {
		for _, path := range []string{"/ring/" + r.ring.Hex(), "/ring/" + r.ring.Hex() + "/timeline"} {
			res, err := http.Get(gw + path)
			if err != nil {
				t.Logf("%s %s: %v", name, path, err)
				continue
			}
			body, _ := io.ReadAll(res.Body)
			res.Body.Close()
			t.Logf("%s GET %s: %s %s", name, path, res.Status, body)
		}
	}
}
