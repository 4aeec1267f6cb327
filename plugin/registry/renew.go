package registry

import (
	"crypto/ecdsa"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// Renewer keeps a node's own records (host records) alive: it signs each
// again with a new created time once it is Every old, long before
// Rules.StaleAfter, and hands it to publish, which applies it to the
// node's state and appends it to the node's registry log, from where every
// registry node gets it.
//
// The records it renews are the live records in the state issued by its
// key, read at every Renew: nothing is kept beside the state, so a restart
// renews what the replayed logs hold, and unregistering a record (a
// tombstone) ends its renewal. Its caller calls Renew on a tick shorter
// than the gap between Every and StaleAfter, and once at start, so that a
// record is never stale, let alone expired, anywhere.
type Renewer struct {
	key     *ecdsa.PrivateKey
	issuer  common.Address
	every   time.Duration
	state   *State
	publish func(*schemas.ProviderRecord) error
}

// DefaultRenewEvery is how old a host record gets before it is signed
// again under the default rules: a third of the default Rules.StaleAfter.
// A Service derives it from its rules' StaleAfter (WithHostKey).
const DefaultRenewEvery = 20 * time.Minute

// NewRenewer returns a renewer of the records in state issued by key.
// every is how old a record gets before it is renewed (DefaultRenewEvery
// when zero).
func NewRenewer(key *ecdsa.PrivateKey, every time.Duration, state *State, publish func(*schemas.ProviderRecord) error) *Renewer {
	if every <= 0 {
		every = DefaultRenewEvery
	}
	return &Renewer{key: key, issuer: crypto.PubkeyToAddress(key.PublicKey), every: every, state: state, publish: publish}
}

// Issuer is the account whose records the renewer renews.
func (r *Renewer) Issuer() common.Address { return r.issuer }

// Renew signs again and publishes every record of the renewer's issuer
// that is Every old at now and not yet expired. It goes on past a record
// that fails and returns the first error.
func (r *Renewer) Renew(now time.Time) (renewed int, err error) {
	due := now.Add(-r.every).UnixMilli()
	for _, rec := range r.state.RecordsBy(r.issuer, now) {
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
