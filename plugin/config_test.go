package plugin

import (
	"strings"
	"testing"
	"time"
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

	for name, tc := range map[string]struct {
		raw  map[string]any
		want string
	}{
		"unknown field":          {map[string]any{"Chian": map[string]any{}}, "unknown field"},
		"RPC without factory":    {map[string]any{"Chain": map[string]any{"RPC": "http://x", "Relayer": "r"}}, "Chain.Factory"},
		"RPC without relayer":    {map[string]any{"Chain": map[string]any{"RPC": "http://x", "Factory": "0x00000000000000000000000000000000000000f1"}}, "Chain.Relayer"},
		"public embedded RPC":    {map[string]any{"Chain": map[string]any{"EmbeddedRPC": "0.0.0.0:8545"}}, "loopback"},
		"embedded RPC and RPC":   {map[string]any{"Chain": map[string]any{"RPC": "http://x", "Factory": "0x00000000000000000000000000000000000000f1", "Relayer": "r", "EmbeddedRPC": "127.0.0.1:1"}}, "only applies to the embedded chain"},
		"bad deadline":           {map[string]any{"Chain": map[string]any{"FlushDeadline": "soon"}}, "Chain.FlushDeadline"},
		"body limit too big":     {map[string]any{"Limits": map[string]any{"MaxBodySize": 2 << 20}}, "Limits.MaxBodySize"},
		"wrong type":             {map[string]any{"Limits": map[string]any{"MaxBodySize": "big"}}, "cannot unmarshal"},
		"bad gateway address":    {map[string]any{"Gateway": map[string]any{"Address": "nowhere"}}, "Gateway.Address"},
		"negative relay wait":    {map[string]any{"Replica": map[string]any{"RelayWait": "-1s"}}, "Replica.RelayWait"},
		"zero follow interval":   {map[string]any{"Replica": map[string]any{"FollowInterval": "0s"}}, "Replica.FollowInterval"},
		"too many confirmations": {map[string]any{"Sync": map[string]any{"Confirmations": 5000}}, "Sync.Confirmations"},
		"zero poll interval":     {map[string]any{"Sync": map[string]any{"PollInterval": "0s"}}, "Sync.PollInterval"},
		"background maybe":       {map[string]any{"Sync": map[string]any{"Background": "maybe"}}, "Sync.Background"},
		"report forks never":     {map[string]any{"Sync": map[string]any{"ReportForks": "never"}}, "Sync.ReportForks"},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := decodeConfig(tc.raw)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want an error mentioning %q", err, tc.want)
			}
		})
	}
}
