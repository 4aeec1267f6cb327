package chain_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mosaic-rings/rings/contracts/bindings"
	"github.com/mosaic-rings/rings/contracts/chain"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// farDeadline is 2100-01-01, for signed requests.
var farDeadline = big.NewInt(4102444800)

// waitTimeout bounds every wait for the follower to see something.
const waitTimeout = 20 * time.Second

// countingBackend is the simulated chain's client as the follower sees it:
// it counts the calls that cost an RPC round trip, can refuse log
// subscriptions as an HTTP endpoint does, can end a subscription as a
// dropped WebSocket does, and can add odd logs to eth_getLogs answers as a
// broken node might.
type countingBackend struct {
	simulated.Client
	noSubscribe atomic.Bool
	calls       atomic.Int64 // eth_call
	getLogs     atomic.Int64 // eth_getLogs
	subscribed  chan struct{}
	oddLogs     func(q ethereum.FilterQuery) []types.Log

	mu   sync.Mutex
	subs []*testSub
}

var _ chain.FollowBackend = (*countingBackend)(nil)

func newCountingBackend(sim *simulated.Backend) *countingBackend {
	return &countingBackend{Client: sim.Client(), subscribed: make(chan struct{}, 16)}
}

func (b *countingBackend) CallContract(ctx context.Context, msg ethereum.CallMsg, n *big.Int) ([]byte, error) {
	b.calls.Add(1)
	return b.Client.CallContract(ctx, msg, n)
}

func (b *countingBackend) CallContractAtHash(ctx context.Context, msg ethereum.CallMsg, h common.Hash) ([]byte, error) {
	b.calls.Add(1)
	return b.Client.(bind.BlockHashContractCaller).CallContractAtHash(ctx, msg, h)
}

func (b *countingBackend) CodeAtHash(ctx context.Context, a common.Address, h common.Hash) ([]byte, error) {
	return b.Client.(bind.BlockHashContractCaller).CodeAtHash(ctx, a, h)
}

func (b *countingBackend) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	b.getLogs.Add(1)
	logs, err := b.Client.FilterLogs(ctx, q)
	if err == nil && b.oddLogs != nil {
		logs = append(logs, b.oddLogs(q)...)
	}
	return logs, err
}

func (b *countingBackend) SubscribeFilterLogs(ctx context.Context, q ethereum.FilterQuery, ch chan<- types.Log) (ethereum.Subscription, error) {
	if b.noSubscribe.Load() {
		return nil, rpc.ErrNotificationsUnsupported
	}
	inner, err := b.Client.SubscribeFilterLogs(ctx, q, ch)
	if err != nil {
		return nil, err
	}
	s := &testSub{inner: inner, errc: make(chan error, 1)}
	b.mu.Lock()
	b.subs = append(b.subs, s)
	b.mu.Unlock()
	b.subscribed <- struct{}{}
	return s, nil
}

// killSubscriptions ends every live subscription with err.
func (b *countingBackend) killSubscriptions(err error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, s := range b.subs {
		s.inner.Unsubscribe()
		select {
		case s.errc <- err:
		default:
		}
	}
	b.subs = nil
}

// testSub is a subscription the test can end with an error.
type testSub struct {
	inner ethereum.Subscription
	errc  chan error
}

func (s *testSub) Unsubscribe()      { s.inner.Unsubscribe() }
func (s *testSub) Err() <-chan error { return s.errc }

// autoCommit is the simulated chain's client as chain.Client sees it: every
// transaction is mined in its own block as soon as it is sent.
type autoCommit struct {
	simulated.Client
	sim *simulated.Backend
}

func (a autoCommit) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if err := a.Client.SendTransaction(ctx, tx); err != nil {
		return err
	}
	a.sim.Commit()
	return nil
}

func (a autoCommit) CallContractAtHash(ctx context.Context, msg ethereum.CallMsg, h common.Hash) ([]byte, error) {
	return a.Client.(bind.BlockHashContractCaller).CallContractAtHash(ctx, msg, h)
}

func (a autoCommit) CodeAtHash(ctx context.Context, addr common.Address, h common.Hash) ([]byte, error) {
	return a.Client.(bind.BlockHashContractCaller).CodeAtHash(ctx, addr, h)
}

// followEnv is a simulated chain with a factory, a client that relays, and
// keys: the relayer, the ring owner, members.
type followEnv struct {
	tb      testing.TB
	sim     *simulated.Backend
	client  *chain.Client
	backend *countingBackend // what the follower under test reads through
	owner   *ecdsa.PrivateKey
	keys    []*ecdsa.PrivateKey // members and candidates
}

func memberKey(i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("follow test key %d", i))))
	if err != nil {
		panic(err)
	}
	return k
}

func newFollowEnv(tb testing.TB, nkeys int) *followEnv {
	tb.Helper()
	relayer, owner := memberKey(-1), memberKey(-2)
	sim := simulated.NewBackend(types.GenesisAlloc{
		crypto.PubkeyToAddress(relayer.PublicKey): {Balance: new(big.Int).Lsh(big.NewInt(1), 100)},
	})
	tb.Cleanup(func() { _ = sim.Close() })
	ctx := tb.Context()
	relay := autoCommit{Client: sim.Client(), sim: sim}
	factory, _, err := chain.DeployFactory(ctx, relay, relayer)
	if err != nil {
		tb.Fatal(err)
	}
	client, err := chain.New(ctx, relay, relayer, factory)
	if err != nil {
		tb.Fatal(err)
	}
	e := &followEnv{tb: tb, sim: sim, client: client, backend: newCountingBackend(sim), owner: owner}
	for i := range nkeys {
		e.keys = append(e.keys, memberKey(i))
	}
	return e
}

func (e *followEnv) addr(i int) common.Address { return crypto.PubkeyToAddress(e.keys[i].PublicKey) }

func (e *followEnv) ownerAddr() common.Address { return crypto.PubkeyToAddress(e.owner.PublicKey) }

// createRing creates a ring owned by e.owner with members keys[0:n].
func (e *followEnv) createRing(n int) common.Address {
	e.tb.Helper()
	members := make([]common.Address, n)
	for i := range members {
		members[i] = e.addr(i)
	}
	ring, _, err := e.client.CreateRing(e.tb.Context(), e.ownerAddr(), members)
	if err != nil {
		e.tb.Fatal(err)
	}
	return ring
}

func headOf(ring common.Address, member common.Address, seq uint64) common.Hash {
	return crypto.Keccak256Hash(ring.Bytes(), member.Bytes(), new(big.Int).SetUint64(seq).Bytes())
}

// signedFlush returns member i's signed Flush setting its head to seq.
func (e *followEnv) signedFlush(ring common.Address, i int, seq uint64, nonce *big.Int) (schemas.Flush, []byte) {
	e.tb.Helper()
	f := schemas.Flush{Ring: ring, Avatar: e.addr(i), Head: headOf(ring, e.addr(i), seq), Seq: seq, Nonce: nonce, Deadline: farDeadline}
	d, err := schemas.FlushDigest(schemas.Domain{ChainID: e.client.ChainID(), Ring: ring}, f)
	if err != nil {
		e.tb.Fatal(err)
	}
	sig, err := schemas.Sign(d, e.keys[i])
	if err != nil {
		e.tb.Fatal(err)
	}
	return f, sig
}

// flush has member i flush seq to ring, in a block of its own, and returns
// that block's number.
func (e *followEnv) flush(ring common.Address, i int, seq uint64) uint64 {
	e.tb.Helper()
	nonce, err := e.client.Nonce(e.tb.Context(), ring, e.addr(i))
	if err != nil {
		e.tb.Fatal(err)
	}
	f, sig := e.signedFlush(ring, i, seq, nonce)
	r, err := e.client.Flush(e.tb.Context(), ring, f, sig)
	if err != nil {
		e.tb.Fatal(err)
	}
	return r.Block
}

// flushMany has members idx flush seq to ring in one transaction.
func (e *followEnv) flushMany(ring common.Address, idx []int, seq uint64) {
	e.tb.Helper()
	fs := make([]schemas.Flush, len(idx))
	sigs := make([][]byte, len(idx))
	for j, i := range idx {
		nonce, err := e.client.Nonce(e.tb.Context(), ring, e.addr(i))
		if err != nil {
			e.tb.Fatal(err)
		}
		fs[j], sigs[j] = e.signedFlush(ring, i, seq, nonce)
	}
	if _, err := e.client.FlushMany(e.tb.Context(), ring, fs, sigs); err != nil {
		e.tb.Fatal(err)
	}
}

// membership has the owner add (enter) or remove member a, relayed.
func (e *followEnv) membership(ring, a common.Address, enter bool) {
	e.tb.Helper()
	nonce, err := e.client.Nonce(e.tb.Context(), ring, e.ownerAddr())
	if err != nil {
		e.tb.Fatal(err)
	}
	m := schemas.Membership{Ring: ring, Member: a, Enter: enter, Nonce: nonce, Deadline: farDeadline}
	d, err := schemas.MembershipDigest(schemas.Domain{ChainID: e.client.ChainID(), Ring: ring}, m)
	if err != nil {
		e.tb.Fatal(err)
	}
	sig, err := schemas.Sign(d, e.owner)
	if err != nil {
		e.tb.Fatal(err)
	}
	if _, err := e.client.ChangeMembership(e.tb.Context(), ring, m, sig); err != nil {
		e.tb.Fatal(err)
	}
}

// commitEntry commits ring entry index with the votes of members idx.
func (e *followEnv) commitEntry(ring common.Address, idx []int, index uint64, entry, prev common.Hash) {
	e.tb.Helper()
	keys := make([]*ecdsa.PrivateKey, len(idx))
	for j, i := range idx {
		keys[j] = e.keys[i]
	}
	slices.SortFunc(keys, func(a, b *ecdsa.PrivateKey) int {
		return crypto.PubkeyToAddress(a.PublicKey).Cmp(crypto.PubkeyToAddress(b.PublicKey))
	})
	d := schemas.RingEntryDigest(schemas.Domain{ChainID: e.client.ChainID(), Ring: ring}, index, entry, prev)
	sigs := make([][]byte, len(keys))
	for j, k := range keys {
		sig, err := schemas.Sign(d, k)
		if err != nil {
			e.tb.Fatal(err)
		}
		sigs[j] = sig
	}
	abi := bindings.NewRing()
	relayer := memberKey(-1)
	opts := bind.NewKeyedTransactor(relayer, new(big.Int).SetUint64(e.client.ChainID()))
	opts.Context = e.tb.Context()
	tx, err := bind.Transact(abi.Instance(e.sim.Client(), ring), opts, abi.PackCommitEntry(index, entry, prev, sigs))
	if err != nil {
		e.tb.Fatal(err)
	}
	e.sim.Commit()
	if r, err := e.sim.Client().TransactionReceipt(e.tb.Context(), tx.Hash()); err != nil || r.Status != types.ReceiptStatusSuccessful {
		e.tb.Fatalf("commitEntry: %v %v", r, err)
	}
}

// follower returns a follower reading through e.backend whose OnChange
// signals the returned channel.
func (e *followEnv) follower(cfg chain.FollowConfig) (*chain.Follower, <-chan common.Address) {
	e.tb.Helper()
	changes := make(chan common.Address, 1024)
	cfg.OnChange = func(ring common.Address) {
		select {
		case changes <- ring:
		default:
		}
	}
	f, err := chain.NewFollower(e.backend, cfg)
	if err != nil {
		e.tb.Fatal(err)
	}
	return f, changes
}

// run runs f.Run until the test ends.
func run(tb testing.TB, f *chain.Follower) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- f.Run(ctx) }()
	tb.Cleanup(func() {
		cancel()
		if err := <-done; !errors.Is(err, context.Canceled) {
			tb.Errorf("Run returned %v", err)
		}
	})
}

// waitSubscribed waits until the follower has subscribed to logs.
func (e *followEnv) waitSubscribed() {
	e.tb.Helper()
	select {
	case <-e.backend.subscribed:
	case <-time.After(waitTimeout):
		e.tb.Fatal("the follower never subscribed to logs")
	}
}

// waitFor waits until cond holds, checking it again at each change the
// follower reports.
func waitFor(tb testing.TB, changes <-chan common.Address, what string, cond func() bool) {
	tb.Helper()
	deadline := time.NewTimer(waitTimeout)
	defer deadline.Stop()
	for !cond() {
		select {
		case <-changes:
		case <-deadline.C:
			tb.Fatalf("timed out waiting for %s", what)
		}
	}
}

func refresh(tb testing.TB, f *chain.Follower) {
	tb.Helper()
	if err := f.Refresh(tb.Context()); err != nil {
		tb.Fatalf("Refresh: %v", err)
	}
}

func state(tb testing.TB, f *chain.Follower, ring common.Address) *chain.RingState {
	tb.Helper()
	st, err := f.State(ring)
	if err != nil {
		tb.Fatal(err)
	}
	return st
}

func final(tb testing.TB, f *chain.Follower, ring common.Address) *chain.RingState {
	tb.Helper()
	st, err := f.Final(ring)
	if err != nil {
		tb.Fatal(err)
	}
	return st
}

// seqOf is member a's seq in st, or -1 for a non-member.
func seqOf(st *chain.RingState, a common.Address) int64 {
	m, ok := st.Member(a)
	if !ok {
		return -1
	}
	return int64(m.Seq)
}

// matchesChain checks the follower's latest state of ring against a fresh
// read of the contract at the same block.
func (e *followEnv) matchesChain(f *chain.Follower, ring common.Address) {
	e.tb.Helper()
	got := state(e.tb, f, ring)
	want, err := e.client.State(e.tb.Context(), ring)
	if err != nil {
		e.tb.Fatal(err)
	}
	if got.Block != want.Block || got.BlockHash != want.BlockHash {
		e.tb.Fatalf("follower is at block %d %s, the chain at %d %s", got.Block, got.BlockHash, want.Block, want.BlockHash)
	}
	if jsonOf(e.tb, got) != jsonOf(e.tb, want) {
		e.tb.Fatalf("follower state %s\nchain state    %s", jsonOf(e.tb, got), jsonOf(e.tb, want))
	}
}

// ---------------------------------------------------------------- tests

func TestFollowerPolling(t *testing.T) {
	t.Parallel()
	e := newFollowEnv(t, 3)
	e.backend.noSubscribe.Store(true)
	ring := e.createRing(3)
	f, changes := e.follower(chain.DefaultFollowConfig())
	if err := f.Add(t.Context(), ring); err != nil {
		t.Fatal(err)
	}
	e.matchesChain(f, ring)
	if got := <-changes; got != ring {
		t.Fatalf("OnChange(%s) after Add, want %s", got, ring)
	}

	e.flush(ring, 0, 1)
	e.flush(ring, 2, 5)
	e.flush(ring, 0, 2)
	if seq := seqOf(state(t, f, ring), e.addr(0)); seq != 0 {
		t.Fatalf("seq %d before any refresh", seq)
	}
	refresh(t, f)
	st := state(t, f, ring)
	if seqOf(st, e.addr(0)) != 2 || seqOf(st, e.addr(2)) != 5 || seqOf(st, e.addr(1)) != 0 {
		t.Fatalf("after refresh: %s", jsonOf(t, st))
	}
	if m, _ := st.Member(e.addr(0)); m.Head != headOf(ring, e.addr(0), 2) || m.Nonce.Int64() != 2 {
		t.Fatalf("member 0: %+v", m)
	}
	e.matchesChain(f, ring)
	if fin := final(t, f, ring); jsonOf(t, fin) != jsonOf(t, st) {
		t.Fatalf("with no confirmations Final %s differs from State %s", jsonOf(t, fin), jsonOf(t, st))
	}
	select {
	case got := <-changes:
		if got != ring {
			t.Fatalf("OnChange(%s), want %s", got, ring)
		}
	default:
		t.Fatal("no OnChange after the heads moved")
	}

	// A refresh that sees nothing new reports no change.
	refresh(t, f)
	select {
	case got := <-changes:
		t.Fatalf("OnChange(%s) with nothing new", got)
	default:
	}

	// The ring log.
	entry := crypto.Keccak256Hash([]byte("entry 0"))
	e.commitEntry(ring, []int{0, 1}, 0, entry, common.Hash{})
	refresh(t, f)
	if st := state(t, f, ring); st.EntryCount != 1 || st.RingNodeHead != entry {
		t.Fatalf("after commitEntry: entryCount %d, ringNodeHead %s", st.EntryCount, st.RingNodeHead)
	}
	e.matchesChain(f, ring)
}

func TestFollowerSubscription(t *testing.T) {
	t.Parallel()
	e := newFollowEnv(t, 4)
	ring := e.createRing(3)
	cfg := chain.DefaultFollowConfig()
	cfg.PollInterval = time.Hour // no polling: only the subscription can bring news
	f, changes := e.follower(cfg)
	if err := f.Add(t.Context(), ring); err != nil {
		t.Fatal(err)
	}
	run(t, f)
	e.waitSubscribed()

	e.flush(ring, 1, 3)
	waitFor(t, changes, "member 1's first flush", func() bool { return seqOf(state(t, f, ring), e.addr(1)) == 3 })
	getLogs := e.backend.getLogs.Load()

	e.flush(ring, 1, 4)
	waitFor(t, changes, "member 1's second flush", func() bool { return seqOf(state(t, f, ring), e.addr(1)) == 4 })
	e.membership(ring, e.addr(3), true)
	waitFor(t, changes, "member 3's entry", func() bool { return seqOf(state(t, f, ring), e.addr(3)) == 0 })
	e.membership(ring, e.addr(0), false)
	waitFor(t, changes, "member 0's exit", func() bool { return seqOf(state(t, f, ring), e.addr(0)) == -1 })
	if n := e.backend.getLogs.Load(); n != getLogs {
		t.Fatalf("%d eth_getLogs while subscribed", n-getLogs)
	}
	st := state(t, f, ring)
	want, err := e.client.State(t.Context(), ring)
	if err != nil {
		t.Fatal(err)
	}
	st.Block, st.BlockHash = want.Block, want.BlockHash // the follower learns blocks from logs here
	if jsonOf(t, st) != jsonOf(t, want) {
		t.Fatalf("follower state %s\nchain state    %s", jsonOf(t, st), jsonOf(t, want))
	}

	// A ring added while Run runs is subscribed to as well.
	ring2 := e.createRing(2)
	if err := f.Add(t.Context(), ring2); err != nil {
		t.Fatal(err)
	}
	e.waitSubscribed()
	e.flush(ring2, 0, 9)
	waitFor(t, changes, "a flush to the second ring", func() bool { return seqOf(state(t, f, ring2), e.addr(0)) == 9 })

	// A ring removed is forgotten.
	f.Remove(ring2)
	if _, err := f.State(ring2); !errors.Is(err, chain.ErrNotFollowed) {
		t.Fatalf("State of a removed ring: %v", err)
	}
}

// TestFollowerFallsBackToPolling ends the log subscription and refuses new
// ones: Run must go on by polling.
func TestFollowerFallsBackToPolling(t *testing.T) {
	t.Parallel()
	e := newFollowEnv(t, 2)
	ring := e.createRing(2)
	cfg := chain.DefaultFollowConfig()
	cfg.PollInterval = 10 * time.Millisecond
	var errs atomic.Int64
	cfg.OnError = func(error) { errs.Add(1) }
	f, changes := e.follower(cfg)
	if err := f.Add(t.Context(), ring); err != nil {
		t.Fatal(err)
	}
	run(t, f)
	e.waitSubscribed()
	e.flush(ring, 0, 1)
	waitFor(t, changes, "a flush while subscribed", func() bool { return seqOf(state(t, f, ring), e.addr(0)) == 1 })

	e.backend.noSubscribe.Store(true)
	getLogs := e.backend.getLogs.Load()
	e.backend.killSubscriptions(errors.New("connection reset"))
	e.flush(ring, 1, 7)
	waitFor(t, changes, "a flush after the subscription died", func() bool { return seqOf(state(t, f, ring), e.addr(1)) == 7 })
	if e.backend.getLogs.Load() == getLogs {
		t.Fatal("the flush arrived without any eth_getLogs after the subscription died")
	}
	if errs.Load() == 0 {
		t.Fatal("OnError never heard of the failed subscription")
	}
}

// TestFollowerHundredMembers checks the costs: Add is one eth_call, and a
// refresh after flushes of every member in several blocks is one eth_getLogs
// and no eth_call.
func TestFollowerHundredMembers(t *testing.T) {
	t.Parallel()
	const n = 100
	e := newFollowEnv(t, n)
	e.backend.noSubscribe.Store(true)
	ring := e.createRing(n)
	f, _ := e.follower(chain.DefaultFollowConfig())
	if err := f.Add(t.Context(), ring); err != nil {
		t.Fatal(err)
	}
	if c, l := e.backend.calls.Load(), e.backend.getLogs.Load(); c != 1 || l != 0 {
		t.Fatalf("Add made %d eth_calls and %d eth_getLogs, want 1 and 0", c, l)
	}
	if got := len(state(t, f, ring).Members); got != n {
		t.Fatalf("%d members, want %d", got, n)
	}

	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	for seq := uint64(1); seq <= 2; seq++ {
		for b := 0; b < n; b += 25 {
			e.flushMany(ring, idx[b:b+25], seq)
		}
	}
	e.backend.calls.Store(0)
	e.backend.getLogs.Store(0)
	refresh(t, f)
	if c, l := e.backend.calls.Load(), e.backend.getLogs.Load(); c != 0 || l != 1 {
		t.Fatalf("a refresh made %d eth_calls and %d eth_getLogs, want 0 and 1", c, l)
	}
	for i := range n {
		if seq := seqOf(state(t, f, ring), e.addr(i)); seq != 2 {
			t.Fatalf("member %d at seq %d, want 2", i, seq)
		}
	}
	e.matchesChain(f, ring)
}

// TestFollowerReorg flushes in a block, then makes a side chain without it
// canonical: the follower must undo the head.
func TestFollowerReorg(t *testing.T) {
	t.Parallel()
	for _, mode := range []string{"polling", "subscription"} {
		t.Run(mode, func(t *testing.T) {
			t.Parallel()
			e := newFollowEnv(t, 2)
			e.backend.noSubscribe.Store(mode == "polling")
			ring := e.createRing(2)
			cfg := chain.DefaultFollowConfig()
			cfg.PollInterval = time.Hour
			f, changes := e.follower(cfg)
			if err := f.Add(t.Context(), ring); err != nil {
				t.Fatal(err)
			}
			catchUp := func() {} // subscription: the logs come by themselves
			if mode == "polling" {
				catchUp = func() { refresh(t, f) }
			} else {
				run(t, f)
				e.waitSubscribed()
			}

			e.flush(ring, 0, 1)
			block := e.flush(ring, 1, 1)
			catchUp()
			waitFor(t, changes, "the flushes", func() bool { return seqOf(state(t, f, ring), e.addr(1)) == 1 })

			calls := e.backend.calls.Load()
			e.fork(block)
			catchUp()
			waitFor(t, changes, "the reorg", func() bool { return seqOf(state(t, f, ring), e.addr(1)) == 0 })
			if n := e.backend.calls.Load() - calls; n != 0 {
				t.Fatalf("undoing a one-block reorg made %d eth_calls; the events should have been dropped instead", n)
			}
			if seq := seqOf(state(t, f, ring), e.addr(0)); seq != 1 {
				t.Fatalf("member 0's flush, before the fork, was undone too: seq %d", seq)
			}
			if mode == "polling" {
				e.matchesChain(f, ring)
			}

			// The side chain goes on; a flush on it is followed.
			e.flush(ring, 1, 2)
			catchUp()
			waitFor(t, changes, "a flush after the reorg", func() bool { return seqOf(state(t, f, ring), e.addr(1)) == 2 })
			if mode == "polling" {
				e.matchesChain(f, ring)
			}
		})
	}
}

// TestFollowerDeepReorg makes a reorg below the block the follower has
// folded a ring's events into: it must read the ring again, with one call.
func TestFollowerDeepReorg(t *testing.T) {
	t.Parallel()
	e := newFollowEnv(t, 2)
	e.backend.noSubscribe.Store(true)
	ring := e.createRing(2)
	f, _ := e.follower(chain.DefaultFollowConfig())
	if err := f.Add(t.Context(), ring); err != nil {
		t.Fatal(err)
	}
	block := e.flush(ring, 0, 1)
	refresh(t, f)
	for range 20 {
		e.sim.Commit()
	}
	refresh(t, f)
	if seq := seqOf(state(t, f, ring), e.addr(0)); seq != 1 {
		t.Fatalf("seq %d before the reorg", seq)
	}

	e.fork(block)
	e.backend.calls.Store(0)
	refresh(t, f)
	if seq := seqOf(state(t, f, ring), e.addr(0)); seq != 0 {
		t.Fatalf("seq %d after a reorg that dropped the flush", seq)
	}
	if c := e.backend.calls.Load(); c != 1 {
		t.Fatalf("the refill made %d eth_calls, want 1", c)
	}
	e.matchesChain(f, ring)
}

// fork makes the chain canonical from the parent of block on, without the
// transactions of block and after: a side chain one block longer.
func (e *followEnv) fork(block uint64) {
	e.tb.Helper()
	ctx := e.tb.Context()
	head, err := e.sim.Client().BlockNumber(ctx)
	if err != nil {
		e.tb.Fatal(err)
	}
	parent, err := e.sim.Client().HeaderByNumber(ctx, new(big.Int).SetUint64(block-1))
	if err != nil {
		e.tb.Fatal(err)
	}
	if err := e.sim.Fork(parent.Hash()); err != nil {
		e.tb.Fatal(err)
	}
	e.sim.Rollback() // the pool took the dropped transactions back; keep them out
	for range head - block + 2 {
		e.sim.Commit()
	}
	if n, err := e.sim.Client().BlockNumber(ctx); err != nil || n != head+1 {
		e.tb.Fatalf("side chain at %d (%v), want %d", n, err, head+1)
	}
}

func TestFollowerConfirmations(t *testing.T) {
	t.Parallel()
	e := newFollowEnv(t, 2)
	e.backend.noSubscribe.Store(true)
	ring := e.createRing(2)
	cfg := chain.DefaultFollowConfig()
	cfg.Confirmations = 2
	f, changes := e.follower(cfg)
	// The ring is younger than the confirmations: Add reads it anyway.
	if err := f.Add(t.Context(), ring); err != nil {
		t.Fatal(err)
	}
	e.sim.Commit()
	e.sim.Commit()
	refresh(t, f)

	e.flush(ring, 0, 1)
	refresh(t, f)
	for len(changes) > 0 {
		<-changes
	}
	check := func(step string, wantFinal int64) {
		t.Helper()
		st, fin := state(t, f, ring), final(t, f, ring)
		if seq := seqOf(st, e.addr(0)); seq != 1 {
			t.Fatalf("%s: State seq %d, want 1", step, seq)
		}
		if seq := seqOf(fin, e.addr(0)); seq != wantFinal {
			t.Fatalf("%s: Final seq %d, want %d", step, seq, wantFinal)
		}
		if fin.Block+2 > st.Block {
			t.Fatalf("%s: Final at block %d, State at %d", step, fin.Block, st.Block)
		}
	}
	check("in the flush's block", 0)
	e.sim.Commit()
	refresh(t, f)
	check("one block later", 0)
	if len(changes) != 0 {
		t.Fatal("OnChange while nothing changed")
	}
	e.sim.Commit()
	refresh(t, f)
	check("two blocks later", 1)
	if got := <-changes; got != ring {
		t.Fatalf("OnChange(%s) when the flush became final, want %s", got, ring)
	}
	e.matchesChain(f, ring)
}

// TestFollowerConfirmationsSubscribed: with logs pushed, Final moves with
// the header Run reads each PollInterval.
func TestFollowerConfirmationsSubscribed(t *testing.T) {
	t.Parallel()
	e := newFollowEnv(t, 2)
	ring := e.createRing(2)
	cfg := chain.DefaultFollowConfig()
	cfg.Confirmations = 2
	cfg.PollInterval = 10 * time.Millisecond
	f, changes := e.follower(cfg)
	e.sim.Commit() // the ring is final at the block Add reads
	e.sim.Commit()
	if err := f.Add(t.Context(), ring); err != nil {
		t.Fatal(err)
	}
	run(t, f)
	e.waitSubscribed()

	block := e.flush(ring, 0, 1)
	waitFor(t, changes, "the flush", func() bool { return seqOf(state(t, f, ring), e.addr(0)) == 1 })
	if fin := final(t, f, ring); seqOf(fin, e.addr(0)) != 0 || fin.Block > block-2 {
		t.Fatalf("Final at block %d with seq %d while the flush, in block %d, has no confirmation", fin.Block, seqOf(fin, e.addr(0)), block)
	}
	e.sim.Commit()
	e.sim.Commit()
	waitFor(t, changes, "the flush to be final", func() bool { return seqOf(final(t, f, ring), e.addr(0)) == 1 })
	if fin := final(t, f, ring); fin.Block < block {
		t.Fatalf("Final at block %d counts the flush of block %d", fin.Block, block)
	}
}

func TestFollowerMembership(t *testing.T) {
	t.Parallel()
	e := newFollowEnv(t, 3)
	e.backend.noSubscribe.Store(true)
	ring := e.createRing(2)
	f, _ := e.follower(chain.DefaultFollowConfig())
	if err := f.Add(t.Context(), ring); err != nil {
		t.Fatal(err)
	}
	e.flush(ring, 1, 4)
	e.membership(ring, e.addr(2), true)
	e.calls(func() { refresh(t, f) }, 1)
	st := state(t, f, ring)
	if seqOf(st, e.addr(2)) != 0 || seqOf(st, e.addr(1)) != 4 || len(st.Members) != 3 {
		t.Fatalf("after enter: %s", jsonOf(t, st))
	}
	e.matchesChain(f, ring)

	e.membership(ring, e.addr(1), false)
	e.flush(ring, 2, 1)
	e.calls(func() { refresh(t, f) }, 1)
	st = state(t, f, ring)
	if seqOf(st, e.addr(1)) != -1 || seqOf(st, e.addr(2)) != 1 || len(st.Members) != 2 {
		t.Fatalf("after exit: %s", jsonOf(t, st))
	}
	e.matchesChain(f, ring)
}

// calls runs do and checks that it made want eth_calls.
func (e *followEnv) calls(do func(), want int64) {
	e.tb.Helper()
	before := e.backend.calls.Load()
	do()
	if got := e.backend.calls.Load() - before; got != want {
		e.tb.Fatalf("%d eth_calls, want %d", got, want)
	}
}

// TestFollowerSkipsOddLogs has eth_getLogs return logs that are not ring
// events the follower knows: they are skipped and counted.
func TestFollowerSkipsOddLogs(t *testing.T) {
	t.Parallel()
	e := newFollowEnv(t, 2)
	e.backend.noSubscribe.Store(true)
	ring := e.createRing(2)
	ev := bindings.NewRing().GetABI().Events
	headTopic := ev[bindings.RingLogHeadUpdatedEventName].ID
	entryTopic := ev[bindings.RingRingEntryCommittedEventName].ID
	member := common.BytesToHash(e.addr(0).Bytes())
	e.backend.oddLogs = func(q ethereum.FilterQuery) []types.Log {
		n := q.ToBlock.Uint64()
		hdr, err := e.sim.Client().HeaderByNumber(context.Background(), q.ToBlock)
		if err != nil {
			return nil
		}
		odd := []types.Log{
			{Topics: []common.Hash{crypto.Keccak256Hash([]byte("Unknown(address)")), member}},
			{},                                 // no topics at all
			{Topics: []common.Hash{headTopic}}, // avatar missing
			{Topics: []common.Hash{headTopic, member}, Data: make([]byte, 31)},                // short data
			{Topics: []common.Hash{headTopic, member, member}, Data: make([]byte, 96)},        // a topic too many
			{Topics: []common.Hash{entryTopic, member}, Data: make([]byte, 65)},               // long data
			{Topics: []common.Hash{headTopic, member}, Data: make([]byte, 96), Removed: true}, // removed, from eth_getLogs
		}
		for i := range odd {
			odd[i].Address, odd[i].BlockNumber, odd[i].BlockHash, odd[i].Index = ring, n, hdr.Hash(), uint(1000+i)
		}
		return odd
	}
	f, _ := e.follower(chain.DefaultFollowConfig())
	if err := f.Add(t.Context(), ring); err != nil {
		t.Fatal(err)
	}
	e.flush(ring, 0, 3)
	refresh(t, f)
	if got := f.Skipped(); got != 7 {
		t.Fatalf("Skipped = %d, want 7", got)
	}
	if seq := seqOf(state(t, f, ring), e.addr(0)); seq != 3 {
		t.Fatalf("seq %d, want 3", seq)
	}
	e.matchesChain(f, ring)
}

func TestFollowerErrors(t *testing.T) {
	t.Parallel()
	e := newFollowEnv(t, 1)
	e.backend.noSubscribe.Store(true)
	for _, cfg := range []chain.FollowConfig{
		{},
		{PollInterval: -time.Second},
		{PollInterval: time.Second, Confirmations: chain.MaxConfirmations + 1},
	} {
		if _, err := chain.NewFollower(e.backend, cfg); err == nil {
			t.Errorf("NewFollower(%+v) accepted a bad config", cfg)
		}
	}
	f, _ := e.follower(chain.DefaultFollowConfig())
	nowhere := common.HexToAddress("0x00000000000000000000000000000000000000e1")
	if err := f.Add(t.Context(), nowhere); !errors.Is(err, chain.ErrNotARing) {
		t.Fatalf("Add(no code): %v, want ErrNotARing", err)
	}
	if _, err := f.State(nowhere); !errors.Is(err, chain.ErrNotFollowed) {
		t.Fatalf("State: %v, want ErrNotFollowed", err)
	}
	if _, err := f.Final(nowhere); !errors.Is(err, chain.ErrNotFollowed) {
		t.Fatalf("Final: %v, want ErrNotFollowed", err)
	}
	ring := e.createRing(1)
	if err := f.Add(t.Context(), ring); err != nil {
		t.Fatal(err)
	}
	f.Remove(ring)
	if _, err := f.State(ring); !errors.Is(err, chain.ErrNotFollowed) {
		t.Fatalf("State after Remove: %v, want ErrNotFollowed", err)
	}
	refresh(t, f) // no ring: nothing to read
}

// jsonOf renders v as JSON: a value comparison blind to big.Int internals.
func jsonOf(tb testing.TB, v any) string {
	tb.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}
