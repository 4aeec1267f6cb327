package registryclient

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"

	"github.com/mosaic-rings/rings/gateway/client"
)

// ReplicaNodes finds the libp2p nodes of a ring's replicas, so that a
// sync or an announcement reaches them as it reaches the members' nodes:
// the replicas' fresh records in the registry (FreshReplicas), then each
// replica gateway's NodeInfo, whose peer ID must be the record's. What it
// finds for a ring is kept for TTL.
type ReplicaNodes struct {
	// Registry is the registry to ask; nil (or a nil result): no replicas.
	Registry func() Registry
	// Owner is the ring's owner, whose resource lists its replicas.
	Owner func(ctx context.Context, ring common.Address) (common.Address, error)
	// Self is this node, left out.
	Self peer.ID
	// TTL is how long an answer is kept; default one minute.
	TTL time.Duration
	// Now is the clock; default time.Now.
	Now func() time.Time

	mu    sync.Mutex
	found map[common.Address]foundNodes
}

type foundNodes struct {
	infos []peer.AddrInfo
	at    time.Time
}

// Find returns the nodes of ring's replicas. Errors are returned beside
// what was found: a replica that cannot be asked is left out.
func (r *ReplicaNodes) Find(ctx context.Context, ring common.Address) ([]peer.AddrInfo, error) {
	now, ttl := time.Now, r.TTL
	if r.Now != nil {
		now = r.Now
	}
	if ttl <= 0 {
		ttl = time.Minute
	}
	r.mu.Lock()
	f, ok := r.found[ring]
	r.mu.Unlock()
	if ok && now().Sub(f.at) < ttl {
		return f.infos, nil
	}
	var reg Registry
	if r.Registry != nil {
		reg = r.Registry()
	}
	if reg == nil {
		return nil, nil
	}
	owner, err := r.Owner(ctx, ring)
	if err != nil {
		return nil, err
	}
	reps, err := FreshReplicas(ctx, reg, ring, owner, r.Self)
	if err != nil {
		return nil, err
	}
	var (
		infos []peer.AddrInfo
		first error
	)
	for _, rep := range reps {
		info, err := nodeOf(ctx, rep)
		if err != nil {
			if first == nil {
				first = err
			}
			continue
		}
		infos = append(infos, info)
	}
	r.mu.Lock()
	if r.found == nil {
		r.found = map[common.Address]foundNodes{}
	}
	r.found[ring] = foundNodes{infos: infos, at: now()}
	r.mu.Unlock()
	return infos, first
}

// nodeOf asks a replica's gateway for its node, and checks that it is the
// node the replica's record names.
func nodeOf(ctx context.Context, rep Replica) (peer.AddrInfo, error) {
	return NodeAt(ctx, rep.URL, rep.Peer)
}

// NodeAt asks the ring gateway at url for its node's addresses (GET
// /ring/node), and checks that it is the node want, as registered with
// that URL (a replica's record, a market node, an attester).
func NodeAt(ctx context.Context, url string, want peer.ID) (peer.AddrInfo, error) {
	c, err := client.New(url)
	if err != nil {
		return peer.AddrInfo{}, err
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	ni, err := c.NodeInfo(ctx)
	if err != nil {
		return peer.AddrInfo{}, fmt.Errorf("asking the gateway at %s for its node: %w", url, err)
	}
	id, err := peer.Decode(ni.Peer)
	if err != nil || id != want {
		return peer.AddrInfo{}, fmt.Errorf("the gateway at %s names node %q, its registration %s", url, ni.Peer, want)
	}
	info := peer.AddrInfo{ID: id}
	for _, s := range ni.Addrs {
		if a, err := ma.NewMultiaddr(s); err == nil {
			info.Addrs = append(info.Addrs, a)
		}
	}
	return info, nil
}
