package e2e

import (
	"bufio"
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/ipfs/kubo/config"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/contracts/devchain"
	"github.com/mosaic-rings/rings/plugin/commands"
	"github.com/mosaic-rings/rings/plugin/ring"
)

// TestChainDeploy moves a fresh repo to an external chain the way the
// README says, with no daemon until the end: `ipfs ring chain deploy
// --dry-run` estimates, `deploy --write-config` deploys every contract
// and writes the config, a second run finds everything and sends nothing,
// and the daemon then starts on that chain and makes a ring whose head the
// chain holds. Bad input changes nothing.
func TestChainDeploy(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	dc, err := devchain.Open(devchain.Config{DataDir: t.TempDir(), ChainID: 31337, RPCAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { dc.Close() })
	rpc := dc.RPCEndpoint()
	_, n := newNode(t, nil)
	for _, k := range []string{"deployer", "broke", "relayer", "alice"} {
		n.IPFS("key", "gen", "--type=secp256k1", k)
	}
	deployer := avatarAddress(t, n, "deployer")
	fund(ctx, t, dc, deployer)
	fund(ctx, t, dc, avatarAddress(t, n, "relayer"))
	deploy := func(args ...string) []commands.DeployEvent {
		t.Helper()
		out := n.IPFS(append([]string{"ring", "chain", "deploy", "--rpc", rpc, "--enc=json"}, args...)...).Stdout.String()
		var evs []commands.DeployEvent
		sc := bufio.NewScanner(strings.NewReader(out))
		for sc.Scan() {
			var e commands.DeployEvent
			if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
				t.Fatalf("deploy output line %q: %v", sc.Text(), err)
			}
			evs = append(evs, e)
		}
		if len(evs) < 2 || evs[len(evs)-1].Deployment == nil {
			t.Fatalf("deploy output: %s", out)
		}
		return evs
	}
	configBefore := n.IPFS("config", "show").Stdout.String()
	mustContain(t, n.IPFS("ring", "chain", "status").Stdout.String(), "embedded dev chain (no Chain.RPC)")

	// Bad input: a clear error, nothing sent, the config untouched.
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"ring", "chain", "deploy", "--from", "deployer"}, []string{"--rpc is required"}},
		{[]string{"ring", "chain", "deploy", "--rpc", rpc}, []string{"--from is required"}},
		{[]string{"ring", "chain", "deploy", "--rpc", "ftp://nowhere", "--from", "deployer"}, []string{`--rpc "ftp://nowhere"`}},
		{[]string{"ring", "chain", "deploy", "--rpc", "http://127.0.0.1:1", "--from", "deployer"}, []string{"cannot reach the chain at --rpc http://127.0.0.1:1", "connection refused", "that its node is running"}},
		{[]string{"ring", "chain", "deploy", "--rpc", rpc, "--from", "mallory"}, []string{`no such key in this node's keystore: "mallory"`}},
		{[]string{"ring", "chain", "deploy", "--rpc", rpc, "--from", "deployer", "--dry-run", "--write-config"}, []string{"--dry-run deploys nothing"}},
		{[]string{"ring", "chain", "deploy", "--rpc", rpc, "--from", "deployer", "--network-fee", "x"}, []string{"--network-fee"}},
		{[]string{"ring", "chain", "deploy", "--rpc", rpc, "--from", "broke"}, []string{"insufficient funds", "fund broke (0x", "--dry-run"}},
	} {
		t.Run(strings.Join(tc.args[3:], " "), func(t *testing.T) {
			mustContainAll(t, ipfsFails(t, n, tc.args...), tc.want...)
		})
	}
	if nonce, err := dc.Client().NonceAt(ctx, deployer, nil); err != nil || nonce != 0 {
		t.Fatalf("bad input sent transactions: nonce %d, %v", nonce, err)
	}

	// A dry run: addresses and estimates, nothing sent.
	dry := deploy("--from", "deployer", "--dry-run")
	dd := dry[len(dry)-1].Deployment
	if !dd.DryRun || !dd.Deterministic || dd.Gas == 0 || len(dry) != 7 || dry[5].Step.Name != "registry ring" || dry[5].Step.Action != "would create" {
		t.Fatalf("dry run: %+v", dd)
	}
	if got := n.IPFS("config", "show").Stdout.String(); got != configBefore {
		t.Fatal("the dry run or bad input changed the config")
	}

	// The deployment, written into the config.
	evs := deploy("--from", "deployer", "--write-config")
	d := evs[len(evs)-1]
	if !d.Written || d.Deployment.Factory != dd.Factory || d.Deployment.Market != dd.Market || d.Deployment.Challenges != dd.Challenges {
		t.Fatalf("deployment %+v, dry run %+v", d.Deployment, dd)
	}
	for _, e := range evs[1 : len(evs)-1] {
		if e.Step.Action != "deployed" && e.Step.Action != "set" && e.Step.Action != "created" {
			t.Fatalf("step %+v", e.Step)
		}
	}
	var cfg config.Config
	if err := json.Unmarshal([]byte(n.IPFS("config", "show").Stdout.String()), &cfg); err != nil {
		t.Fatal(err)
	}
	written, _ := json.Marshal(cfg.Plugins.Plugins["ring"].Config)
	if rl := ipfsJSON[commands.RingList](t, n, "ring", "ls"); len(rl.Rings) != 1 || rl.Rings[0].Name != "registry" || rl.Rings[0].Address != evs[len(evs)-2].Step.Address {
		t.Fatalf("the registry ring's keys: %+v", rl)
	}
	for _, want := range []string{`"RPC":"` + rpc + `"`, `"Relayer":"deployer"`, `"Ring":"registry"`, `"Avatar":"deployer"`, `"Factory":"` + d.Deployment.Factory.Hex() + `"`, `"ChainID":31337`,
		`"Address":"` + d.Deployment.Market.Hex() + `"`, `"Address":"` + d.Deployment.Challenges.Hex() + `"`} {
		mustContain(t, string(written), want)
	}

	// The status checks the chain the config now names, with no daemon:
	// everything holds; a relayer that must pay for a billion flushes
	// fails, and so does a contract address with other code.
	st := ipfsJSON[commands.ChainStatusOutput](t, n, "ring", "chain", "status")
	if !st.OK || st.ChainID != 31337 || len(st.Checks) != 6 {
		t.Fatalf("status after the deployment: %+v", st.ChainStatus)
	}
	// A failing status prints every check and exits with an error.
	failing := func(args ...string) string {
		t.Helper()
		res := n.RunIPFS(append([]string{"ring", "chain", "status"}, args...)...)
		if res.Err == nil {
			t.Fatalf("ipfs ring chain status %v passed: %s", args, res.Stdout)
		}
		mustContain(t, res.Stderr.String(), "1 of 6 checks of "+rpc+" failed")
		return res.Stdout.String()
	}
	mustContainAll(t, failing("--flushes", "1000000000"), "relayer balance", "FAILED", "flushes at")
	n.IPFS("config", "Plugins.Plugins.ring.Config.Challenges.Address", d.Deployment.Factory.Hex())
	mustContainAll(t, failing(), "Challenges", "FAILED", "that are not this version's Challenges", "ipfs ring chain deploy")
	n.IPFS("config", "Plugins.Plugins.ring.Config.Challenges.Address", d.Deployment.Challenges.Hex())

	// Again: everything is found, nothing is sent; the text says so.
	nonce, err := dc.Client().NonceAt(ctx, deployer, nil)
	if err != nil {
		t.Fatal(err)
	}
	text := n.IPFS("ring", "chain", "deploy", "--rpc", rpc, "--from", "deployer").Stdout.String()
	mustContainAll(t, text, "RingFactory", "found", "Challenges", "registry ring", "used gas 0", "config to use")
	if after, err := dc.Client().NonceAt(ctx, deployer, nil); err != nil || after != nonce {
		t.Fatalf("the second run sent %d transactions (%v)", after-nonce, err)
	}

	// The node runs on the chain it deployed to.
	n.IPFS("config", "Plugins.Plugins.ring.Config.Chain.Relayer", "relayer")
	n.StartDaemon()
	t.Cleanup(func() { stop(t, n) })
	created := ipfsJSON[ring.Created](t, n, "ring", "create", "club", "--from", "alice", "--members", "alice")
	ipfsJSON[ring.Appended](t, n, "ring", "append", "club", "on the deployed chain", "--from", "alice")
	ipfsJSON[commands.FlushOutput](t, n, "ring", "flush", "club", "--from", "alice")
	client, err := chain.New(ctx, dc.Client(), dc.RelayerKey(), d.Deployment.Factory)
	if err != nil {
		t.Fatal(err)
	}
	if st, err := client.State(ctx, created.Address); err != nil || len(st.Members) != 1 || st.Members[0].Seq != 1 {
		t.Fatalf("the ring on the deployed factory: %+v, %v", st, err)
	}
	mustContain(t, n.IPFS("ring", "challenge", "ls").Stdout.String(), "no challenges")
}
