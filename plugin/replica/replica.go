package replica

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"
	"github.com/ipfs/go-datastore"
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
	FlushMany(ctx context.Context, ring common.Address, fs []schemas.Flush, sigs [][]byte) (*chain.Receipt, error)
}

var _ Chain = (*chain.Client)(nil)

// Fetcher gets blocks this node may not have yet.
type Fetcher = ringlog.Fetcher

// Options are the replica's tunables; zero values take the defaults.
type Options struct {
	// MaxLogNodes bounds the log nodes of one flush. Default 10000.
	MaxLogNodes int
	// RelayWait is how long FlushToRing waits for the relay before it
	// answers "received". Default (0) 10s; negative: do not wait.
	RelayWait time.Duration
	// RelayBatch bounds the flushes of one flushMany transaction. Default 50.
	RelayBatch int
	// RetryInterval is the pause before relaying again after the chain
	// failed. Default 2s.
	RetryInterval time.Duration
	// FollowInterval is how often a replicated ring's heads are read from
	// the chain. Default 2s.
	FollowInterval time.Duration
	// FetchTimeout bounds fetching a log from the network. Default 2m.
	FetchTimeout time.Duration
	// Now is the clock; default time.Now.
	Now func() time.Time
}

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
	if o.RetryInterval <= 0 {
		o.RetryInterval = 2 * time.Second
	}
	if o.FollowInterval <= 0 {
		o.FollowInterval = 2 * time.Second
	}
	if o.FetchTimeout <= 0 {
		o.FetchTimeout = 2 * time.Minute
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
	fetch   Fetcher
	ds      datastore.Batching
	self    *avatar.Avatar // nil: this node cannot act as a replica
	opts    Options
	chainID uint64

	flushMu sync.Mutex // one FlushToRing check-and-store at a time per replica
	recMu   sync.Mutex // guards flush records and the queue
	changed *sync.Cond // signalled when a flush record changes

	stateMu sync.Mutex
	states  map[common.Address]*chain.RingState // last state read per ring

	events *hub
	wake   chan struct{}

	ctx       context.Context
	cancel    context.CancelFunc
	wg        sync.WaitGroup
	followMu  sync.Mutex
	following map[common.Address]context.CancelFunc
}

var _ gateway.Backend = (*Replica)(nil)

// New returns a replica and starts its relayer and the followers of the
// rings it already replicates. self may be nil: the node then refuses
// ReplicateRing and FlushToRing with CodeNotReplicaAdmin.
func New(c Chain, logs *ringlog.Store, keys *ringkeys.Dir, fetch Fetcher, ds datastore.Batching, self *avatar.Avatar, opts Options) (*Replica, error) {
	opts.defaults()
	ctx, cancel := context.WithCancel(context.Background())
	r := &Replica{
		chain: c, logs: logs, keys: keys, fetch: fetch, ds: ds, self: self, opts: opts,
		chainID:   c.ChainID(),
		states:    map[common.Address]*chain.RingState{},
		events:    newHub(),
		wake:      make(chan struct{}, 1),
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
	r.wg.Add(1)
	go r.relayLoop()
	if self != nil {
		r.wg.Add(1)
		go r.watchLoop()
	}
	for _, rec := range recs {
		r.follow(rec.Ring)
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

// state reads a ring's contract state. When the chain cannot be reached it
// returns the last state read, with stale true.
func (r *Replica) state(ctx context.Context, ring common.Address) (st *chain.RingState, stale bool, err error) {
	st, err = r.chain.State(ctx, ring)
	if err == nil {
		r.stateMu.Lock()
		r.states[ring] = st
		r.stateMu.Unlock()
		return st, false, nil
	}
	if errors.Is(err, chain.ErrNotARing) || ctx.Err() != nil {
		return nil, false, err
	}
	r.stateMu.Lock()
	cached := r.states[ring]
	r.stateMu.Unlock()
	if cached == nil {
		return nil, false, failWith(gateway.CodeServer, "chain", err, "the chain is unreachable and this replica has no earlier state of ring %s", ring.Hex())
	}
	return cached, true, nil
}

// replication is the record of a ring this node replicates.
type replication struct {
	Ring        common.Address `json:"ring"`
	ReplicaRing common.Address `json:"replicaRing"`
	Requester   common.Address `json:"requester"`
	Message     string         `json:"message"`
	Since       time.Time      `json:"since"`
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

// statusMessage appends a message about a request to this replica's own
// log in the replica ring, sealed with that ring's read key.
func (r *Replica) statusMessage(ctx context.Context, replicaRing common.Address, typ, status string, fields map[string]string) (cid.Cid, error) {
	k, err := r.keys.Get(replicaRing)
	if err != nil {
		return cid.Undef, err
	}
	payload, err := qp.BuildMap(basicnode.Prototype.Any, int64(len(fields)), func(ma datamodel.MapAssembler) {
		for _, name := range sortedKeys(fields) {
			qp.MapEntry(ma, name, qp.String(fields[name]))
		}
	})
	if err != nil {
		return cid.Undef, err
	}
	msg := &schemas.Message{App: "ipfs-ring", Domain: "replica", Type: typ, Payload: payload}
	if status != "" {
		msg.Status = &status
	}
	h, err := r.logs.Append(ctx, ringlog.Entry{
		Ring: replicaRing, Chain: k.Chain, Author: r.self.PrivateKey(), ReadKey: k.ReadKey[:], Message: msg, Time: r.opts.Now(),
	})
	if err != nil {
		return cid.Undef, err
	}
	return h.CID, nil
}
