package plugin

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ipfs/boxo/blockservice"
	"github.com/ipfs/boxo/blockstore"
	"github.com/ipfs/boxo/keystore"
	pin "github.com/ipfs/boxo/pinning/pinner"
	"github.com/ipfs/go-cid"
	"github.com/ipfs/go-datastore"
	cmds "github.com/ipfs/go-ipfs-cmds"
	logging "github.com/ipfs/go-log/v2"
	"github.com/ipfs/kubo/core"
	"github.com/ipfs/kubo/core/commands/cmdenv"
	"github.com/ipld/go-ipld-prime/node/basicnode"
	ic "github.com/libp2p/go-libp2p/core/crypto"
	mh "github.com/multiformats/go-multihash"

	"github.com/mosaic-rings/rings/contracts/bindings"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/avatar"
	"github.com/mosaic-rings/rings/plugin/commands"
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

var (
	_ registry.Journal    = (*ringJournal)(nil)
	_ registry.AnchorLogs = (*ringJournal)(nil)
)

func (j *ringJournal) Self() common.Address { return j.self }

func (j *ringJournal) Append(ctx context.Context, msgs ...*schemas.Message) (uint64, error) {
	a, err := j.svc.AppendMessages(ctx, j.ring, j.avatar, msgs)
	if err != nil {
		return 0, err
	}
	return a[len(a)-1].Seq, nil
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
	return logged(entries), nil
}

// logged turns ring.Log's entries (newest first) into the registry's
// nodes, oldest first.
func logged(entries []ring.LogEntry) []registry.Logged {
	out := make([]registry.Logged, 0, len(entries))
	for _, e := range slices.Backward(entries) { // Log is newest first
		l := registry.Logged{Author: e.Author, Seq: e.Seq}
		if !e.Sealed && e.Bytes != nil {
			l.Message = &schemas.Message{App: e.App, Domain: e.Domain, Type: e.Type, Payload: basicnode.NewBytes(e.Bytes)}
		}
		out = append(out, l)
	}
	return out
}

func (j *ringJournal) LogHeads(ctx context.Context) ([]registry.Head, error) {
	heads, err := j.svc.Heads(ctx, j.ring, "", "local")
	if err != nil {
		return nil, err
	}
	out := make([]registry.Head, 0, len(heads))
	for _, h := range heads {
		if h.Head != nil && h.Seq > 0 {
			out = append(out, registry.Head{Author: h.Member, Seq: h.Seq, CID: *h.Head})
		}
	}
	return out, nil
}

// ReadTo reads the local log of h.Author from its head down to seq 1 and
// keeps the nodes up to h.Seq, after checking that the node at h.Seq is
// h.CID. ring.Log verifies every node.
func (j *ringJournal) ReadTo(ctx context.Context, h registry.Head) ([]registry.Logged, error) {
	local, ok, err := j.svc.Logs().Head(ctx, common.HexToAddress(j.ring), h.Author)
	switch {
	case err != nil:
		return nil, err
	case !ok:
		return nil, fmt.Errorf("%w: no log of %s here; the registry ring's background sync fetches it", registry.ErrMissingLog, h.Author.Hex())
	case local.Seq < h.Seq:
		return nil, fmt.Errorf("%w: the log of %s is at seq %d here, behind %d; the registry ring's background sync fetches the rest", registry.ErrMissingLog, h.Author.Hex(), local.Seq, h.Seq)
	}
	entries, err := j.svc.Log(ctx, ring.LogRequest{Ring: j.ring, Member: h.Author.Hex()})
	if err != nil {
		return nil, err
	}
	out := logged(entries)
	if uint64(len(out)) < h.Seq || out[h.Seq-1].Seq != h.Seq || !entries[len(entries)-int(h.Seq)].CID.Equals(h.CID) {
		return nil, fmt.Errorf("%w: this node holds another node of %s's log at seq %d than %s", registry.ErrMissingLog, h.Author.Hex(), h.Seq, h.CID)
	}
	return out[:h.Seq], nil
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
	svc      *registry.Service
	anchorer *registry.Anchorer
	ring     common.Address
	avatar   *avatar.Avatar
}

// close stops the anchoring loop, then the registry's sync.
func (n *registryNode) close() {
	_ = n.anchorer.Close()
	_ = n.svc.Close()
}

// registryReading reads the anchored registry (the registry ring's output
// 0 and the snapshot it names, over IPFS); every node that knows the
// registry ring has one, registry node or not.
type registryReading struct {
	ring   common.Address
	reader registry.Reader
}

// chainBackend is what reading output 0 needs of the chain's RPC.
type chainBackend interface {
	bind.ContractBackend
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// outputHead reads a ring's output 0 at the latest block: one eth_call of
// the contract's outputs(0), at the block's hash.
type outputHead struct {
	backend chainBackend
	ring    common.Address
}

var _ registry.HeadReader = outputHead{}

func (o outputHead) Anchored(ctx context.Context) (registry.Anchored, error) {
	hdr, err := o.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return registry.Anchored{}, fmt.Errorf("reading the latest block: %w", err)
	}
	r := bindings.NewRing()
	d, err := bind.Call(r.Instance(o.backend, o.ring), &bind.CallOpts{Context: ctx, BlockHash: hdr.Hash()}, r.PackOutputs(big.NewInt(0)), r.UnpackOutputs)
	if err != nil {
		return registry.Anchored{}, fmt.Errorf("reading outputs(0) of the registry ring %s: %w", o.ring.Hex(), err)
	}
	a := registry.Anchored{Block: hdr.Number.Uint64()}
	if d != ([32]byte{}) {
		a.Root = schemas.CIDFromDigest(d)
	}
	return a, nil
}

// ringLedger registers the registry's snapshot as the registry ring's
// output 0 through the ring service (the members' nodes vote).
type ringLedger struct {
	outputHead
	svc *ring.Service
}

var _ registry.Ledger = ringLedger{}

func (l ringLedger) Register(ctx context.Context, root cid.Cid) error {
	_, err := l.svc.RegisterOutputs(ctx, l.ring.Hex(), []schemas.Output{{Pin: 0, Data: root}})
	return err
}

// snapshotPinName names the pins of registry snapshots.
const snapshotPinName = "rings:registry-snapshot"

// nodeBlocks keeps snapshot blocks in the node's blockstore, pinned, and
// gets blocks through its block service (bitswap when online).
type nodeBlocks struct {
	bs     blockstore.GCBlockstore
	blocks blockservice.BlockGetter
	pins   pin.Pinner
}

var _ registry.Blocks = nodeBlocks{}

func (n nodeBlocks) Get(ctx context.Context, c cid.Cid) ([]byte, error) {
	b, err := n.blocks.GetBlock(ctx, c)
	if err != nil {
		return nil, err
	}
	return b.RawData(), nil
}

// Write holds a PinLock (no garbage collection) from the first put to the
// pin. The pin is recorded without walking the snapshot: write just
// stored every block of it.
func (n nodeBlocks) Write(ctx context.Context, write func(put registry.PutFunc) (cid.Cid, error), keep ...cid.Cid) (cid.Cid, error) {
	unlock := n.bs.PinLock(ctx)
	defer unlock.Unlock(ctx)
	root, err := write(n.bs.Put)
	if err != nil {
		return cid.Undef, err
	}
	if _, pinned, err := n.pins.IsPinnedWithType(ctx, root, pin.Recursive); err != nil {
		return cid.Undef, err
	} else if !pinned {
		if err := n.pins.PinWithMode(ctx, root, pin.Recursive, snapshotPinName); err != nil {
			return cid.Undef, fmt.Errorf("pinning snapshot %s: %w", root, err)
		}
	}
	var old []cid.Cid
	for p := range n.pins.RecursiveKeys(ctx, true) {
		if p.Err != nil {
			return root, p.Err
		}
		if p.Pin.Name == snapshotPinName && !p.Pin.Key.Equals(root) && !slices.ContainsFunc(keep, p.Pin.Key.Equals) {
			old = append(old, p.Pin.Key)
		}
	}
	for _, c := range old {
		if err := n.pins.Unpin(ctx, c, true); err != nil && !errors.Is(err, pin.ErrNotPinned) {
			return root, fmt.Errorf("unpinning the earlier snapshot %s: %w", c, err)
		}
	}
	return root, n.pins.Flush(ctx)
}

// membersBlocks gets the blocks of the registry ring's anchored snapshot:
// one not held here is asked for over the block service after connecting
// to the registry ring's members' published nodes (the registry nodes,
// which hold the snapshot), so a node with no keys and no peers reads it
// without `ipfs swarm connect`.
func membersBlocks(local blockstore.Blockstore, blks nodeBlocks, svc *ring.Service, ringAddr common.Address) registry.GetFunc {
	return func(ctx context.Context, c cid.Cid) ([]byte, error) {
		if ok, err := local.Has(ctx, c); err == nil && !ok {
			if _, err := svc.ConnectMembers(ctx, ringAddr); err != nil {
				logging.Logger("ring").Debugf("connecting to the registry ring's members for snapshot block %s: %v", c, err)
			}
		}
		return blks.Get(ctx, c)
	}
}

// checkRegistryOutputs is the ring service's CheckOutputs: a proposal of
// output 0 for the registry ring gets this node's vote only if the
// registry node rebuilds the same snapshot (registry.Anchorer.Check).
// Other rings and pins are not the registry's business.
func (p *Plugin) checkRegistryOutputs(ctx context.Context, ringAddr common.Address, outs []schemas.Output) error {
	p.mu.Lock()
	reg, reading := p.registry, p.registryReading
	p.mu.Unlock()
	isRegistry := (reg != nil && ringAddr == reg.ring) || (reading != nil && ringAddr == reading.ring)
	if !isRegistry || !slices.ContainsFunc(outs, func(o schemas.Output) bool { return o.Pin == 0 }) {
		return nil
	}
	if reg == nil || ringAddr != reg.ring {
		// The registry ring, but this node's registry is not running
		// (starting, or it failed to): it cannot rebuild the snapshot.
		return fmt.Errorf("this node does not run the registry of ring %s, so it cannot rebuild the snapshot it would vouch for; it votes once its registry node runs", ringAddr.Hex())
	}
	for _, o := range outs {
		if o.Pin == 0 {
			return reg.anchorer.Check(ctx, o.Data)
		}
	}
	return nil
}

// startRegistry makes the node a registry node when it is one: the
// configured registry ring (or, on the embedded chain, the dev registry
// ring) is held here and Registry.Avatar is its member. It returns nil and
// the reason (for the registry commands) when the node is not one; err is
// for what must stop the daemon. reading is set whenever the registry
// ring is known (a 0x Registry.Ring needs no keys), registry node or not.
func (p *Plugin) startRegistry(ctx context.Context, node *core.IpfsNode, ds datastore.Datastore, svc *ring.Service, backend chainBackend, embedded bool, factory common.Address) (reg *registryNode, reading *registryReading, notOne error, err error) {
	cfg := p.cfg.Registry
	ks := node.Repo.Keystore()
	name := cfg.Ring
	if name == "" && !embedded {
		return nil, nil, fmt.Errorf("%w: no registry ring is configured (on an external chain there is no default); set %s.Registry.Ring to the registry ring's name or 0x address and restart the daemon", ErrNotRegistryNode, ConfigPath), nil
	}
	if name == "" {
		addr, err := devRegistryRing(ctx, ks, ds, svc, cfg.Avatar, factory)
		if err != nil {
			return nil, nil, nil, fmt.Errorf("the dev registry ring: %w", err)
		}
		name = addr.Hex()
	}
	blks := nodeBlocks{bs: node.Blockstore, blocks: node.Blocks, pins: node.Pinning}
	if common.IsHexAddress(name) {
		addr := common.HexToAddress(name)
		reading = &registryReading{ring: addr, reader: registry.Reader{Head: outputHead{backend: backend, ring: addr}, Get: membersBlocks(node.Blockstore, blks, svc, addr)}}
	}
	av, err := avatar.Load(ks, cfg.Avatar)
	if err != nil {
		return nil, reading, fmt.Errorf("%w: Registry.Avatar: %w; then restart the daemon", ErrNotRegistryNode, err), nil
	}
	info, err := svc.Info(ctx, name)
	if err != nil {
		return nil, reading, fmt.Errorf("%w: Registry.Ring %s: %w", ErrNotRegistryNode, name, err), nil
	}
	head := outputHead{backend: backend, ring: info.Address}
	reading = &registryReading{ring: info.Address, reader: registry.Reader{Head: head, Get: membersBlocks(node.Blockstore, blks, svc, info.Address)}}
	if !slices.ContainsFunc(info.Members, func(m ring.MemberInfo) bool { return m.Address == av.Address }) {
		return nil, reading, fmt.Errorf("%w: its Registry.Avatar %s (%s) is not a member of the registry ring %s; the ring's owner %s can add it with `ipfs ring enter %s %s --from OWNER`, then restart the daemon",
			ErrNotRegistryNode, cfg.Avatar, av.Address.Hex(), info.Address.Hex(), info.Owner.Hex(), info.Address.Hex(), av.Address.Hex()), nil
	}
	j := &ringJournal{svc: svc, ring: info.Address.Hex(), avatar: cfg.Avatar, self: av.Address}
	rs, err := registry.New(ctx, j, svc.ChainID(), p.cfg.registryRules(), registry.WithLogf(logging.Logger("ring").Errorf),
		registry.WithHostKey(av.PrivateKey(), 0), registry.WithProvide(provideOnDHT(node)),
		// A batch's blocks, framed and sealed, must fit a log node's body.
		registry.WithMaxBatchBytes(min(registry.DefaultMaxBatchBytes, p.cfg.Limits.MaxBodySize/2)))
	if err != nil {
		return nil, reading, nil, err
	}
	anchorer, err := registry.NewAnchorer(j, ringLedger{outputHead: head, svc: svc}, blks, svc.ChainID(), p.cfg.registryRules(),
		registry.WithAnchorLogf(logging.Logger("ring").Infof))
	if err != nil {
		_ = rs.Close()
		return nil, reading, nil, err
	}
	if every := p.cfg.anchorInterval(); every > 0 {
		anchorer.Start(every)
	}
	return &registryNode{svc: rs, anchorer: anchorer, ring: info.Address, avatar: av}, reading, nil, nil
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

// registryReader is the anchored registry for `registry head` and
// `registry resolve --source chain`: any running node that knows the
// registry ring reads it, with no keys and no registry role.
func (p *Plugin) registryReader(env cmds.Environment) (*commands.RegistryReader, error) {
	if _, err := p.service(env); err != nil {
		return nil, err
	}
	node, err := cmdenv.GetNode(env)
	if err != nil {
		return nil, err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.registryReading == nil {
		return nil, fmt.Errorf("this node does not know the registry ring: set %s.Registry.Ring to the registry ring's 0x address and restart the daemon", ConfigPath)
	}
	return &commands.RegistryReader{Ring: p.registryReading.ring, Reader: p.registryReading.reader, Avatars: node.Repo.Keystore()}, nil
}

// provideOnDHT provides CIDs through the node's provider system (the DHT;
// a no-op when Kubo's providing is off), which queues and reprovides them.
func provideOnDHT(node *core.IpfsNode) func([]cid.Cid) error {
	return func(cs []cid.Cid) error {
		if node.Provider == nil {
			return nil
		}
		mhs := make([]mh.Multihash, len(cs))
		for i, c := range cs {
			mhs[i] = c.Hash()
		}
		return node.Provider.StartProviding(false, mhs...)
	}
}
