// Package client calls a replica's `/ring/` gateway over JSON-RPC 2.0:
// FlushToRing, ReplicateRing, UnreplicateRing and FlushStatus. The `ipfs
// ring flush --via`, `ipfs ring replicate --via` and `ipfs ring
// unreplicate --via` commands use it; so can any Go program. It also calls
// a registry node's registry methods (CreateResource, RegisterProvider,
// UnregisterProvider, ResolveProviders, GetResource; docs/registry.md),
// as plugin/registryclient does for nodes that are not registry nodes.
package client

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/mosaic-rings/rings/gateway"
)

// Error is a JSON-RPC error returned by the replica.
type Error struct {
	Code    int             `json:"code"`
	Message string          `json:"message"`
	Data    json.RawMessage `json:"data,omitempty"`
}

func (e *Error) Error() string {
	var d struct {
		Check string `json:"check"`
	}
	if json.Unmarshal(e.Data, &d) == nil && d.Check != "" {
		return fmt.Sprintf("replica refused (%d, check %s): %s", e.Code, d.Check, e.Message)
	}
	return fmt.Sprintf("replica refused (%d): %s", e.Code, e.Message)
}

// Client talks to one replica gateway.
type Client struct {
	endpoint string
	http     *http.Client
	id       atomic.Int64
}

// New returns a client of the gateway at base, e.g. "http://127.0.0.1:8090".
func New(base string) (*Client, error) {
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("client: %q is not an http(s) URL of a ring gateway", base)
	}
	return &Client{
		endpoint: strings.TrimRight(u.String(), "/") + "/ring/rpc",
		http:     &http.Client{Timeout: 5 * time.Minute},
	}, nil
}

// FlushToRing sends a member's flush to the replica.
func (c *Client) FlushToRing(ctx context.Context, p *gateway.FlushToRingParams) (*gateway.FlushStatus, error) {
	var out gateway.FlushStatus
	return &out, c.call(ctx, "FlushToRing", p, &out)
}

// ReplicateRing asks the replica to replicate a ring.
func (c *Client) ReplicateRing(ctx context.Context, p *gateway.ReplicateRingParams) (*gateway.ReplicateStatus, error) {
	var out gateway.ReplicateStatus
	return &out, c.call(ctx, "ReplicateRing", p, &out)
}

// FlushStatus asks the replica for a flush's status.
func (c *Client) FlushStatus(ctx context.Context, id string) (*gateway.FlushStatus, error) {
	var out gateway.FlushStatus
	return &out, c.call(ctx, "FlushStatus", map[string]string{"id": id}, &out)
}

func (c *Client) call(ctx context.Context, method string, params, result any) error {
	body, err := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": c.id.Add(1), "method": method, "params": params})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.endpoint, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return fmt.Errorf("client: %s: %w", method, err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 16<<20))
	if err != nil {
		return fmt.Errorf("client: %s: %w", method, err)
	}
	var rpc struct {
		Result json.RawMessage `json:"result"`
		Error  *Error          `json:"error"`
	}
	if err := json.Unmarshal(raw, &rpc); err != nil {
		return fmt.Errorf("client: %s: %s: not a JSON-RPC response: %q", method, resp.Status, truncate(raw))
	}
	if rpc.Error != nil {
		return rpc.Error
	}
	if len(rpc.Result) == 0 {
		return errors.New("client: " + method + ": the response has neither result nor error")
	}
	return json.Unmarshal(rpc.Result, result)
}

func truncate(b []byte) string {
	if len(b) > 200 {
		return string(b[:200]) + "…"
	}
	return string(b)
}

// UnreplicateRing asks the replica to stop replicating a ring.
func (c *Client) UnreplicateRing(ctx context.Context, p *gateway.UnreplicateRingParams) (*gateway.ReplicateStatus, error) {
	var out gateway.ReplicateStatus
	return &out, c.call(ctx, "UnreplicateRing", p, &out)
}

// CreateResource hands an owner's signed resource to a registry node.
func (c *Client) CreateResource(ctx context.Context, p *gateway.ResourceParams) (*gateway.RegistryResource, error) {
	var out gateway.RegistryResource
	return &out, c.call(ctx, "CreateResource", p, &out)
}

// RegisterProvider hands an issuer's signed provider record to a registry
// node.
func (c *Client) RegisterProvider(ctx context.Context, p *gateway.ProviderRecordParams) (*gateway.Registration, error) {
	var out gateway.Registration
	return &out, c.call(ctx, "RegisterProvider", p, &out)
}

// UnregisterProvider hands an issuer's signed tombstone to a registry node.
func (c *Client) UnregisterProvider(ctx context.Context, p *gateway.TombstoneParams) (*gateway.Registration, error) {
	var out gateway.Registration
	return &out, c.call(ctx, "UnregisterProvider", p, &out)
}

// ResolveProviders asks a registry node for a resource and its providers
// now. Every record carries its issuer's signature: verify it.
func (c *Client) ResolveProviders(ctx context.Context, q *gateway.ResourceQuery) (*gateway.Resolved, error) {
	var out gateway.Resolved
	return &out, c.call(ctx, "ResolveProviders", q, &out)
}

// GetResource asks a registry node for a resource.
func (c *Client) GetResource(ctx context.Context, q *gateway.ResourceQuery) (*gateway.RegistryResource, error) {
	var out gateway.RegistryResource
	return &out, c.call(ctx, "GetResource", q, &out)
}

// NodeInfo asks for the peer ID and libp2p addresses of the node behind
// the gateway.
func (c *Client) NodeInfo(ctx context.Context) (*gateway.NodeInfo, error) {
	var out gateway.NodeInfo
	return &out, c.call(ctx, "NodeInfo", map[string]any{}, &out)
}

// Endpoint is the URL the client posts JSON-RPC calls to.
func (c *Client) Endpoint() string { return c.endpoint }

// MarketBucket asks for a bucket's status in the replica market.
func (c *Client) MarketBucket(ctx context.Context, id uint64) (*gateway.MarketBucket, error) {
	var out gateway.MarketBucket
	return &out, c.call(ctx, "MarketBucket", map[string]string{"bucket": strconv.FormatUint(id, 10)}, &out)
}

// MarketCluster asks for a cluster's status in the replica market.
func (c *Client) MarketCluster(ctx context.Context, id uint32) (*gateway.MarketCluster, error) {
	var out gateway.MarketCluster
	return &out, c.call(ctx, "MarketCluster", map[string]string{"cluster": strconv.FormatUint(uint64(id), 10)}, &out)
}
