package plugin

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	cmds "github.com/ipfs/go-ipfs-cmds"
	oldcmds "github.com/ipfs/kubo/commands"
	kuboplugin "github.com/ipfs/kubo/plugin"
)

func TestDecodeConfig(t *testing.T) {
	cfg, err := decodeConfig(nil)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Chain.RPC != "" || cfg.embeddedChainID() != DefaultEmbeddedChainID || cfg.flushDeadline() != time.Hour || cfg.Limits.MaxBodySize != 1<<20 ||
		cfg.Sync.Confirmations != 0 || cfg.Sync.Background != "on" || cfg.Sync.ReportForks != "auto" || cfg.Sync.PollInterval != "2s" {
		t.Fatalf("defaults: %+v", cfg)
	}
	external, err := decodeConfig(map[string]any{"Chain": map[string]any{
		"RPC": "http://127.0.0.1:8545", "Factory": "0x00000000000000000000000000000000000000f1", "Relayer": "relayer",
	}})
	if err != nil || external.Chain.Relayer != "relayer" || external.flushDeadline() != time.Hour {
		t.Fatalf("external: %+v, %v", external, err)
	}
	if cfg.Registry.AnchorInterval != "10m" || cfg.anchorInterval() != 10*time.Minute {
		t.Fatalf("Registry.AnchorInterval default: %q", cfg.Registry.AnchorInterval)
	}
	if r := cfg.registryRules(); r.StaleAfter != time.Hour || r.ExpireAfter != 24*time.Hour || r.Validate() != nil {
		t.Fatalf("registry rules by default: %+v", r)
	}
	if c, err := decodeConfig(map[string]any{"Registry": map[string]any{"StaleAfter": "3s", "ExpireAfter": "9s"}}); err != nil ||
		c.registryRules().StaleAfter != 3*time.Second || c.registryRules().ExpireAfter != 9*time.Second {
		t.Fatalf("Registry.StaleAfter 3s, ExpireAfter 9s: %+v, %v", c.registryRules(), err)
	}
	for _, off := range []string{"off", "0"} {
		c, err := decodeConfig(map[string]any{"Registry": map[string]any{"AnchorInterval": off}})
		if err != nil || c.anchorInterval() != 0 {
			t.Fatalf("AnchorInterval %q: %v, %v", off, c.anchorInterval(), err)
		}
	}
	// Field names match as encoding/json matches them: exactly, or else
	// case-insensitively.
	folded, err := decodeConfig(map[string]any{"replica": map[string]any{"relaywait": "3s"}})
	if err != nil || folded.Replica.RelayWait != "3s" {
		t.Fatalf("folded names: %+v, %v", folded.Replica, err)
	}

	const at = "Plugins.Plugins.ring.Config."
	for name, tc := range map[string]struct {
		raw  any
		want []string // each error message, in order
	}{
		"unknown field":           {map[string]any{"Chian": map[string]any{}}, []string{at + "Chian is not a field of the ring plugin config; Config has Chain, Limits, Gateway, Replica, Sync, Registry"}},
		"unknown gateway field":   {map[string]any{"Gateway": map[string]any{"Adress": "/ip4/127.0.0.1/tcp/1"}}, []string{at + "Gateway.Adress is not a field"}},
		"unknown nested field":    {map[string]any{"Gateway": map[string]any{"RateLimit": map[string]any{"Rate": 1}}}, []string{at + "Gateway.RateLimit.Rate is not a field of the ring plugin config; RateLimit has PerSecond, Burst, Disabled"}},
		"unknown and invalid":     {map[string]any{"Gateway": map[string]any{"Adress": "x"}, "Replica": map[string]any{"RelayWait": "-5s"}}, []string{at + "Gateway.Adress is not a field", at + `Replica.RelayWait "-5s" must be`}},
		"RPC without factory":     {map[string]any{"Chain": map[string]any{"RPC": "http://x", "Relayer": "r"}}, []string{at + "Chain.Factory must be"}},
		"RPC without relayer":     {map[string]any{"Chain": map[string]any{"RPC": "http://x", "Factory": "0x00000000000000000000000000000000000000f1"}}, []string{at + "Chain.Relayer must"}},
		"public embedded RPC":     {map[string]any{"Chain": map[string]any{"EmbeddedRPC": "0.0.0.0:8545"}}, []string{at + `Chain.EmbeddedRPC "0.0.0.0:8545" must be a loopback`}},
		"embedded RPC and RPC":    {map[string]any{"Chain": map[string]any{"RPC": "http://x", "Factory": "0x00000000000000000000000000000000000000f1", "Relayer": "r", "EmbeddedRPC": "127.0.0.1:1"}}, []string{at + "Chain.EmbeddedRPC only applies to the embedded chain"}},
		"bad deadline":            {map[string]any{"Chain": map[string]any{"FlushDeadline": "soon"}}, []string{at + "Chain.FlushDeadline"}},
		"body limit too big":      {map[string]any{"Limits": map[string]any{"MaxBodySize": 2 << 20}}, []string{at + "Limits.MaxBodySize must be"}},
		"wrong type":              {map[string]any{"Limits": map[string]any{"MaxBodySize": "big"}}, []string{at + "Limits.MaxBodySize must be a whole number, not a JSON string"}},
		"negative unsigned":       {map[string]any{"Sync": map[string]any{"Confirmations": -1}}, []string{at + "Sync.Confirmations must be a whole number, 0 or more, not a JSON number -1"}},
		"not an object":           {"embedded", []string{"Plugins.Plugins.ring.Config must be an object, not a JSON string"}},
		"bad gateway address":     {map[string]any{"Gateway": map[string]any{"Address": "nowhere"}}, []string{at + `Gateway.Address "nowhere"`}},
		"two gateway errors":      {map[string]any{"Gateway": map[string]any{"MaxBatch": 0, "ReadTimeout": "0s"}}, []string{at + "Gateway.ReadTimeout", at + "Gateway.MaxBatch"}},
		"negative relay wait":     {map[string]any{"Replica": map[string]any{"RelayWait": "-1s"}}, []string{at + `Replica.RelayWait "-1s" must be a Go duration, 0s or more`}},
		"zero follow interval":    {map[string]any{"Replica": map[string]any{"FollowInterval": "0s"}}, []string{at + "Replica.FollowInterval"}},
		"market address":          {map[string]any{"Market": map[string]any{"Address": "0x12"}}, []string{at + `Market.Address "0x12" must be`}},
		"market enforce external": {map[string]any{"Chain": map[string]any{"RPC": "http://x", "Factory": "0x0000000000000000000000000000000000000001", "Relayer": "r"}, "Market": map[string]any{"Enforce": true}}, []string{at + "Market.Enforce needs Market.Address"}},
		"market durations":        {map[string]any{"Market": map[string]any{"MinPrepaid": "-1h", "Grace": "soon", "CheckInterval": "0s"}}, []string{at + `Market.MinPrepaid "-1h"`, at + `Market.Grace "soon"`, at + `Market.CheckInterval "0s"`}},
		"too many confirmations":  {map[string]any{"Sync": map[string]any{"Confirmations": 5000}}, []string{at + "Sync.Confirmations must be at most"}},
		"zero poll interval":      {map[string]any{"Sync": map[string]any{"PollInterval": "0s"}}, []string{at + "Sync.PollInterval"}},
		"background maybe":        {map[string]any{"Sync": map[string]any{"Background": "maybe"}}, []string{at + "Sync.Background"}},
		"report forks never":      {map[string]any{"Sync": map[string]any{"ReportForks": "never"}}, []string{at + "Sync.ReportForks"}},
		"short registry ring":     {map[string]any{"Registry": map[string]any{"Ring": "0x12"}}, []string{at + `Registry.Ring "0x12" must be a local ring name or a 20-byte 0x address`}},
		"no registry avatar":      {map[string]any{"Registry": map[string]any{"Avatar": ""}}, []string{at + "Registry.Avatar must name"}},
		"too many providers":      {map[string]any{"Registry": map[string]any{"MaxProviders": 65}}, []string{at + "Registry.MaxProviders must be between 1 and 64"}},
		"bad anchor interval":     {map[string]any{"Registry": map[string]any{"AnchorInterval": "often"}}, []string{at + `Registry.AnchorInterval "often" must be a Go duration of 1s or more`}},
		"short anchor interval":   {map[string]any{"Registry": map[string]any{"AnchorInterval": "10ms"}}, []string{at + `Registry.AnchorInterval "10ms" must be a Go duration of 1s or more`}},
		"bad stale after":         {map[string]any{"Registry": map[string]any{"StaleAfter": "soon"}}, []string{at + `Registry.StaleAfter "soon" must be a Go duration of 1s or more`}},
		"short stale after":       {map[string]any{"Registry": map[string]any{"StaleAfter": "500ms"}}, []string{at + `Registry.StaleAfter "500ms" must be a Go duration of 1s or more`}},
		"bad expire after":        {map[string]any{"Registry": map[string]any{"ExpireAfter": "-1h"}}, []string{at + `Registry.ExpireAfter "-1h" must be a positive Go duration`}},
		"expire before stale":     {map[string]any{"Registry": map[string]any{"StaleAfter": "2h", "ExpireAfter": "2h"}}, []string{at + `Registry.ExpireAfter "2h" must be longer than Registry.StaleAfter "2h"`}},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			_, err := decodeConfig(tc.raw)
			cerr, ok := errors.AsType[*ConfigError](err)
			if !ok {
				t.Fatalf("got %v, want a *ConfigError", err)
			}
			if len(cerr.Errs) != len(tc.want) {
				t.Fatalf("got %d errors, want %d: %v", len(cerr.Errs), len(tc.want), err)
			}
			for i, want := range tc.want {
				if got := cerr.Errs[i].Error(); !strings.HasPrefix(got, want) {
					t.Errorf("error %d is %q, want it to start with %q", i, got, want)
				}
			}
		})
	}
}

// Init records an invalid config instead of failing (which would stop
// every ipfs command); Start returns it, naming the field, and stops the
// daemon.
func TestInvalidConfigStopsStartOnly(t *testing.T) {
	p := New()
	bad := map[string]any{"Replica": map[string]any{"RelayWait": "-5s"}}
	if err := p.Init(&kuboplugin.Environment{Repo: t.TempDir(), Config: bad}); err != nil {
		t.Fatalf("Init: %v", err)
	}
	err := p.Start(nil) // the config error comes before any use of the node
	if _, ok := errors.AsType[*ConfigError](err); !ok {
		t.Fatalf("Start: got %v, want a *ConfigError", err)
	}
	mustContain(t, err.Error(), `Plugins.Plugins.ring.Config.Replica.RelayWait "-5s"`)
	mustContain(t, err.Error(), "ipfs config edit")
}

// With no daemon running, Kubo runs `ipfs ring ...` in the client, where
// the plugin's service lookup returns the config error, naming the field.
func TestInvalidConfigStopsRingCommands(t *testing.T) {
	p := New()
	bad := map[string]any{"Gateway": map[string]any{"Adress": "x"}}
	if err := p.Init(&kuboplugin.Environment{Repo: t.TempDir(), Config: bad}); err != nil {
		t.Fatalf("Init: %v", err)
	}
	_, err := p.service(&oldcmds.Context{})
	if _, ok := errors.AsType[*ConfigError](err); !ok {
		t.Fatalf("service: got %v, want a *ConfigError", err)
	}
	mustContain(t, err.Error(), "Plugins.Plugins.ring.Config.Gateway.Adress is not a field")
	mustContain(t, err.Error(), "ipfs config edit")
}

// `ipfs config KEY VALUE` refuses a value that makes a valid ring config
// invalid, before Kubo's command writes anything; anything else goes
// through to it.
func TestConfigSetGuard(t *testing.T) {
	for name, tc := range map[string]struct {
		ring    any // the ring config in the file; nil: none
		args    []string
		opts    cmds.OptMap
		wantErr string // empty: passed on to Kubo's command
	}{
		"negative relay wait":        {nil, []string{"Plugins.Plugins.ring.Config.Replica.RelayWait", `"-5s"`}, cmds.OptMap{"json": true}, `Plugins.Plugins.ring.Config.Replica.RelayWait "-5s" must be`},
		"negative relay wait, text":  {nil, []string{"Plugins.Plugins.ring.Config.Replica.RelayWait", "-5s"}, nil, `Plugins.Plugins.ring.Config.Replica.RelayWait "-5s" must be`},
		"unknown field":              {nil, []string{"Plugins.Plugins.ring.Config.Gateway.Adress", "/ip4/127.0.0.1/tcp/1"}, nil, "Plugins.Plugins.ring.Config.Gateway.Adress is not a field"},
		"whole config":               {nil, []string{"Plugins.Plugins.ring.Config", `{"Sync": {"Background": "maybe"}}`}, cmds.OptMap{"json": true}, "Plugins.Plugins.ring.Config.Sync.Background"},
		"whole Plugins section":      {nil, []string{"Plugins", `{"Plugins": {"ring": {"Config": {"Limits": {"MaxBodySize": 0}}}}}`}, cmds.OptMap{"json": true}, "Plugins.Plugins.ring.Config.Limits.MaxBodySize"},
		"wrong type":                 {nil, []string{"Plugins.Plugins.ring.Config.Gateway.RateLimit.Disabled", "yes"}, nil, "Plugins.Plugins.ring.Config.Gateway.RateLimit.Disabled must be true or false"},
		"valid value":                {nil, []string{"Plugins.Plugins.ring.Config.Replica.RelayWait", "5s"}, nil, ""},
		"valid bool":                 {nil, []string{"Plugins.Plugins.ring.Config.Gateway.RateLimit.Disabled", "true"}, cmds.OptMap{"bool": true}, ""},
		"other key":                  {nil, []string{"Datastore.StorageMax", "20GB"}, nil, ""},
		"other plugin":               {nil, []string{"Plugins.Plugins.telemetry.Config.Mode", "off"}, nil, ""},
		"read":                       {nil, []string{"Plugins.Plugins.ring.Config"}, nil, ""},
		"bad JSON: Kubo reports it":  {nil, []string{"Plugins.Plugins.ring.Config.Replica.RelayWait", `"5s`}, cmds.OptMap{"json": true}, ""},
		"already invalid: fix":       {map[string]any{"Replica": map[string]any{"RelayWait": "-5s"}}, []string{"Plugins.Plugins.ring.Config.Replica.RelayWait", "10s"}, nil, ""},
		"already invalid: partly":    {map[string]any{"Replica": map[string]any{"RelayWait": "-5s"}, "Sync": map[string]any{"Background": "maybe"}}, []string{"Plugins.Plugins.ring.Config.Sync.Background", "off"}, nil, ""},
		"already invalid: other key": {map[string]any{"Gateway": map[string]any{"Adress": "x"}}, []string{"Datastore.StorageMax", "20GB"}, nil, ""},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			root := t.TempDir()
			file := filepath.Join(root, "config")
			plugins := map[string]any{}
			if tc.ring != nil {
				plugins["ring"] = map[string]any{"Config": tc.ring}
			}
			before, err := json.Marshal(map[string]any{"Datastore": map[string]any{}, "Plugins": map[string]any{"Plugins": plugins}})
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(file, before, 0o600); err != nil {
				t.Fatal(err)
			}
			var ran bool
			kuboCmd := &cmds.Command{Run: func(*cmds.Request, cmds.ResponseEmitter, cmds.Environment) error {
				ran = true
				return nil
			}}
			req := &cmds.Request{Arguments: tc.args, Options: tc.opts}
			err = guardConfigSet(kuboCmd).Run(req, nil, &oldcmds.Context{ConfigRoot: root})
			if tc.wantErr == "" {
				if err != nil || !ran {
					t.Fatalf("got %v, passed on: %v; want it passed on to Kubo's command", err, ran)
				}
				return
			}
			if err == nil || ran {
				t.Fatalf("got %v, passed on: %v; want it refused", err, ran)
			}
			mustContain(t, err.Error(), tc.wantErr)
			mustContain(t, err.Error(), "the config file is unchanged")
			if after, err := os.ReadFile(file); err != nil || !bytes.Equal(after, before) {
				t.Fatalf("the config file changed: %s, %v", after, err)
			}
		})
	}
}

func mustContain(t *testing.T, got, want string) {
	t.Helper()
	if !strings.Contains(got, want) {
		t.Fatalf("%q does not contain %q", got, want)
	}
}
