package gateway

import (
	"context"
	"encoding/json"
	"net/http"
	"strconv"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
)

// Registry is what the gateway needs of a registry node (docs/registry.md)
// for the registry's JSON-RPC methods and GET /ring/registry/{resource}.
// Package plugin implements it over the registry service of a registry
// node and gives it with WithRegistry; without it the methods answer
// CodeNoRegistry.
//
// The params are the signed objects as JSON, shapes already checked by the
// gateway; the Registry converts them, verifies the signatures and applies
// its rules, returning Coded errors (CodeRegistryRefused, CodeNotFound,
// CodeInvalidParams for a field the registry's limits refuse).
type Registry interface {
	// CreateResource accepts an owner's signed resource.
	CreateResource(ctx context.Context, p *ResourceParams) (*RegistryResource, error)
	// RegisterProvider accepts an issuer's signed provider record.
	RegisterProvider(ctx context.Context, p *ProviderRecordParams) (*Registration, error)
	// UnregisterProvider accepts an issuer's signed tombstone.
	UnregisterProvider(ctx context.Context, p *TombstoneParams) (*Registration, error)
	// ResolveProviders returns a resource and its providers now.
	ResolveProviders(ctx context.Context, q *ResourceQuery) (*Resolved, error)
	// GetResource returns a resource.
	GetResource(ctx context.Context, q *ResourceQuery) (*RegistryResource, error)
}

// WithRegistry serves the registry's methods and route over r. Without it
// they answer CodeNoRegistry.
func WithRegistry(r Registry) Option { return func(s *Server) { s.registry = r } }

// ResourceParams is a signed resource (ipld-schemas' Resource) as JSON, the
// params of CreateResource. chain and created (unix milliseconds) are
// decimal strings or JSON numbers, owner an 0x address, sig the owner's
// 65-byte EIP-712 signature in 0x hex.
type ResourceParams struct {
	Chain   json.Number `json:"chain"`
	Label   string      `json:"label"`
	Owner   string      `json:"owner"`
	Created json.Number `json:"created"`
	Sig     string      `json:"sig"`
}

// ProviderRecordParams is a signed provider record as JSON, the params of
// RegisterProvider. peer and relays are PeerID strings, resource a 0x
// bytes32 id, issuer an 0x address.
type ProviderRecordParams struct {
	Chain    json.Number `json:"chain"`
	Resource string      `json:"resource"`
	Value    string      `json:"value"`
	Peer     string      `json:"peer"`
	Relays   []string    `json:"relays"`
	Services []string    `json:"services"`
	Issuer   string      `json:"issuer"`
	Created  json.Number `json:"created"`
	Sig      string      `json:"sig"`
}

// TombstoneParams is a signed tombstone as JSON, the params of
// UnregisterProvider.
type TombstoneParams struct {
	Chain    json.Number `json:"chain"`
	Resource string      `json:"resource"`
	Peer     string      `json:"peer"`
	Issuer   string      `json:"issuer"`
	Created  json.Number `json:"created"`
	Sig      string      `json:"sig"`
}

// ResourceQuery names a resource: by Resource (0x id), or by Label and
// Owner. The params of ResolveProviders and GetResource.
type ResourceQuery struct {
	Resource string `json:"resource,omitempty"`
	Label    string `json:"label,omitempty"`
	Owner    string `json:"owner,omitempty"`
}

// RegistryResource is a resource as `ipfs ring registry ... --enc=json`
// shows it, with the owner's signature.
type RegistryResource struct {
	ID        string    `json:"id"`
	Chain     uint64    `json:"chain"`
	Label     string    `json:"label"`
	Owner     string    `json:"owner"`
	Created   time.Time `json:"created"` // millisecond-exact
	Providers int       `json:"providers"`
	Sig       string    `json:"sig"`
}

// RegistryProvider is one provider record, with its issuer's signature so
// that a client can verify it alone.
type RegistryProvider struct {
	Value    string    `json:"value"`
	Peer     string    `json:"peer"`
	Relays   []string  `json:"relays,omitempty"`
	Services []string  `json:"services,omitempty"`
	Issuer   string    `json:"issuer"`
	Created  time.Time `json:"created"` // millisecond-exact
	Stale    bool      `json:"stale,omitempty"`
	Host     bool      `json:"host,omitempty"`
	Sig      string    `json:"sig"`
}

// Resolved is the result of ResolveProviders: providers newest first,
// registry nodes' own records first.
type Resolved struct {
	Resource  RegistryResource   `json:"resource"`
	Providers []RegistryProvider `json:"providers"`
}

// Registration is the result of RegisterProvider and UnregisterProvider.
type Registration struct {
	Resource string    `json:"resource"`
	Peer     string    `json:"peer"`
	Issuer   string    `json:"issuer"`
	Created  time.Time `json:"created"`
	Removed  bool      `json:"removed,omitempty"`
	// Unchanged is true when the registry already held the operation.
	Unchanged bool `json:"unchanged,omitempty"`
}

// errNoRegistry answers the registry's methods on a gateway without one.
var errNoRegistry = newError(CodeNoRegistry, "registry", "this node is not a registry node: the registry methods are served by the gateway of a registry node (see docs/registry.md)")

// registryMethods are the registry's JSON-RPC methods (merged into
// rpcMethods).
var registryMethods = map[string]func(ctx context.Context, s *Server, params json.RawMessage) (any, error){
	"CreateResource":     registryMethod(decodeResource, Registry.CreateResource),
	"RegisterProvider":   registryMethod(decodeProviderRecord, Registry.RegisterProvider),
	"UnregisterProvider": registryMethod(decodeTombstone, Registry.UnregisterProvider),
	"ResolveProviders":   registryMethod(decodeResourceQuery, Registry.ResolveProviders),
	"GetResource":        registryMethod(decodeResourceQuery, Registry.GetResource),
}

// registryMethod decodes a method's params, then calls the registry. A
// gateway without one answers errNoRegistry, once the params are
// well-formed.
func registryMethod[P, R any](decode func(json.RawMessage, limits) (P, *Error), call func(Registry, context.Context, P) (R, error)) func(context.Context, *Server, json.RawMessage) (any, error) {
	return func(ctx context.Context, s *Server, raw json.RawMessage) (any, error) {
		p, e := decode(raw, s.lim)
		if e != nil {
			return nil, e
		}
		if s.registry == nil {
			return nil, errNoRegistry
		}
		return call(s.registry, ctx, p)
	}
}

func init() {
	for name, m := range registryMethods {
		rpcMethods[name] = m
	}
}

// serveRegistry is GET /ring/registry/{resource}: ResolveProviders of a 0x
// id, or of a label with ?owner=.
func (s *Server) serveRegistry(w http.ResponseWriter, r *http.Request) {
	q := &ResourceQuery{}
	v, owner := r.PathValue("resource"), r.URL.Query().Get("owner")
	switch {
	case owner != "":
		q.Label, q.Owner = v, owner
		if !isHex(owner, 20) {
			s.writeError(w, r, invalidParams("owner", "must be an address (0x and 40 hex digits)"))
			return
		}
		if len(v) > maxLabelBytes {
			s.writeError(w, r, invalidParams("resource", "a label is at most %d bytes", maxLabelBytes))
			return
		}
	case isHex(v, 32):
		q.Resource = v
	default:
		s.writeError(w, r, invalidParams("resource", "must be a resource id (0x and 64 hex digits), or a label with ?owner=0x…"))
		return
	}
	if s.registry == nil {
		s.writeError(w, r, errNoRegistry)
		return
	}
	res, err := s.registry.ResolveProviders(r.Context(), q)
	if err != nil {
		s.writeError(w, r, rpcError(err))
		return
	}
	s.writeJSON(w, r, http.StatusOK, res)
}

// Shape bounds of the registry's params; the registry applies its own,
// smaller limits (ipld-schemas' MaxLabelSize and the rest) after.
const (
	maxLabelBytes   = 1 << 10
	maxValueBytes   = 8 << 10
	maxListItems    = 64
	maxServiceBytes = 1 << 10
)

// str reads a string member; a missing one fails when required, else is "".
func (p *params) str(o obj, name string, required bool, max int) string {
	v := p.value(o, name, required)
	if v == nil {
		return ""
	}
	s, ok := jsonString(v)
	switch {
	case !ok:
		p.fail(invalidParams(o.path+name, "must be a string"))
	case len(s) > max:
		p.fail(invalidParams(o.path+name, "must be at most %d bytes", max))
	default:
		return s
	}
	return ""
}

// peerID reads a required PeerID string.
func (p *params) peerID(o obj, name string) string {
	s := p.str(o, name, true, 128)
	if p.err != nil {
		return ""
	}
	if _, err := peer.Decode(s); err != nil {
		p.fail(invalidParams(o.path+name, "must be a libp2p PeerID (12D3Koo… or Qm…)"))
		return ""
	}
	return s
}

// strs reads an optional array of strings; each is checked by item.
func (p *params) strs(o obj, name string, item func(check, s string) bool) []string {
	v := p.value(o, name, false)
	if v == nil {
		return nil
	}
	var items []json.RawMessage
	if v[0] != '[' || json.Unmarshal(v, &items) != nil {
		p.fail(invalidParams(o.path+name, "must be an array of strings"))
		return nil
	}
	if len(items) > maxListItems {
		p.fail(invalidParams(o.path+name, "at most %d items", maxListItems))
		return nil
	}
	out := make([]string, len(items))
	for i, it := range items {
		check := o.path + name + "[" + strconv.Itoa(i) + "]"
		s, ok := jsonString(it)
		if !ok {
			p.fail(invalidParams(check, "must be a string"))
			return nil
		}
		if !item(check, s) {
			return nil
		}
		out[i] = s
	}
	return out
}

const sigWhat = "a 65-byte signature (0x and 130 hex digits)"

func decodeResource(raw json.RawMessage, lim limits) (*ResourceParams, *Error) {
	p := &params{lim: lim}
	o := p.top(raw, "chain", "label", "owner", "created", "sig")
	var r ResourceParams
	r.Chain = p.number(o, "chain", 63, true)
	r.Label = p.str(o, "label", true, maxLabelBytes)
	r.Owner = p.address(o, "owner")
	r.Created = p.number(o, "created", 63, true)
	r.Sig = p.hex(o, "sig", 65, sigWhat)
	if p.err != nil {
		return nil, p.err
	}
	return &r, nil
}

func decodeProviderRecord(raw json.RawMessage, lim limits) (*ProviderRecordParams, *Error) {
	p := &params{lim: lim}
	o := p.top(raw, "chain", "resource", "value", "peer", "relays", "services", "issuer", "created", "sig")
	var r ProviderRecordParams
	r.Chain = p.number(o, "chain", 63, true)
	r.Resource = p.hex(o, "resource", 32, "a resource id (0x and 64 hex digits)")
	r.Value = p.str(o, "value", false, maxValueBytes)
	r.Peer = p.peerID(o, "peer")
	r.Relays = p.strs(o, "relays", func(check, s string) bool {
		if _, err := peer.Decode(s); err != nil {
			p.fail(invalidParams(check, "must be a libp2p PeerID (12D3Koo… or Qm…)"))
			return false
		}
		return true
	})
	r.Services = p.strs(o, "services", func(check, s string) bool {
		if len(s) > maxServiceBytes {
			p.fail(invalidParams(check, "must be at most %d bytes", maxServiceBytes))
			return false
		}
		return true
	})
	r.Issuer = p.address(o, "issuer")
	r.Created = p.number(o, "created", 63, true)
	r.Sig = p.hex(o, "sig", 65, sigWhat)
	if p.err != nil {
		return nil, p.err
	}
	return &r, nil
}

func decodeTombstone(raw json.RawMessage, lim limits) (*TombstoneParams, *Error) {
	p := &params{lim: lim}
	o := p.top(raw, "chain", "resource", "peer", "issuer", "created", "sig")
	var r TombstoneParams
	r.Chain = p.number(o, "chain", 63, true)
	r.Resource = p.hex(o, "resource", 32, "a resource id (0x and 64 hex digits)")
	r.Peer = p.peerID(o, "peer")
	r.Issuer = p.address(o, "issuer")
	r.Created = p.number(o, "created", 63, true)
	r.Sig = p.hex(o, "sig", 65, sigWhat)
	if p.err != nil {
		return nil, p.err
	}
	return &r, nil
}

// decodeResourceQuery reads {resource} or {label, owner}.
func decodeResourceQuery(raw json.RawMessage, lim limits) (*ResourceQuery, *Error) {
	p := &params{lim: lim}
	o := p.top(raw, "resource", "label", "owner")
	var q ResourceQuery
	if p.err == nil {
		_, hasID := o.m["resource"]
		_, hasLabel := o.m["label"]
		_, hasOwner := o.m["owner"]
		switch {
		case hasID && (hasLabel || hasOwner):
			p.fail(invalidParams("resource", "give either resource, or label and owner"))
		case hasID || !hasLabel && !hasOwner:
			q.Resource = p.hex(o, "resource", 32, "a resource id (0x and 64 hex digits)")
		default:
			q.Label = p.str(o, "label", true, maxLabelBytes)
			q.Owner = p.address(o, "owner")
		}
	}
	if p.err != nil {
		return nil, p.err
	}
	return &q, nil
}
