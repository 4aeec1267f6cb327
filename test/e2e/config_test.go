package e2e

import (
	"errors"
	"io"
	"net/http"
	"net/url"
	"os/exec"
	"testing"
	"time"

	"github.com/ipfs/kubo/test/cli/harness"
)

// TestConfigInvalidRingConfig writes an invalid ring config into the repo
// by hand (as `ipfs config edit` or an editor would). Kubo's own commands
// still work, `ipfs config` among them; the daemon and `ipfs ring` refuse
// to run and name the field by its full path; `ipfs config` fixes it.
func TestConfigInvalidRingConfig(t *testing.T) {
	for name, tc := range map[string]struct {
		bad   map[string]any
		field string   // the full path the errors name
		fix   []string // the `ipfs config` that fixes it
	}{
		"unknown field": {
			bad:   map[string]any{"Gateway": map[string]any{"Adress": "/ip4/127.0.0.1/tcp/0"}},
			field: "Plugins.Plugins.ring.Config.Gateway.Adress",
			fix:   []string{"config", "--json", "Plugins.Plugins.ring.Config.Gateway", `{"Address": "/ip4/127.0.0.1/tcp/0"}`},
		},
		"invalid value": {
			bad:   map[string]any{"Replica": map[string]any{"RelayWait": "-5s"}},
			field: "Plugins.Plugins.ring.Config.Replica.RelayWait",
			fix:   []string{"config", "--json", "Plugins.Plugins.ring.Config.Replica.RelayWait", `"10s"`},
		},
	} {
		t.Run(name, func(t *testing.T) {
			_, n := newNode(t, tc.bad)

			mustContain(t, n.IPFS("config", "show").Stdout.String(), `"Plugins"`)
			n.IPFS("config", "Plugins.Plugins.ring.Config")
			n.IPFS("config", "Datastore.StorageMax", "20GB")
			mustContain(t, n.IPFS("config", "Datastore.StorageMax").Stdout.String(), "20GB")
			if res := n.Runner.Run(harness.RunRequest{
				Path:    n.IPFSBin,
				Args:    []string{"config", "edit"},
				CmdOpts: []harness.CmdOpt{harness.RunWithEnv(map[string]string{"EDITOR": "true"})},
			}); res.Err != nil {
				t.Fatalf("ipfs config edit: %v\nstderr: %s", res.Err, res.Stderr)
			}
			mustContain(t, n.IPFS("key", "list").Stdout.String(), "self")
			n.IPFS("key", "gen", "--type=secp256k1", "alice")
			n.IPFS("repo", "stat")

			for _, args := range [][]string{{"ring", "ls"}, {"ring", "info", "club"}} {
				stderr := ipfsFails(t, n, args...)
				mustContain(t, stderr, tc.field)
				mustContain(t, stderr, "ipfs config edit")
			}
			stderr := daemonFails(t, n)
			mustContain(t, stderr, tc.field)
			mustContain(t, stderr, "then start the daemon again")

			n.IPFS(tc.fix...)
			n.StartDaemon()
			t.Cleanup(func() { stop(t, n) })
			n.IPFS("ring", "ls")
			n.IPFS("ring", "avatars")
		})
	}
}

// TestConfigSetRefusesInvalidRingValue: `ipfs config` refuses a value that
// would make the ring config invalid, naming the field, and leaves the
// config file as it was, both without a daemon and through a running one.
func TestConfigSetRefusesInvalidRingValue(t *testing.T) {
	_, n := newNode(t, nil)
	before := n.ReadFile(n.ConfigFile())

	refused := []struct {
		args  []string
		field string
	}{
		{[]string{"config", "--json", "Plugins.Plugins.ring.Config.Replica.RelayWait", `"-5s"`}, `Plugins.Plugins.ring.Config.Replica.RelayWait "-5s"`},
		{[]string{"config", "Plugins.Plugins.ring.Config.Gateway.Adress", "/ip4/127.0.0.1/tcp/0"}, "Plugins.Plugins.ring.Config.Gateway.Adress"},
		{[]string{"config", "--json", "Plugins.Plugins.ring.Config", `{"Sync": {"Background": "maybe"}}`}, "Plugins.Plugins.ring.Config.Sync.Background"},
	}
	check := func(t *testing.T) {
		t.Helper()
		for _, c := range refused {
			stderr := ipfsFails(t, n, c.args...)
			mustContain(t, stderr, c.field)
			mustContain(t, stderr, "the config file is unchanged")
			if after := n.ReadFile(n.ConfigFile()); after != before {
				t.Fatalf("ipfs %v changed the config file:\n%s", c.args, after)
			}
		}
	}
	t.Run("no daemon", check)

	n.StartDaemon()
	t.Cleanup(func() { stop(t, n) })
	t.Run("through the daemon", check)
	t.Run("RPC API", func(t *testing.T) {
		q := url.Values{"arg": {"Plugins.Plugins.ring.Config.Replica.RelayWait", `"-5s"`}, "json": {"true"}}
		resp, err := http.Post(n.APIURL()+"/api/v0/config?"+q.Encode(), "", nil)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, err := io.ReadAll(resp.Body)
		if err != nil {
			t.Fatal(err)
		}
		if resp.StatusCode == http.StatusOK {
			t.Fatalf("POST /api/v0/config: %s, want an error", body)
		}
		mustContain(t, string(body), "Plugins.Plugins.ring.Config.Replica.RelayWait")
		if after := n.ReadFile(n.ConfigFile()); after != before {
			t.Fatalf("POST /api/v0/config changed the config file:\n%s", after)
		}
	})

	n.IPFS("config", "Plugins.Plugins.ring.Config.Replica.RelayWait", "5s")
	mustContain(t, n.IPFS("config", "Plugins.Plugins.ring.Config.Replica.RelayWait").Stdout.String(), "5s")
	n.IPFS("ring", "ls")
}

// daemonFails runs `ipfs daemon`, which must exit with an error within a
// minute, and returns what it wrote to stderr.
func daemonFails(t *testing.T, n *harness.Node) string {
	t.Helper()
	res := n.Runner.Run(harness.RunRequest{
		Path: n.IPFSBin,
		Args: []string{"daemon"},
		RunFunc: func(cmd *exec.Cmd) error {
			if err := cmd.Start(); err != nil {
				return err
			}
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			select {
			case err := <-done:
				return err
			case <-time.After(time.Minute):
				_ = cmd.Process.Kill()
				<-done
				return errors.New("the daemon was still running after a minute")
			}
		},
	})
	if res.ExitErr == nil {
		t.Fatalf("ipfs daemon: %v; want it to exit with an error\nstdout: %s\nstderr: %s", res.Err, res.Stdout, res.Stderr)
	}
	return res.Stderr.String()
}
