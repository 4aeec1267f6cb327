package registry

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// Errors of anchoring: why a member's node refuses to vote for a proposed
// snapshot.
var (
	// ErrMissingLog: this node does not hold a log the snapshot names up to
	// its head (it is behind, or holds another node at that seq). Syncing
	// the registry ring fixes the first.
	ErrMissingLog = errors.New("registry: this node does not hold the log up to the snapshot's head")
	// ErrAnchorMismatch: rebuilding the snapshot from the heads and time it
	// names gives another root.
	ErrAnchorMismatch = errors.New("registry: the snapshot is not what its heads give")
	// ErrNotAnchored: the registry ring has no output 0 yet.
	ErrNotAnchored = errors.New("registry: no snapshot is anchored yet")
)

// Head is one log of the registry ring up to one node: Author's log from
// seq 1 to Seq, whose node is CID.
type Head struct {
	Author common.Address
	Seq    uint64
	CID    cid.Cid
}

// LogReader reads the registry ring's logs held on this node.
type LogReader interface {
	// ReadTo returns the nodes of h.Author's log from seq 1 to h.Seq, in
	// ascending seq, each verified, after checking that this node's node
	// at h.Seq is h.CID. It fails with ErrMissingLog (wrapped) when this
	// node does not hold the log up to h.
	ReadTo(ctx context.Context, h Head) ([]Logged, error)
}

// AnchorLogs is what anchoring needs of the registry ring on this node.
type AnchorLogs interface {
	LogReader
	// LogHeads returns the head of every log of the registry ring held
	// here.
	LogHeads(ctx context.Context) ([]Head, error)
	// Members returns the registry ring's members: the hosts of a
	// snapshot.
	Members(ctx context.Context) ([]common.Address, error)
}

// Anchored is the registry head: the registry ring's output 0.
type Anchored struct {
	Root  cid.Cid // the SnapshotRoot; undefined when none is anchored
	Block uint64  // the chain block it was read at
}

// HeadReader reads the registry head from contract state.
type HeadReader interface {
	// Anchored reads the registry ring's output 0 at the latest block: one
	// eth_call, never an event scan.
	Anchored(ctx context.Context) (Anchored, error)
}

// Ledger is the registry ring on chain, as the anchoring node sees it.
type Ledger interface {
	HeadReader
	// Register registers root as the registry ring's output 0: the
	// members' nodes vote (each rebuilding it, Anchorer.Check) and at 2/3
	// the node relays the registration.
	Register(ctx context.Context, root cid.Cid) error
}

// Blocks is where a node keeps snapshot blocks.
type Blocks interface {
	// Get returns the bytes of block c, from this node or the network.
	Get(ctx context.Context, c cid.Cid) ([]byte, error)
	// Write calls write with a PutFunc into this node's blockstore and,
	// unless it fails, pins the root it returns so that the node serves
	// the snapshot, and drops the pins of earlier snapshots other than
	// keep. No garbage collection runs between the puts and the pin.
	Write(ctx context.Context, write func(put PutFunc) (cid.Cid, error), keep ...cid.Cid) (cid.Cid, error)
}

// BuildFromHeads builds the snapshot of exactly the given log prefixes at
// time at (rounded down to the millisecond): the operations of each
// head's log from seq 1 to its seq, read with logs, applied in
// BuildSnapshot's canonical order with the accounts in hosts as host
// records' issuers, and written with put. The root names the heads, so it
// is a deterministic function of the heads, at, hosts, chain and rules:
// any node holding those logs writes the same blocks.
//
// heads must be strictly ascending by author, each with a seq of 1 or
// more. A node this node cannot open (a nil Message) or that is not a
// registry operation is counted in Refused, like an operation the rules
// refuse.
func BuildFromHeads(ctx context.Context, logs LogReader, heads []Head, at time.Time, hosts []common.Address,
	chain uint64, rules Rules, put PutFunc) (cid.Cid, SnapshotStats, error) {
	refs := make([]schemas.SnapshotHead, len(heads))
	for i, h := range heads {
		if h.Seq < 1 {
			return cid.Undef, SnapshotStats{}, fmt.Errorf("registry: head of %s has seq 0", h.Author.Hex())
		}
		if i > 0 && heads[i-1].Author.Cmp(h.Author) >= 0 {
			return cid.Undef, SnapshotStats{}, fmt.Errorf("registry: heads must be strictly ascending by author: %s after %s", h.Author.Hex(), heads[i-1].Author.Hex())
		}
		refs[i] = schemas.SnapshotHead{Author: h.Author.Bytes(), Seq: int64(h.Seq), Head: h.CID}
	}
	var (
		ops     []Op
		refused int
	)
	for _, h := range heads {
		nodes, err := logs.ReadTo(ctx, h)
		if err != nil {
			return cid.Undef, SnapshotStats{}, fmt.Errorf("registry: reading the log of %s up to seq %d (%s): %w", h.Author.Hex(), h.Seq, h.CID, err)
		}
		if uint64(len(nodes)) != h.Seq {
			return cid.Undef, SnapshotStats{}, fmt.Errorf("%w: the log of %s up to seq %d has %d nodes here", ErrMissingLog, h.Author.Hex(), h.Seq, len(nodes))
		}
		for _, n := range nodes {
			if n.Message == nil {
				refused++
				continue
			}
			got, err := OpsOf(n.Message)
			if err != nil {
				refused++
				continue
			}
			ops = append(ops, got...)
		}
	}
	isHost := make(map[common.Address]bool, len(hosts))
	for _, a := range hosts {
		isHost[a] = true
	}
	at = time.UnixMilli(at.UnixMilli())
	root, st, err := buildSnapshot(ctx, ops, refs, at, rules, func(a common.Address) bool { return isHost[a] }, chain, put)
	st.Refused += refused
	return root, st, err
}

// DefaultAnchorInterval is how often a registry node anchors the registry
// when it changed.
const DefaultAnchorInterval = 10 * time.Minute

// AnchorOption sets an optional part of an Anchorer.
type AnchorOption func(*Anchorer)

// WithAnchorClock sets the anchorer's clock (time.Now by default).
func WithAnchorClock(now func() time.Time) AnchorOption { return func(a *Anchorer) { a.now = now } }

// WithAnchorLogf sets where the background loop reports errors (nowhere by
// default).
func WithAnchorLogf(logf func(format string, args ...any)) AnchorOption {
	return func(a *Anchorer) { a.logf = logf }
}

// Anchorer anchors a registry ring's snapshot on chain, and checks the
// snapshots other members propose.
//
// Anchor (every interval, from Start's loop) takes the heads of the
// registry ring's logs held here and the time, builds the snapshot of
// those logs at that time (BuildFromHeads), writes and pins it, and
// registers it as the ring's output 0. Check is the other side: a member's
// node votes for a proposed output 0 only if it holds every log the
// snapshot names up to its head and rebuilding gives the same root.
//
// Close stops the loop; the Ledger, Blocks and logs stay the caller's.
type Anchorer struct {
	logs   AnchorLogs
	ledger Ledger
	blocks Blocks
	chain  uint64
	rules  Rules
	now    func() time.Time
	logf   func(string, ...any)

	// mu serialises builds (each reads every log); it is not held while
	// registering, since registering calls Check on this node too.
	mu       sync.Mutex
	verified cid.Cid // the last root built or checked here

	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// NewAnchorer returns the anchorer of the registry of chain kept in logs,
// registering through ledger and keeping blocks in blocks. Every registry
// node of a ring must use the same rules.
func NewAnchorer(logs AnchorLogs, ledger Ledger, blocks Blocks, chain uint64, rules Rules, opts ...AnchorOption) (*Anchorer, error) {
	if err := rules.Validate(); err != nil {
		return nil, err
	}
	a := &Anchorer{logs: logs, ledger: ledger, blocks: blocks, chain: chain, rules: rules,
		now: time.Now, logf: func(string, ...any) {}, cancel: func() {}}
	for _, o := range opts {
		o(a)
	}
	return a, nil
}

// Start anchors every interval until Close. It is called at most once.
func (a *Anchorer) Start(every time.Duration) {
	ctx, cancel := context.WithCancel(context.Background())
	a.cancel = cancel
	a.wg.Go(func() {
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
			res, err := a.Anchor(ctx)
			switch {
			case err != nil && ctx.Err() == nil:
				a.logf("registry: anchoring the registry: %v", err)
			case err == nil && !res.Unchanged:
				a.logf("registry: anchored snapshot %s (%d resources, %d logs) in block %d", res.Root, res.Stats.Resources, len(res.Heads), res.Block)
			}
		}
	})
}

// Close stops the loop and waits for it.
func (a *Anchorer) Close() error {
	a.cancel()
	a.wg.Wait()
	return nil
}

// AnchorResult says what Anchor did.
type AnchorResult struct {
	// Unchanged is true when the anchored snapshot already names the heads
	// held here (or there are none): nothing was registered.
	Unchanged bool
	Root      cid.Cid
	Time      time.Time
	Heads     []Head
	Stats     SnapshotStats
	// Block is the block Anchored read output 0 at, before registering.
	Block uint64
}

// Anchor anchors the registry if it changed: it reads output 0, and when
// the snapshot anchored there does not name exactly the heads held here,
// builds the snapshot of those heads at now, writes and pins it, and
// registers it as output 0.
func (a *Anchorer) Anchor(ctx context.Context) (AnchorResult, error) {
	heads, err := a.logs.LogHeads(ctx)
	if err != nil {
		return AnchorResult{}, fmt.Errorf("reading the registry ring's heads: %w", err)
	}
	heads = slices.DeleteFunc(slices.Clone(heads), func(h Head) bool { return h.Seq == 0 })
	slices.SortFunc(heads, func(x, y Head) int { return x.Author.Cmp(y.Author) })
	anchored, err := a.ledger.Anchored(ctx)
	if err != nil {
		return AnchorResult{}, fmt.Errorf("reading the registry head: %w", err)
	}
	res := AnchorResult{Heads: heads, Block: anchored.Block}
	if len(heads) == 0 {
		res.Unchanged = true
		return res, nil
	}
	if anchored.Root.Defined() {
		if r, err := a.root(ctx, anchored.Root); err == nil && sameHeads(r.Heads, heads) {
			res.Unchanged, res.Root, res.Time = true, anchored.Root, time.UnixMilli(r.Time)
			return res, nil
		} else if err != nil {
			a.logf("registry: the anchored snapshot %s: %v; anchoring a new one", anchored.Root, err)
		}
	}
	members, err := a.logs.Members(ctx)
	if err != nil {
		return res, fmt.Errorf("reading the registry ring's members: %w", err)
	}
	at := time.UnixMilli(a.now().UnixMilli())
	a.mu.Lock()
	root, err := a.blocks.Write(ctx, func(put PutFunc) (cid.Cid, error) {
		root, st, err := BuildFromHeads(ctx, a.logs, heads, at, members, a.chain, a.rules, put)
		res.Stats = st
		return root, err
	}, anchored.Root)
	if err == nil {
		a.verified = root
	}
	a.mu.Unlock()
	if err != nil {
		return res, fmt.Errorf("writing the snapshot: %w", err)
	}
	res.Root, res.Time = root, at
	if err := a.ledger.Register(ctx, root); err != nil {
		return res, fmt.Errorf("registering snapshot %s as output 0: %w", root, err)
	}
	return res, nil
}

// root reads and decodes the snapshot root c.
func (a *Anchorer) root(ctx context.Context, c cid.Cid) (*schemas.SnapshotRoot, error) {
	data, err := a.blocks.Get(ctx, c)
	if err != nil {
		return nil, err
	}
	if got, err := schemas.LinkPrefix.Sum(data); err != nil || !got.Equals(c) {
		return nil, fmt.Errorf("%w: root %s: the block's bytes hash to %s", ErrSnapshot, c, got)
	}
	r, err := schemas.DecodeSnapshotRoot(data)
	if err != nil {
		return nil, fmt.Errorf("%w: root %s: %w", ErrSnapshot, c, err)
	}
	return r, nil
}

func sameHeads(refs []schemas.SnapshotHead, heads []Head) bool {
	return slices.EqualFunc(refs, heads, func(r schemas.SnapshotHead, h Head) bool {
		return bytes.Equal(r.Author, h.Author.Bytes()) && r.Seq == int64(h.Seq) && r.Head.Equals(h.CID)
	})
}

// Check is what a member's node checks before it votes for root as the
// registry ring's output 0: root is a SnapshotRoot (fetched through
// Blocks, so over IPFS from the proposer) of this registry's chain and
// rules, its time is not ahead of this node's clock by more than
// Rules.MaxSkew (ErrFuture), this node holds every log it names up to its
// head (ErrMissingLog), and rebuilding it from those heads at its time
// with the registry ring's members as hosts gives root (else
// ErrAnchorMismatch). The rebuilt blocks are written here, and pinned
// when they match, so the voter serves the snapshot it vouched for.
func (a *Anchorer) Check(ctx context.Context, root cid.Cid) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.verified.Defined() && a.verified.Equals(root) {
		return nil
	}
	r, err := a.root(ctx, root)
	if err != nil {
		return fmt.Errorf("registry: the proposed snapshot %s: %w", root, err)
	}
	if r.Chain != int64(a.chain) {
		return fmt.Errorf("%w: snapshot %s is of chain %d, the registry's is %d", ErrAnchorMismatch, root, r.Chain, a.chain)
	}
	if r.StaleAfter != a.rules.StaleAfter.Milliseconds() {
		return fmt.Errorf("%w: snapshot %s marks records stale after %d ms, this registry after %d ms", ErrAnchorMismatch, root, r.StaleAfter, a.rules.StaleAfter.Milliseconds())
	}
	nowMS := a.now().UnixMilli()
	if limit := nowMS + a.rules.MaxSkew.Milliseconds(); r.Time > limit {
		return fmt.Errorf("%w: snapshot %s is taken at %s, more than %s ahead of this node's clock (%s)",
			ErrFuture, root, fmtMS(r.Time), a.rules.MaxSkew, fmtMS(nowMS))
	}
	heads := make([]Head, len(r.Heads))
	for i, h := range r.Heads {
		heads[i] = Head{Author: common.BytesToAddress(h.Author), Seq: uint64(h.Seq), CID: h.Head}
	}
	members, err := a.logs.Members(ctx)
	if err != nil {
		return fmt.Errorf("registry: reading the registry ring's members: %w", err)
	}
	var keep []cid.Cid
	if anchored, err := a.ledger.Anchored(ctx); err == nil && anchored.Root.Defined() {
		keep = append(keep, anchored.Root)
	}
	_, err = a.blocks.Write(ctx, func(put PutFunc) (cid.Cid, error) {
		got, _, err := BuildFromHeads(ctx, a.logs, heads, time.UnixMilli(r.Time), members, a.chain, a.rules, put)
		if err == nil && !got.Equals(root) {
			err = fmt.Errorf("%w: rebuilding it from its %d heads at %s gives %s", ErrAnchorMismatch, len(heads), fmtMS(r.Time), got)
		}
		return got, err
	}, keep...)
	if err != nil {
		return fmt.Errorf("registry: the proposed snapshot %s: %w", root, err)
	}
	a.verified = root
	return nil
}

// Reader reads the anchored registry: the registry head from contract
// state and the snapshot it names, over IPFS. It needs no keys and no
// registry role.
type Reader struct {
	Head HeadReader
	Get  GetFunc
}

// AnchoredSnapshot is the registry head with its root block.
type AnchoredSnapshot struct {
	Anchored
	Snapshot *schemas.SnapshotRoot
}

// Anchored reads output 0 (one eth_call) and its root block. It fails with
// ErrNotAnchored when nothing is anchored.
func (r Reader) Anchored(ctx context.Context) (AnchoredSnapshot, error) {
	a, err := r.Head.Anchored(ctx)
	if err != nil {
		return AnchoredSnapshot{}, err
	}
	if !a.Root.Defined() {
		return AnchoredSnapshot{Anchored: a}, fmt.Errorf("%w (block %d)", ErrNotAnchored, a.Block)
	}
	data, err := r.Get(ctx, a.Root)
	if err != nil {
		return AnchoredSnapshot{Anchored: a}, fmt.Errorf("registry: snapshot root %s: %w", a.Root, err)
	}
	if got, err := schemas.LinkPrefix.Sum(data); err != nil || !got.Equals(a.Root) {
		return AnchoredSnapshot{Anchored: a}, fmt.Errorf("%w: root %s: the block's bytes hash to %s", ErrSnapshot, a.Root, got)
	}
	s, err := schemas.DecodeSnapshotRoot(data)
	if err != nil {
		return AnchoredSnapshot{Anchored: a}, fmt.Errorf("%w: root %s: %w", ErrSnapshot, a.Root, err)
	}
	return AnchoredSnapshot{Anchored: a, Snapshot: s}, nil
}

// Resolve reads output 0 and looks resource id up in the snapshot it
// names (LookupSnapshot: every block checked, every record verified,
// stale relative to the snapshot's time).
func (r Reader) Resolve(ctx context.Context, id [32]byte) (Anchored, SnapshotLookup, error) {
	a, err := r.Head.Anchored(ctx)
	if err != nil {
		return a, SnapshotLookup{}, err
	}
	if !a.Root.Defined() {
		return a, SnapshotLookup{}, fmt.Errorf("%w (block %d)", ErrNotAnchored, a.Block)
	}
	l, err := LookupSnapshot(ctx, a.Root, id, r.Get)
	return a, l, err
}
