package replica

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ipfs/go-cid"
	"github.com/ipfs/go-datastore"
	"github.com/ipfs/go-datastore/namespace"
	"github.com/ipld/go-ipld-prime/datamodel"
	"github.com/ipld/go-ipld-prime/fluent/qp"
	"github.com/ipld/go-ipld-prime/node/basicnode"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/gateway"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/avatar"
	"github.com/mosaic-rings/rings/plugin/ringkeys"
	"github.com/mosaic-rings/rings/plugin/ringlog"
)

// Chain is what the replica needs of the ring contracts.
type Chain interface {
	ChainID() uint64
	State(ctx context.Context, ring common.Address) (*chain.RingState, error)
	// FlushManyWithSessions is flushMany where sessions[i], if not nil,
	// is the avatar's session for the key that signed fs[i].
	FlushManyWithSessions(ctx context.Context, ring common.Address, fs []schemas.Flush, sigs [][]byte, sessions []*schemas.Session) (*chain.Receipt, error)
	// SessionRevokedAt is when author revoked key's sessions in ring (unix
	// seconds), or 0.
	SessionRevokedAt(ctx context.Context, ring, author, key common.Address) (uint64, error)
	// RevokeSession relays revokeSessionFor(author, key, sig).
	RevokeSession(ctx context.Context, ring, author, key common.Address, sig []byte) (*chain.Receipt, error)
}

var _ Chain = (*chain.Client)(nil)

// Options are the replica's tunables; zero values take the defaults.
type Options struct {
	// MaxLogNodes bounds the log nodes of one flush. Default 10000.
	MaxLogNodes int
	// RelayWait is how long FlushToRing waits for the relay before it
	// answers "received". Default (0) 10s; negative: do not wait.
	RelayWait time.Duration
	// RelayBatch bounds the flushes of one flushMany transaction. Default 50.
	RelayBatch int
	// RelayDelay is how long the relayer waits after a flush arrives, so
	// that flushes arriving meanwhile go out in the same transaction.
	// Default 100ms; negative: no wait.
	RelayDelay time.Duration
	// RetryInterval is the pause before relaying again after the chain
	// failed. Default 2s.
	RetryInterval time.Duration
	// FollowInterval is how often a replicated ring's heads are read from
	// the chain. Default 2s.
	FollowInterval time.Duration
	// FetchTimeout bounds fetching a log from the network. Default 2m.
	FetchTimeout time.Duration
	// ReanchorInterval is how often the relayer checks that the chain
	// still holds the heads it relayed and saw mined, and relays again
	// those it lost (see reanchor); also once at start. Default 30s.
	ReanchorInterval time.Duration
	// Heads is the node's cache of contract state (chain.Follower), if
	// it has one: after a transaction relays flushes, the relayer brings
	// it up to the latest block before it marks them relayed, so that the
	// node's reads show the new heads as soon as a flush answers
	// "relayed". Optional.
	Heads HeadRefresher
	// Payments, when set, makes this replica enforce the replica market
	// (payment.go); nil: replication is free.
	Payments Payments
	// PaymentInterval is how often an enforcing replica reads the buckets
	// of the rings it replicates. Default 30s.
	PaymentInterval time.Duration
	// Now is the clock; default time.Now.
	Now func() time.Time
}

// HeadRefresher is a cache of contract state that can be brought up to the
// latest block (chain.Follower).
type HeadRefresher interface {
	Refresh(ctx context.Context) error
}

var _ HeadRefresher = (*chain.Follower)(nil)

func (o *Options) defaults() {
	if o.MaxLogNodes <= 0 {
		o.MaxLogNodes = 10000
	}
	if o.RelayWait == 0 {
		o.RelayWait = 10 * time.Second
	}
	if o.RelayBatch <= 0 {
		o.RelayBatch = 50
	}
	if o.RelayDelay == 0 {
		o.RelayDelay = 100 * time.Millisecond
	}
	if o.RetryInterval <= 0 {
		o.RetryInterval = 2 * time.Second
	}
	if o.FollowInterval <= 0 {
		o.FollowInterval = 2 * time.Second
	}
	if o.FetchTimeout <= 0 {
		o.FetchTimeout = 2 * time.Minute
	}
	if o.ReanchorInterval <= 0 {
		o.ReanchorInterval = 30 * time.Second
	}
	if o.PaymentInterval <= 0 {
		o.PaymentInterval = 30 * time.Second
	}
	if o.Now == nil {
		o.Now = time.Now
	}
}

// Replica is the replica role of one node. It owns two kinds of
// goroutines: the relayer, and one follower per replicated ring. Close
// stops them all and waits; it must run before the log store closes.
type Replica struct {
	chain   Chain
	logs    *ringlog.Store
	keys    *ringkeys.Dir
	sources func() []ringlog.Source // where logs are fetched from, best first
	ds      datastore.Batching
	self    *avatar.Avatar // nil: this node cannot act as a replica
	opts    Options
	chainID uint64

	// adminMu orders the ring-level changes (ReplicateRing, UnreplicateRing,
	// records learnt from fellow replicas), held exclusively, against
	// flushes, which hold it shared and lock only their member's log.
	adminMu sync.RWMutex
	members sync.Map // logKey -> *sync.Mutex, one per member log

	recMu   sync.Mutex // guards flush records and the queue
	changed *sync.Cond // signalled when a flush record changes

	stateMu sync.Mutex
	states  map[common.Address]*cachedState // last state read per ring

	nonceMu sync.Mutex
	next    map[logKey]accepted // per member: what this replica accepted last

	events  *hub
	wake    chan struct{}
	commits chan *commitJob

	ctx       context.Context
	cancel    context.CancelFunc
	wg        sync.WaitGroup
	followMu  sync.Mutex
	following map[common.Address]context.CancelFunc
}

var _ gateway.Backend = (*Replica)(nil)

// cachedState is a ring's contract state and when it was read.
type cachedState struct {
	st   *chain.RingState
	read time.Time
}

// accepted is the newest flush of a member this replica has accepted and
// not seen fail: the next flush must carry nonce Nonce+1 and a seq above
// Seq, even before the chain has it.
type accepted struct {
	Nonce *big.Int
	Seq   uint64
}

type logKey struct{ ring, member common.Address }

// memberLock returns the lock of one member's log in one ring.
func (r *Replica) memberLock(ring, member common.Address) *sync.Mutex {
	m, _ := r.members.LoadOrStore(logKey{ring, member}, new(sync.Mutex))
	return m.(*sync.Mutex)
}

// New returns a replica and starts its relayer and the followers of the
// rings it already replicates. sources lists where logs are fetched from
// (see ringlog.Store.Fetch). self may be nil: the node then refuses
// ReplicateRing and FlushToRing with CodeNotReplicaAdmin.
func New(c Chain, logs *ringlog.Store, keys *ringkeys.Dir, sources func() []ringlog.Source, self *avatar.Avatar, opts Options) (*Replica, error) {
	opts.defaults()
	// The replica keeps its records next to the log store's, so that a
	// flush's records commit in the same synced batch as its heads.
	ds := namespace.Wrap(logs.Datastore(), datastore.NewKey(recordsPrefix))
	ctx, cancel := context.WithCancel(context.Background())
	r := &Replica{
		chain: c, logs: logs, keys: keys, sources: sources, ds: ds, self: self, opts: opts,
		chainID:   c.ChainID(),
		states:    map[common.Address]*cachedState{},
		next:      map[logKey]accepted{},
		events:    newHub(),
		wake:      make(chan struct{}, 1),
		commits:   make(chan *commitJob),
		ctx:       ctx,
		cancel:    cancel,
		following: map[common.Address]context.CancelFunc{},
	}
	r.changed = sync.NewCond(&r.recMu)
	recs, err := r.replications(ctx)
	if err != nil {
		cancel()
		return nil, err
	}
	// Flushes still queued from before a restart count as accepted.
	queued, err := r.queued(ctx)
	if err != nil {
		cancel()
		return nil, err
	}
	for _, fr := range queued {
		r.accept(fr.Ring, fr.Avatar, fr.flush().Nonce, fr.Seq)
	}
	// "head" events for every log this node's copy of which grows,
	// whatever grew it: a flush here, a sync, an announcement, an append.
	logs.OnHead(func(h ringlog.Head) {
		r.events.publish(h.Ring, gateway.Event{Type: "head", Data: headEvent(h)})
	})
	r.wg.Add(2)
	go r.relayLoop()
	go r.commitLoop()
	if self != nil {
		r.wg.Add(1)
		go r.watchLoop()
	}
	for _, rec := range recs {
		switch {
		case rec.Lapsed == "":
			r.follow(rec.Ring)
		case opts.Payments == nil:
			// Suspended while the market was enforced; it is not any more.
			if err := r.resume(ctx, rec.Ring, rec.Bucket); err != nil {
				cancel()
				return nil, err
			}
		}
	}
	if opts.Payments != nil {
		r.wg.Add(1)
		go r.paymentLoop()
	}
	r.kick()
	return r, nil
}

// Close stops the relayer and the followers and waits for them. Queued
// flushes stay queued and are relayed after the next start.
func (r *Replica) Close() error {
	r.cancel()
	r.recMu.Lock()
	r.changed.Broadcast()
	r.recMu.Unlock()
	r.wg.Wait()
	return nil
}

func (r *Replica) kick() {
	select {
	case r.wake <- struct{}{}:
	default:
	}
}

// state returns a ring's contract state: the last read if it is younger
// than FollowInterval (followers keep replicated rings fresh), else a new
// read. When the chain cannot be reached it returns the last state read,
// with stale true.
func (r *Replica) state(ctx context.Context, ring common.Address) (st *chain.RingState, stale bool, err error) {
	r.stateMu.Lock()
	cached := r.states[ring]
	r.stateMu.Unlock()
	if cached != nil && r.opts.Now().Sub(cached.read) < r.opts.FollowInterval {
		return cached.st, false, nil
	}
	st, err = r.readState(ctx, ring)
	if err == nil {
		return st, false, nil
	}
	if errors.Is(err, chain.ErrNotARing) || ctx.Err() != nil {
		return nil, false, err
	}
	if cached == nil {
		return nil, false, failWith(gateway.CodeServer, "chain", err, "the chain is unreachable and this replica has no earlier state of ring %s; try again later", ring.Hex())
	}
	return cached.st, true, nil
}

// readState reads a ring's state from the chain and caches it.
func (r *Replica) readState(ctx context.Context, ring common.Address) (*chain.RingState, error) {
	st, err := r.chain.State(ctx, ring)
	if err != nil {
		return nil, err
	}
	r.stateMu.Lock()
	r.states[ring] = &cachedState{st: st, read: r.opts.Now()}
	r.stateMu.Unlock()
	return st, nil
}

// accept records that a member's flush with nonce and seq was accepted.
func (r *Replica) accept(ring, member common.Address, nonce *big.Int, seq uint64) {
	r.nonceMu.Lock()
	defer r.nonceMu.Unlock()
	k := logKey{ring, member}
	if a, ok := r.next[k]; !ok || a.Nonce.Cmp(nonce) < 0 {
		r.next[k] = accepted{Nonce: new(big.Int).Set(nonce), Seq: seq}
	}
}

// forgetAccepted drops what a member's failed flush taught: its nonce was
// not used, so the chain's nonce counts again.
func (r *Replica) forgetAccepted(ring, member common.Address) {
	r.nonceMu.Lock()
	defer r.nonceMu.Unlock()
	delete(r.next, logKey{ring, member})
}

// expected returns the nonce and the seq floor a member's next flush must
// meet: the chain's, or past the newest flush this replica accepted.
func (r *Replica) expected(ring common.Address, m chain.MemberHead) (nonce *big.Int, seq uint64) {
	nonce, seq = new(big.Int).Set(m.Nonce), m.Seq
	r.nonceMu.Lock()
	defer r.nonceMu.Unlock()
	if a, ok := r.next[logKey{ring, m.Member}]; ok {
		if next := new(big.Int).Add(a.Nonce, big.NewInt(1)); next.Cmp(nonce) > 0 {
			nonce = next
		}
		seq = max(seq, a.Seq)
	}
	return nonce, seq
}

// replication is the record of a ring this node replicates.
type replication struct {
	Ring        common.Address `json:"ring"`
	ReplicaRing common.Address `json:"replicaRing"`
	Requester   common.Address `json:"requester"`
	Message     string         `json:"message"`
	Since       time.Time      `json:"since"`
	// Bucket is the market bucket that pays for the replication (0: none).
	Bucket uint64 `json:"bucket,omitempty"`
	// Lapsed, when set, says why the replica suspended the ring: no bucket
	// pays for it (payment.go); LapsedAt is when.
	Lapsed   string     `json:"lapsed,omitempty"`
	LapsedAt *time.Time `json:"lapsedAt,omitempty"`
	// ReplicaKey is the ring's replica key while the ring is suspended:
	// held here rather than in the key directory, so that the node's sync
	// and announcements leave the ring alone (nil when the node is a
	// member: it keeps its keys and logs).
	ReplicaKey hexutil.Bytes `json:"replicaKey,omitempty"`
}

// putReplication stores a replication record durably.
func (r *Replica) putReplication(ctx context.Context, rec *replication) error {
	v, err := json.Marshal(rec)
	if err != nil {
		return err
	}
	if err := r.ds.Put(ctx, replicationKey(rec.Ring), v); err != nil {
		return err
	}
	return r.ds.Sync(ctx, replicationKey(rec.Ring))
}

func replicationKey(ring common.Address) datastore.Key {
	return datastore.NewKey("/rings/" + ring.Hex())
}

func (r *Replica) replication(ctx context.Context, ring common.Address) (*replication, error) {
	v, err := r.ds.Get(ctx, replicationKey(ring))
	if errors.Is(err, datastore.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var rec replication
	if err := json.Unmarshal(v, &rec); err != nil {
		return nil, fmt.Errorf("replica: corrupt replication record of %s: %w", ring.Hex(), err)
	}
	return &rec, nil
}

// recordsPrefix is where the replica's records live in the log store's
// datastore (the plugin's /ring namespace).
const recordsPrefix = "/replica"

// recordKey is a replica record's key in the log store's datastore.
func recordKey(k datastore.Key) datastore.Key {
	return datastore.NewKey(recordsPrefix).Child(k)
}

// statusEntry is a message about a request for this replica's own log in
// the replica ring, to be sealed with that ring's read key.
func (r *Replica) statusEntry(replicaRing common.Address, typ, status string, fields map[string]string) (ringlog.Entry, error) {
	k, err := r.keys.Get(replicaRing)
	if err != nil {
		return ringlog.Entry{}, err
	}
	payload, err := qp.BuildMap(basicnode.Prototype.Any, int64(len(fields)), func(ma datamodel.MapAssembler) {
		for _, name := range sortedKeys(fields) {
			qp.MapEntry(ma, name, qp.String(fields[name]))
		}
	})
	if err != nil {
		return ringlog.Entry{}, err
	}
	msg := &schemas.Message{App: "ipfs-ring", Domain: "replica", Type: typ, Payload: payload}
	if status != "" {
		msg.Status = &status
	}
	return ringlog.Entry{
		Ring: replicaRing, Chain: k.Chain, Author: r.self.PrivateKey(), ReadKey: k.ReadKey[:], Message: msg, Time: r.opts.Now(),
	}, nil
}

// statusMessage appends a message about a request to this replica's own
// log in the replica ring.
func (r *Replica) statusMessage(ctx context.Context, replicaRing common.Address, typ, status string, fields map[string]string) (cid.Cid, error) {
	e, err := r.statusEntry(replicaRing, typ, status, fields)
	if err != nil {
		return cid.Undef, err
	}
	h, err := r.logs.Append(ctx, e)
	if err != nil {
		return cid.Undef, err
	}
	return h.CID, nil
}
