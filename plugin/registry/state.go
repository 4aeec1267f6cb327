package registry

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// Errors of Apply. Each names the rule that refused the operation; a
// refused operation changes nothing.
var (
	// ErrUnknownResource: a record or tombstone for a resource that was
	// never created here.
	ErrUnknownResource = errors.New("registry: no such resource")
	// ErrWrongChain: an operation signed for another chain than the
	// registry's.
	ErrWrongChain = errors.New("registry: signed for another chain")
	// ErrSigner: the signature is not the issuer's (the owner's, for a
	// resource).
	ErrSigner = errors.New("registry: not signed by its issuer")
	// ErrFuture: created is further in the future than Rules.MaxSkew.
	ErrFuture = errors.New("registry: created is in the future")
	// ErrExpired: created is older than Rules.ExpireAfter.
	ErrExpired = errors.New("registry: expired")
	// ErrReplay: the registry holds a newer operation (or the same time's
	// winner) for the same resource, peer and issuer.
	ErrReplay = errors.New("registry: a newer operation is held")
)

// Op is one registry operation: exactly one of its fields is set.
type Op struct {
	Resource  *schemas.Resource
	Record    *schemas.ProviderRecord
	Tombstone *schemas.Tombstone
}

// Result says what an accepted operation did.
type Result struct {
	// Unchanged is true when the registry already held this operation.
	Unchanged bool
	// Evicted is the record that a new record pushed out of its
	// resource's provider set (FIFO), if any.
	Evicted *schemas.ProviderRecord
}

// Provider is one provider of a resource, as Resolve returns it.
type Provider struct {
	Record *schemas.ProviderRecord
	// Stale is true for a record not renewed for Rules.StaleAfter.
	Stale bool
	// Host is true for a record issued by a registry node.
	Host bool
}

// key is what last-writer-wins is per, within a resource.
type key struct {
	peer   string
	issuer common.Address
}

// entry is the latest operation for one key: a record or a tombstone.
type entry struct {
	created int64    // unix ms
	digest  [32]byte // the EIP-712 digest: breaks ties of created
	record  *schemas.ProviderRecord
	tomb    *schemas.Tombstone // set instead of record for a removal
}

// newer reports whether e wins over o: a later created, or at the same
// created the greater digest, so every node picks the same winner.
func (e *entry) newer(o *entry) bool {
	if e.created != o.created {
		return e.created > o.created
	}
	return bytes.Compare(e.digest[:], o.digest[:]) > 0
}

type resource struct {
	res     *schemas.Resource
	digest  [32]byte
	entries map[key]*entry
}

// State is the registry's state: resources and the latest record or
// tombstone of each (resource, peer, issuer). It is safe for concurrent
// use.
//
// Applying the same operations in any order gives the same state (a
// last-writer-wins map), with one exception: a resource with more than
// Rules.Retain entries inside the expiry window drops its oldest for good,
// and which ones depends on the order. Snapshots replay operations in one
// canonical order, so members agree on them regardless.
type State struct {
	rules Rules
	chain int64
	hosts func(common.Address) bool

	mu        sync.RWMutex
	resources map[[32]byte]*resource
}

// NewState returns an empty registry for chain. hosts tells whether an
// issuer is a registry node, whose records are never evicted; nil: none
// is.
func NewState(chain uint64, rules Rules, hosts func(common.Address) bool) (*State, error) {
	if err := rules.Validate(); err != nil {
		return nil, err
	}
	if hosts == nil {
		hosts = func(common.Address) bool { return false }
	}
	return &State{rules: rules, chain: int64(chain), hosts: hosts, resources: map[[32]byte]*resource{}}, nil
}

// Apply checks op against the rules at time now and, if it passes, applies
// it. A refused operation changes nothing.
func (s *State) Apply(op Op, now time.Time) (Result, error) {
	return s.apply(op, now, true)
}

// Check is Apply without the change: it returns the error Apply would, and
// Result.Unchanged when the state already holds op. Result.Evicted is not
// computed.
func (s *State) Check(op Op, now time.Time) (Result, error) {
	return s.apply(op, now, false)
}

// apply is Apply, or Check when commit is false.
func (s *State) apply(op Op, now time.Time, commit bool) (Result, error) {
	v, err := verify(op)
	if err != nil {
		return Result{}, err
	}
	return s.applyVerified(op, v, now, commit)
}

// applyVerified is apply for an op verify has checked (v), so that a
// caller can check the signature once, outside any lock.
func (s *State) applyVerified(op Op, v verified, now time.Time, commit bool) (Result, error) {
	if v.chain != s.chain {
		return Result{}, fmt.Errorf("%w: chain %d, the registry's is %d", ErrWrongChain, v.chain, s.chain)
	}
	nowMS := now.UnixMilli()
	if limit := nowMS + s.rules.MaxSkew.Milliseconds(); v.created > limit {
		return Result{}, fmt.Errorf("%w: created %s is more than %s ahead of this node's clock (%s)",
			ErrFuture, fmtMS(v.created), s.rules.MaxSkew, fmtMS(nowMS))
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if op.Resource != nil {
		return s.applyResource(op.Resource, v, commit)
	}
	if v.created < nowMS-s.rules.ExpireAfter.Milliseconds() {
		return Result{}, fmt.Errorf("%w: created %s is more than %s ago", ErrExpired, fmtMS(v.created), s.rules.ExpireAfter)
	}
	r := s.resources[v.resource]
	if r == nil {
		return Result{}, fmt.Errorf("%w: 0x%x", ErrUnknownResource, v.resource)
	}
	e := &entry{created: v.created, digest: v.digest, record: op.Record, tomb: op.Tombstone}
	k := key{peer: string(v.peer), issuer: v.issuer}
	if old := r.entries[k]; old != nil {
		if old.digest == e.digest {
			return Result{Unchanged: true}, nil
		}
		if !e.newer(old) {
			return Result{}, fmt.Errorf("%w: this one was created %s, the held one %s", ErrReplay, fmtMS(e.created), fmtMS(old.created))
		}
	}
	if !commit {
		return Result{}, nil
	}
	before := s.view(r, nowMS)
	r.entries[k] = e
	s.trim(r, nowMS)
	var res Result
	if e.record != nil && len(before) == s.rules.MaxProviders {
		after := s.view(r, nowMS)
		for _, p := range before {
			if !slices.ContainsFunc(after, func(q Provider) bool { return q.Record == p.Record }) {
				res.Evicted = p.Record
				break
			}
		}
	}
	return res, nil
}

func (s *State) applyResource(res *schemas.Resource, v verified, commit bool) (Result, error) {
	if old := s.resources[v.resource]; old != nil {
		switch {
		case old.digest == v.digest:
			return Result{Unchanged: true}, nil
		case old.res.Created > res.Created || (old.res.Created == res.Created && bytes.Compare(old.digest[:], v.digest[:]) > 0):
			return Result{}, fmt.Errorf("%w: this one was created %s, the held one %s", ErrReplay, fmtMS(res.Created), fmtMS(old.res.Created))
		}
		if !commit {
			return Result{}, nil
		}
		old.res, old.digest = res, v.digest
		return Result{}, nil
	}
	if !commit {
		return Result{}, nil
	}
	s.resources[v.resource] = &resource{res: res, digest: v.digest, entries: map[key]*entry{}}
	return Result{}, nil
}

// Resource returns the resource with id, if it exists.
func (s *State) Resource(id [32]byte) (*schemas.Resource, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	r := s.resources[id]
	if r == nil {
		return nil, false
	}
	return r.res, true
}

// Resolve returns the providers of resource id at time now, newest first:
// host records, then the newest others, at most Rules.MaxProviders in all.
// Expired records are left out; stale ones are marked. ok is false when the
// resource does not exist.
func (s *State) Resolve(id [32]byte, now time.Time) (providers []Provider, ok bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	r := s.resources[id]
	if r == nil {
		return nil, false
	}
	return s.view(r, now.UnixMilli()), true
}

// Prune drops every expired record and tombstone. Expired entries are
// invisible anyway; Prune frees their memory. A tombstone is dropped only
// once any record it removed would be refused as expired too, so nothing
// comes back.
func (s *State) Prune(now time.Time) (dropped int) {
	cutoff := now.UnixMilli() - s.rules.ExpireAfter.Milliseconds()
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, r := range s.resources {
		for k, e := range r.entries {
			if e.created < cutoff {
				delete(r.entries, k)
				dropped++
			}
		}
	}
	return dropped
}

// view is the provider set of r at nowMS. Callers hold s.mu.
func (s *State) view(r *resource, nowMS int64) []Provider {
	expired := nowMS - s.rules.ExpireAfter.Milliseconds()
	stale := nowMS - s.rules.StaleAfter.Milliseconds()
	var hosts, others []Provider
	for _, e := range r.entries {
		if e.record == nil || e.created < expired {
			continue
		}
		p := Provider{Record: e.record, Stale: e.created < stale, Host: s.hosts(common.BytesToAddress(e.record.Issuer))}
		if p.Host {
			hosts = append(hosts, p)
		} else {
			others = append(others, p)
		}
	}
	slices.SortFunc(hosts, newestFirst)
	slices.SortFunc(others, newestFirst)
	out := append(hosts, others...)
	return out[:min(len(out), s.rules.MaxProviders)]
}

// trim keeps at most Rules.Retain entries in r: it drops expired ones,
// then the oldest entries of issuers that are not hosts. Callers hold s.mu.
func (s *State) trim(r *resource, nowMS int64) {
	if len(r.entries) <= s.rules.Retain {
		return
	}
	expired := nowMS - s.rules.ExpireAfter.Milliseconds()
	type kv struct {
		k key
		e *entry
	}
	var drop []kv
	for k, e := range r.entries {
		if e.created < expired {
			delete(r.entries, k)
			continue
		}
		if !s.hosts(k.issuer) {
			drop = append(drop, kv{k, e})
		}
	}
	slices.SortFunc(drop, func(a, b kv) int {
		if a.e.newer(b.e) {
			return 1
		}
		return -1
	})
	for _, d := range drop {
		if len(r.entries) <= s.rules.Retain {
			break
		}
		delete(r.entries, d.k)
	}
}

// newestFirst orders providers by created, newest first, then by peer and
// issuer, so that the order is the same on every node.
func newestFirst(a, b Provider) int {
	if c := cmp.Compare(b.Record.Created, a.Record.Created); c != 0 {
		return c
	}
	if c := bytes.Compare(a.Record.Peer, b.Record.Peer); c != 0 {
		return c
	}
	return bytes.Compare(a.Record.Issuer, b.Record.Issuer)
}

func fmtMS(ms int64) string { return time.UnixMilli(ms).UTC().Format(time.RFC3339Nano) }

// Chain returns the chain id the registry accepts operations of.
func (s *State) Chain() uint64 { return uint64(s.chain) }

// Rules returns the rules the registry applies.
func (s *State) Rules() Rules { return s.rules }

// IDs returns the ids of every resource, in ascending byte order.
func (s *State) IDs() [][32]byte {
	s.mu.RLock()
	ids := make([][32]byte, 0, len(s.resources))
	for id := range s.resources {
		ids = append(ids, id)
	}
	s.mu.RUnlock()
	slices.SortFunc(ids, func(a, b [32]byte) int { return bytes.Compare(a[:], b[:]) })
	return ids
}

// RecordsBy returns the records issued by issuer that are live at now (not
// removed by a tombstone, not expired), ordered by resource id, then peer.
func (s *State) RecordsBy(issuer common.Address, now time.Time) []*schemas.ProviderRecord {
	expired := now.UnixMilli() - s.rules.ExpireAfter.Milliseconds()
	var out []*schemas.ProviderRecord
	s.mu.RLock()
	for _, r := range s.resources {
		for k, e := range r.entries {
			if k.issuer == issuer && e.record != nil && e.created >= expired {
				out = append(out, e.record)
			}
		}
	}
	s.mu.RUnlock()
	slices.SortFunc(out, func(a, b *schemas.ProviderRecord) int {
		if c := bytes.Compare(a.Resource, b.Resource); c != 0 {
			return c
		}
		return bytes.Compare(a.Peer, b.Peer)
	})
	return out
}
