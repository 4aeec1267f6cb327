package registryclient

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/mosaic-rings/rings/gateway"
	"github.com/mosaic-rings/rings/gateway/client"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/registry"
)

// Registry is the registry as a node uses it: its own on a registry node
// (Local), the registry nodes' through their gateways on any other node
// (Remote).
type Registry interface {
	// Chain is the chain id the registry's objects are signed for.
	Chain() uint64
	// Accept hands a signed operation to the registry. A refusal wraps
	// the registry's sentinel (registry.ErrUnknownResource, ErrSigner,
	// ErrWrongChain, …) when it is known.
	Accept(ctx context.Context, op registry.Op) (registry.Result, error)
	// Resolve returns a resource and its providers now, or an error
	// wrapping registry.ErrUnknownResource.
	Resolve(ctx context.Context, id [32]byte) (*schemas.Resource, []registry.Provider, error)
}

var (
	_ Registry = Local{}
	_ Registry = (*Remote)(nil)
)

// Local is the Registry of a registry node: its own registry service.
type Local struct{ Service *registry.Service }

func (l Local) Chain() uint64 { return l.Service.Chain() }

func (l Local) Accept(ctx context.Context, op registry.Op) (registry.Result, error) {
	return l.Service.Accept(ctx, op)
}

func (l Local) Resolve(_ context.Context, id [32]byte) (*schemas.Resource, []registry.Provider, error) {
	r, ok := l.Service.Resource(id)
	ps, ok2 := l.Service.Resolve(id)
	if !ok || !ok2 {
		return nil, nil, fmt.Errorf("%w: %s is not on this registry node", registry.ErrUnknownResource, hexutil.Encode(id[:]))
	}
	return r, ps, nil
}

// Finder returns the ring gateway URLs of registry nodes, best first.
type Finder func(ctx context.Context) ([]string, error)

var (
	// ErrNoRegistryNode is returned by Remote when no registry node could
	// be found or reached.
	ErrNoRegistryNode = errors.New("registryclient: no registry node reachable")
	// ErrRefused is wrapped by a refusal of a registry node that maps to
	// no registry sentinel (e.g. invalid params, a replay).
	ErrRefused = errors.New("registryclient: the registry node refused the operation")
)

// RemoteError is a registry node's JSON-RPC error. It unwraps to the
// registry's sentinel it stands for (ErrRefused when none) and to the
// *client.Error.
type RemoteError struct {
	URL  string
	Err  *client.Error
	kind error
}

func (e *RemoteError) Error() string {
	return fmt.Sprintf("registry node %s: %s", e.URL, e.Err.Message)
}

func (e *RemoteError) Unwrap() []error { return []error{e.kind, e.Err} }

// Remote is the Registry of a node that is not a registry node: it calls
// the registry methods of registry nodes' ring gateways.
type Remote struct {
	chain uint64
	find  Finder
	note  error
}

// RemoteOption configures a Remote.
type RemoteOption func(*Remote)

// WithNote adds note to every ErrNoRegistryNode error, e.g. why this node
// is not a registry node itself.
func WithNote(note error) RemoteOption { return func(r *Remote) { r.note = note } }

// NewRemote returns the registry of chain reached through the registry
// nodes that find lists.
func NewRemote(chain uint64, find Finder, opts ...RemoteOption) *Remote {
	r := &Remote{chain: chain, find: find}
	for _, o := range opts {
		o(r)
	}
	return r
}

// noNode is an ErrNoRegistryNode error, with the note.
func (r *Remote) noNode(err error) error {
	if r.note != nil {
		return fmt.Errorf("%w: %w; %w", ErrNoRegistryNode, err, r.note)
	}
	return fmt.Errorf("%w: %w", ErrNoRegistryNode, err)
}

func (r *Remote) Chain() uint64 { return r.chain }

// each calls f with a client of each registry node in turn, until one
// answers: a node that cannot be reached, fails, or is not a registry
// node (any more) is skipped. What the answering node said is returned.
func (r *Remote) each(ctx context.Context, f func(*client.Client) error) error {
	urls, err := r.find(ctx)
	if len(urls) == 0 {
		if err == nil {
			err = errors.New("the registry ring's members published no gateway URL in their peer info yet (a registry node publishes it within seconds of starting)")
		}
		return r.noNode(err)
	}
	var errs []error
	for _, u := range urls {
		cl, err := client.New(u)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		err = f(cl)
		if err == nil {
			return nil
		}
		var ce *client.Error
		if !errors.As(err, &ce) {
			errs = append(errs, fmt.Errorf("%s: %w", u, err))
			continue
		}
		switch ce.Code {
		case gateway.CodeNoRegistry, gateway.CodeInternal, gateway.CodeServer:
			errs = append(errs, fmt.Errorf("%s: %w", u, err))
			continue
		}
		return &RemoteError{URL: u, Err: ce, kind: kindOf(ce)}
	}
	return r.noNode(fmt.Errorf("tried %d: %w", len(urls), errors.Join(errs...)))
}

// kindOf is the registry sentinel a gateway error stands for.
func kindOf(e *client.Error) error {
	var d struct {
		Check string `json:"check"`
	}
	_ = json.Unmarshal(e.Data, &d)
	switch {
	case e.Code == gateway.CodeNotFound:
		return registry.ErrUnknownResource
	case e.Code != gateway.CodeRegistryRefused:
		return ErrRefused
	case d.Check == "resource":
		return registry.ErrUnknownResource
	case d.Check == "sig":
		return registry.ErrSigner
	case d.Check == "chain":
		return registry.ErrWrongChain
	}
	return ErrRefused
}

func (r *Remote) Accept(ctx context.Context, op registry.Op) (registry.Result, error) {
	var unchanged bool
	err := r.each(ctx, func(cl *client.Client) error {
		switch {
		case op.Resource != nil:
			_, err := cl.CreateResource(ctx, ResourceParams(op.Resource))
			return err
		case op.Record != nil:
			reg, err := cl.RegisterProvider(ctx, RecordParams(op.Record))
			if err == nil {
				unchanged = reg.Unchanged
			}
			return err
		case op.Tombstone != nil:
			reg, err := cl.UnregisterProvider(ctx, TombstoneParams(op.Tombstone))
			if err == nil {
				unchanged = reg.Unchanged
			}
			return err
		}
		return registry.ErrOp
	})
	return registry.Result{Unchanged: unchanged}, err
}

// Resolve asks a registry node for the resource and its providers, and
// verifies what it answers: the resource must be id, signed by its owner
// for this chain; a record that does not verify is left out.
func (r *Remote) Resolve(ctx context.Context, id [32]byte) (*schemas.Resource, []registry.Provider, error) {
	var res *gateway.Resolved
	err := r.each(ctx, func(cl *client.Client) error {
		var err error
		res, err = cl.ResolveProviders(ctx, &gateway.ResourceQuery{Resource: hexutil.Encode(id[:])})
		return err
	})
	if err != nil {
		return nil, nil, err
	}
	return FromResolved(res, r.chain, id)
}

// FromResolved checks a ResolveProviders result for resource id on chain
// and returns it as registry values: an error if the resource is not id
// or its signature is not its owner's; records that do not verify (for
// another resource or chain, or not signed by their issuer) are left out.
func FromResolved(res *gateway.Resolved, chain uint64, id [32]byte) (*schemas.Resource, []registry.Provider, error) {
	rs := res.Resource
	sig, err := hexutil.Decode(rs.Sig)
	if err != nil || !common.IsHexAddress(rs.Owner) {
		return nil, nil, fmt.Errorf("registryclient: the registry node answered a malformed resource (owner %q, sig %q)", rs.Owner, rs.Sig)
	}
	r := &schemas.Resource{Chain: int64(rs.Chain), Label: rs.Label, Owner: common.HexToAddress(rs.Owner).Bytes(), Created: rs.Created.UnixMilli(), Sig: sig}
	if r.ID() != id || rs.Chain != chain {
		return nil, nil, fmt.Errorf("registryclient: the registry node answered resource %s on chain %d for %s on chain %d", rs.ID, rs.Chain, hexutil.Encode(id[:]), chain)
	}
	if _, err := schemas.VerifyResource(r); err != nil {
		return nil, nil, fmt.Errorf("registryclient: the registry node answered resource %s with a bad signature: %w", rs.ID, err)
	}
	var out []registry.Provider
	for _, p := range res.Providers {
		rec, err := recordOf(p, chain, id)
		if err != nil {
			continue
		}
		if _, err := schemas.VerifyProviderRecord(rec); err != nil {
			continue
		}
		out = append(out, registry.Provider{Record: rec, Stale: p.Stale, Host: p.Host})
	}
	return r, out, nil
}

func recordOf(p gateway.RegistryProvider, chain uint64, id [32]byte) (*schemas.ProviderRecord, error) {
	sig, err := hexutil.Decode(p.Sig)
	if err != nil || !common.IsHexAddress(p.Issuer) {
		return nil, errors.New("malformed sig or issuer")
	}
	pid, err := peer.Decode(p.Peer)
	if err != nil {
		return nil, err
	}
	rec := &schemas.ProviderRecord{Chain: int64(chain), Resource: id[:], Value: p.Value, Peer: []byte(pid), Services: p.Services,
		Issuer: common.HexToAddress(p.Issuer).Bytes(), Created: p.Created.UnixMilli(), Sig: sig}
	for _, rl := range p.Relays {
		rp, err := peer.Decode(rl)
		if err != nil {
			return nil, err
		}
		rec.Relays = append(rec.Relays, []byte(rp))
	}
	return rec, nil
}

// ResourceParams is a signed resource as CreateResource's params.
func ResourceParams(r *schemas.Resource) *gateway.ResourceParams {
	return &gateway.ResourceParams{Chain: num(r.Chain), Label: r.Label, Owner: common.BytesToAddress(r.Owner).Hex(),
		Created: num(r.Created), Sig: hexutil.Encode(r.Sig)}
}

// RecordParams is a signed provider record as RegisterProvider's params.
func RecordParams(p *schemas.ProviderRecord) *gateway.ProviderRecordParams {
	out := &gateway.ProviderRecordParams{Chain: num(p.Chain), Resource: hexutil.Encode(p.Resource), Value: p.Value,
		Peer: peer.ID(p.Peer).String(), Relays: []string{}, Services: p.Services, Issuer: common.BytesToAddress(p.Issuer).Hex(),
		Created: num(p.Created), Sig: hexutil.Encode(p.Sig)}
	if out.Services == nil {
		out.Services = []string{}
	}
	for _, r := range p.Relays {
		out.Relays = append(out.Relays, peer.ID(r).String())
	}
	return out
}

// TombstoneParams is a signed tombstone as UnregisterProvider's params.
func TombstoneParams(t *schemas.Tombstone) *gateway.TombstoneParams {
	return &gateway.TombstoneParams{Chain: num(t.Chain), Resource: hexutil.Encode(t.Resource), Peer: peer.ID(t.Peer).String(),
		Issuer: common.BytesToAddress(t.Issuer).Hex(), Created: num(t.Created), Sig: hexutil.Encode(t.Sig)}
}

func num(v int64) json.Number { return json.Number(strconv.FormatInt(v, 10)) }
