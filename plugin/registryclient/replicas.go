package registryclient

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/registry"
)

// ReplicaService is the service id of a replica's provider record.
const ReplicaService = "replica"

// ReplicaLabel is the label of a ring's replica resource:
// "rings/replicas/" and the ring's address in lowercase 0x hex (57
// bytes). The resource is owned by the ring's owner.
func ReplicaLabel(ring common.Address) string {
	return "rings/replicas/" + strings.ToLower(ring.Hex())
}

// ReplicaResource is the id of ring's replica resource, owned by owner.
func ReplicaResource(ring, owner common.Address) [32]byte {
	return schemas.ResourceID(ReplicaLabel(ring), owner)
}

// EnsureReplicaResource creates ring's replica resource, signed by the
// ring's owner's key, unless the registry already holds it (created is
// then false). It is safe to repeat.
func EnsureReplicaResource(ctx context.Context, reg Registry, ring common.Address, owner *ecdsa.PrivateKey) (id [32]byte, created bool, err error) {
	addr := crypto.PubkeyToAddress(owner.PublicKey)
	id = ReplicaResource(ring, addr)
	if _, _, err := reg.Resolve(ctx, id); err == nil {
		return id, false, nil
	} else if !errors.Is(err, registry.ErrUnknownResource) {
		return id, false, err
	}
	r := &schemas.Resource{Chain: int64(reg.Chain()), Label: ReplicaLabel(ring), Owner: addr.Bytes(), Created: time.Now().UnixMilli()}
	if err := schemas.SignResource(r, owner); err != nil {
		return id, false, err
	}
	res, err := reg.Accept(ctx, registry.Op{Resource: r})
	if err != nil {
		return id, false, fmt.Errorf("creating the replica resource %s of ring %s: %w", ReplicaLabel(ring), ring.Hex(), err)
	}
	return id, !res.Unchanged, nil
}

// Replica is a replica of a ring found in the registry.
type Replica struct {
	URL    string         // its ring gateway
	Peer   peer.ID        // its node
	Issuer common.Address // its replica avatar
}

// FreshReplicas resolves ring's replica resource (owned by owner) live
// and returns its fresh (not stale) providers of service "replica" whose
// value is an http(s) URL, in the registry's order, leaving out the node
// self. A resource that does not exist lists none.
func FreshReplicas(ctx context.Context, reg Registry, ring, owner common.Address, self peer.ID) ([]Replica, error) {
	_, ps, err := reg.Resolve(ctx, ReplicaResource(ring, owner))
	if errors.Is(err, registry.ErrUnknownResource) {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	var out []Replica
	for _, p := range ps {
		rec := p.Record
		if p.Stale || !slices.Contains(rec.Services, ReplicaService) || peer.ID(rec.Peer) == self ||
			!(strings.HasPrefix(rec.Value, "http://") || strings.HasPrefix(rec.Value, "https://")) {
			continue
		}
		out = append(out, Replica{URL: rec.Value, Peer: peer.ID(rec.Peer), Issuer: common.BytesToAddress(rec.Issuer)})
	}
	return out, nil
}
