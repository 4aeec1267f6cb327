package chain

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mosaic-rings/rings/contracts/bindings"
)

// FollowBackend is what a Follower needs of an Ethereum node: headers, logs
// (filtered, and subscribed where the node supports it) and contract calls
// pinned to a block hash. *ethclient.Client and the dev chain's client have
// all of it.
type FollowBackend interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	ethereum.LogFilterer
	bind.BlockHashContractCaller
}

// ErrNotFollowed is returned by State and Final for a ring that was never
// added to the Follower, or was removed.
var ErrNotFollowed = errors.New("chain: ring not followed")

// MaxConfirmations is the largest FollowConfig.Confirmations: the Follower
// keeps every log of the unconfirmed blocks in memory.
const MaxConfirmations = 4096

// foldDepth is how many blocks below the final block a ring's logs stay
// replayable before they are folded into its base state. A reorg at most
// this deep below the final block is undone from the logs; a deeper one
// reads the ring again. It also leaves room for logs that a subscription
// delivers after the header of their block was seen.
const foldDepth = 8

// FollowConfig configures a Follower. Start from DefaultFollowConfig.
type FollowConfig struct {
	// Confirmations is how many blocks must be on top of a block before
	// Final counts it: Final is the state as of the latest block minus
	// Confirmations. Default 0 (Final is State). At most MaxConfirmations.
	Confirmations uint64

	// PollInterval is how often Run polls for new blocks and logs, or, while
	// a log subscription runs, reads the latest header to move Final along.
	// Default 2s. Must be positive.
	PollInterval time.Duration

	// OnChange, if set, is called with a ring's address after its latest or
	// final state changed (a head, a member, the ring log; not merely the
	// block number), including when Add first reads it. It runs on the
	// goroutine of the Add, Refresh or Run call that saw the change, after
	// the Follower's locks are released; it should return quickly (e.g.
	// signal a channel). Default nil.
	OnChange func(ring common.Address)

	// OnError, if set, is called with each error of a round that Run
	// retries by itself (a failed header or log read, a failed
	// subscription). Default nil: such errors are dropped.
	OnError func(err error)
}

// DefaultFollowConfig returns the default configuration: no confirmations,
// a 2s poll interval, no callbacks.
func DefaultFollowConfig() FollowConfig {
	return FollowConfig{PollInterval: 2 * time.Second}
}

func (c FollowConfig) validate() error {
	if c.PollInterval <= 0 {
		return fmt.Errorf("chain: follower: PollInterval must be positive, got %s", c.PollInterval)
	}
	if c.Confirmations > MaxConfirmations {
		return fmt.Errorf("chain: follower: Confirmations is %d, at most %d", c.Confirmations, MaxConfirmations)
	}
	return nil
}

// Follower is a cache of the contract state of a set of rings, kept fresh
// from their events: a node reads its followed rings from it instead of
// calling the contracts.
//
// Add reads a ring once (one getState call pinned to a block hash). From
// then on the Follower applies the ring's events: LogHeadUpdated and
// RingEntryCommitted straight from the log, without calls;
// MemberEntered and MemberExited by reading the ring again at the block of
// the event (one call, since a membership change can also move the owner's
// nonce, which no event tells). Every other event is ignored.
//
// It learns of events in one of two modes. Polling (Refresh, and Run when
// the node cannot push logs, e.g. over HTTP): one round reads the latest
// header and the logs of every followed ring since the last round in one
// eth_getLogs, whatever the number of rings and members; a second header
// read checks for a reorg when more than one block passed. Subscription (Run
// when SubscribeFilterLogs works, e.g. over WebSocket or in process): logs
// are applied as the node pushes them, and Run reads only the latest header
// each PollInterval. Run falls back to polling when the subscription fails,
// and renews it when rings are added or removed.
//
// Reorgs are followed. Per ring the Follower keeps a base state as of an
// old block plus the events above it, so undoing an event is dropping it: a
// log pushed with Removed set drops its block's events, and a polling round
// that finds its last block no longer canonical walks back to the fork and
// drops the events above it. A reorg below a ring's base block reads the
// ring again.
//
// State gives a ring's latest state, Final its state Confirmations blocks
// below. Both are safe to call from any goroutine.
//
// A subscription gives no order between a block's header and its logs, so
// in subscription mode the Follower assumes that a block's logs arrive within
// one PollInterval of the header read that first saw the block; a log later
// than that may be missed when the subscription then fails.
type Follower struct {
	backend FollowBackend
	cfg     FollowConfig
	abi     *bindings.Ring
	topics  []common.Hash // the events the follower applies
	resub   chan struct{} // the ring set changed: renew the subscription
	skipped atomic.Uint64

	// round serialises everything that changes the cache: a polling
	// round, a fill, a batch of subscribed logs, Remove. The fields below
	// are only touched under it.
	round    sync.Mutex
	followed map[common.Address]*followedRing
	blocks   map[uint64]common.Hash // recent canonical blocks seen: round heads, blocks of logs, base blocks
	head     blockID                // the latest block seen
	synced   blockID                // every log of the followed rings up to here is in the cache
	lastTick blockID                // subscription mode: the header of the previous tick

	mu    sync.Mutex // guards views
	views map[common.Address]ringViews
}

// blockID is a block; the zero value is no block.
type blockID struct {
	number uint64
	hash   common.Hash
}

func (b blockID) set() bool { return b.hash != (common.Hash{}) }

func headerID(h *types.Header) blockID { return blockID{h.Number.Uint64(), h.Hash()} }

// ringViews are the states State and Final return, rebuilt after each
// change and never modified.
type ringViews struct {
	latest, final *RingState
}

// followedRing is one ring's cache: base, the state as of base.Block, and
// the events above it, ordered by block and log index.
type followedRing struct {
	base     *RingState
	pending  []entry
	needFill bool // base or pending is known to be wrong: read the ring again
}

// snapshotIndex orders a snapshot after every log of its block.
const snapshotIndex = ^uint(0)

// entry is one event above a ring's base: a decoded log, or a snapshot of
// the ring read at the end of the block (after a membership change).
type entry struct {
	block uint64
	hash  common.Hash
	index uint // log index, or snapshotIndex
	log   types.Log
	ev    event
	state *RingState // a snapshot; nil for a log
}

type eventKind int

const (
	evHead       eventKind = iota + 1 // LogHeadUpdated
	evEntry                           // RingEntryCommitted
	evMembership                      // MemberEntered, MemberExited
)

// event is a decoded ring log.
type event struct {
	kind   eventKind
	member common.Address // evHead
	head   common.Hash    // evHead
	seq    uint64         // evHead
	nonce  *big.Int       // evHead: the member's next nonce
	index  uint64         // evEntry
	entry  common.Hash    // evEntry
}

// NewFollower returns a Follower that reads the chain through backend. It
// follows no ring until Add, and does nothing in the background: call Run,
// or Refresh.
func NewFollower(backend FollowBackend, cfg FollowConfig) (*Follower, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	r := bindings.NewRing()
	events := r.GetABI().Events
	return &Follower{
		backend: backend,
		cfg:     cfg,
		abi:     r,
		topics: []common.Hash{
			events[bindings.RingLogHeadUpdatedEventName].ID,
			events[bindings.RingRingEntryCommittedEventName].ID,
			events[bindings.RingMemberEnteredEventName].ID,
			events[bindings.RingMemberExitedEventName].ID,
		},
		resub:    make(chan struct{}, 1),
		followed: map[common.Address]*followedRing{},
		blocks:   map[uint64]common.Hash{},
		views:    map[common.Address]ringViews{},
	}, nil
}

// Add starts following ring. It first brings the Follower up to the latest
// block with a polling round (see Refresh: a header read, and one
// eth_getLogs if other rings are followed), then reads the ring with one
// getState call pinned to the hash of that block minus Confirmations (or of
// that block, for a ring younger than that), plus, when Confirmations is not
// 0, one eth_getLogs for the ring's events of the blocks in between. Adding
// a followed ring does nothing. An address without code at the latest block
// gives ErrNotARing.
func (f *Follower) Add(ctx context.Context, ring common.Address) error {
	f.round.Lock()
	_, followed := f.followed[ring]
	var err error
	if !followed {
		err = f.poll(ctx)
		if err == nil {
			var r *followedRing
			r, err = f.fill(ctx, ring, nil)
			if err == nil {
				f.followed[ring] = r
			}
		}
	}
	changed := f.settle()
	f.round.Unlock()
	if !followed && err == nil {
		f.renewSubscription()
	}
	f.notify(changed)
	return err
}

// Remove stops following ring. Removing a ring that is not followed does
// nothing.
func (f *Follower) Remove(ring common.Address) {
	f.round.Lock()
	_, ok := f.followed[ring]
	delete(f.followed, ring)
	f.mu.Lock()
	delete(f.views, ring)
	f.mu.Unlock()
	f.round.Unlock()
	if ok {
		f.renewSubscription()
	}
}

// State returns ring's latest known state; Block and BlockHash are the
// latest block the Follower has seen. The result is the caller's to keep.
func (f *Follower) State(ring common.Address) (*RingState, error) {
	f.mu.Lock()
	v, ok := f.views[ring]
	f.mu.Unlock()
	if !ok {
		return nil, fmt.Errorf("%w: %s (Add it first)", ErrNotFollowed, ring.Hex())
	}
	return v.latest.clone(), nil
}

// Final returns ring's state as of Confirmations blocks below the latest
// block: Block and BlockHash are the latest block seen at or below that
// height (the state is the same at every block in between). Just after Add
// or a deep reorg it may be as of a block closer to the head: it is never
// older than the block the ring was last read at. The result is the
// caller's to keep.
func (f *Follower) Final(ring common.Address) (*RingState, error) {
	f.mu.Lock()
	v, ok := f.views[ring]
	f.mu.Unlock()
	if !ok {
		return nil, fmt.Errorf("%w: %s (Add it first)", ErrNotFollowed, ring.Hex())
	}
	return v.final.clone(), nil
}

// Skipped is the number of logs the Follower skipped because they were not
// ring events it knows: unknown topics, malformed topics or data.
func (f *Follower) Skipped() uint64 { return f.skipped.Load() }

// Refresh runs one polling round: it reads the latest header, checks that
// the block of the previous round is still canonical (undoing the events of
// a reorg), reads the logs of every followed ring since then with one
// eth_getLogs and applies them. Rings that need a new read (after a
// membership change whose read failed, or a reorg below their base) are
// read again. On error the round can simply be run again.
func (f *Follower) Refresh(ctx context.Context) error {
	f.round.Lock()
	err := f.poll(ctx)
	err = errors.Join(err, f.fillPending(ctx))
	f.fold()
	changed := f.settle()
	f.round.Unlock()
	f.notify(changed)
	return err
}

// Run keeps the cache fresh until ctx ends, then returns ctx's error. It
// subscribes to the followed rings' logs when the backend can push them
// (and renews the subscription when the ring set changes), and polls every
// PollInterval otherwise or when the subscription fails. Errors of single
// rounds go to OnError; the next round retries. Run owns no goroutine once
// it returns; call it once, on a goroutine of yours.
func (f *Follower) Run(ctx context.Context) error {
	ticker := time.NewTicker(f.cfg.PollInterval)
	defer ticker.Stop()
	var (
		sub    ethereum.Subscription
		logs   chan types.Log
		subErr <-chan error
		canSub = true
	)
	stop := func() {
		if sub != nil {
			sub.Unsubscribe()
			sub, logs, subErr = nil, nil, nil
		}
	}
	defer stop()
	f.report(ctx, f.Refresh(ctx))
	for {
		if sub == nil && canSub && f.following() {
			s, ch, err := f.subscribe(ctx)
			switch {
			case err == nil:
				sub, logs, subErr = s, ch, s.Err()
				// Catch up on the blocks mined before the subscription.
				f.report(ctx, f.Refresh(ctx))
			case errors.Is(err, rpc.ErrNotificationsUnsupported):
				canSub = false
			default:
				f.report(ctx, fmt.Errorf("chain: follower: subscribing to the ring logs failed, polling instead: %w", err))
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-ticker.C:
			if sub != nil {
				f.report(ctx, f.tick(ctx))
			} else {
				f.report(ctx, f.Refresh(ctx))
			}
		case l := <-logs:
			f.report(ctx, f.deliver(ctx, l, logs))
		case err := <-subErr:
			stop()
			f.report(ctx, fmt.Errorf("chain: follower: the log subscription failed, polling until it can be renewed: %w", err))
			f.report(ctx, f.Refresh(ctx))
		case <-f.resub:
			stop()
		}
	}
}

// ---------------------------------------------------------------- rounds

// poll is one polling round, under round.
func (f *Follower) poll(ctx context.Context) error {
	hdr, err := f.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("chain: follower: reading the latest block: %w", err)
	}
	top := headerID(hdr)
	if f.synced.set() && top != f.synced {
		if top.number < f.synced.number && f.blocks[top.number] == top.hash {
			return nil // a node behind the one we read before: wait for it
		}
		ok, err := f.stillCanonical(ctx, hdr)
		if err != nil {
			return err
		}
		if !ok {
			if err := f.unwind(ctx, hdr); err != nil {
				return err
			}
		}
	}
	var errs []error // a ring whose read failed is read again: the round goes on
	if f.synced.set() && top.number > f.synced.number && len(f.followed) > 0 {
		from, to := f.synced.number+1, top.number
		logs, err := f.backend.FilterLogs(ctx, f.query(f.addresses(), from, to))
		if err != nil {
			return fmt.Errorf("chain: follower: reading the ring logs of blocks %d to %d: %w", from, to, err)
		}
		for _, l := range logs {
			if l.BlockNumber > to || l.BlockNumber == to && l.BlockHash != top.hash {
				return fmt.Errorf("chain: follower: the chain reorganised while reading blocks %d to %d; the next round reads them again", from, to)
			}
		}
		for _, l := range logs {
			if l.Removed { // eth_getLogs returns canonical logs only; a node that says otherwise is skipped
				f.skipped.Add(1)
				continue
			}
			errs = append(errs, f.apply(ctx, l))
		}
	}
	f.record(top)
	f.head, f.synced = top, top
	return errors.Join(errs...)
}

// stillCanonical reports whether the synced block is still on the chain
// whose head is hdr.
func (f *Follower) stillCanonical(ctx context.Context, hdr *types.Header) (bool, error) {
	n := hdr.Number.Uint64()
	switch {
	case n == f.synced.number+1:
		return hdr.ParentHash == f.synced.hash, nil
	case n <= f.synced.number:
		return false, nil
	}
	h, err := f.backend.HeaderByNumber(ctx, new(big.Int).SetUint64(f.synced.number))
	if errors.Is(err, ethereum.NotFound) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("chain: follower: reading block %d to check for a reorg: %w", f.synced.number, err)
	}
	return h.Hash() == f.synced.hash, nil
}

// unwind handles a reorg seen by a polling round whose head is hdr: it
// walks back from the synced block to the highest block the Follower saw
// that is still canonical and drops every event above it, or, if none is,
// starts over.
func (f *Follower) unwind(ctx context.Context, hdr *types.Header) error {
	lowest, ok := f.lowestBlock()
	if !ok {
		f.reset()
		return nil
	}
	for n := min(f.synced.number, hdr.Number.Uint64()); n >= lowest; n-- {
		want, ok := f.blocks[n]
		if ok {
			got := hdr.Hash()
			if n != hdr.Number.Uint64() {
				h, err := f.backend.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
				if err != nil && !errors.Is(err, ethereum.NotFound) {
					return fmt.Errorf("chain: follower: reading block %d to find a reorg's fork: %w", n, err)
				}
				got = common.Hash{}
				if err == nil {
					got = h.Hash()
				}
			}
			if got == want {
				f.rewind(n)
				return nil
			}
		}
		if n == 0 {
			break
		}
	}
	f.reset()
	return nil
}

// rewind drops everything the Follower knows above block fork: the events,
// the blocks, and the base of any ring read above it (which is read again).
func (f *Follower) rewind(fork uint64) {
	for n := range f.blocks {
		if n > fork {
			delete(f.blocks, n)
		}
	}
	for _, r := range f.followed {
		r.pending = slices.DeleteFunc(r.pending, func(e entry) bool { return e.block > fork })
		if r.base.Block > fork {
			r.needFill = true
		}
	}
	top, ok := f.highestBlock(fork)
	if !ok {
		f.reset()
		return
	}
	f.head = top
	if f.synced.number > fork {
		f.synced = top
	}
	if f.lastTick.number > fork {
		f.lastTick = blockID{}
	}
}

// reset forgets every block and event; every ring is read again.
func (f *Follower) reset() {
	for _, r := range f.followed {
		r.pending = nil
		r.needFill = true
	}
	clear(f.blocks)
	f.head, f.synced, f.lastTick = blockID{}, blockID{}, blockID{}
}

// tick is a subscription-mode round: it reads the latest header (which
// moves Final along) and counts every log up to the previous tick's block as
// delivered.
func (f *Follower) tick(ctx context.Context) error {
	hdr, err := f.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("chain: follower: reading the latest block: %w", err)
	}
	f.round.Lock()
	top := headerID(hdr)
	f.record(top)
	if top.number >= f.head.number || f.blocks[f.head.number] != f.head.hash {
		f.head = top // not back below a block whose logs were pushed already
	}
	if f.lastTick.set() && f.blocks[f.lastTick.number] == f.lastTick.hash && f.lastTick.number > f.synced.number {
		f.synced = f.lastTick
	}
	f.lastTick = top
	err = f.fillPending(ctx)
	f.fold()
	changed := f.settle()
	f.round.Unlock()
	f.notify(changed)
	return err
}

// deliver applies a subscribed log and every other one already waiting in
// ch.
func (f *Follower) deliver(ctx context.Context, first types.Log, ch <-chan types.Log) error {
	batch := []types.Log{first}
drain:
	for len(batch) < 1024 {
		select {
		case l := <-ch:
			batch = append(batch, l)
		default:
			break drain
		}
	}
	f.round.Lock()
	var errs []error
	for _, l := range batch {
		if l.Removed {
			f.removed(l)
			continue
		}
		if _, ok := f.followed[l.Address]; !ok {
			continue
		}
		if l.BlockNumber >= f.head.number {
			f.head = blockID{l.BlockNumber, l.BlockHash}
		}
		errs = append(errs, f.apply(ctx, l))
	}
	errs = append(errs, f.fillPending(ctx))
	changed := f.settle()
	f.round.Unlock()
	f.notify(changed)
	return errors.Join(errs...)
}

// removed undoes a log that a reorg took off the chain: if its block is
// the one the Follower knows at that height, everything from that block up
// is dropped; otherwise only that block's events.
func (f *Follower) removed(l types.Log) {
	if h, ok := f.blocks[l.BlockNumber]; ok && h == l.BlockHash && l.BlockNumber > 0 {
		f.rewind(l.BlockNumber - 1)
		return
	}
	for _, r := range f.followed {
		r.pending = slices.DeleteFunc(r.pending, func(e entry) bool { return e.hash == l.BlockHash })
	}
}

// subscribe subscribes to the logs of the followed rings.
func (f *Follower) subscribe(ctx context.Context) (ethereum.Subscription, chan types.Log, error) {
	f.round.Lock()
	q := ethereum.FilterQuery{Addresses: f.addresses(), Topics: [][]common.Hash{f.topics}}
	f.round.Unlock()
	ch := make(chan types.Log, 256)
	sub, err := f.backend.SubscribeFilterLogs(ctx, q, ch)
	if err != nil {
		return nil, nil, err
	}
	return sub, ch, nil
}

// ---------------------------------------------------------------- filling and applying

// fill reads ring at the synced block minus Confirmations and replays its
// logs up to the synced block. The events of old above the synced block
// (delivered by a subscription) are kept.
func (f *Follower) fill(ctx context.Context, ring common.Address, old *followedRing) (*followedRing, error) {
	if !f.synced.set() {
		hdr, err := f.backend.HeaderByNumber(ctx, nil)
		if err != nil {
			return nil, fmt.Errorf("chain: follower: reading the latest block: %w", err)
		}
		top := headerID(hdr)
		f.record(top)
		f.head, f.synced = top, top
	}
	anchor := f.synced
	at := anchor.number - min(f.cfg.Confirmations, anchor.number)
	hash, err := f.hashAt(ctx, at)
	if err != nil {
		return nil, err
	}
	st, err := readState(ctx, f.backend, f.abi, ring, at, hash)
	if errors.Is(err, bind.ErrNoCode) && at < anchor.number {
		// A ring younger than Confirmations blocks: read it at the synced
		// block; Final shows it from there on.
		at = anchor.number
		st, err = readState(ctx, f.backend, f.abi, ring, anchor.number, anchor.hash)
	}
	if errors.Is(err, bind.ErrNoCode) {
		return nil, fmt.Errorf("%w: %s; check the address, and that this node is on the ring's chain (Chain.RPC)", ErrNotARing, ring.Hex())
	}
	if err != nil {
		return nil, fmt.Errorf("chain: follower: reading ring %s at block %d: %w", ring.Hex(), at, err)
	}
	r := &followedRing{base: st}
	var errs []error
	if at < anchor.number {
		logs, err := f.backend.FilterLogs(ctx, f.query([]common.Address{ring}, at+1, anchor.number))
		if err != nil {
			return nil, fmt.Errorf("chain: follower: reading the logs of ring %s in blocks %d to %d: %w", ring.Hex(), at+1, anchor.number, err)
		}
		for _, l := range logs {
			errs = append(errs, f.insert(ctx, ring, r, l))
		}
	}
	if old != nil {
		for _, e := range old.pending {
			if e.block > anchor.number && e.state == nil {
				errs = append(errs, f.insert(ctx, ring, r, e.log))
			}
		}
	}
	return r, errors.Join(errs...)
}

// fillPending reads again every ring that needs it.
func (f *Follower) fillPending(ctx context.Context) error {
	var errs []error
	for ring, r := range f.followed {
		if !r.needFill {
			continue
		}
		nr, err := f.fill(ctx, ring, r)
		if nr != nil {
			f.followed[ring] = nr
		}
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// hashAt returns the hash of block n, reading its header if the Follower
// has not seen it.
func (f *Follower) hashAt(ctx context.Context, n uint64) (common.Hash, error) {
	if h, ok := f.blocks[n]; ok {
		return h, nil
	}
	hdr, err := f.backend.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return common.Hash{}, fmt.Errorf("chain: follower: reading block %d: %w", n, err)
	}
	f.record(headerID(hdr))
	return hdr.Hash(), nil
}

// apply adds a log of the chain to the ring it belongs to.
func (f *Follower) apply(ctx context.Context, l types.Log) error {
	r, ok := f.followed[l.Address]
	if !ok {
		return nil
	}
	return f.insert(ctx, l.Address, r, l)
}

// insert adds log l to r's events. A membership change also reads the ring
// at the log's block.
func (f *Follower) insert(ctx context.Context, ring common.Address, r *followedRing, l types.Log) error {
	ev, ok := f.decode(l)
	if !ok {
		f.skipped.Add(1)
		return nil
	}
	f.record(blockID{l.BlockNumber, l.BlockHash})
	if l.BlockNumber <= r.base.Block {
		// At or below the block the base is as of: a log seen twice, or
		// pushed very late. Head and entry updates only move forward, so
		// applying one again changes nothing; a membership change needs
		// a new read.
		if ev.kind == evMembership {
			r.needFill = true
		} else {
			applyEntry(r.base, entry{ev: ev})
		}
		return nil
	}
	if !r.add(entry{block: l.BlockNumber, hash: l.BlockHash, index: l.Index, log: l, ev: ev}) {
		return nil // already there
	}
	if ev.kind != evMembership || r.needFill || r.has(l.BlockHash, snapshotIndex) {
		return nil
	}
	st, err := readState(ctx, f.backend, f.abi, ring, l.BlockNumber, l.BlockHash)
	if err != nil {
		r.needFill = true
		return fmt.Errorf("chain: follower: reading ring %s after its membership change in block %d (it is read again at the next round): %w", ring.Hex(), l.BlockNumber, err)
	}
	r.add(entry{block: l.BlockNumber, hash: l.BlockHash, index: snapshotIndex, state: st})
	return nil
}

// decode decodes a ring log; ok is false for anything else.
func (f *Follower) decode(l types.Log) (ev event, ok bool) {
	if len(l.Topics) != 2 {
		return event{}, false // every event the follower applies has one indexed argument
	}
	switch l.Topics[0] {
	case f.topics[0]: // LogHeadUpdated(address indexed avatar, bytes32 head, uint64 seq, uint256 nonce)
		if len(l.Data) != 3*32 {
			return event{}, false
		}
		e, err := f.abi.UnpackLogHeadUpdatedEvent(&l)
		if err != nil {
			return event{}, false
		}
		return event{kind: evHead, member: e.Avatar, head: e.Head, seq: e.Seq, nonce: new(big.Int).Add(e.Nonce, big.NewInt(1))}, true
	case f.topics[1]: // RingEntryCommitted(uint64 indexed index, bytes32 entry, bytes32 prev)
		if len(l.Data) != 2*32 {
			return event{}, false
		}
		e, err := f.abi.UnpackRingEntryCommittedEvent(&l)
		if err != nil {
			return event{}, false
		}
		return event{kind: evEntry, index: e.Index, entry: e.Entry}, true
	case f.topics[2], f.topics[3]: // MemberEntered, MemberExited(address indexed member)
		if len(l.Data) != 0 {
			return event{}, false
		}
		return event{kind: evMembership}, true
	}
	return event{}, false
}

// add inserts e in order; it reports false if an event of the same block
// and index is already there.
func (r *followedRing) add(e entry) bool {
	i, found := slices.BinarySearchFunc(r.pending, e, compareEntries)
	if found {
		if r.pending[i].hash == e.hash {
			return false
		}
		r.pending[i] = e // the same position on another branch: the newer news wins
		return true
	}
	r.pending = slices.Insert(r.pending, i, e)
	return true
}

// has reports whether r has the event (hash, index).
func (r *followedRing) has(hash common.Hash, index uint) bool {
	for _, e := range r.pending {
		if e.hash == hash && e.index == index {
			return true
		}
	}
	return false
}

func compareEntries(a, b entry) int {
	if c := cmp.Compare(a.block, b.block); c != 0 {
		return c
	}
	return cmp.Compare(a.index, b.index)
}

// applyEntry applies e to st.
func applyEntry(st *RingState, e entry) {
	if e.state != nil {
		*st = *e.state.clone()
		return
	}
	switch e.ev.kind {
	case evHead:
		for i := range st.Members {
			m := &st.Members[i]
			if m.Member != e.ev.member {
				continue
			}
			if e.ev.seq > m.Seq { // seqs only grow: an old update changes nothing
				m.Head, m.Seq, m.Nonce = e.ev.head, e.ev.seq, new(big.Int).Set(e.ev.nonce)
			}
			break
		}
	case evEntry:
		if e.ev.index >= st.EntryCount {
			st.EntryCount, st.RingNodeHead = e.ev.index+1, e.ev.entry
		}
	}
}

// replay returns r's base with every event up to block upTo applied.
func (r *followedRing) replay(upTo uint64) *RingState {
	st := r.base.clone()
	for _, e := range r.pending {
		if e.block > upTo {
			break
		}
		applyEntry(st, e)
	}
	return st
}

// ---------------------------------------------------------------- views

// fold moves every ring's base up to a block well below the final one,
// applying the events up to it, and forgets older blocks.
func (f *Follower) fold() {
	depth := f.cfg.Confirmations + foldDepth
	if !f.head.set() || f.head.number < depth {
		return
	}
	target, ok := f.highestBlock(min(f.head.number-depth, f.synced.number))
	if !ok {
		return
	}
	low := target.number
	for _, r := range f.followed {
		if r.needFill {
			continue
		}
		if r.base.Block < target.number {
			n := 0
			for n < len(r.pending) && r.pending[n].block <= target.number {
				n++
			}
			base := r.replay(target.number)
			base.Block, base.BlockHash = target.number, target.hash
			r.base = base
			r.pending = slices.Clone(r.pending[n:])
		}
		low = min(low, r.base.Block)
	}
	for n := range f.blocks {
		if n < low {
			delete(f.blocks, n)
		}
	}
}

// settle rebuilds the views of every ring and returns the rings whose
// content changed.
func (f *Follower) settle() []common.Address {
	views := make(map[common.Address]ringViews, len(f.followed))
	finalNum := f.head.number - min(f.cfg.Confirmations, f.head.number)
	for ring, r := range f.followed {
		latest := r.replay(math.MaxUint64)
		if f.head.number >= r.base.Block {
			latest.Block, latest.BlockHash = f.head.number, f.head.hash
		}
		final := r.replay(finalNum)
		if at, ok := f.highestBlock(finalNum); ok && at.number >= r.base.Block {
			final.Block, final.BlockHash = at.number, at.hash
		}
		views[ring] = ringViews{latest: latest, final: final}
	}
	var changed []common.Address
	f.mu.Lock()
	for ring, v := range views {
		old, ok := f.views[ring]
		if !ok || !sameContent(old.latest, v.latest) || !sameContent(old.final, v.final) {
			changed = append(changed, ring)
		}
	}
	f.views = views
	f.mu.Unlock()
	slices.SortFunc(changed, func(a, b common.Address) int { return a.Cmp(b) })
	return changed
}

// sameContent reports whether a and b hold the same ring state, whatever
// the block.
func sameContent(a, b *RingState) bool {
	if a.Owner != b.Owner || a.EntryCount != b.EntryCount || a.RingNodeHead != b.RingNodeHead || len(a.Members) != len(b.Members) {
		return false
	}
	for i, m := range a.Members {
		n := b.Members[i]
		if m.Member != n.Member || m.Head != n.Head || m.Seq != n.Seq || m.Nonce.Cmp(n.Nonce) != 0 {
			return false
		}
	}
	return true
}

func (f *Follower) notify(changed []common.Address) {
	if f.cfg.OnChange == nil {
		return
	}
	for _, ring := range changed {
		f.cfg.OnChange(ring)
	}
}

func (f *Follower) report(ctx context.Context, err error) {
	if err == nil || ctx.Err() != nil || f.cfg.OnError == nil {
		return
	}
	f.cfg.OnError(err)
}

// ---------------------------------------------------------------- helpers

// record notes that b is the canonical block at its height.
func (f *Follower) record(b blockID) { f.blocks[b.number] = b.hash }

// highestBlock returns the highest recorded block at or below n.
func (f *Follower) highestBlock(n uint64) (blockID, bool) {
	var best blockID
	for num, hash := range f.blocks {
		if num <= n && (!best.set() || num > best.number) {
			best = blockID{num, hash}
		}
	}
	return best, best.set()
}

// lowestBlock returns the lowest recorded height.
func (f *Follower) lowestBlock() (uint64, bool) {
	lowest, ok := uint64(0), false
	for num := range f.blocks {
		if !ok || num < lowest {
			lowest, ok = num, true
		}
	}
	return lowest, ok
}

// addresses returns the followed rings, sorted.
func (f *Follower) addresses() []common.Address {
	out := make([]common.Address, 0, len(f.followed))
	for ring := range f.followed {
		out = append(out, ring)
	}
	slices.SortFunc(out, func(a, b common.Address) int { return a.Cmp(b) })
	return out
}

// following reports whether any ring is followed.
func (f *Follower) following() bool {
	f.round.Lock()
	defer f.round.Unlock()
	return len(f.followed) > 0
}

// query is the filter for the events of rings in blocks from to to.
func (f *Follower) query(rings []common.Address, from, to uint64) ethereum.FilterQuery {
	return ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from),
		ToBlock:   new(big.Int).SetUint64(to),
		Addresses: rings,
		Topics:    [][]common.Hash{f.topics},
	}
}

func (f *Follower) renewSubscription() {
	select {
	case f.resub <- struct{}{}:
	default:
	}
}

// clone returns a deep copy of s.
func (s *RingState) clone() *RingState {
	c := *s
	c.Members = make([]MemberHead, len(s.Members))
	for i, m := range s.Members {
		c.Members[i] = m
		if m.Nonce != nil {
			c.Members[i].Nonce = new(big.Int).Set(m.Nonce)
		}
	}
	return &c
}
