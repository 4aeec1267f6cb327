package e2e

import (
	"encoding/json"
	"math/big"
	"net/http"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mosaic-rings/rings/gateway"
	"github.com/mosaic-rings/rings/plugin/commands"
	"github.com/mosaic-rings/rings/plugin/ring"
	"github.com/mosaic-rings/rings/plugin/ringkeys"
)

// TestMarketReplicate: on one daemon (the embedded chain, which funds the
// avatars) that is a market node and the replica, a ring's owner opens a
// bucket in the node's cluster, deposits and allocates, and has the ring
// replicated, all with `ipfs ring replicate --cluster --deposit`; then
// again under that bucket with --bucket. The gateway's MarketBucket and
// MarketCluster (and their GET routes) show the bucket and cluster with wei
// as decimal strings. Bad input gets a clear error and opens no bucket.
func TestMarketReplicate(t *testing.T) {
	_, n := newNode(t, map[string]any{
		"Replica": map[string]any{"Avatar": "rep", "RelayWait": "2s", "FollowInterval": "500ms"},
	})
	for _, k := range []string{"rep", "mgr", "alice", "bob"} {
		n.IPFS("key", "gen", "--type=secp256k1", k)
	}
	n.StartDaemon()
	defer stop(t, n)
	url := gatewayURL(t, n)
	mk := func(args ...string) []string { return append([]string{"ring", "market"}, args...) }

	// The node registers itself (avatar rep) and its cluster's replica ring
	// is a one-member ring of rep.
	n.IPFS(mk("node", "create", "--from", "rep", "--capacity", "100", "--rent", "1gwei")...)
	n.IPFS(mk("node", "trust", "mgr", "--from", "rep")...)
	type cluster struct {
		ClusterID uint32 `json:"clusterId"`
		Ring      string `json:"ring"`
		Name      string `json:"name"`
	}
	cl := ipfsJSON[cluster](t, n, mk("cluster", "create", "--from", "mgr", "--nodes", "1", "--resource", "10")...)
	rr := common.HexToAddress(cl.Ring).Hex() // EIP-55, as the gateway writes it

	club := ipfsJSON[ring.Created](t, n, "ring", "create", "club", "--from", "alice", "--members", "alice,bob")
	other := ipfsJSON[ring.Created](t, n, "ring", "create", "other", "--from", "alice", "--members", "alice")
	// The manager's node made the replica ring's keys at cluster create;
	// the manager and the replica share this daemon, so the hand-off
	// (export here, import on each node) has nothing to move.
	keys := ipfsJSON[ringkeys.Keys](t, n, "ring", "keys", "export", "cluster1")
	if cl.Name != "cluster1" || keys.Ring.Hex() != rr || keys.Chain != club.Chain || keys.Name != "cluster1" ||
		!keys.HasReadKey() || keys.ReplicaKey == (ringkeys.HexKey{}) {
		t.Fatalf("cluster %+v, keys of cluster1 %v (name %q); want ring %s, chain %d, both keys", cl, keys, keys.Name, rr, club.Chain)
	}

	replicate := func(args ...string) []string {
		return append([]string{"ring", "replicate", "club", "--via", url, "--replica-ring", rr}, args...)
	}
	out := ipfsJSON[commands.ReplicateOutput](t, n, replicate("--from", "alice", "--cluster", "1", "--deposit", "1ether")...)
	b := out.Bucket
	if out.ReplicateStatus == nil || out.Status != "replicating" || out.ReplicaRing != rr || b == nil {
		t.Fatalf("replicate --cluster: %+v, bucket %+v", out.ReplicateStatus, b)
	}
	gwei := big.NewInt(1_000_000_000)
	ether := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	if b.BucketID != 1 || b.ClusterID != 1 || !b.Created || b.Deposited.Cmp(ether) != 0 || b.Resource != 1 ||
		b.Rate.Cmp(gwei) != 0 || b.InDebt || b.Ring != club.Address || len(b.Txs) != 3 {
		t.Fatalf("bucket: %+v", b)
	}

	// The same ring under the same bucket: nothing is sent but the request.
	text := n.IPFS(replicate("--from", "bob", "--bucket", "1")...).Stdout.String()
	mustContain(t, text, "bucket 1 in cluster 1: 1 unit at 1000000000 wei (0.000000001 ether)/s; paid until ")
	mustContain(t, text, "replica is replicating ring "+club.Address.Hex())

	// What a web client sees.
	var bucket map[string]any
	fetchJSON(t, url+"/ring/market/bucket/1", "", http.StatusOK, &bucket)
	for k, want := range map[string]any{"bucketId": 1.0, "ring": club.Address.Hex(), "clusterRing": rr, "rate": "1000000000",
		"owner": club.Owner.Hex(), "inDebt": false, "resource": 1.0} {
		if bucket[k] != want {
			t.Errorf("bucket %s = %#v, want %#v", k, bucket[k], want)
		}
	}
	dep, ok := bucket["accountDeposit"].(string)
	if v, _ := new(big.Int).SetString(dep, 10); !ok || v == nil || v.Cmp(ether) > 0 || v.Sign() <= 0 {
		t.Errorf("accountDeposit %#v: want a decimal string of at most 1 ether", bucket["accountDeposit"])
	}
	var res struct {
		Result *gateway.MarketCluster `json:"result"`
		Error  *gateway.Error         `json:"error"`
	}
	fetchJSON(t, url+"/ring/rpc", `{"jsonrpc":"2.0","id":1,"method":"MarketCluster","params":{"cluster":"1"}}`, http.StatusOK, &res)
	peer := strings.TrimSpace(n.IPFS("id", "-f", "<id>").Stdout.String())
	if c := res.Result; c == nil || c.Ring != rr || c.ResourceUsed != 1 || c.RentPerUnit != "1000000000" || len(c.Nodes) != 1 ||
		c.Nodes[0].Peer != peer || c.Nodes[0].GatewayURL != url {
		t.Fatalf("MarketCluster: %+v (error %v); want ring %s, node peer %s at %s", res.Result, res.Error, rr, peer, url)
	}

	// Bad input: a clear error, and no bucket opened.
	for _, tc := range []struct {
		args []string
		want string
	}{
		{replicate("--from", "alice", "--bucket", "99"), "no bucket 99"},
		{replicate("--from", "alice", "--bucket", "0"), `bucket "0" must be a number from 1`},
		{replicate("--from", "alice", "--bucket", "1", "--deposit", "1ether"), "give one or the other"},
		{replicate("--from", "alice", "--deposit", "1ether"), "go with --cluster"},
		{replicate("--from", "alice", "--cluster", "9", "--deposit", "1ether"), "no cluster 9"},
		{replicate("--from", "alice", "--cluster", "1", "--deposit", "-1"), "must come to a whole number of wei"},
		{replicate("--from", "alice", "--cluster", "1", "--resource", "0"), "--resource must be above zero"},
		{replicate("--from", "bob", "--cluster", "1", "--deposit", "1ether"), "only its owner opens a bucket"},
		{[]string{"ring", "replicate", "other", "--from", "alice", "--via", url, "--replica-ring", rr, "--bucket", "1"}, "bucket 1 is for ring " + club.Address.Hex()},
		{[]string{"ring", "replicate", "club", "--from", "alice", "--via", url, "--replica-ring", other.Address.Hex(), "--bucket", "1"}, "whose replica ring is " + rr},
		{[]string{"ring", "replicate", "club", "--from", "alice", "--via", url, "--replica-ring", other.Address.Hex(), "--cluster", "1"}, "cluster 1's replica ring is " + rr},
	} {
		mustContain(t, ipfsFails(t, n, tc.args...), tc.want)
	}
	var refused struct {
		Error *gateway.Error `json:"error"`
	}
	fetchJSON(t, url+"/ring/market/bucket/2", "", http.StatusNotFound, &refused)
	if refused.Error == nil || refused.Error.Code != gateway.CodeNotFound || refused.Error.Check() != "bucket" {
		t.Fatalf("bucket 2 after the bad input: %+v, want -32011 check bucket", refused.Error)
	}
	fetchJSON(t, url+"/ring/market/cluster/4294967296", "", http.StatusBadRequest, &refused)
	if refused.Error == nil || refused.Error.Code != gateway.CodeInvalidParams || refused.Error.Check() != "cluster" {
		t.Fatalf("cluster 2^32: %+v, want -32602 check cluster", refused.Error)
	}
}

// fetchJSON GETs url, or POSTs body when set, checks the HTTP status and
// decodes the body into v.
func fetchJSON(t *testing.T, url, body string, status int, v any) {
	t.Helper()
	var resp *http.Response
	var err error
	if body == "" {
		resp, err = http.Get(url)
	} else {
		resp, err = http.Post(url, "application/json", strings.NewReader(body))
	}
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != status {
		t.Fatalf("%s: %s, want %d", url, resp.Status, status)
	}
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Fatalf("%s: %v", url, err)
	}
}
