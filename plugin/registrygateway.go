package plugin

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/mosaic-rings/rings/gateway"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/registry"
	"github.com/mosaic-rings/rings/plugin/replica"
)

// gatewayRegistry is the gateway's Registry over this node's registry
// service. The gateway starts before the registry, so it looks the
// service up at each call: until the registry runs, and on a node that is
// not a registry node, it answers gateway.CodeNoRegistry.
type gatewayRegistry struct{ p *Plugin }

var _ gateway.Registry = (*gatewayRegistry)(nil)

func (g *gatewayRegistry) service() (*registry.Service, error) {
	g.p.mu.Lock()
	defer g.p.mu.Unlock()
	if g.p.registry == nil {
		return nil, &replica.CheckError{Code: gateway.CodeNoRegistry, Name: "registry",
			Msg: "this node is not a registry node: the registry methods are served by the gateway of a registry node (see docs/registry.md)", Cause: g.p.notRegistry}
	}
	return g.p.registry.svc, nil
}

func (g *gatewayRegistry) CreateResource(ctx context.Context, p *gateway.ResourceParams) (*gateway.RegistryResource, error) {
	svc, err := g.service()
	if err != nil {
		return nil, err
	}
	r := &schemas.Resource{Label: p.Label, Owner: common.HexToAddress(p.Owner).Bytes()}
	if r.Chain, r.Created, r.Sig, err = signed(p.Chain.String(), p.Created.String(), p.Sig); err != nil {
		return nil, err
	}
	if _, err := svc.Accept(ctx, registry.Op{Resource: r}); err != nil {
		return nil, registryError(err)
	}
	res := resourceJSON(svc, r)
	return &res, nil
}

func (g *gatewayRegistry) RegisterProvider(ctx context.Context, p *gateway.ProviderRecordParams) (*gateway.Registration, error) {
	svc, err := g.service()
	if err != nil {
		return nil, err
	}
	rec := &schemas.ProviderRecord{Resource: hexutil.MustDecode(p.Resource), Value: p.Value, Services: p.Services,
		Issuer: common.HexToAddress(p.Issuer).Bytes()}
	if rec.Chain, rec.Created, rec.Sig, err = signed(p.Chain.String(), p.Created.String(), p.Sig); err != nil {
		return nil, err
	}
	if rec.Peer, err = peerBytes("peer", p.Peer); err != nil {
		return nil, err
	}
	for i, r := range p.Relays {
		b, err := peerBytes(fmt.Sprintf("relays[%d]", i), r)
		if err != nil {
			return nil, err
		}
		rec.Relays = append(rec.Relays, b)
	}
	res, err := svc.Accept(ctx, registry.Op{Record: rec})
	if err != nil {
		return nil, registryError(err)
	}
	return &gateway.Registration{Resource: p.Resource, Peer: p.Peer, Issuer: common.BytesToAddress(rec.Issuer).Hex(),
		Created: time.UnixMilli(rec.Created).UTC(), Unchanged: res.Unchanged}, nil
}

func (g *gatewayRegistry) UnregisterProvider(ctx context.Context, p *gateway.TombstoneParams) (*gateway.Registration, error) {
	svc, err := g.service()
	if err != nil {
		return nil, err
	}
	ts := &schemas.Tombstone{Resource: hexutil.MustDecode(p.Resource), Issuer: common.HexToAddress(p.Issuer).Bytes()}
	if ts.Chain, ts.Created, ts.Sig, err = signed(p.Chain.String(), p.Created.String(), p.Sig); err != nil {
		return nil, err
	}
	if ts.Peer, err = peerBytes("peer", p.Peer); err != nil {
		return nil, err
	}
	res, err := svc.Accept(ctx, registry.Op{Tombstone: ts})
	if err != nil {
		return nil, registryError(err)
	}
	return &gateway.Registration{Resource: p.Resource, Peer: p.Peer, Issuer: common.BytesToAddress(ts.Issuer).Hex(),
		Created: time.UnixMilli(ts.Created).UTC(), Removed: true, Unchanged: res.Unchanged}, nil
}

func (g *gatewayRegistry) GetResource(_ context.Context, q *gateway.ResourceQuery) (*gateway.RegistryResource, error) {
	svc, err := g.service()
	if err != nil {
		return nil, err
	}
	id := queryID(q)
	r, ok := svc.Resource(id)
	if !ok {
		return nil, noResource(id)
	}
	res := resourceJSON(svc, r)
	return &res, nil
}

func (g *gatewayRegistry) ResolveProviders(_ context.Context, q *gateway.ResourceQuery) (*gateway.Resolved, error) {
	svc, err := g.service()
	if err != nil {
		return nil, err
	}
	id := queryID(q)
	r, ok := svc.Resource(id)
	ps, ok2 := svc.Resolve(id)
	if !ok || !ok2 {
		return nil, noResource(id)
	}
	out := &gateway.Resolved{Resource: resourceJSON(svc, r), Providers: []gateway.RegistryProvider{}}
	for _, p := range ps {
		rec := p.Record
		pi := gateway.RegistryProvider{Value: rec.Value, Peer: peerText(rec.Peer), Services: rec.Services,
			Issuer: common.BytesToAddress(rec.Issuer).Hex(), Created: time.UnixMilli(rec.Created).UTC(),
			Stale: p.Stale, Host: p.Host, Sig: hexutil.Encode(rec.Sig)}
		for _, rl := range rec.Relays {
			pi.Relays = append(pi.Relays, peerText(rl))
		}
		out.Providers = append(out.Providers, pi)
	}
	return out, nil
}

// queryID is the id a query names.
func queryID(q *gateway.ResourceQuery) [32]byte {
	if q.Resource != "" {
		return [32]byte(hexutil.MustDecode(q.Resource))
	}
	return schemas.ResourceID(q.Label, common.HexToAddress(q.Owner))
}

func resourceJSON(svc *registry.Service, r *schemas.Resource) gateway.RegistryResource {
	id := r.ID()
	ps, _ := svc.Resolve(id)
	return gateway.RegistryResource{ID: hexutil.Encode(id[:]), Chain: uint64(r.Chain), Label: r.Label,
		Owner: common.BytesToAddress(r.Owner).Hex(), Created: time.UnixMilli(r.Created).UTC(), Providers: len(ps), Sig: hexutil.Encode(r.Sig)}
}

func peerText(b []byte) string {
	p, err := peer.IDFromBytes(b)
	if err != nil {
		return hexutil.Encode(b)
	}
	return p.String()
}

// signed converts the fields every signed registry object has; the
// gateway checked their shapes (chain and created below 2^63, sig 65
// bytes of hex).
func signed(chain, created, sig string) (int64, int64, []byte, error) {
	c, err1 := strconv.ParseInt(chain, 10, 64)
	t, err2 := strconv.ParseInt(created, 10, 64)
	s, err3 := hexutil.Decode(sig)
	if err := errors.Join(err1, err2, err3); err != nil {
		return 0, 0, nil, err // the gateway's checks let none through
	}
	return c, t, s, nil
}

func peerBytes(check, s string) ([]byte, error) {
	p, err := peer.Decode(s)
	if err != nil {
		return nil, &replica.CheckError{Code: gateway.CodeInvalidParams, Name: check, Msg: "invalid params: " + check + ": must be a libp2p PeerID", Cause: err}
	}
	return []byte(p), nil
}

func noResource(id [32]byte) error {
	return &replica.CheckError{Code: gateway.CodeNotFound, Name: "resource",
		Msg: fmt.Sprintf("no such resource: %s is not on this registry node; its owner creates it with CreateResource", hexutil.Encode(id[:]))}
}

// registryError maps the registry's refusals to the gateway's codes: the
// one place that does. Refusals by a rule are CodeRegistryRefused with the
// rule's field as check; fields that break ipld-schemas' limits are
// CodeInvalidParams naming the field. Anything else (the node's own
// failure) passes on, and the gateway answers it as an internal error.
func registryError(err error) error {
	refused := func(check, what string) error {
		return &replica.CheckError{Code: gateway.CodeRegistryRefused, Name: check, Msg: "registry refused: " + what, Cause: err}
	}
	var ie *schemas.InvalidError
	switch {
	case errors.Is(err, registry.ErrSigner):
		return refused("sig", "the signature is not the issuer's (the owner's, for a resource) over this object's EIP-712 digest; sign it again")
	case errors.Is(err, registry.ErrWrongChain):
		return refused("chain", "the object is signed for another chain than this registry's; sign it again with this registry's chain id")
	case errors.Is(err, registry.ErrUnknownResource):
		return refused("resource", "no such resource on this registry node; its owner creates it first with CreateResource")
	case errors.Is(err, registry.ErrFuture):
		return refused("created", "created is too far in the future; check the signer's clock")
	case errors.Is(err, registry.ErrExpired):
		return refused("created", "created is older than the registry's expiry (Registry.ExpireAfter, a day by default): the operation has expired; sign it again with the current time")
	case errors.Is(err, registry.ErrReplay):
		return refused("created", "the registry holds a newer operation of this issuer for this resource and peer; sign it again with the current time")
	case errors.As(err, &ie):
		check := ie.Field
		if check == "" {
			check = "params"
		}
		return &replica.CheckError{Code: gateway.CodeInvalidParams, Name: check, Msg: "invalid params: " + check + ": " + ie.Reason, Cause: err}
	default:
		return err
	}
}
