package plugin

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/boxo/keystore"
	"github.com/ipfs/go-datastore"
	logging "github.com/ipfs/go-log/v2"
	"github.com/ipld/go-ipld-prime/node/basicnode"
	ic "github.com/libp2p/go-libp2p/core/crypto"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/avatar"
	"github.com/mosaic-rings/rings/plugin/registry"
	"github.com/mosaic-rings/rings/plugin/ring"
)

// ErrNotRegistryNode is returned by the registry commands on a node that
// does not keep the registry.
var ErrNotRegistryNode = errors.New("this node is not a registry node")

// ringJournal is the registry's Journal over the ring service: this
// node's log in the registry ring is the avatar's, and the other members'
// logs come with the ring's background sync.
type ringJournal struct {
	svc    *ring.Service
	ring   string // the registry ring's 0x address
	avatar string // keystore name
	self   common.Address
}

var _ registry.Journal = (*ringJournal)(nil)

func (j *ringJournal) Self() common.Address { return j.self }

func (j *ringJournal) Append(ctx context.Context, msg *schemas.Message) (uint64, error) {
	a, err := j.svc.AppendMessage(ctx, j.ring, j.avatar, msg)
	if err != nil {
		return 0, err
	}
	return a.Seq, nil
}

func (j *ringJournal) Heads(ctx context.Context) (map[common.Address]uint64, error) {
	heads, err := j.svc.Heads(ctx, j.ring, "", "local")
	if err != nil {
		return nil, err
	}
	out := make(map[common.Address]uint64, len(heads))
	for _, h := range heads {
		out[h.Member] = h.Seq
	}
	return out, nil
}

func (j *ringJournal) Read(ctx context.Context, author common.Address, after uint64) ([]registry.Logged, error) {
	entries, err := j.svc.Log(ctx, ring.LogRequest{Ring: j.ring, Member: author.Hex(), Since: after})
	if err != nil {
		return nil, err
	}
	out := make([]registry.Logged, 0, len(entries))
	for _, e := range slices.Backward(entries) { // Log is newest first
		l := registry.Logged{Author: e.Author, Seq: e.Seq}
		if !e.Sealed && e.Bytes != nil {
			l.Message = &schemas.Message{App: e.App, Domain: e.Domain, Type: e.Type, Payload: basicnode.NewBytes(e.Bytes)}
		}
		out = append(out, l)
	}
	return out, nil
}

func (j *ringJournal) Members(ctx context.Context) ([]common.Address, error) {
	heads, err := j.svc.Heads(ctx, j.ring, "", "chain")
	if err != nil {
		return nil, err
	}
	out := make([]common.Address, len(heads))
	for i, h := range heads {
		out[i] = h.Member
	}
	return out, nil
}

// registryNode is the registry role of a running daemon.
type registryNode struct {
	svc    *registry.Service
	ring   common.Address
	avatar *avatar.Avatar
}

// startRegistry makes the node a registry node when it is one: the
// configured registry ring (or, on the embedded chain, the dev registry
// ring) is held here and Registry.Avatar is its member. It returns nil and
// the reason (for the registry commands) when the node is not one; err is
// for what must stop the daemon.
func (p *Plugin) startRegistry(ctx context.Context, ks keystore.Keystore, ds datastore.Datastore, svc *ring.Service, embedded bool, factory common.Address) (node *registryNode, notOne error, err error) {
	cfg := p.cfg.Registry
	name := cfg.Ring
	if name == "" && !embedded {
		return nil, fmt.Errorf("%w: no registry ring is configured (on an external chain there is no default); set %s.Registry.Ring to the registry ring's name or 0x address and restart the daemon", ErrNotRegistryNode, ConfigPath), nil
	}
	if name == "" {
		addr, err := devRegistryRing(ctx, ks, ds, svc, cfg.Avatar, factory)
		if err != nil {
			return nil, nil, fmt.Errorf("the dev registry ring: %w", err)
		}
		name = addr.Hex()
	}
	av, err := avatar.Load(ks, cfg.Avatar)
	if err != nil {
		return nil, fmt.Errorf("%w: Registry.Avatar: %w; then restart the daemon", ErrNotRegistryNode, err), nil
	}
	info, err := svc.Info(ctx, name)
	if err != nil {
		return nil, fmt.Errorf("%w: Registry.Ring %s: %w", ErrNotRegistryNode, name, err), nil
	}
	if !slices.ContainsFunc(info.Members, func(m ring.MemberInfo) bool { return m.Address == av.Address }) {
		return nil, fmt.Errorf("%w: its Registry.Avatar %s (%s) is not a member of the registry ring %s; the ring's owner %s can add it with `ipfs ring enter %s %s --from OWNER`, then restart the daemon",
			ErrNotRegistryNode, cfg.Avatar, av.Address.Hex(), info.Address.Hex(), info.Owner.Hex(), info.Address.Hex(), av.Address.Hex()), nil
	}
	j := &ringJournal{svc: svc, ring: info.Address.Hex(), avatar: cfg.Avatar, self: av.Address}
	rs, err := registry.New(ctx, j, svc.ChainID(), p.cfg.registryRules(), registry.WithLogf(logging.Logger("ring").Errorf),
		registry.WithHostKey(av.PrivateKey(), 0))
	if err != nil {
		return nil, nil, err
	}
	return &registryNode{svc: rs, ring: info.Address, avatar: av}, nil, nil
}

// devRegistryName is the dev registry ring's local name.
const devRegistryName = "registry"

// devRegistryRing returns the embedded chain's registry ring, creating it
// (and the avatar's key) on first start. Each step is safe to repeat
// after a crash: the key is made only when missing; the ring's address is
// recorded right after its creation, and a ring held here under a
// registry name, owned by the avatar, counts as created when the record
// is missing.
func devRegistryRing(ctx context.Context, ks keystore.Keystore, ds datastore.Datastore, svc *ring.Service, avatarName string, factory common.Address) (common.Address, error) {
	if ok, err := ks.Has(avatarName); err != nil {
		return common.Address{}, err
	} else if !ok {
		k, _, err := ic.GenerateSecp256k1Key(nil)
		if err != nil {
			return common.Address{}, err
		}
		if err := ks.Put(avatarName, k); err != nil && !errors.Is(err, keystore.ErrKeyExists) {
			return common.Address{}, fmt.Errorf("storing the registry avatar's key %q: %w", avatarName, err)
		}
	}
	av, err := avatar.Load(ks, avatarName)
	if err != nil {
		return common.Address{}, fmt.Errorf("Registry.Avatar: %w", err)
	}
	key := datastore.NewKey("/registry/" + factory.Hex())
	rings, err := svc.List(ctx)
	if err != nil {
		return common.Address{}, err
	}
	if v, err := ds.Get(ctx, key); err == nil && common.IsHexAddress(string(v)) {
		addr := common.HexToAddress(string(v))
		if slices.ContainsFunc(rings, func(r ring.Ring) bool { return r.Address == addr }) {
			return addr, nil
		}
	} else if err != nil && !errors.Is(err, datastore.ErrNotFound) {
		return common.Address{}, err
	}
	taken := map[string]bool{}
	for _, r := range rings {
		taken[r.Name] = true
		if !strings.HasPrefix(r.Name, devRegistryName) {
			continue
		}
		// A crash after the creation, before the record.
		if info, err := svc.Info(ctx, r.Address.Hex()); err == nil && info.Owner == av.Address {
			return r.Address, record(ctx, ds, key, r.Address)
		}
	}
	name := devRegistryName
	for i := 2; taken[name]; i++ {
		name = fmt.Sprintf("%s-%d", devRegistryName, i)
	}
	c, err := svc.Create(ctx, name, avatarName, []string{avatarName})
	if err != nil {
		return common.Address{}, err
	}
	return c.Address, record(ctx, ds, key, c.Address)
}

func record(ctx context.Context, ds datastore.Datastore, key datastore.Key, addr common.Address) error {
	if err := ds.Put(ctx, key, []byte(addr.Hex())); err != nil {
		return err
	}
	return ds.Sync(ctx, key)
}
