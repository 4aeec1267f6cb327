// Package ringpeers finds the nodes of a ring's members and connects to
// them, so that sync, votes and head announcements reach them without
// `ipfs swarm connect`.
//
// Every member's node publishes its libp2p peer ID and multiaddresses in
// the ring contract: Ring.setPeerInfoFor takes a PeerInfo signed by the
// member's avatar (EIP-712) and is sent by the node's relayer, so the
// member needs no gas. It is sent only when what the contract holds
// differs from the node's current addresses. Anyone reads a member's entry
// back with one eth_call (Ring.getPeerInfo); the contract only takes a
// newer one, so an old signed PeerInfo cannot be replayed.
//
// Why the contract and not the registry: the members are already read
// from the ring's contract, so their addresses come from the same trusted
// place, with no registry node needed to find the registry nodes
// themselves. It costs one transaction per member, ring and change of
// address (docs/contracts.md has the gas).
package ringpeers

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/peerstore"
	ma "github.com/multiformats/go-multiaddr"

	"github.com/mosaic-rings/rings/contracts/chain"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// Chain is what the package needs of the ring contracts. *chain.Client
// implements it.
type Chain interface {
	ChainID() uint64
	PeerInfo(ctx context.Context, ring, member common.Address) (schemas.PeerInfo, error)
	SetPeerInfo(ctx context.Context, ring common.Address, info schemas.PeerInfo, sig []byte) (*chain.Receipt, error)
}

var _ Chain = (*chain.Client)(nil)

// Defaults of Options.
const (
	DefaultTTL            = time.Minute
	DefaultConnectTimeout = 10 * time.Second
)

// Options are the tunables; zero values take the defaults.
type Options struct {
	// TTL is how long a member's peer info read from the chain is used
	// before it is read again. Default DefaultTTL.
	TTL time.Duration
	// ConnectTimeout bounds one connection attempt. Default
	// DefaultConnectTimeout.
	ConnectTimeout time.Duration
	// Now is the clock; default time.Now.
	Now func() time.Time
	// Logf reports the members' nodes that could not be found or reached
	// (a debug matter: they may be offline); nowhere by default.
	Logf func(format string, args ...any)
	// Extra returns more multiaddrs to publish, ahead of the host's own:
	// the ring gateway's /tcp/PORT/http address (registryclient), which
	// libp2p skips when it dials (it has no transport for it). None by
	// default.
	Extra func() []ma.Multiaddr
	// More returns other nodes of a ring for Connect to reach beside its
	// members': its replicas (registryclient.ReplicaNodes). None by
	// default.
	More func(ctx context.Context, ring common.Address) ([]peer.AddrInfo, error)
}

// Peers publishes this node in rings and finds and connects the nodes of
// rings' members. It is safe for concurrent use.
type Peers struct {
	host  host.Host
	chain Chain
	opts  Options

	mu    sync.Mutex
	cache map[key]cached
}

type key struct{ ring, member common.Address }

type cached struct {
	info *peer.AddrInfo
	read time.Time
}

// New returns the Peers of host h on chain c.
func New(h host.Host, c Chain, opts Options) *Peers {
	if opts.TTL <= 0 {
		opts.TTL = DefaultTTL
	}
	if opts.ConnectTimeout <= 0 {
		opts.ConnectTimeout = DefaultConnectTimeout
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Logf == nil {
		opts.Logf = func(string, ...any) {}
	}
	return &Peers{host: h, chain: c, opts: opts, cache: map[key]cached{}}
}

// Self is this node's PeerInfo for member: its peer ID and its
// multiaddresses (Options.Extra's, then the host's announced addresses,
// sorted, as many as fit schemas.MaxPeerInfoMultiaddrsSize), with Updated
// unset.
func (p *Peers) Self(member common.Address) schemas.PeerInfo {
	addrs := p.host.Addrs()
	raw := make([][]byte, 0, len(addrs))
	for _, a := range addrs {
		raw = append(raw, a.Bytes())
	}
	slices.SortFunc(raw, bytes.Compare)
	raw = slices.CompactFunc(raw, bytes.Equal)
	if p.opts.Extra != nil {
		var extra [][]byte
		for _, a := range p.opts.Extra() {
			if b := a.Bytes(); !slices.ContainsFunc(extra, func(e []byte) bool { return bytes.Equal(e, b) }) {
				extra = append(extra, b)
			}
		}
		raw = append(extra, slices.DeleteFunc(raw, func(r []byte) bool {
			return slices.ContainsFunc(extra, func(e []byte) bool { return bytes.Equal(e, r) })
		})...)
	}
	var packed []byte
	for n := len(raw); n > 0; n-- {
		if b, err := schemas.PackMultiaddrs(raw[:n]); err == nil {
			packed = b
			break
		}
	}
	return schemas.PeerInfo{Member: member, PeerID: []byte(p.host.ID()), Multiaddrs: packed}
}

// Publish makes ring's peer info of the member whose avatar key is key
// name this node: it signs a PeerInfo and has the chain client's relayer
// send it, only when what the contract holds differs (sent is false when
// it did not). key's account must be a member of ring.
func (p *Peers) Publish(ctx context.Context, ring common.Address, key *ecdsa.PrivateKey) (sent bool, err error) {
	member := crypto.PubkeyToAddress(key.PublicKey)
	have, err := p.chain.PeerInfo(ctx, ring, member)
	if err != nil {
		return false, fmt.Errorf("reading the peer info of %s in ring %s: %w", member.Hex(), ring.Hex(), err)
	}
	want := p.Self(member)
	if bytes.Equal(have.PeerID, want.PeerID) && bytes.Equal(have.Multiaddrs, want.Multiaddrs) {
		return false, nil
	}
	want.Updated = max(uint64(p.opts.Now().Unix()), have.Updated+1)
	sig, err := schemas.SignPeerInfo(schemas.Domain{ChainID: p.chain.ChainID(), Ring: ring}, want, key)
	if err != nil {
		return false, err
	}
	if _, err := p.chain.SetPeerInfo(ctx, ring, want, sig); err != nil {
		return false, fmt.Errorf("publishing this node as %s's in ring %s: %w", member.Hex(), ring.Hex(), err)
	}
	return true, nil
}

// Find returns the nodes the members of ring published, read from the
// chain at most TTL ago (a member that published nothing is read again
// each time). Members that published nothing usable, and this
// node, are left out; a member whose read fails is left out too, and the
// first such error is returned beside what was found.
func (p *Peers) Find(ctx context.Context, ring common.Address, members []common.Address) ([]peer.AddrInfo, error) {
	var (
		out   []peer.AddrInfo
		first error
		seen  = map[peer.ID]bool{p.host.ID(): true}
	)
	for _, m := range members {
		ai, err := p.find(ctx, ring, m)
		if err != nil {
			if first == nil {
				first = err
			}
			continue
		}
		if ai == nil || seen[ai.ID] {
			continue
		}
		seen[ai.ID] = true
		out = append(out, *ai)
	}
	return out, first
}

func (p *Peers) find(ctx context.Context, ring, member common.Address) (*peer.AddrInfo, error) {
	k := key{ring, member}
	now := p.opts.Now()
	p.mu.Lock()
	c, ok := p.cache[k]
	p.mu.Unlock()
	if ok && now.Sub(c.read) < p.opts.TTL {
		return c.info, nil
	}
	info, err := p.chain.PeerInfo(ctx, ring, member)
	if err != nil {
		return nil, fmt.Errorf("reading the peer info of %s in ring %s: %w", member.Hex(), ring.Hex(), err)
	}
	ai := addrInfo(info)
	if ai != nil { // nothing published yet is read again next time
		p.mu.Lock()
		p.cache[k] = cached{info: ai, read: now}
		p.mu.Unlock()
	}
	return ai, nil
}

// addrInfo parses a published PeerInfo; nil when it holds no valid peer
// ID. Addresses that do not parse are skipped: the peer may still be
// reachable through the others or the peerstore.
func addrInfo(info schemas.PeerInfo) *peer.AddrInfo {
	id, err := peer.IDFromBytes(info.PeerID)
	if err != nil {
		return nil
	}
	ai := &peer.AddrInfo{ID: id}
	raw, err := schemas.UnpackMultiaddrs(info.Multiaddrs)
	if err != nil {
		return ai
	}
	for _, b := range raw {
		if a, err := ma.NewMultiaddrBytes(b); err == nil {
			ai.Addrs = append(ai.Addrs, a)
		}
	}
	return ai
}

// Connect connects this node to the nodes of ring's members it is not
// connected to yet (see Find), and to the ring's other nodes Options.More
// finds, all at once, each attempt bounded by
// ConnectTimeout, and returns the members' nodes it is connected to
// afterwards. It never fails: a node it cannot find or reach is left out
// and reported to Logf.
func (p *Peers) Connect(ctx context.Context, ring common.Address, members []common.Address) []peer.ID {
	infos, err := p.Find(ctx, ring, members)
	if err != nil {
		p.opts.Logf("%v", err)
	}
	if p.opts.More != nil {
		more, err := p.opts.More(ctx, ring)
		if err != nil {
			p.opts.Logf("finding more nodes of ring %s: %v", ring.Hex(), err)
		}
		for _, m := range more {
			if m.ID != p.host.ID() && !slices.ContainsFunc(infos, func(i peer.AddrInfo) bool { return i.ID == m.ID }) {
				infos = append(infos, m)
			}
		}
	}
	var (
		mu        sync.Mutex
		connected []peer.ID
		wg        sync.WaitGroup
	)
	for _, ai := range infos {
		if p.host.Network().Connectedness(ai.ID) == network.Connected {
			connected = append(connected, ai.ID)
			continue
		}
		wg.Go(func() {
			p.host.Peerstore().AddAddrs(ai.ID, ai.Addrs, peerstore.RecentlyConnectedAddrTTL)
			cctx, cancel := context.WithTimeout(ctx, p.opts.ConnectTimeout)
			defer cancel()
			if err := p.host.Connect(cctx, ai); err != nil {
				p.opts.Logf("connecting to the node %s of a member of ring %s: %v", ai.ID, ring.Hex(), err)
				return
			}
			mu.Lock()
			connected = append(connected, ai.ID)
			mu.Unlock()
		})
	}
	wg.Wait()
	return connected
}

// Local is a member of a ring whose avatar key this node holds.
type Local struct {
	Ring common.Address
	Key  *ecdsa.PrivateKey
}

// Run keeps this node published for every member that local lists, until
// ctx ends: every tick it publishes for members it has not confirmed yet
// (new rings, new keys), and for every member again when the node's
// addresses changed or recheck has passed since the last confirmation. A
// confirmation needs one eth_call; a transaction is sent only when the
// contract holds something else (Publish).
func (p *Peers) Run(ctx context.Context, local func(context.Context) ([]Local, error), tick, recheck time.Duration) {
	confirmed := map[key]time.Time{}
	var self []byte
	t := time.NewTicker(tick)
	defer t.Stop()
	for {
		if now := p.Self(common.Address{}); !bytes.Equal(now.Multiaddrs, self) {
			self, confirmed = now.Multiaddrs, map[key]time.Time{}
		}
		ls, err := local(ctx)
		if err != nil && ctx.Err() == nil {
			p.opts.Logf("listing the rings to publish this node in: %v", err)
		}
		for _, l := range ls {
			k := key{l.Ring, crypto.PubkeyToAddress(l.Key.PublicKey)}
			if at, ok := confirmed[k]; ok && p.opts.Now().Sub(at) < recheck {
				continue
			}
			if _, err := p.Publish(ctx, l.Ring, l.Key); err != nil {
				if ctx.Err() == nil {
					p.opts.Logf("%v", err)
				}
				continue
			}
			confirmed[k] = p.opts.Now()
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
