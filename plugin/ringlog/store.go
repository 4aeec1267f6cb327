package ringlog

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/boxo/blockstore"
	pin "github.com/ipfs/boxo/pinning/pinner"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	"github.com/ipfs/go-datastore"
	"github.com/ipfs/go-datastore/query"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// ErrBodyTooLarge is returned by Append for a message whose sealed body
// would exceed schemas.MaxBodySize.
var ErrBodyTooLarge = errors.New("ringlog: body too large")

// ErrBlockMissing is returned when a log node is not in the blockstore.
var ErrBlockMissing = errors.New("ringlog: log node not in the blockstore")

// Head is the newest node of one member's log.
type Head struct {
	Ring   common.Address `json:"ring"`
	Member common.Address `json:"member"`
	Seq    uint64         `json:"seq"`
	CID    cid.Cid        `json:"cid"`
}

// headRecord is the datastore form of a Head.
type headRecord struct {
	Seq uint64 `json:"seq"`
	CID string `json:"cid"`
}

// Entry is one message to append to the author's log in a ring.
type Entry struct {
	Ring    common.Address
	Chain   uint64
	Author  *ecdsa.PrivateKey
	ReadKey []byte
	Message *schemas.Message
	// Refs are heads of other members' logs the author has seen. They must be
	// stored locally: the author's pinned log reaches them.
	Refs []cid.Cid
	// Time of the append; zero means now.
	Time time.Time
	// MaxBody bounds the sealed body; 0 or more than schemas.MaxBodySize
	// means schemas.MaxBodySize.
	MaxBody int
}

// Store keeps ring logs in a node's blockstore, their heads in a datastore
// and their pins in the node's pinner. It is safe for concurrent use. It
// owns one goroutine, which moves pins (see pins.go); Close stops it after
// the last pin move, and must run before the node's datastore closes.
type Store struct {
	bs   blockstore.GCBlockstore
	ds   datastore.Batching
	pins pin.Pinner

	syncBlocks  func(context.Context) error
	revocations Revocations // see WithRevocations

	// openMu is held shared by every append and import, and exclusively
	// by Close; logs serialises the writes of each log (seq allocation and
	// head updates), so that different logs commit concurrently and share
	// the datastore's synced writes.
	openMu   sync.RWMutex
	logs     sync.Map // logKey -> *sync.Mutex
	fetching sync.Map // logKey -> *sync.Mutex held by Fetch

	pmu      sync.Mutex // guards pending and applying
	pending  map[logKey]*pendingPin
	applying bool       // a batch taken from pending is being applied
	moved    *sync.Cond // signalled after each batch of pin moves
	wake     chan struct{}
	hurry    chan struct{} // WaitPinned: move the pending pins now

	forkFound chan struct{} // see ForkFound

	hmu     sync.Mutex
	onHeads []func(Head) // see OnHead

	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup
	closed sync.Once
}

// OnHead calls f with a log's new head after every commit that moves it,
// whatever made the commit: an append, an import, a fetch (a sync, an
// announcement, a flush to a replica). f runs on the committing goroutine
// and must not block or write to the store.
func (s *Store) OnHead(f func(Head)) {
	s.hmu.Lock()
	defer s.hmu.Unlock()
	s.onHeads = append(s.onHeads, f)
}

func (s *Store) headsMoved(heads []Head) {
	s.hmu.Lock()
	fs := s.onHeads
	s.hmu.Unlock()
	for _, h := range heads {
		for _, f := range fs {
			f(h)
		}
	}
}

// Option configures a Store.
type Option func(*Store)

// WithBlockSync makes every append call sync after storing its block and
// before recording its head. The plugin passes a sync of the repo
// datastore's /blocks mount; how durable that is follows the repo's own
// settings (Kubo's default flatfs does not fsync, which is safe against a
// killed process but not against power loss).
func WithBlockSync(sync func(context.Context) error) Option {
	return func(s *Store) { s.syncBlocks = sync }
}

// New returns a Store over the node's blockstore, a datastore reserved for
// ring state, and the node's pinner, and starts its pin mover.
func New(bs blockstore.GCBlockstore, ds datastore.Batching, pins pin.Pinner, opts ...Option) *Store {
	ctx, cancel := context.WithCancel(context.Background())
	s := &Store{
		bs: bs, ds: ds, pins: pins,
		pending:   map[logKey]*pendingPin{},
		wake:      make(chan struct{}, 1),
		hurry:     make(chan struct{}, 1),
		ctx:       ctx,
		forkFound: make(chan struct{}, 1),
		cancel:    cancel,
	}
	for _, o := range opts {
		o(s)
	}
	s.moved = sync.NewCond(&s.pmu)
	s.wg.Add(1)
	go s.movePins()
	return s
}

// Close moves every pending pin and stops the mover. Appends after Close
// fail.
func (s *Store) Close() error {
	s.closed.Do(func() {
		s.openMu.Lock()
		s.cancel()
		s.openMu.Unlock()
		s.wg.Wait()
	})
	return nil
}

// ErrClosed is returned by Append after Close.
var ErrClosed = errors.New("ringlog: store closed")

// open holds the store open (Close waits for it) until the returned func
// is called. It fails with ErrClosed after Close. Take it once per
// operation: a second read lock could wait behind Close forever.
func (s *Store) open() (func(), error) {
	s.openMu.RLock()
	if s.ctx.Err() != nil {
		s.openMu.RUnlock()
		return nil, ErrClosed
	}
	return s.openMu.RUnlock, nil
}

// logMutex is the write lock of one log.
func (s *Store) logMutex(ring, member common.Address) *sync.Mutex {
	m, _ := s.logs.LoadOrStore(logKey{ring, member}, new(sync.Mutex))
	return m.(*sync.Mutex)
}

func headKey(ring, member common.Address) datastore.Key {
	return datastore.NewKey("/heads/" + hexKey(ring) + "/" + hexKey(member))
}

func hexKey(a common.Address) string { return strings.ToLower(a.Hex()[2:]) }

// PinName is the name of the recursive pin that keeps a member's log.
func PinName(ring, member common.Address) string {
	return "ring:" + ring.Hex() + ":" + member.Hex()
}

// Head returns the local head of a member's log; ok is false for a member
// with no local log.
func (s *Store) Head(ctx context.Context, ring, member common.Address) (h Head, ok bool, err error) {
	v, err := s.ds.Get(ctx, headKey(ring, member))
	if errors.Is(err, datastore.ErrNotFound) {
		return Head{Ring: ring, Member: member}, false, nil
	}
	if err != nil {
		return Head{}, false, fmt.Errorf("ringlog: reading head: %w", err)
	}
	h, err = decodeHead(ring, member, v)
	return h, err == nil, err
}

func decodeHead(ring, member common.Address, v []byte) (Head, error) {
	var rec headRecord
	if err := json.Unmarshal(v, &rec); err != nil {
		return Head{}, fmt.Errorf("ringlog: corrupt head record for %s in %s: %w", member.Hex(), ring.Hex(), err)
	}
	c, err := cid.Decode(rec.CID)
	if err != nil {
		return Head{}, fmt.Errorf("ringlog: corrupt head record for %s in %s: %w", member.Hex(), ring.Hex(), err)
	}
	return Head{Ring: ring, Member: member, Seq: rec.Seq, CID: c}, nil
}

// Heads returns the local heads of every member of a ring that has a log
// here, ordered by member address.
func (s *Store) Heads(ctx context.Context, ring common.Address) ([]Head, error) {
	prefix := "/heads/" + hexKey(ring)
	res, err := s.ds.Query(ctx, query.Query{Prefix: prefix, Orders: []query.Order{query.OrderByKey{}}})
	if err != nil {
		return nil, fmt.Errorf("ringlog: listing heads: %w", err)
	}
	defer res.Close()
	var heads []Head
	for r := range res.Next() {
		if r.Error != nil {
			return nil, fmt.Errorf("ringlog: listing heads: %w", r.Error)
		}
		k := datastore.NewKey(r.Key)
		member := common.HexToAddress(k.BaseNamespace())
		h, err := decodeHead(ring, member, r.Value)
		if err != nil {
			return nil, err
		}
		heads = append(heads, h)
	}
	return heads, nil
}

// Append seals, signs and stores one message as the next node of the
// author's log, pins it as the log's head and records the head. It returns
// only once all of that is durable.
func (s *Store) Append(ctx context.Context, e Entry) (Head, error) {
	heads, err := s.CommitMany(ctx, nil, []Entry{e}, nil)
	if err != nil {
		return Head{}, err
	}
	return heads[0], nil
}

// buildNode seals e's message and signs it as the node after prev (the
// author's current head; hasPrev false: the first node).
func buildNode(e Entry, author common.Address, prev Head, hasPrev bool) (blocks.Block, Head, error) {
	seq := prev.Seq + 1

	limit := e.MaxBody
	if limit <= 0 || limit > schemas.MaxBodySize {
		limit = schemas.MaxBodySize
	}
	plain, err := schemas.EncodeMessage(e.Message)
	if errors.Is(err, schemas.ErrTooLarge) {
		return nil, Head{}, fmt.Errorf("%w: %v; the limit is %d bytes sealed", ErrBodyTooLarge, err, limit)
	}
	if err != nil {
		return nil, Head{}, err
	}
	if sealed := len(plain) + SealOverhead; sealed > limit {
		return nil, Head{}, fmt.Errorf("%w: the sealed body would be %d bytes, the limit is %d bytes", ErrBodyTooLarge, sealed, limit)
	}
	pos := Position{Ring: e.Ring, Chain: e.Chain, Author: author, Seq: seq}
	body, err := Seal(e.ReadKey, pos, plain)
	if err != nil {
		return nil, Head{}, err
	}
	t := e.Time
	if t.IsZero() {
		t = time.Now()
	}
	node := &schemas.LogNode{
		Ring:   e.Ring.Bytes(),
		Chain:  int64(e.Chain),
		Author: author.Bytes(),
		Seq:    int64(seq),
		Refs:   e.Refs,
		Body:   body,
		Time:   t.UnixMilli(),
	}
	if node.Refs == nil {
		node.Refs = []cid.Cid{}
	}
	if hasPrev {
		p := prev.CID
		node.Prev = &p
	}
	if err := schemas.SignLogNode(node, e.Author); err != nil {
		return nil, Head{}, err
	}
	data, err := schemas.EncodeLogNode(node)
	if err != nil {
		return nil, Head{}, err
	}
	blk, err := schemas.Block(data)
	if err != nil {
		return nil, Head{}, err
	}
	return blk, Head{Ring: e.Ring, Member: author, Seq: seq, CID: blk.Cid()}, nil
}

// Get reads and decodes one log node.
func (s *Store) Get(ctx context.Context, c cid.Cid) (*schemas.LogNode, error) {
	blk, err := s.bs.Get(ctx, c)
	if err != nil {
		if isNotFound(err) {
			return nil, fmt.Errorf("%w: %s", ErrBlockMissing, c)
		}
		return nil, err
	}
	return schemas.DecodeLogNode(blk.RawData())
}

func isNotFound(err error) bool {
	var nf interface{ NotFound() bool }
	return errors.As(err, &nf) && nf.NotFound()
}

// ErrStop ends a Walk early without error.
var ErrStop = errors.New("ringlog: stop walk")

// Walk visits the log from head back to its first node, newest first. It
// stops early when fn returns ErrStop, and with fn's error otherwise.
func (s *Store) Walk(ctx context.Context, head cid.Cid, fn func(c cid.Cid, n *schemas.LogNode) error) error {
	c := head
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		n, err := s.Get(ctx, c)
		if err != nil {
			return err
		}
		if err := fn(c, n); err != nil {
			if errors.Is(err, ErrStop) {
				return nil
			}
			return err
		}
		if n.Prev == nil {
			return nil
		}
		c = *n.Prev
	}
}

// Block reads one stored block of a log, raw.
func (s *Store) Block(ctx context.Context, c cid.Cid) ([]byte, error) {
	blk, err := s.bs.Get(ctx, c)
	if err != nil {
		if isNotFound(err) {
			return nil, fmt.Errorf("%w: %s", ErrBlockMissing, c)
		}
		return nil, err
	}
	return blk.RawData(), nil
}

// Datastore is the datastore the store keeps its records in, for callers
// that keep records of their own next to the heads.
func (s *Store) Datastore() datastore.Batching { return s.ds }

// Forget drops this node's copies of a ring's logs: it unpins every log's
// head and deletes the head records, so the next garbage collection can
// reclaim the blocks. It returns how many logs it dropped.
func (s *Store) Forget(ctx context.Context, ring common.Address) (int, error) {
	if err := s.WaitPinned(ctx); err != nil {
		return 0, err
	}
	heads, err := s.Heads(ctx, ring)
	if err != nil {
		return 0, err
	}
	release, err := s.open()
	if err != nil {
		return 0, err
	}
	defer release()
	for _, h := range heads {
		mu := s.logMutex(ring, h.Member)
		mu.Lock()
		defer mu.Unlock()
		if err := s.pins.Unpin(ctx, h.CID, true); err != nil && !errors.Is(err, pin.ErrNotPinned) {
			return 0, fmt.Errorf("ringlog: unpinning %s's log: %w", h.Member.Hex(), err)
		}
		if err := s.ds.Delete(ctx, headKey(ring, h.Member)); err != nil {
			return 0, err
		}
	}
	if err := s.pins.Flush(ctx); err != nil {
		return 0, err
	}
	return len(heads), s.ds.Sync(ctx, datastore.NewKey("/heads"))
}

// Keep stores a block and pins it directly under name, unless something
// pins it already: for blocks a ring keeps that no log links to (ring
// entries).
func (s *Store) Keep(ctx context.Context, blk blocks.Block, name string) error {
	release, err := s.open()
	if err != nil {
		return err
	}
	defer release()
	unlock := s.bs.PinLock(ctx)
	defer unlock.Unlock(ctx)
	if err := s.bs.Put(ctx, blk); err != nil {
		return err
	}
	if _, pinned, err := s.pins.IsPinned(ctx, blk.Cid()); err != nil || pinned {
		return err
	}
	if err := s.pins.PinWithMode(ctx, blk.Cid(), pin.Direct, name); err != nil {
		return err
	}
	return s.pins.Flush(ctx)
}
