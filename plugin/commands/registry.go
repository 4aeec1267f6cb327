package commands

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	cmds "github.com/ipfs/go-ipfs-cmds"
	"github.com/libp2p/go-libp2p/core/peer"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/avatar"
	"github.com/mosaic-rings/rings/plugin/registry"
	"github.com/mosaic-rings/rings/plugin/ring"
)

// Registry is what the registry commands need: the registry this node
// uses, and what signs for it.
type Registry struct {
	// Service is the registry: this node's own on a registry node, the
	// registry nodes' (over their gateways, plugin/registryclient) on any
	// other node that knows the registry ring.
	Service RegistryService
	// Local is this node's own registry service, nil when it is not a
	// registry node (NotLocal says why); `registry ls` needs it.
	Local    *registry.Service
	NotLocal error
	Ring     *ring.Service
	Avatars  avatar.Keystore // signs resources, records and tombstones
	Peer     peer.ID         // this node: a record's default peer
	// Replicates reports whether this node replicates ring; nil on a
	// node that is not a replica.
	Replicates func(ctx context.Context, ring common.Address) bool
}

// RegistryService is the registry as the commands use it;
// registryclient.Local and registryclient.Remote implement it.
type RegistryService interface {
	Chain() uint64
	Accept(ctx context.Context, op registry.Op) (registry.Result, error)
	// Resolve returns a resource and its providers now, or an error
	// wrapping registry.ErrUnknownResource.
	Resolve(ctx context.Context, id [32]byte) (*schemas.Resource, []registry.Provider, error)
}

// RegistryLookup finds the running registry for a command's environment;
// on a node that is not a registry node it says why and what to do.
type RegistryLookup func(env cmds.Environment) (*Registry, error)

// RegistryReader is what reading the anchored registry needs: any node
// that knows the registry ring has it, registry node or not.
type RegistryReader struct {
	Ring    common.Address
	Reader  registry.Reader
	Avatars avatar.Keystore // resolves --owner key names
}

// RegistryReaderLookup finds the anchored registry's reader for a
// command's environment, or says why there is none.
type RegistryReaderLookup func(env cmds.Environment) (*RegistryReader, error)

const (
	ownerOption   = "owner"
	peerOption    = "peer"
	serviceOption = "service"
	relayOption   = "relay"
)

func registryCmd(lookup RegistryLookup, read RegistryReaderLookup) *cmds.Command {
	return &cmds.Command{
		Helptext: cmds.HelpText{
			Tagline: "The service registry: resources and the providers registered for them.",
			ShortDescription: `
A resource is a label owned by an account; providers register signed
records for it (a value such as a URL, the provider's PeerID, relays and
service ids); anyone resolves it to its providers. A registry node keeps
every operation it accepts in its log in the registry ring, from where the
other registry nodes take it (see docs/registry.md).

RESOURCE is a resource's 0x id, or its LABEL with --owner OWNER.

  ipfs ring registry create chat --from alice
  ipfs ring registry register chat https://chat.example --owner alice --from bob
  ipfs ring registry resolve chat --owner alice
  ipfs ring registry head
  ipfs ring registry resolve chat --owner alice --source chain

create, register, unregister and resolve run on any node that knows the
registry ring: a registry node (one whose Registry.Avatar is a member of
its registry ring; on the embedded chain, every node is one) uses its own
registry, any other node the registry nodes' gateways, found from the
peer info they publish in the registry ring's contract. 'ls' runs on a
registry node. Registry nodes anchor the registry on chain as the registry ring's output 0 every
Registry.AnchorInterval; 'head' and 'resolve --source chain' read it on any
node that knows the registry ring.
`,
		},
		Subcommands: map[string]*cmds.Command{
			"create":     registryCreateCmd(lookup),
			"register":   registryRegisterCmd(lookup),
			"unregister": registryUnregisterCmd(lookup),
			"resolve":    registryResolveCmd(lookup, read),
			"head":       registryHeadCmd(read),
			"ls":         registryLsCmd(lookup),
		},
	}
}

func runRegistry[T any](lookup RegistryLookup, f func(req *cmds.Request, reg *Registry) (T, error)) func(*cmds.Request, cmds.ResponseEmitter, cmds.Environment) error {
	return func(req *cmds.Request, res cmds.ResponseEmitter, env cmds.Environment) error {
		reg, err := lookup(env)
		if err != nil {
			return err
		}
		out, err := f(req, reg)
		if err != nil {
			return err
		}
		return cmds.EmitOnce(res, out)
	}
}

// ResourceInfo is a resource as the registry commands print it.
type ResourceInfo struct {
	ID string `json:"id"`
	// CID is the id as the CID registry nodes provide on the DHT:
	// `ipfs routing findprovs CID` lists them.
	CID       string    `json:"cid"`
	Label     string    `json:"label"`
	Owner     string    `json:"owner"`
	Created   time.Time `json:"created"`
	Providers int       `json:"providers"`
}

// ProviderInfo is one provider as `registry resolve` prints it.
type ProviderInfo struct {
	Value    string    `json:"value"`
	Peer     string    `json:"peer"`
	Relays   []string  `json:"relays,omitempty"`
	Services []string  `json:"services,omitempty"`
	Issuer   string    `json:"issuer"`
	Created  time.Time `json:"created"`
	Stale    bool      `json:"stale,omitempty"`
	Host     bool      `json:"host,omitempty"`
}

// Resolved is the output of `registry resolve`.
type Resolved struct {
	Source    string         `json:"source"` // live or chain
	Resource  ResourceInfo   `json:"resource"`
	Providers []ProviderInfo `json:"providers"`
	// Snapshot is the anchored snapshot a --source chain result comes
	// from.
	Snapshot *SnapshotInfo `json:"snapshot,omitempty"`
}

// Registered is the output of `registry register` and `unregister`.
type Registered struct {
	Resource string    `json:"resource"`
	Peer     string    `json:"peer"`
	Issuer   string    `json:"issuer"`
	Created  time.Time `json:"created"`
	Removed  bool      `json:"removed,omitempty"`
	// Unchanged is true when the registry already held the operation.
	Unchanged bool `json:"unchanged,omitempty"`
}

// ResourceList is the output of `registry ls`.
type ResourceList struct {
	Resources []ResourceInfo `json:"resources"`
}

func registryCreateCmd(lookup RegistryLookup) *cmds.Command {
	return &cmds.Command{
		Helptext: cmds.HelpText{
			Tagline: "Create a resource: a label owned by an account.",
			ShortDescription: `
The owner (--from, a secp256k1 keystore key) signs the resource (EIP-712);
this registry node accepts it and keeps it in its registry log. Prints the
resource id: keccak256(abi.encode(keccak256(label), owner)).

  ipfs ring registry create chat --from alice
`,
		},
		Arguments: []cmds.Argument{cmds.StringArg("label", true, false, "The resource's label.")},
		Options:   []cmds.Option{cmds.StringOption(fromOption, "Owner avatar: keystore key name or 0x address.")},
		Run: runRegistry(lookup, func(req *cmds.Request, reg *Registry) (*ResourceInfo, error) {
			owner, err := signer(req, reg)
			if err != nil {
				return nil, err
			}
			r := &schemas.Resource{Chain: int64(reg.Service.Chain()), Label: req.Arguments[0], Owner: owner.Address.Bytes(), Created: time.Now().UnixMilli()}
			if err := schemas.SignResource(r, owner.PrivateKey()); err != nil {
				return nil, fmt.Errorf("%w: %w", ring.ErrBadArgument, err)
			}
			if _, err := reg.Service.Accept(req.Context, registry.Op{Resource: r}); err != nil {
				return nil, refused(err)
			}
			n := 0
			if _, ps, err := reg.Service.Resolve(req.Context, r.ID()); err == nil {
				n = len(ps)
			}
			info := resourceInfoOf(r, n)
			return &info, nil
		}),
		Type: ResourceInfo{},
		Encoders: text(func(w io.Writer, out *ResourceInfo) error {
			_, err := fmt.Fprintln(w, out.ID)
			return err
		}),
	}
}

func resourceArgs() ([]cmds.Argument, cmds.Option) {
	return []cmds.Argument{cmds.StringArg("resource", true, false, "The resource's 0x id, or its label with --owner.")},
		cmds.StringOption(ownerOption, "With a label: the resource's owner, keystore key name or 0x address.")
}

func registryRegisterCmd(lookup RegistryLookup) *cmds.Command {
	args, owner := resourceArgs()
	return &cmds.Command{
		Helptext: cmds.HelpText{
			Tagline: "Register a provider of a resource.",
			ShortDescription: `
The issuer (--from) signs a provider record (EIP-712) saying that the peer
(--peer, this node's PeerID by default) provides the resource, with VALUE
(e.g. a URL), relays and service ids. A newer record of the same issuer and
peer replaces it. Records not renewed for an hour are marked stale, and
dropped after a day.

  ipfs ring registry register chat https://chat.example --owner alice --from bob
  ipfs ring registry register 0x… "" --from bob --peer 12D3… --service chat --relay 12D3…
`,
		},
		Arguments: append(args, cmds.StringArg("value", true, false, "The record's value, e.g. a URL; may be empty.")),
		Options: []cmds.Option{owner,
			cmds.StringOption(fromOption, "Issuer avatar: keystore key name or 0x address."),
			cmds.StringOption(peerOption, "The provider's PeerID; default this node's."),
			cmds.StringsOption(serviceOption, "A service id; repeat for several."),
			cmds.StringsOption(relayOption, "A relay's PeerID; repeat for several."),
		},
		Run: runRegistry(lookup, func(req *cmds.Request, reg *Registry) (*Registered, error) {
			id, err := resourceID(req, reg.Avatars)
			if err != nil {
				return nil, err
			}
			issuer, err := signer(req, reg)
			if err != nil {
				return nil, err
			}
			p, err := peerArg(req, reg)
			if err != nil {
				return nil, err
			}
			services, _ := req.Options[serviceOption].([]string)
			relayNames, _ := req.Options[relayOption].([]string)
			var relays [][]byte
			for _, r := range relayNames {
				rp, err := peer.Decode(r)
				if err != nil {
					return nil, fmt.Errorf("%w: --relay %q is not a PeerID: %v", ring.ErrBadArgument, r, err)
				}
				relays = append(relays, []byte(rp))
			}
			rec := &schemas.ProviderRecord{Chain: int64(reg.Service.Chain()), Resource: id[:], Value: req.Arguments[1], Peer: []byte(p),
				Relays: relays, Services: services, Issuer: issuer.Address.Bytes(), Created: time.Now().UnixMilli()}
			if err := schemas.SignProviderRecord(rec, issuer.PrivateKey()); err != nil {
				return nil, fmt.Errorf("%w: %w", ring.ErrBadArgument, err)
			}
			res, err := reg.Service.Accept(req.Context, registry.Op{Record: rec})
			if err != nil {
				return nil, refused(err)
			}
			return &Registered{Resource: hexutil.Encode(id[:]), Peer: p.String(), Issuer: issuer.Address.Hex(),
				Created: time.UnixMilli(rec.Created).UTC(), Unchanged: res.Unchanged}, nil
		}),
		Type: Registered{},
		Encoders: text(func(w io.Writer, out *Registered) error {
			verb := "registered"
			if out.Removed {
				verb = "unregistered"
			}
			_, err := fmt.Fprintf(w, "%s peer %s for resource %s (issuer %s)\n", verb, out.Peer, out.Resource, out.Issuer)
			return err
		}),
	}
}

func registryUnregisterCmd(lookup RegistryLookup) *cmds.Command {
	args, owner := resourceArgs()
	return &cmds.Command{
		Helptext: cmds.HelpText{
			Tagline: "Remove a provider record of a resource.",
			ShortDescription: `
The issuer (--from) signs a tombstone for its record of the peer (--peer,
this node's PeerID by default). The tombstone replicates like a record, and
no older record brings the removed one back.

  ipfs ring registry unregister chat --owner alice --from bob
`,
		},
		Arguments: args,
		Options: []cmds.Option{owner,
			cmds.StringOption(fromOption, "Issuer avatar: keystore key name or 0x address."),
			cmds.StringOption(peerOption, "The provider's PeerID; default this node's."),
		},
		Run: runRegistry(lookup, func(req *cmds.Request, reg *Registry) (*Registered, error) {
			id, err := resourceID(req, reg.Avatars)
			if err != nil {
				return nil, err
			}
			issuer, err := signer(req, reg)
			if err != nil {
				return nil, err
			}
			p, err := peerArg(req, reg)
			if err != nil {
				return nil, err
			}
			ts := &schemas.Tombstone{Chain: int64(reg.Service.Chain()), Resource: id[:], Peer: []byte(p), Issuer: issuer.Address.Bytes(), Created: time.Now().UnixMilli()}
			if err := schemas.SignTombstone(ts, issuer.PrivateKey()); err != nil {
				return nil, fmt.Errorf("%w: %w", ring.ErrBadArgument, err)
			}
			res, err := reg.Service.Accept(req.Context, registry.Op{Tombstone: ts})
			if err != nil {
				return nil, refused(err)
			}
			return &Registered{Resource: hexutil.Encode(id[:]), Peer: p.String(), Issuer: issuer.Address.Hex(),
				Created: time.UnixMilli(ts.Created).UTC(), Removed: true, Unchanged: res.Unchanged}, nil
		}),
		Type: Registered{},
		Encoders: text(func(w io.Writer, out *Registered) error {
			_, err := fmt.Fprintf(w, "unregistered peer %s for resource %s (issuer %s)\n", out.Peer, out.Resource, out.Issuer)
			return err
		}),
	}
}

func registryResolveCmd(lookup RegistryLookup, read RegistryReaderLookup) *cmds.Command {
	args, owner := resourceArgs()
	return &cmds.Command{
		Helptext: cmds.HelpText{
			Tagline: "Resolve a resource to its providers, live from a registry node or from the snapshot anchored on chain.",
			ShortDescription: `
Lists the providers newest first: registry nodes' own records first, then
the others, at most Registry.MaxProviders. A record not renewed for an hour
is marked stale.

--source live (the default) asks a registry node for what it holds now:
this node if it is one, else a registry node's gateway (every record is
verified).
--source chain reads the registry head from contract state (the registry
ring's outputs(0), one call), walks the snapshot it names over IPFS and
verifies every record; stale is relative to the snapshot's time. It runs on
any node that knows the registry ring (Registry.Ring), keys or not.

  ipfs ring registry resolve chat --owner alice
  ipfs ring registry resolve 0x… --source chain
`,
		},
		Arguments: args,
		Options: []cmds.Option{owner,
			cmds.StringOption(sourceOption, "Where to resolve: live (this registry node, now) or chain (the anchored snapshot).").WithDefault("live")},
		Run: func(req *cmds.Request, res cmds.ResponseEmitter, env cmds.Environment) error {
			var (
				out *Resolved
				err error
			)
			switch source, _ := req.Options[sourceOption].(string); source {
			case "", "live":
				out, err = resolveLive(req, env, lookup)
			case "chain":
				out, err = resolveChain(req, env, read)
			default:
				err = fmt.Errorf("%w: --source %q must be live or chain", ring.ErrBadArgument, source)
			}
			if err != nil {
				return err
			}
			return cmds.EmitOnce(res, out)
		},
		Type: Resolved{},
		Encoders: text(func(w io.Writer, out *Resolved) error {
			fmt.Fprintf(w, "resource %s (%s, owner %s)\n", out.Resource.ID, out.Resource.Label, out.Resource.Owner)
			if s := out.Snapshot; s != nil {
				fmt.Fprintf(w, "from snapshot %s at %s (chain block %d)\n", s.Root, s.Time.Format(time.RFC3339), s.Block)
			}
			if len(out.Providers) == 0 {
				_, err := fmt.Fprintln(w, "no providers")
				return err
			}
			return table(w, func(tw *tabwriter.Writer) {
				fmt.Fprintln(tw, "VALUE\tPEER\tISSUER\tCREATED\tSTATE")
				for _, p := range out.Providers {
					state := "live"
					if p.Stale {
						state = "stale"
					}
					if p.Host {
						state += ", host"
					}
					fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", orDash(p.Value), p.Peer, p.Issuer, p.Created.Format(time.RFC3339), state)
				}
			})
		}),
	}
}

func resolveLive(req *cmds.Request, env cmds.Environment, lookup RegistryLookup) (*Resolved, error) {
	reg, err := lookup(env)
	if err != nil {
		return nil, err
	}
	id, err := resourceID(req, reg.Avatars)
	if err != nil {
		return nil, err
	}
	r, ps, err := reg.Service.Resolve(req.Context, id)
	if errors.Is(err, registry.ErrUnknownResource) && reg.Local != nil {
		return nil, unknownResource(id)
	} else if errors.Is(err, registry.ErrUnknownResource) {
		return nil, fmt.Errorf("%w; its owner creates it with `ipfs ring registry create LABEL --from OWNER`", err)
	} else if err != nil {
		return nil, err
	}
	return &Resolved{Source: "live", Resource: resourceInfoOf(r, len(ps)), Providers: providerInfos(ps)}, nil
}

func resolveChain(req *cmds.Request, env cmds.Environment, read RegistryReaderLookup) (*Resolved, error) {
	rd, err := read(env)
	if err != nil {
		return nil, err
	}
	id, err := resourceID(req, rd.Avatars)
	if err != nil {
		return nil, err
	}
	a, l, err := rd.Reader.Resolve(req.Context, id)
	switch {
	case errors.Is(err, registry.ErrNotAnchored):
		return nil, notAnchored(err, rd.Ring)
	case errors.Is(err, registry.ErrUnknownResource):
		return nil, fmt.Errorf("%w: %s is not in the snapshot anchored in block %d (%s); a resource created since is in it after the next anchor, or try --source live on a registry node",
			registry.ErrUnknownResource, hexutil.Encode(id[:]), a.Block, a.Root)
	case err != nil:
		return nil, err
	}
	return &Resolved{Source: "chain", Resource: resourceInfoOf(l.Resource, len(l.Providers)), Providers: providerInfos(l.Providers),
		Snapshot: &SnapshotInfo{Root: a.Root.String(), Time: time.UnixMilli(l.Root.Time).UTC(), Block: a.Block, Blocks: l.Blocks}}, nil
}

func notAnchored(err error, ringAddr common.Address) error {
	return fmt.Errorf("%w; the registry ring %s has no output 0: a registry node anchors its snapshot every Registry.AnchorInterval once the registry holds something; use --source live on a registry node meanwhile",
		err, ringAddr.Hex())
}

func providerInfos(ps []registry.Provider) []ProviderInfo {
	out := []ProviderInfo{}
	for _, p := range ps {
		pi := ProviderInfo{Value: p.Record.Value, Peer: peerString(p.Record.Peer), Services: p.Record.Services,
			Issuer: common.BytesToAddress(p.Record.Issuer).Hex(), Created: time.UnixMilli(p.Record.Created).UTC(), Stale: p.Stale, Host: p.Host}
		for _, rl := range p.Record.Relays {
			pi.Relays = append(pi.Relays, peerString(rl))
		}
		out = append(out, pi)
	}
	return out
}

// SnapshotInfo names the anchored snapshot a result comes from.
type SnapshotInfo struct {
	Root   string    `json:"root"`
	Time   time.Time `json:"time"`
	Block  uint64    `json:"block"`            // the chain block outputs(0) was read at
	Blocks int       `json:"blocks,omitempty"` // blocks the lookup read
}

// HeadRef is one log an anchored snapshot was built from.
type HeadRef struct {
	Author string `json:"author"`
	Seq    int64  `json:"seq"`
	Head   string `json:"head"`
}

// RegistryHead is the output of `registry head`.
type RegistryHead struct {
	Ring      string    `json:"ring"`
	Root      string    `json:"root"`
	Time      time.Time `json:"time"`
	Resources int64     `json:"resources"`
	Heads     []HeadRef `json:"heads"`
	Block     uint64    `json:"block"`
}

func registryHeadCmd(read RegistryReaderLookup) *cmds.Command {
	return &cmds.Command{
		Helptext: cmds.HelpText{
			Tagline: "Show the registry head: the snapshot anchored on chain as the registry ring's output 0.",
			ShortDescription: `
Reads the registry ring's outputs(0) from contract state (one call, at the
latest block) and the snapshot root block it names (over IPFS): its CID,
the time it was taken at, how many resources it holds, the registry ring's
logs it was built from, and the chain block read. Any node that knows the
registry ring (Registry.Ring) runs it, keys or not.
`,
		},
		Run: func(req *cmds.Request, res cmds.ResponseEmitter, env cmds.Environment) error {
			rd, err := read(env)
			if err != nil {
				return err
			}
			a, err := rd.Reader.Anchored(req.Context)
			if errors.Is(err, registry.ErrNotAnchored) {
				return notAnchored(err, rd.Ring)
			} else if err != nil {
				return err
			}
			out := &RegistryHead{Ring: rd.Ring.Hex(), Root: a.Root.String(), Time: time.UnixMilli(a.Snapshot.Time).UTC(),
				Resources: a.Snapshot.Resources, Heads: []HeadRef{}, Block: a.Block}
			for _, h := range a.Snapshot.Heads {
				out.Heads = append(out.Heads, HeadRef{Author: common.BytesToAddress(h.Author).Hex(), Seq: h.Seq, Head: h.Head.String()})
			}
			return cmds.EmitOnce(res, out)
		},
		Type: RegistryHead{},
		Encoders: text(func(w io.Writer, out *RegistryHead) error {
			fmt.Fprintf(w, "registry ring %s, output 0 read at block %d\n", out.Ring, out.Block)
			fmt.Fprintf(w, "snapshot %s at %s: %d resources, built from %d logs\n", out.Root, out.Time.Format(time.RFC3339), out.Resources, len(out.Heads))
			return table(w, func(tw *tabwriter.Writer) {
				fmt.Fprintln(tw, "AUTHOR\tSEQ\tHEAD")
				for _, h := range out.Heads {
					fmt.Fprintf(tw, "%s\t%d\t%s\n", h.Author, h.Seq, h.Head)
				}
			})
		}),
	}
}

func registryLsCmd(lookup RegistryLookup) *cmds.Command {
	return &cmds.Command{
		Helptext: cmds.HelpText{Tagline: "List the resources this registry node holds, by id."},
		Run: runRegistry(lookup, func(req *cmds.Request, reg *Registry) (*ResourceList, error) {
			if reg.Local == nil {
				return nil, reg.NotLocal
			}
			out := &ResourceList{Resources: []ResourceInfo{}}
			for _, id := range reg.Local.Resources() {
				if r, ok := reg.Local.Resource(id); ok {
					out.Resources = append(out.Resources, resourceInfo(reg.Local, r))
				}
			}
			return out, nil
		}),
		Type: ResourceList{},
		Encoders: text(func(w io.Writer, out *ResourceList) error {
			if len(out.Resources) == 0 {
				_, err := fmt.Fprintln(w, "no resources; create one with `ipfs ring registry create LABEL --from OWNER`")
				return err
			}
			return table(w, func(tw *tabwriter.Writer) {
				fmt.Fprintln(tw, "ID\tLABEL\tOWNER\tPROVIDERS")
				for _, r := range out.Resources {
					fmt.Fprintf(tw, "%s\t%s\t%s\t%d\n", r.ID, r.Label, r.Owner, r.Providers)
				}
			})
		}),
	}
}

func resourceInfo(local *registry.Service, r *schemas.Resource) ResourceInfo {
	ps, _ := local.Resolve(r.ID())
	return resourceInfoOf(r, len(ps))
}

// resourceInfoOf is r with its number of providers.
func resourceInfoOf(r *schemas.Resource, providers int) ResourceInfo {
	id := r.ID()
	return ResourceInfo{ID: hexutil.Encode(id[:]), CID: schemas.ResourceCID(id).String(), Label: r.Label, Owner: common.BytesToAddress(r.Owner).Hex(),
		Created: time.UnixMilli(r.Created).UTC(), Providers: providers}
}

// signer is the --from avatar.
func signer(req *cmds.Request, reg *Registry) (*avatar.Avatar, error) {
	from, err := requiredString(req, fromOption)
	if err != nil {
		return nil, err
	}
	return avatar.Load(reg.Avatars, from)
}

// resourceID reads RESOURCE: a 0x id, or a label with --owner (a key
// name in avatars, or a 0x address).
func resourceID(req *cmds.Request, avatars avatar.Keystore) ([32]byte, error) {
	arg := req.Arguments[0]
	owner, _ := req.Options[ownerOption].(string)
	if strings.HasPrefix(arg, "0x") && owner == "" {
		b, err := hexutil.Decode(arg)
		if err != nil || len(b) != 32 {
			return [32]byte{}, fmt.Errorf("%w: resource %q is not a 32-byte 0x id; give the id (`ipfs ring registry ls` lists them) or the label with --owner OWNER", ring.ErrBadArgument, arg)
		}
		return [32]byte(b), nil
	}
	if owner == "" {
		return [32]byte{}, fmt.Errorf("%w: resource %q is a label: give its owner with --owner OWNER (a key name or 0x address), or give the resource's 0x id (`ipfs ring registry ls` lists them)", ring.ErrBadArgument, arg)
	}
	var addr common.Address
	if strings.HasPrefix(owner, "0x") {
		if !common.IsHexAddress(owner) || len(owner) != 42 {
			return [32]byte{}, fmt.Errorf("%w: --owner %q is not a 20-byte 0x address", ring.ErrBadArgument, owner)
		}
		addr = common.HexToAddress(owner)
	} else {
		a, err := avatar.Load(avatars, owner)
		if err != nil {
			return [32]byte{}, fmt.Errorf("--owner: %w", err)
		}
		addr = a.Address
	}
	return schemas.ResourceID(arg, addr), nil
}

// peerArg is --peer, or this node's PeerID.
func peerArg(req *cmds.Request, reg *Registry) (peer.ID, error) {
	s, _ := req.Options[peerOption].(string)
	if s == "" {
		return reg.Peer, nil
	}
	p, err := peer.Decode(s)
	if err != nil {
		return "", fmt.Errorf("%w: --peer %q is not a PeerID: %v", ring.ErrBadArgument, s, err)
	}
	return p, nil
}

func peerString(b []byte) string {
	p, err := peer.IDFromBytes(b)
	if err != nil {
		return hexutil.Encode(b)
	}
	return p.String()
}

func unknownResource(id [32]byte) error {
	return fmt.Errorf("%w: %s is not on this registry node; `ipfs ring registry ls` lists the resources; its owner creates it with `ipfs ring registry create LABEL --from OWNER`",
		registry.ErrUnknownResource, hexutil.Encode(id[:]))
}

// refused says what to do about an operation the registry refused.
func refused(err error) error {
	switch {
	case errors.Is(err, registry.ErrUnknownResource):
		return fmt.Errorf("%w; `ipfs ring registry ls` lists the resources; its owner creates it with `ipfs ring registry create LABEL --from OWNER`", err)
	case errors.Is(err, registry.ErrReplay):
		return fmt.Errorf("%w; a newer operation of the same issuer and peer is held: check the clocks of this node and the issuer's", err)
	case errors.Is(err, registry.ErrFuture):
		return fmt.Errorf("%w; check this node's clock", err)
	}
	return err
}
