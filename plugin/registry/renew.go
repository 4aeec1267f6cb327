package registry

import (
	"crypto/ecdsa"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// Renewer keeps a node's own records (host records) alive: it signs each
// again with a new created time once it is Every old, long before
// Rules.StaleAfter, and hands it to publish, which applies it to the
// node's state and appends it to the node's registry log, from where every
// registry node gets it. Its caller calls Renew on a tick shorter than the
// gap between Every and StaleAfter, and once at start, so that a record is
// never stale, let alone expired, anywhere.
type Renewer struct {
	key     *ecdsa.PrivateKey
	issuer  common.Address
	every   time.Duration
	publish func(*schemas.ProviderRecord) error

	mu     sync.Mutex
	hosted map[hostedKey]*schemas.ProviderRecord // the latest signed copy of each
}

// hostedKey is a hosted record's identity: the issuer is the renewer's.
type hostedKey struct {
	resource [32]byte
	peer     string
}

// DefaultRenewEvery is how old a host record gets before it is signed
// again: a third of the default Rules.StaleAfter.
const DefaultRenewEvery = 20 * time.Minute

// NewRenewer returns a renewer of records issued by key. every is how old
// a record gets before it is renewed (DefaultRenewEvery when zero).
func NewRenewer(key *ecdsa.PrivateKey, every time.Duration, publish func(*schemas.ProviderRecord) error) *Renewer {
	if every <= 0 {
		every = DefaultRenewEvery
	}
	return &Renewer{key: key, issuer: crypto.PubkeyToAddress(key.PublicKey), every: every, publish: publish, hosted: map[hostedKey]*schemas.ProviderRecord{}}
}

// Host signs rec as the renewer's issuer, created now, publishes it, and
// renews it from then on. It replaces a hosted record of the same resource
// and peer.
func (r *Renewer) Host(rec schemas.ProviderRecord, now time.Time) (*schemas.ProviderRecord, error) {
	signed, err := r.sign(rec, now)
	if err != nil {
		return nil, err
	}
	if err := r.publish(signed); err != nil {
		return nil, err
	}
	r.mu.Lock()
	r.hosted[hostedKey{[32]byte(signed.Resource), string(signed.Peer)}] = signed
	r.mu.Unlock()
	return signed, nil
}

// Drop stops renewing the record for resource and peer. It does not
// remove the record: publish a Tombstone for that.
func (r *Renewer) Drop(resource [32]byte, peer []byte) {
	r.mu.Lock()
	defer r.mu.Unlock()
	delete(r.hosted, hostedKey{resource, string(peer)})
}

// Renew signs again and publishes every hosted record that is Every old at
// now. It goes on past a record that fails and returns the first error.
func (r *Renewer) Renew(now time.Time) (renewed int, err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	due := now.Add(-r.every).UnixMilli()
	for k, rec := range r.hosted {
		if rec.Created > due {
			continue
		}
		signed, e := r.sign(*rec, now)
		if e == nil {
			e = r.publish(signed)
		}
		if e != nil {
			if err == nil {
				err = fmt.Errorf("registry: renewing the record of peer %x for resource %x: %w", rec.Peer, rec.Resource, e)
			}
			continue
		}
		r.hosted[k] = signed
		renewed++
	}
	return renewed, err
}

func (r *Renewer) sign(rec schemas.ProviderRecord, now time.Time) (*schemas.ProviderRecord, error) {
	rec.Issuer = r.issuer.Bytes()
	rec.Created = now.UnixMilli()
	rec.Sig = nil
	if err := schemas.SignProviderRecord(&rec, r.key); err != nil {
		return nil, err
	}
	return &rec, nil
}
