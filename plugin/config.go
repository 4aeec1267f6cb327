package plugin

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"net"
	"reflect"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	cmds "github.com/ipfs/go-ipfs-cmds"
	kuboconfig "github.com/ipfs/kubo/config"
	serialize "github.com/ipfs/kubo/config/serialize"
	"github.com/ipfs/kubo/core/commands/cmdenv"
	kubocommon "github.com/ipfs/kubo/repo/common"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/gateway"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/registry"
)

// Config is the plugin's configuration, read from the Kubo repo config at
// Plugins.Plugins.ring.Config. Every field is optional; DefaultConfig
// states the defaults. Example:
//
//	"Plugins": {"Plugins": {"ring": {"Config": {
//	  "Chain": {"RPC": "http://127.0.0.1:8545", "Factory": "0x…", "Relayer": "relayer"}
//	}}}}
type Config struct {
	Chain      ChainConfig      `json:"Chain"`
	Limits     LimitsConfig     `json:"Limits"`
	Gateway    gateway.Config   `json:"Gateway"`
	Replica    ReplicaConfig    `json:"Replica"`
	Sync       SyncConfig       `json:"Sync"`
	Registry   RegistryConfig   `json:"Registry"`
	Market     MarketConfig     `json:"Market"`
	Challenges ChallengesConfig `json:"Challenges"`
}

// ChallengesConfig is the node's part in storage challenges of replicas
// (docs/challenges.md): the contract, and whether the node keeps them
// going or attests. A replica node (Replica.Avatar) always answers the
// challenges it hosts.
type ChallengesConfig struct {
	// Address is the Challenges contract on an external chain (Chain.RPC).
	// Empty (the default): on the embedded chain the node deploys its own
	// beside the market; on an external chain, no challenges.
	Address string `json:"Address,omitempty"`
	// Keeper makes the node trigger due challenges (every allocated
	// bucket, once per period), activate them and resolve them past their
	// deadline, sending the transactions from the relayer. Default false.
	Keeper bool `json:"Keeper,omitempty"`
	// Attester is the avatar the node attests as: registered in the pool
	// (`ipfs ring attester register --from NAME`), it answers the
	// challenges that select it. Default "": not an attester.
	Attester string `json:"Attester,omitempty"`
	// Interval is how often the keeper and the attester look. Default "30s".
	Interval string `json:"Interval,omitempty"`
}

// MarketConfig is the replica market (docs/contracts.md, Market API): the
// contract where providers register replica nodes, managers form
// clusters and ring owners pay for buckets (`ipfs ring market`).
type MarketConfig struct {
	// Address is the Market contract on an external chain (Chain.RPC).
	// Empty (the default): on the embedded chain the node deploys its own
	// beside the factory (again when the contract's code changes); on an
	// external chain, no market and the market commands say so.
	Address string `json:"Address,omitempty"`
	// Enforce makes this node's replica serve a ring only while a bucket
	// in its cluster pays for it: ReplicateRing must name a bucket with
	// MinPrepaid of rent deposited, and a ring whose bucket stays in debt
	// for Grace is suspended (flushes refused, logs unpinned) until it is
	// paid again (docs/market.md). Default false: replicas serve for free.
	Enforce bool `json:"Enforce,omitempty"`
	// MinPrepaid is the rent a bucket's deposit must cover for a replica
	// to accept ReplicateRing with Enforce on, as a Go duration of rent.
	// Default "24h".
	MinPrepaid string `json:"MinPrepaid,omitempty"`
	// Grace is how long a bucket may stay in debt before an enforcing
	// replica stops serving its ring. Default "1h".
	Grace string `json:"Grace,omitempty"`
	// CheckInterval is how often an enforcing replica reads the buckets of
	// the rings it replicates. Default "30s".
	CheckInterval string `json:"CheckInterval,omitempty"`
}

// RegistryConfig makes the node a registry node: one that keeps the
// service registry (resources and their providers, docs/registry.md) as a
// member of the registry ring, and serves `ipfs ring registry`.
type RegistryConfig struct {
	// Ring is the registry ring: a local ring name or the 0x address of a
	// ring this node holds keys for. Empty (the default): on the embedded
	// chain, the dev registry ring, created on first start with Avatar as
	// its owner and only member; on an external chain, no registry.
	Ring string `json:"Ring,omitempty"`
	// Avatar is the keystore name of this node's secp256k1 key that is a
	// member of the registry ring; it signs this node's registry log.
	// Default "registry" (on the embedded chain, made on first start if
	// the keystore has no such key).
	Avatar string `json:"Avatar,omitempty"`
	// MaxProviders is how many providers a resource resolves to; one more
	// evicts the oldest record that is not a registry node's. Every
	// registry node of a ring must use the same value. Default 32.
	MaxProviders int `json:"MaxProviders,omitempty"`
	// AnchorInterval is how often a registry node anchors the registry on
	// chain when it changed: it registers the snapshot of the registry
	// ring's logs as the ring's output 0 (the members vote). A Go duration
	// of 1s or more; "0" or "off" disables it (the node still checks and
	// votes for other members' snapshots). Default "10m".
	AnchorInterval string `json:"AnchorInterval,omitempty"`
	// StaleAfter is how long a record lives without renewal before it is
	// stale (still returned, marked stale); a registry node renews its own
	// host records every StaleAfter/3. A Go duration of 1s or more. Every
	// registry node of a ring must use the same value: the snapshot
	// records it and a member whose value differs refuses to vote.
	// Default "1h".
	StaleAfter string `json:"StaleAfter,omitempty"`
	// ExpireAfter is how long a record or tombstone lives without renewal
	// before it is expired (dropped, and refused when it arrives). A Go
	// duration longer than StaleAfter; the same on every registry node of
	// a ring. Default "24h".
	ExpireAfter string `json:"ExpireAfter,omitempty"`
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
	// PublishPeers publishes this node's peer ID and addresses in every
	// ring where it holds a member's avatar key (Ring.setPeerInfoFor,
	// signed by the avatar, sent by the relayer when they change), so that
	// the members' nodes find and connect to each other for sync, votes and
	// head announcements: "on" (the default) or "off" (the node still
	// connects to the nodes others published).
	PublishPeers string `json:"PublishPeers,omitempty"`
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
	// ReplaceAfter is how long a transaction the relayer sent may wait to
	// be mined before it is sent again with the same nonce at a higher
	// fee (priced from the chain's fee market then, and at least 1/8
	// above the last): a Go duration, default "1m"; "0" never replaces.
	ReplaceAfter string `json:"ReplaceAfter,omitempty"`
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
			ReplaceAfter:  "1m",
		},
		Limits:     LimitsConfig{MaxBodySize: schemas.MaxBodySize},
		Gateway:    gateway.DefaultConfig(),
		Replica:    ReplicaConfig{MaxLogNodes: 10000, RelayWait: "10s", FollowInterval: "2s"},
		Sync:       SyncConfig{PollInterval: "2s", Background: "on", ReportForks: "auto", PublishPeers: "on"},
		Registry:   RegistryConfig{Avatar: "registry", MaxProviders: 32, AnchorInterval: "10m", StaleAfter: "1h", ExpireAfter: "24h"},
		Market:     MarketConfig{MinPrepaid: "24h", Grace: "1h", CheckInterval: "30s"},
		Challenges: ChallengesConfig{Interval: "30s"},
	}
}

// ConfigPath is where the plugin's config lives in the Kubo config.
const ConfigPath = "Plugins.Plugins." + Name + ".Config"

// fixConfig says how to fix an invalid config; it follows a ConfigError.
const fixConfig = "fix it with `ipfs config --json FIELD VALUE` (FIELD as named above) or `ipfs config edit`"

// ConfigError is an invalid ring plugin config. Each of Errs is about one
// field and names it by its full path in the Kubo config, such as
// Plugins.Plugins.ring.Config.Replica.RelayWait.
type ConfigError struct {
	Errs []error
}

func (e *ConfigError) Error() string {
	msgs := make([]string, len(e.Errs))
	for i, err := range e.Errs {
		msgs[i] = err.Error()
	}
	return "invalid ring plugin config: " + strings.Join(msgs, "; ")
}

// Unwrap returns Errs.
func (e *ConfigError) Unwrap() []error { return e.Errs }

// inConfig is an error of validate, whose message starts with the field's
// path under ConfigPath; it names the field by its full path.
type inConfig struct{ err error }

func (e inConfig) Error() string { return ConfigPath + "." + e.err.Error() }
func (e inConfig) Unwrap() error { return e.err }

// decodeConfig reads the plugin's part of the Kubo config (a JSON-like
// value, nil when absent) over the defaults and validates it. Its error is
// a *ConfigError listing every unknown field, then a value of the wrong
// JSON type or else every invalid value.
func decodeConfig(raw any) (Config, error) {
	cfg := DefaultConfig()
	if raw == nil {
		return cfg, nil
	}
	b, err := json.Marshal(raw)
	if err != nil {
		return Config{}, &ConfigError{Errs: []error{fmt.Errorf("%s: %w", ConfigPath, err)}}
	}
	var tree any
	if err := json.Unmarshal(b, &tree); err != nil {
		return Config{}, &ConfigError{Errs: []error{fmt.Errorf("%s: %w", ConfigPath, err)}}
	}
	errs := unknownFields(ConfigPath, tree, reflect.TypeFor[Config]())
	if err := json.Unmarshal(b, &cfg); err != nil { // skips unknown fields
		if te, ok := errors.AsType[*json.UnmarshalTypeError](err); ok {
			err = typeError(te)
		} else {
			err = fmt.Errorf("%s: %w", ConfigPath, err)
		}
		errs = append(errs, err)
	} else if err := cfg.validate(); err != nil {
		for _, e := range flatten(err) {
			errs = append(errs, inConfig{e})
		}
	}
	if len(errs) > 0 {
		return Config{}, &ConfigError{Errs: errs}
	}
	return cfg, nil
}

// unknownFields lists the object keys in tree (decoded JSON at path) that
// name no field of t, matching them as encoding/json does: by JSON name,
// exactly or else case-insensitively.
func unknownFields(path string, tree any, t reflect.Type) []error {
	switch t.Kind() {
	case reflect.Pointer:
		return unknownFields(path, tree, t.Elem())
	case reflect.Slice, reflect.Array:
		list, _ := tree.([]any) // another type: json.Unmarshal reports it
		var errs []error
		for i, v := range list {
			errs = append(errs, unknownFields(fmt.Sprintf("%s[%d]", path, i), v, t.Elem())...)
		}
		return errs
	case reflect.Struct:
		obj, ok := tree.(map[string]any)
		if !ok {
			return nil // json.Unmarshal reports the wrong type
		}
		fields := jsonFields(t)
		var errs []error
		for _, key := range slices.Sorted(maps.Keys(obj)) {
			f, ok := fieldNamed(fields, key)
			if !ok {
				names := make([]string, len(fields))
				for i, f := range fields {
					names[i] = f.name
				}
				errs = append(errs, fmt.Errorf("%s.%s is not a field of the ring plugin config; %s has %s",
					path, key, path[strings.LastIndexByte(path, '.')+1:], strings.Join(names, ", ")))
				continue
			}
			errs = append(errs, unknownFields(path+"."+key, obj[key], f.typ)...)
		}
		return errs
	}
	return nil
}

type jsonField struct {
	name string
	typ  reflect.Type
}

// jsonFields lists the fields encoding/json decodes into struct type t, in
// order, with the fields of embedded structs in line.
func jsonFields(t reflect.Type) []jsonField {
	var out []jsonField
	for f := range t.Fields() {
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct {
			out = append(out, jsonFields(f.Type)...)
			continue
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		out = append(out, jsonField{name: name, typ: f.Type})
	}
	return out
}

func fieldNamed(fields []jsonField, key string) (jsonField, bool) {
	for _, f := range fields {
		if f.name == key {
			return f, true
		}
	}
	for _, f := range fields {
		if strings.EqualFold(f.name, key) {
			return f, true
		}
	}
	return jsonField{}, false
}

// typeError names the field a JSON value of the wrong type is for.
func typeError(e *json.UnmarshalTypeError) error {
	path := ConfigPath
	if e.Field != "" {
		path += "." + e.Field
	}
	var want string
	switch e.Type.Kind() {
	case reflect.String:
		want = "a string"
	case reflect.Bool:
		want = "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		want = "a whole number"
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		want = "a whole number, 0 or more"
	case reflect.Float32, reflect.Float64:
		want = "a number"
	case reflect.Slice, reflect.Array:
		want = "a list"
	case reflect.Struct, reflect.Map:
		want = "an object"
	default:
		want = "a " + e.Type.String()
	}
	return fmt.Errorf("%s must be %s, not a JSON %s", path, want, e.Value)
}

// flatten lists the errors inside err, which errors.Join may have nested.
func flatten(err error) []error {
	j, ok := err.(interface{ Unwrap() []error })
	if !ok {
		return []error{err}
	}
	var out []error
	for _, e := range j.Unwrap() {
		out = append(out, flatten(e)...)
	}
	return out
}

// validate reports every invalid value. Each error's message starts with
// the field's path under ConfigPath (Replica.RelayWait), as do those of
// gateway.Config.Validate; decodeConfig puts ConfigPath in front.
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
	if d, err := time.ParseDuration(ch.ReplaceAfter); err != nil || d < 0 {
		errs = append(errs, fmt.Errorf("Chain.ReplaceAfter %q must be a Go duration such as \"1m\", or \"0\" to never replace", ch.ReplaceAfter))
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
	if c.Sync.PublishPeers != "on" && c.Sync.PublishPeers != "off" {
		errs = append(errs, fmt.Errorf("Sync.PublishPeers %q must be \"on\" or \"off\"", c.Sync.PublishPeers))
	}
	if c.Sync.ReportForks != "auto" && c.Sync.ReportForks != "manual" {
		errs = append(errs, fmt.Errorf("Sync.ReportForks %q must be \"auto\" or \"manual\"", c.Sync.ReportForks))
	}
	if r := c.Registry.Ring; r != "" && strings.HasPrefix(r, "0x") && (!common.IsHexAddress(r) || len(r) != 42) {
		errs = append(errs, fmt.Errorf("Registry.Ring %q must be a local ring name or a 20-byte 0x address", r))
	}
	if c.Registry.Avatar == "" {
		errs = append(errs, errors.New("Registry.Avatar must name a secp256k1 keystore key"))
	}
	if c.Registry.MaxProviders < 1 || c.Registry.MaxProviders > maxRegistryProviders {
		errs = append(errs, fmt.Errorf("Registry.MaxProviders must be between 1 and %d", maxRegistryProviders))
	}
	if a := c.Registry.AnchorInterval; a != "off" && a != "0" {
		if d, err := time.ParseDuration(a); err != nil || d < time.Second {
			errs = append(errs, fmt.Errorf("Registry.AnchorInterval %q must be a Go duration of 1s or more such as \"10m\", or \"off\"", a))
		}
	}
	stale, err := time.ParseDuration(c.Registry.StaleAfter)
	if err != nil || stale < time.Second {
		errs = append(errs, fmt.Errorf("Registry.StaleAfter %q must be a Go duration of 1s or more such as \"1h\"", c.Registry.StaleAfter))
	}
	if expire, err2 := time.ParseDuration(c.Registry.ExpireAfter); err2 != nil || expire <= 0 {
		errs = append(errs, fmt.Errorf("Registry.ExpireAfter %q must be a positive Go duration such as \"24h\"", c.Registry.ExpireAfter))
	} else if err == nil && expire <= stale {
		errs = append(errs, fmt.Errorf("Registry.ExpireAfter %q must be longer than Registry.StaleAfter %q", c.Registry.ExpireAfter, c.Registry.StaleAfter))
	}
	mk := c.Market
	if a := mk.Address; a != "" && (!common.IsHexAddress(a) || len(a) != 42 || !strings.HasPrefix(a, "0x")) {
		errs = append(errs, fmt.Errorf("Market.Address %q must be the 20-byte 0x address of the Market contract", a))
	}
	if mk.Enforce && ch.RPC != "" && mk.Address == "" {
		errs = append(errs, errors.New("Market.Enforce needs Market.Address on an external chain (Chain.RPC)"))
	}
	if d, err := time.ParseDuration(mk.MinPrepaid); err != nil || d < 0 {
		errs = append(errs, fmt.Errorf("Market.MinPrepaid %q must be a Go duration of rent, 0s or more, such as \"24h\"", mk.MinPrepaid))
	}
	if d, err := time.ParseDuration(mk.Grace); err != nil || d < 0 {
		errs = append(errs, fmt.Errorf("Market.Grace %q must be a Go duration, 0s or more, such as \"1h\"", mk.Grace))
	}
	if d, err := time.ParseDuration(mk.CheckInterval); err != nil || d <= 0 {
		errs = append(errs, fmt.Errorf("Market.CheckInterval %q must be a Go duration above zero, such as \"30s\"", mk.CheckInterval))
	}
	chc := c.Challenges
	if a := chc.Address; a != "" && (!common.IsHexAddress(a) || !strings.HasPrefix(a, "0x")) {
		errs = append(errs, fmt.Errorf("Challenges.Address %q must be the 20-byte 0x address of the Challenges contract", a))
	}
	if (chc.Keeper || chc.Attester != "") && ch.RPC != "" && chc.Address == "" {
		errs = append(errs, errors.New("Challenges.Keeper and Challenges.Attester need Challenges.Address on an external chain (Chain.RPC)"))
	}
	if d, err := time.ParseDuration(chc.Interval); err != nil || d <= 0 {
		errs = append(errs, fmt.Errorf("Challenges.Interval %q must be a Go duration above zero, such as \"30s\"", chc.Interval))
	}
	return errors.Join(errs...)
}

// maxRegistryProviders bounds Registry.MaxProviders: a snapshot entry
// holds at most this many providers.
const maxRegistryProviders = schemas.MaxSnapshotProviders

// registryRules are the registry rules of the config.
func (c *Config) registryRules() registry.Rules {
	r := registry.DefaultRules()
	r.MaxProviders = c.Registry.MaxProviders
	r.Retain = 4 * r.MaxProviders
	r.StaleAfter = mustDuration(c.Registry.StaleAfter)
	r.ExpireAfter = mustDuration(c.Registry.ExpireAfter)
	return r
}

// anchorInterval is Registry.AnchorInterval, 0 when off.
func (c *Config) anchorInterval() time.Duration {
	if a := c.Registry.AnchorInterval; a == "off" || a == "0" {
		return 0
	}
	return mustDuration(c.Registry.AnchorInterval)
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

func (c *Config) replaceAfter() time.Duration {
	d, _ := time.ParseDuration(c.Chain.ReplaceAfter)
	return d
}

func (c *Config) flushDeadline() time.Duration {
	d, _ := time.ParseDuration(c.Chain.FlushDeadline)
	return d
}

// guardConfigSet returns a copy of Kubo's `ipfs config` command that
// refuses `ipfs config KEY VALUE` when the value would make a valid ring
// plugin config invalid; the config file is then left as it was. Kubo has
// no hook for a plugin to check its config as it is set, so the plugin
// wraps the command. A ring config that is already invalid (edited by
// hand) takes any value, so that it can be fixed one field at a time.
func guardConfigSet(config *cmds.Command) *cmds.Command {
	guarded := *config
	guarded.Run = func(req *cmds.Request, res cmds.ResponseEmitter, env cmds.Environment) error {
		if err := checkConfigSet(req, env); err != nil {
			return err
		}
		return config.Run(req, res, env)
	}
	return &guarded
}

// checkConfigSet refuses `ipfs config KEY VALUE` when setting KEY as Kubo
// would turns a valid ring plugin config invalid. Whatever it cannot read
// it leaves to Kubo's command, which reports it.
func checkConfigSet(req *cmds.Request, env cmds.Environment) error {
	if len(req.Arguments) != 2 || !touchesRingConfig(req.Arguments[0]) {
		return nil
	}
	key, value := req.Arguments[0], any(req.Arguments[1])
	if asJSON, _ := req.Options["json"].(bool); asJSON {
		if err := json.Unmarshal([]byte(req.Arguments[1]), &value); err != nil {
			return nil
		}
	} else if asBool, _ := req.Options["bool"].(bool); asBool {
		value = req.Arguments[1] == "true"
	}
	root, err := cmdenv.GetConfigRoot(env)
	if err != nil {
		return nil
	}
	file, err := kuboconfig.Filename(root, "")
	if err != nil {
		return nil
	}
	var cfg map[string]any
	if err := serialize.ReadConfigFile(file, &cfg); err != nil {
		return nil
	}
	if _, err := decodeConfig(ringConfig(cfg)); err != nil {
		return nil // already invalid: let any change through
	}
	if err := kubocommon.MapSetKV(cfg, key, value); err != nil {
		return nil
	}
	if _, err := decodeConfig(ringConfig(cfg)); err != nil {
		return fmt.Errorf("%s is not set, the config file is unchanged: %w", key, err)
	}
	return nil
}

// touchesRingConfig reports whether setting key (case-sensitive, as Kubo
// sets it) can change the ring plugin config: key is ConfigPath, a part of
// it, or inside it.
func touchesRingConfig(key string) bool {
	return strings.HasPrefix(ConfigPath+".", key+".") || strings.HasPrefix(key, ConfigPath+".")
}

// ringConfig is the ring plugin's part of a Kubo config file read as a
// map, nil when it has none, as Kubo's plugin loader passes it to Init.
func ringConfig(cfg map[string]any) any {
	v, err := kubocommon.MapGetKV(cfg, ConfigPath)
	if err != nil {
		return nil
	}
	return v
}
