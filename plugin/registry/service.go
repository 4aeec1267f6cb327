package registry

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"maps"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// Journal is where a registry node keeps the registry's operations: the
// logs of the registry ring held on this node, its own among them. The
// plugin implements it over the ring service; a Journal needs no chain
// beyond Members.
type Journal interface {
	// Self is the author of this node's own log in the registry ring.
	Self() common.Address
	// Append appends msgs, in order, to this node's own log as one commit
	// and returns the seq of the last. It returns once the nodes are
	// durable; on an error none is.
	Append(ctx context.Context, msgs ...*schemas.Message) (last uint64, err error)
	// Heads returns the seq of the head of every log of the registry ring
	// held here, by author.
	Heads(ctx context.Context) (map[common.Address]uint64, error)
	// Read returns the nodes of author's log with a seq above after, in
	// ascending seq, each verified. A node whose body this node cannot open
	// comes with a nil Message.
	Read(ctx context.Context, author common.Address, after uint64) ([]Logged, error)
	// Members returns the registry ring's members: the registry nodes,
	// whose records are host records.
	Members(ctx context.Context) ([]common.Address, error)
}

// Logged is one node of a registry ring's log.
type Logged struct {
	Author  common.Address
	Seq     uint64
	Message *schemas.Message // nil when sealed to this node
}

// DefaultSyncEvery is how often a Service applies what new log nodes
// brought and reads the registry ring's members again.
const DefaultSyncEvery = 2 * time.Second

// maxPending bounds the operations held back because their resource has
// not arrived yet.
const maxPending = 10000

// Option sets an optional part of a Service.
type Option func(*Service)

// WithClock sets the clock (time.Now by default).
func WithClock(now func() time.Time) Option { return func(s *Service) { s.now = now } }

// WithSyncEvery sets how often the service syncs (DefaultSyncEvery by
// default).
func WithSyncEvery(d time.Duration) Option { return func(s *Service) { s.every = d } }

// WithHostKey makes the service renew the records issued by key (the
// registry node's avatar: its host records) once they are every old
// (a third of Rules.StaleAfter when zero: DefaultRenewEvery under the
// default rules), checking at start and every minute, or every every/2
// when that is shorter, so a record is renewed by the time it is half
// of StaleAfter old.
func WithHostKey(key *ecdsa.PrivateKey, every time.Duration) Option {
	return func(s *Service) { s.hostKey, s.renewEvery = key, every }
}

// WithLogf sets where the background sync reports errors (nowhere by
// default).
func WithLogf(logf func(format string, args ...any)) Option {
	return func(s *Service) { s.logf = logf }
}

// Service is a registry node's registry: a State fed from the registry
// ring's logs. Accept keeps an operation in this node's log and applies it;
// a background loop applies what the other registry nodes' logs bring
// (background sync of the ring fetches them) and refreshes which accounts
// are registry nodes (hosts). New replays every log held at start, so the
// state is a function of the logs and survives restarts.
//
// Close stops the loop; the Journal stays the caller's to close, after.
type Service struct {
	journal Journal
	state   *State
	now     func() time.Time
	every   time.Duration
	logf    func(string, ...any)

	provide  func([]cid.Cid) error
	provided map[[32]byte]bool // resources handed to provide; the loop's only

	hostKey    *ecdsa.PrivateKey
	renewEvery time.Duration
	renewTick  time.Duration
	renewer    *Renewer // nil without WithHostKey

	hosts atomic.Pointer[map[common.Address]bool]

	// qmu guards the operations waiting for Accept's next commit.
	qmu        sync.Mutex
	queue      []*accept
	committing bool

	// mu serialises Accept's commits and sync, so that an operation
	// checked by Accept is still valid when it is applied after its
	// append.
	mu      sync.Mutex
	applied map[common.Address]uint64 // last seq applied per author
	pending []Op                      // records waiting for their resource

	poke     chan struct{}
	maxBatch int // bytes of blocks in one batch message
	cancel   context.CancelFunc
	wg       sync.WaitGroup
}

// New returns the registry of chain kept in journal under rules. It reads
// the registry ring's members and replays every log the journal holds, in
// the canonical order BuildSnapshot uses, then syncs in the background
// until Close.
func New(ctx context.Context, journal Journal, chain uint64, rules Rules, opts ...Option) (*Service, error) {
	s := &Service{journal: journal, now: time.Now, every: DefaultSyncEvery, logf: func(string, ...any) {},
		applied: map[common.Address]uint64{}, poke: make(chan struct{}, 1), provided: map[[32]byte]bool{},
		maxBatch: DefaultMaxBatchBytes}
	for _, o := range opts {
		o(s)
	}
	empty := map[common.Address]bool{}
	s.hosts.Store(&empty)
	st, err := NewState(chain, rules, func(a common.Address) bool { return (*s.hosts.Load())[a] })
	if err != nil {
		return nil, err
	}
	s.state = st
	s.renewTick = renewTick
	if s.hostKey != nil {
		if s.renewEvery <= 0 {
			s.renewEvery = rules.StaleAfter / 3
		}
		s.renewTick = max(min(renewTick, s.renewEvery/2), time.Millisecond)
		s.renewer = NewRenewer(s.hostKey, s.renewEvery, st, func(r *schemas.ProviderRecord) error {
			_, err := s.Accept(context.Background(), Op{Record: r})
			return err
		})
	}
	if err := s.refreshHosts(ctx); err != nil {
		s.logf("registry: reading the registry ring's members: %v", err)
	}
	if _, err := s.Sync(ctx); err != nil {
		return nil, fmt.Errorf("registry: replaying the registry ring's logs: %w", err)
	}
	loop, cancel := context.WithCancel(context.Background())
	s.cancel = cancel
	s.wg.Go(func() { s.run(loop) })
	return s, nil
}

// Close stops the background sync and waits for it.
func (s *Service) Close() error {
	s.cancel()
	s.wg.Wait()
	return nil
}

// renewTick is how often the service looks for host records due for
// renewal, at most (see WithHostKey).
const renewTick = time.Minute

func (s *Service) run(ctx context.Context) {
	t := time.NewTicker(s.every)
	defer t.Stop()
	renew := time.NewTicker(s.renewTick)
	defer renew.Stop()
	reprovide := time.NewTicker(ReprovideEvery)
	defer reprovide.Stop()
	s.renew()
	s.provideNew(true)
	for {
		select {
		case <-ctx.Done():
			return
		case <-renew.C:
			s.renew()
			continue
		case <-reprovide.C:
			s.provideNew(true)
			continue
		case <-t.C:
		case <-s.poke:
		}
		if err := s.refreshHosts(ctx); err != nil && ctx.Err() == nil {
			s.logf("registry: reading the registry ring's members: %v", err)
		}
		if _, err := s.Sync(ctx); err != nil && ctx.Err() == nil {
			s.logf("registry: applying the registry ring's logs: %v", err)
		}
		s.state.Prune(s.now())
		s.provideNew(false)
	}
}

// Poke makes the background loop sync now rather than at its next tick:
// another registry node's log arrived (an announcement). It never blocks.
func (s *Service) Poke() {
	select {
	case s.poke <- struct{}{}:
	default: // a sync is due already
	}
}

// renew renews the host records due (see Renewer).
func (s *Service) renew() {
	if s.renewer == nil {
		return
	}
	if _, err := s.renewer.Renew(s.now()); err != nil {
		s.logf("%v", err)
	}
}

// Renew renews this node's host records that are due now, as the
// background loop does on its renewal tick; it returns how many it
// renewed.
func (s *Service) Renew() (int, error) {
	if s.renewer == nil {
		return 0, nil
	}
	return s.renewer.Renew(s.now())
}

func (s *Service) refreshHosts(ctx context.Context) error {
	members, err := s.journal.Members(ctx)
	if err != nil {
		return err
	}
	m := make(map[common.Address]bool, len(members))
	for _, a := range members {
		m[a] = true
	}
	s.hosts.Store(&m)
	return nil
}

// Accept checks op against the rules and, if it changes the registry,
// appends it to this node's log in the registry ring, then applies it. A
// refused operation, or one the registry already holds, appends nothing.
//
// The append comes before the change: an operation appended but not
// applied (a crash between the two) is applied when the log is replayed at
// the next start, while one applied but not appended would be visible here
// and then lost, never reaching the other registry nodes. The check before
// the append keeps refused operations out of the log; mu keeps the check
// valid until the apply.
//
// Operations accepted at the same time share one commit (group commit):
// the first caller appends every operation that waits, up to MaxBatch, as
// nodes of one durable write, and each caller returns when its own is
// applied. Two operations of one batch for the same record both reach the
// log; the older one's caller gets ErrReplay, as a replay does.
func (s *Service) Accept(ctx context.Context, op Op) (Result, error) {
	v, err := verify(op) // the signature, checked by each caller at once
	if err != nil {
		return Result{}, err
	}
	r := &accept{op: op, v: v, done: make(chan struct{})}
	s.qmu.Lock()
	s.queue = append(s.queue, r)
	lead := !s.committing
	s.committing = true
	s.qmu.Unlock()
	if lead {
		s.commitQueued(context.WithoutCancel(ctx))
	}
	<-r.done
	return r.res, r.err
}

// MaxBatch bounds the operations one commit of Accept appends.
const MaxBatch = 256

// accept is one waiting Accept.
type accept struct {
	op   Op
	v    verified
	res  Result
	err  error
	done chan struct{}
}

func (a *accept) answer(res Result, err error) {
	a.res, a.err = res, err
	close(a.done)
}

// commitQueued commits what waits, batch after batch, until nothing does.
func (s *Service) commitQueued(ctx context.Context) {
	for {
		s.qmu.Lock()
		n := min(len(s.queue), MaxBatch)
		if n == 0 {
			s.committing = false
			s.qmu.Unlock()
			return
		}
		batch := s.queue[:n:n]
		s.queue = s.queue[n:]
		s.qmu.Unlock()
		if later := s.commit(ctx, batch); len(later) > 0 {
			s.qmu.Lock()
			s.queue = append(later, s.queue...)
			s.qmu.Unlock()
		}
	}
}

// commit checks, appends and applies one batch; it returns the records
// whose resource is created by an operation of this batch, to be checked
// again once it is applied.
func (s *Service) commit(ctx context.Context, batch []*accept) (later []*accept) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	var (
		take     []*accept
		msgs     []*schemas.Message
		creating = map[[32]byte]bool{}
	)
	for _, a := range batch {
		res, err := s.state.applyVerified(a.op, a.v, now, false)
		if errors.Is(err, ErrUnknownResource) && creating[opResource(a.op)] {
			later = append(later, a)
			continue
		}
		if err != nil || res.Unchanged {
			a.answer(res, err)
			continue
		}
		if a.op.Resource != nil {
			creating[a.op.Resource.ID()] = true
		}
		take = append(take, a)
	}
	if len(take) == 0 {
		return later
	}
	msgs, err := batches(take, s.maxBatch)
	if err != nil {
		for _, a := range take {
			a.answer(Result{}, err)
		}
		return later
	}
	last, err := s.journal.Append(ctx, msgs...)
	if err != nil {
		err = fmt.Errorf("registry: keeping the operation in this node's registry log: %w", err)
		for _, a := range take {
			a.answer(Result{}, err)
		}
		return later // checked again: their resource did not make it
	}
	if self, first := s.journal.Self(), last-uint64(len(msgs))+1; first == s.applied[self]+1 {
		s.applied[self] = last
	}
	for _, a := range take {
		a.answer(s.state.applyVerified(a.op, a.v, now, true))
	}
	return later
}

// DefaultMaxBatchBytes bounds the operations' blocks in one batch
// message, well under a log node's largest body (schemas.MaxBodySize).
const DefaultMaxBatchBytes = 256 << 10

// WithMaxBatchBytes bounds the operations' blocks in one batch message
// (DefaultMaxBatchBytes by default), for a node whose log bodies are
// limited further (Limits.MaxBodySize).
func WithMaxBatchBytes(n int) Option { return func(s *Service) { s.maxBatch = n } }

// batches packs the operations of take into as few messages as fit under
// limit bytes of blocks: usually one log node for the whole commit. An
// operation bigger than limit goes alone.
func batches(take []*accept, limit int) ([]*schemas.Message, error) {
	var (
		msgs []*schemas.Message
		ops  []Op
		size int
	)
	flush := func() error {
		if len(ops) == 0 {
			return nil
		}
		m, err := Batch(ops)
		if err != nil {
			return err
		}
		msgs, ops, size = append(msgs, m), nil, 0
		return nil
	}
	for _, a := range take {
		_, block, err := opBlock(a.op)
		if err != nil {
			return nil, err
		}
		if size+len(block) > limit || len(ops) == MaxBatch {
			if err := flush(); err != nil {
				return nil, err
			}
		}
		ops, size = append(ops, a.op), size+len(block)+len(TypeRecord)+8
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return msgs, nil
}

// opResource is the id of the resource a record or tombstone is for.
func opResource(op Op) (id [32]byte) {
	switch {
	case op.Record != nil:
		copy(id[:], op.Record.Resource)
	case op.Tombstone != nil:
		copy(id[:], op.Tombstone.Resource)
	}
	return id
}

// SyncStats says what Sync applied.
type SyncStats struct {
	Read    int // log nodes read
	Applied int // operations that changed the state
	Refused int // operations the rules refused (or that were not registry operations)
}

// Sync applies the operations of every log node that arrived since the
// last Sync (at New: every node), in canonical order. A record whose
// resource has not arrived yet is held back and tried again at the next
// Sync. The background loop calls it every DefaultSyncEvery.
func (s *Service) Sync(ctx context.Context) (SyncStats, error) {
	heads, err := s.journal.Heads(ctx)
	if err != nil {
		return SyncStats{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var (
		st  SyncStats
		ops []canonicalOp
	)
	for _, author := range slices.SortedFunc(maps.Keys(heads), func(a, b common.Address) int { return a.Cmp(b) }) {
		if heads[author] <= s.applied[author] {
			continue
		}
		nodes, err := s.journal.Read(ctx, author, s.applied[author])
		if err != nil {
			return st, fmt.Errorf("reading the log of %s: %w", author.Hex(), err)
		}
		for _, n := range nodes {
			st.Read++
			if n.Seq > s.applied[author] {
				s.applied[author] = n.Seq
			}
			if n.Message == nil {
				st.Refused++
				continue
			}
			got, err := OpsOf(n.Message)
			if err != nil {
				st.Refused++
				continue
			}
			for _, op := range got {
				c, err := canonical(op)
				if err != nil {
					st.Refused++
					continue
				}
				ops = append(ops, c)
			}
		}
	}
	for _, op := range s.pending {
		if c, err := canonical(op); err == nil {
			ops = append(ops, c)
		}
	}
	s.pending = nil
	slices.SortFunc(ops, canonicalOp.compare)
	now := s.now()
	for _, c := range ops {
		res, err := s.state.Apply(c.op, now)
		switch {
		case errors.Is(err, ErrUnknownResource) && len(s.pending) < maxPending:
			s.pending = append(s.pending, c.op)
		case err != nil:
			st.Refused++
		case !res.Unchanged:
			st.Applied++
		}
	}
	return st, nil
}

// Resolve returns the providers of resource id now, newest first (host
// records first), stale ones marked; ok is false when there is no such
// resource.
func (s *Service) Resolve(id [32]byte) (providers []Provider, ok bool) {
	return s.state.Resolve(id, s.now())
}

// Resource returns the resource with id, if it exists.
func (s *Service) Resource(id [32]byte) (*schemas.Resource, bool) {
	return s.state.Resource(id)
}

// Resources returns the ids of every resource, in ascending byte order.
func (s *Service) Resources() [][32]byte { return s.state.IDs() }

// Chain returns the chain id the registry accepts operations of.
func (s *Service) Chain() uint64 { return s.state.Chain() }

// IsHost reports whether a is a registry node (a member of the registry
// ring, as last read).
func (s *Service) IsHost(a common.Address) bool { return (*s.hosts.Load())[a] }
