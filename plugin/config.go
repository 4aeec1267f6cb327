package plugin

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/gateway"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// Config is the plugin's configuration, read from the Kubo repo config at
// Plugins.Plugins.ring.Config. Every field is optional; DefaultConfig
// states the defaults. Example:
//
//	"Plugins": {"Plugins": {"ring": {"Config": {
//	  "Chain": {"RPC": "http://127.0.0.1:8545", "Factory": "0x…", "Relayer": "relayer"}
//	}}}}
type Config struct {
	Chain   ChainConfig    `json:"Chain"`
	Limits  LimitsConfig   `json:"Limits"`
	Gateway gateway.Config `json:"Gateway"`
	Replica ReplicaConfig  `json:"Replica"`
	Sync    SyncConfig     `json:"Sync"`
}

// SyncConfig is how the node follows rings on chain and keeps their logs.
type SyncConfig struct {
	// Confirmations is how many blocks must be on top of a head's block
	// before the node counts the head as final and syncs to it. Default 0,
	// right for the embedded chain; a public chain wants more (e.g. 12).
	Confirmations uint64 `json:"Confirmations,omitempty"`
	// PollInterval is how often the chain is asked for new blocks and the
	// followed rings' events when its RPC cannot push them (HTTP); over a
	// websocket, IPC or the embedded chain, events are pushed. Default "2s".
	PollInterval string `json:"PollInterval,omitempty"`
	// Background syncs the rings this node holds keys for (as a member or
	// a replica) whenever their heads move on chain: "on" (the default)
	// or "off", which leaves it to `ipfs ring sync`.
	Background string `json:"Background,omitempty"`
	// ReportForks is what the node does with a fork it catches: "auto" (the
	// default) sends reportFork from the relayer at once; "manual" leaves
	// it to `ipfs ring forks --report`.
	ReportForks string `json:"ReportForks,omitempty"`
}

// ReplicaConfig makes the node a replica: it accepts members' flushes
// (FlushToRing) and replication requests (ReplicateRing) on its gateway.
type ReplicaConfig struct {
	// Avatar is the keystore name of this node's secp256k1 key that is a
	// member of the replica rings it serves; it writes the replica's status
	// messages. Empty (the default): the node is not a replica; its
	// gateway still serves the read routes and /ipfs/.
	Avatar string `json:"Avatar,omitempty"`
	// MaxLogNodes bounds the log nodes of one flush. Default 10000.
	MaxLogNodes int `json:"MaxLogNodes,omitempty"`
	// RelayWait is how long FlushToRing waits for the relay before
	// answering "received". Default "10s"; "0s" answers at once.
	RelayWait string `json:"RelayWait,omitempty"`
	// FollowInterval is how often replicated rings' heads are read from the
	// chain. Default "2s".
	FollowInterval string `json:"FollowInterval,omitempty"`
}

// ChainConfig says which EVM chain holds the ring contracts.
type ChainConfig struct {
	// RPC is the JSON-RPC URL of an external EVM node (http, https, ws, wss
	// or an IPC path). Empty (the default) runs the embedded dev chain
	// inside the daemon, under <repo>/ring/chain.
	RPC string `json:"RPC,omitempty"`
	// Factory is the RingFactory address on the external chain. Required
	// with RPC; ignored for the embedded chain, which deploys its own
	// factory on first start.
	Factory string `json:"Factory,omitempty"`
	// Relayer is the name of a secp256k1 key in the Kubo keystore whose
	// account pays gas on the external chain. Required with RPC. The
	// embedded chain uses its funded dev account.
	Relayer string `json:"Relayer,omitempty"`
	// ChainID of the embedded chain; 0 (the default) means 1337. With RPC,
	// a non-zero value must match the chain id the node serves.
	ChainID uint64 `json:"ChainID,omitempty"`
	// EmbeddedRPC, when set, serves the embedded chain's JSON-RPC over HTTP
	// on this loopback host:port (e.g. "127.0.0.1:8545"), so that other
	// local daemons and tools can share the chain. Default: off.
	EmbeddedRPC string `json:"EmbeddedRPC,omitempty"`
	// FlushDeadline is how long a signed flush or membership change stays
	// valid on chain, as a Go duration. Default "1h".
	FlushDeadline string `json:"FlushDeadline,omitempty"`
}

// LimitsConfig bounds what the node accepts.
type LimitsConfig struct {
	// MaxBodySize is the largest sealed message body, in bytes. Default and
	// maximum 1048576 (1 MiB).
	MaxBodySize int `json:"MaxBodySize,omitempty"`
}

// DefaultConfig is the configuration with every default filled in.
func DefaultConfig() Config {
	return Config{
		Chain: ChainConfig{
			FlushDeadline: "1h",
		},
		Limits:  LimitsConfig{MaxBodySize: schemas.MaxBodySize},
		Gateway: gateway.DefaultConfig(),
		Replica: ReplicaConfig{MaxLogNodes: 10000, RelayWait: "10s", FollowInterval: "2s"},
		Sync:    SyncConfig{PollInterval: "2s", Background: "on", ReportForks: "auto"},
	}
}

// decodeConfig reads the plugin's part of the Kubo config (a JSON-like
// value) over the defaults, rejecting unknown fields, and validates it.
func decodeConfig(raw any) (Config, error) {
	cfg := DefaultConfig()
	if raw != nil {
		b, err := json.Marshal(raw)
		if err != nil {
			return Config{}, fmt.Errorf("ring plugin config: %w", err)
		}
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&cfg); err != nil {
			return Config{}, fmt.Errorf("ring plugin config (Plugins.Plugins.ring.Config): %w", err)
		}
	}
	if err := cfg.validate(); err != nil {
		return Config{}, fmt.Errorf("ring plugin config (Plugins.Plugins.ring.Config): %w", err)
	}
	return cfg, nil
}

func (c *Config) validate() error {
	var errs []error
	ch := c.Chain
	if ch.RPC != "" {
		if ch.Factory == "" || !common.IsHexAddress(ch.Factory) {
			errs = append(errs, errors.New("Chain.Factory must be the 0x address of the RingFactory when Chain.RPC is set"))
		}
		if ch.Relayer == "" {
			errs = append(errs, errors.New("Chain.Relayer must name a secp256k1 keystore key that pays gas when Chain.RPC is set"))
		}
		if ch.EmbeddedRPC != "" {
			errs = append(errs, errors.New("Chain.EmbeddedRPC only applies to the embedded chain; remove it or Chain.RPC"))
		}
	}
	if ch.EmbeddedRPC != "" {
		host, _, err := net.SplitHostPort(ch.EmbeddedRPC)
		if ip := net.ParseIP(host); err != nil || (host != "localhost" && (ip == nil || !ip.IsLoopback())) {
			errs = append(errs, fmt.Errorf("Chain.EmbeddedRPC %q must be a loopback host:port such as 127.0.0.1:8545", ch.EmbeddedRPC))
		}
	}
	if d, err := time.ParseDuration(ch.FlushDeadline); err != nil || d <= 0 {
		errs = append(errs, fmt.Errorf("Chain.FlushDeadline %q must be a positive Go duration such as \"1h\"", ch.FlushDeadline))
	}
	if c.Limits.MaxBodySize <= 0 || c.Limits.MaxBodySize > schemas.MaxBodySize {
		errs = append(errs, fmt.Errorf("Limits.MaxBodySize must be between 1 and %d", schemas.MaxBodySize))
	}
	if err := c.Gateway.Validate(); err != nil {
		errs = append(errs, err) // its messages name their Gateway.… paths
	}
	if c.Replica.MaxLogNodes <= 0 {
		errs = append(errs, errors.New("Replica.MaxLogNodes must be positive"))
	}
	if d, err := time.ParseDuration(c.Replica.RelayWait); err != nil || d < 0 {
		errs = append(errs, fmt.Errorf("Replica.RelayWait %q must be a Go duration, 0s or more", c.Replica.RelayWait))
	}
	if d, err := time.ParseDuration(c.Replica.FollowInterval); err != nil || d <= 0 {
		errs = append(errs, fmt.Errorf("Replica.FollowInterval %q must be a positive Go duration", c.Replica.FollowInterval))
	}
	if c.Sync.Confirmations > chain.MaxConfirmations {
		errs = append(errs, fmt.Errorf("Sync.Confirmations must be at most %d", chain.MaxConfirmations))
	}
	if d, err := time.ParseDuration(c.Sync.PollInterval); err != nil || d <= 0 {
		errs = append(errs, fmt.Errorf("Sync.PollInterval %q must be a positive Go duration such as \"2s\"", c.Sync.PollInterval))
	}
	if c.Sync.Background != "on" && c.Sync.Background != "off" {
		errs = append(errs, fmt.Errorf("Sync.Background %q must be \"on\" or \"off\"", c.Sync.Background))
	}
	if c.Sync.ReportForks != "auto" && c.Sync.ReportForks != "manual" {
		errs = append(errs, fmt.Errorf("Sync.ReportForks %q must be \"auto\" or \"manual\"", c.Sync.ReportForks))
	}
	return errors.Join(errs...)
}

// DefaultEmbeddedChainID is the embedded chain's id when Chain.ChainID is 0.
const DefaultEmbeddedChainID = 1337

func (c *Config) embeddedChainID() uint64 {
	if c.Chain.ChainID == 0 {
		return DefaultEmbeddedChainID
	}
	return c.Chain.ChainID
}

func mustDuration(s string) time.Duration {
	d, _ := time.ParseDuration(s)
	return d
}

// relayWait maps the config's "0s" (answer at once) to the replica's
// negative wait.
func (c *Config) relayWait() time.Duration {
	if d := mustDuration(c.Replica.RelayWait); d > 0 {
		return d
	}
	return -1
}

func (c *Config) flushDeadline() time.Duration {
	d, _ := time.ParseDuration(c.Chain.FlushDeadline)
	return d
}
