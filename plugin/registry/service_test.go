package registry

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"
	"github.com/ipfs/go-datastore"
	"github.com/ipfs/go-datastore/namespace"
	"github.com/ipfs/kubo/core"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/internal/kubotest"
	"github.com/mosaic-rings/rings/plugin/ringlog"
)

var (
	journalRing = common.HexToAddress("0x00000000000000000000000000000000000000b7")
	journalKey  = bytes.Repeat([]byte{9}, ringlog.KeySize)
)

// storeJournal is a Journal over a real ringlog store: the logs of one
// ring, sealed with a fixed read key, as the plugin's journal keeps them
// through the ring service (which adds the chain's membership checks).
type storeJournal struct {
	logs    *ringlog.Store
	self    account
	members []common.Address
	appends atomic.Int64 // log nodes appended
	commits atomic.Int64 // Append calls
}

var _ Journal = (*storeJournal)(nil)

func newStoreJournal(t testing.TB, node *core.IpfsNode, self account, members ...common.Address) *storeJournal {
	t.Helper()
	logs := ringlog.New(node.Blockstore, namespace.Wrap(node.Repo.Datastore(), datastore.NewKey("/ring")), node.Pinning)
	t.Cleanup(func() { logs.Close() })
	return &storeJournal{logs: logs, self: self, members: members}
}

func (j *storeJournal) Self() common.Address { return j.self.addr }

func (j *storeJournal) Append(ctx context.Context, msgs ...*schemas.Message) (uint64, error) {
	entries := make([]ringlog.Entry, len(msgs))
	for i, msg := range msgs {
		entries[i] = ringlog.Entry{Ring: journalRing, Chain: testChain, Author: j.self.key, ReadKey: journalKey, Message: msg}
	}
	heads, err := j.logs.CommitMany(ctx, nil, entries, nil)
	if err != nil {
		return 0, err
	}
	j.appends.Add(int64(len(msgs)))
	j.commits.Add(1)
	return heads[len(heads)-1].Seq, nil
}

func (j *storeJournal) Heads(ctx context.Context) (map[common.Address]uint64, error) {
	heads, err := j.logs.Heads(ctx, journalRing)
	if err != nil {
		return nil, err
	}
	out := map[common.Address]uint64{}
	for _, h := range heads {
		out[h.Member] = h.Seq
	}
	return out, nil
}

func (j *storeJournal) Read(ctx context.Context, author common.Address, after uint64) ([]Logged, error) {
	h, ok, err := j.logs.Head(ctx, journalRing, author)
	if err != nil || !ok {
		return nil, err
	}
	var out []Logged
	err = j.logs.Walk(ctx, h.CID, func(_ cid.Cid, n *schemas.LogNode) error {
		if uint64(n.Seq) <= after {
			return ringlog.ErrStop
		}
		pos := ringlog.Position{Ring: journalRing, Chain: testChain, Author: author, Seq: uint64(n.Seq)}
		l := Logged{Author: author, Seq: uint64(n.Seq)}
		if plain, err := ringlog.Open(journalKey, pos, n.Body); err == nil {
			l.Message, _ = schemas.DecodeMessage(plain)
		}
		out = append(out, l)
		return nil
	})
	slices.Reverse(out)
	return out, err
}

func (j *storeJournal) Members(context.Context) ([]common.Address, error) { return j.members, nil }

func newService(t testing.TB, j Journal, now time.Time) *Service {
	t.Helper()
	s, err := New(context.Background(), j, testChain, DefaultRules(), WithClock(func() time.Time { return now }), WithSyncEvery(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func resolved(t testing.TB, s *Service, id [32]byte) []string {
	t.Helper()
	ps, ok := s.Resolve(id)
	if !ok {
		t.Fatalf("resource %x does not exist", id)
	}
	out := []string{}
	for _, p := range ps {
		out = append(out, p.Record.Value+" "+peerString(p.Record.Peer))
	}
	return out
}

func peerString(b []byte) string { return common.Bytes2Hex(b[len(b)-4:]) }

// TestServiceReplaysItsLog accepts operations through one service, then
// starts a fresh one on the same store: it replays the log into the same
// registry.
func TestServiceReplaysItsLog(t *testing.T) {
	ctx := context.Background()
	dir := kubotest.InitRepo(t)
	node := kubotest.OpenNode(t, dir)
	host, owner, bob := newAccount(t), newAccount(t), newAccount(t)
	j := newStoreJournal(t, node, host, host.addr)
	now := t0.Add(time.Minute)
	s := newService(t, j, now)

	res := newResource(t, "chat", owner, t0)
	pa, pb := newPeer(t), newPeer(t)
	ops := []Op{
		{Resource: res},
		{Record: newRecord(t, res, pa, host, "https://a.example", t0.Add(time.Second))},
		{Record: newRecord(t, res, pb, bob, "https://b.example", t0.Add(2*time.Second))},
		{Record: newRecord(t, res, pb, bob, "https://b2.example", t0.Add(3*time.Second))},
		{Tombstone: newTombstone(t, res, pa, host, t0.Add(4*time.Second))},
		{Record: newRecord(t, res, pa, bob, "https://a-bob.example", t0.Add(5*time.Second))},
	}
	for i, op := range ops {
		if _, err := s.Accept(ctx, op); err != nil {
			t.Fatalf("Accept #%d: %v", i, err)
		}
	}
	if got := j.appends.Load(); got != int64(len(ops)) {
		t.Fatalf("%d appends, want %d", got, len(ops))
	}
	want := resolved(t, s, res.ID())
	if len(want) != 2 || !slices.Contains(want, "https://b2.example "+peerString(pb)) {
		t.Fatalf("Resolve = %q", want)
	}

	// A second service on the same logs: the node after a restart.
	again := newService(t, newStoreJournal(t, node, host, host.addr), now)
	if got := resolved(t, again, res.ID()); !slices.Equal(got, want) {
		t.Fatalf("after replay Resolve = %q, want %q", got, want)
	}
	if got := again.Resources(); len(got) != 1 || got[0] != res.ID() {
		t.Fatalf("Resources = %x", got)
	}
	if !again.IsHost(host.addr) || again.IsHost(bob.addr) {
		t.Fatal("hosts are not the journal's members")
	}
}

// TestServiceAppendsNothingRefused checks that a refused operation, and
// one the registry already holds, leave the log and the state as they
// were.
func TestServiceAppendsNothingRefused(t *testing.T) {
	ctx := context.Background()
	node := kubotest.NewNode(t)
	host, owner, mallory := newAccount(t), newAccount(t), newAccount(t)
	j := newStoreJournal(t, node, host, host.addr)
	now := t0.Add(time.Minute)
	s := newService(t, j, now)
	res := newResource(t, "chat", owner, t0)
	p := newPeer(t)
	rec := newRecord(t, res, p, owner, "v2", t0.Add(2*time.Second))
	for _, op := range []Op{{Resource: res}, {Record: rec}} {
		if _, err := s.Accept(ctx, op); err != nil {
			t.Fatal(err)
		}
	}
	forged := *newRecord(t, res, p, mallory, "forged", t0.Add(3*time.Second))
	forged.Issuer = owner.addr.Bytes()
	other := newResource(t, "other", owner, t0)
	cases := []struct {
		name string
		op   Op
		want error
	}{
		{"unknown resource", Op{Record: newRecord(t, other, p, owner, "x", t0)}, ErrUnknownResource},
		{"forged issuer", Op{Record: &forged}, ErrSigner},
		{"older record", Op{Record: newRecord(t, res, p, owner, "v1", t0.Add(time.Second))}, ErrReplay},
		{"in the future", Op{Record: newRecord(t, res, p, owner, "v3", now.Add(time.Hour))}, ErrFuture},
		{"already held", Op{Record: rec}, nil},
		{"empty op", Op{}, ErrOp},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := s.Accept(ctx, c.op)
			if !errors.Is(err, c.want) || (c.want == nil && err != nil) {
				t.Fatalf("Accept = %v, want %v", err, c.want)
			}
			if got := j.appends.Load(); got != 2 {
				t.Fatalf("%d appends, want 2", got)
			}
			if got := resolved(t, s, res.ID()); !slices.Equal(got, []string{"v2 " + peerString(p)}) {
				t.Fatalf("Resolve = %q", got)
			}
		})
	}
}

// TestServiceSyncAppliesOtherLogs appends another registry node's
// operations to the store (as background sync brings them) and checks
// that Sync applies them, a record before its resource included.
func TestServiceSyncAppliesOtherLogs(t *testing.T) {
	ctx := context.Background()
	node := kubotest.NewNode(t)
	host, other, owner := newAccount(t), newAccount(t), newAccount(t)
	j := newStoreJournal(t, node, host, host.addr, other.addr)
	now := t0.Add(time.Minute)
	s := newService(t, j, now)
	res := newResource(t, "chat", owner, t0)
	p := newPeer(t)
	theirs := newStoreJournal(t, node, other)
	for _, op := range []Op{{Record: newRecord(t, res, p, other, "theirs", t0.Add(time.Second))}} {
		msg, err := Message(op)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := theirs.Append(ctx, msg); err != nil {
			t.Fatal(err)
		}
	}
	// The record arrives before its resource: held back, not lost.
	if st, err := s.Sync(ctx); err != nil || st.Read != 1 || st.Applied != 0 {
		t.Fatalf("Sync = %+v, %v", st, err)
	}
	if _, ok := s.Resolve(res.ID()); ok {
		t.Fatal("a resource exists before it arrived")
	}
	if _, err := s.Accept(ctx, Op{Resource: res}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if got := resolved(t, s, res.ID()); !slices.Equal(got, []string{"theirs " + peerString(p)}) {
		t.Fatalf("Resolve = %q", got)
	}
}

// TestServiceRenewsItsHostRecordsAcrossRestarts: a registry node renews
// the records its own key issued, from its state, so a restart (which
// replays the log) goes on renewing them; a tombstone ends the renewal,
// and records of other issuers are never touched.
func TestServiceRenewsItsHostRecordsAcrossRestarts(t *testing.T) {
	node := kubotest.NewNode(t)
	host, owner, alice := newAccount(t), newAccount(t), newAccount(t)
	j := newStoreJournal(t, node, host, host.addr)
	var clock atomic.Int64
	clock.Store(t0.UnixMilli())
	at := func(d time.Duration) time.Time { clock.Store(t0.Add(d).UnixMilli()); return t0.Add(d) }
	start := func() *Service {
		s, err := New(context.Background(), j, testChain, DefaultRules(), WithSyncEvery(time.Hour),
			WithClock(func() time.Time { return time.UnixMilli(clock.Load()) }), WithHostKey(host.key, 0))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	s := start()
	res := newResource(t, "replicas", owner, t0)
	hostPeer, alicePeer := newPeer(t), newPeer(t)
	for _, op := range []Op{{Resource: res}, {Record: newRecord(t, res, hostPeer, host, "host", t0)}, {Record: newRecord(t, res, alicePeer, alice, "alice", t0)}} {
		if _, err := s.Accept(context.Background(), op); err != nil {
			t.Fatal(err)
		}
	}
	created := func(s *Service, issuer account) int64 {
		ps, _ := s.Resolve(res.ID())
		for _, p := range ps {
			if bytes.Equal(p.Record.Issuer, issuer.addr.Bytes()) {
				return p.Record.Created
			}
		}
		return -1
	}

	// Not due yet: nothing is signed again.
	at(DefaultRenewEvery - time.Second)
	if n, err := s.Renew(); err != nil || n != 0 {
		t.Fatalf("renew before due: %d, %v; want 0", n, err)
	}
	now := at(DefaultRenewEvery)
	appends := j.appends.Load()
	if n, err := s.Renew(); err != nil || n != 1 {
		t.Fatalf("renew when due: %d, %v; want 1 (the host's record only)", n, err)
	}
	if got := created(s, host); got != now.UnixMilli() {
		t.Fatalf("host record created %d after renewal, want %d", got, now.UnixMilli())
	}
	if got := created(s, alice); got != t0.UnixMilli() {
		t.Fatalf("alice's record was renewed by the node (created %d)", got)
	}
	if j.appends.Load() != appends+1 {
		t.Fatal("the renewal was not appended to the node's registry log")
	}
	s.Close()

	// A restart replays the log and renews from it.
	s = start()
	now = at(2 * DefaultRenewEvery)
	if n, err := s.Renew(); err != nil || n != 1 {
		t.Fatalf("renew after a restart: %d, %v; want 1", n, err)
	}
	if got := created(s, host); got != now.UnixMilli() {
		t.Fatalf("host record created %d after the restart's renewal, want %d", got, now.UnixMilli())
	}

	// Unregistered: never renewed again.
	at(2*DefaultRenewEvery + time.Second)
	if _, err := s.Accept(context.Background(), Op{Tombstone: newTombstone(t, res, hostPeer, host, t0.Add(2*DefaultRenewEvery+time.Second))}); err != nil {
		t.Fatal(err)
	}
	at(4 * DefaultRenewEvery)
	if n, err := s.Renew(); err != nil || n != 0 {
		t.Fatalf("renew after unregistering: %d, %v; want 0", n, err)
	}
	if got := created(s, host); got != -1 {
		t.Fatalf("the unregistered record is back (created %d)", got)
	}
	s.Close()
}

// TestServiceRenewsWithinAShortStaleAfter: under rules with a short
// StaleAfter the service renews its host records every StaleAfter/3 on a
// tick shorter than that (not every DefaultRenewEvery on a minute's
// tick), so the record is signed again before it would go stale, and not
// before it is due.
func TestServiceRenewsWithinAShortStaleAfter(t *testing.T) {
	node := kubotest.NewNode(t)
	host, owner := newAccount(t), newAccount(t)
	j := newStoreJournal(t, node, host, host.addr)
	rules := DefaultRules()
	rules.StaleAfter, rules.ExpireAfter = 3*time.Second, 9*time.Second
	s, err := New(context.Background(), j, testChain, rules, WithSyncEvery(time.Hour), WithHostKey(host.key, 0))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	now := time.Now()
	res := newResource(t, "short", owner, now)
	rec := newRecord(t, res, newPeer(t), host, "host", now)
	for _, op := range []Op{{Resource: res}, {Record: rec}} {
		if _, err := s.Accept(context.Background(), op); err != nil {
			t.Fatal(err)
		}
	}
	deadline := time.Now().Add(rules.StaleAfter)
	for {
		ps, _ := s.Resolve(res.ID())
		if len(ps) != 1 || ps[0].Stale {
			t.Fatalf("the host record under StaleAfter %s: %+v", rules.StaleAfter, ps)
		}
		if c := ps[0].Record.Created; c != rec.Created {
			if age := time.Duration(c-rec.Created) * time.Millisecond; age < rules.StaleAfter/3 {
				t.Fatalf("renewed %s after it was signed, before it was due (StaleAfter/3 = %s)", age, rules.StaleAfter/3)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the host record was not renewed within StaleAfter %s", rules.StaleAfter)
		}
		time.Sleep(50 * time.Millisecond) // polling interval
	}
}

// TestServiceProvidesResources: at start every resource is handed to the
// provide function as its CID; after that, only new ones, once each.
func TestServiceProvidesResources(t *testing.T) {
	node := kubotest.NewNode(t)
	host, owner := newAccount(t), newAccount(t)
	j := newStoreJournal(t, node, host, host.addr)
	first := newResource(t, "first", owner, t0)
	s := newService(t, j, t0)
	if _, err := s.Accept(context.Background(), Op{Resource: first}); err != nil {
		t.Fatal(err)
	}
	s.Close()

	got := make(chan []cid.Cid, 8)
	s, err := New(context.Background(), j, testChain, DefaultRules(), WithClock(func() time.Time { return t0 }), WithSyncEvery(time.Hour),
		WithProvide(func(cs []cid.Cid) error { got <- cs; return nil }))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	next := func() []cid.Cid {
		t.Helper()
		select {
		case cs := <-got:
			return cs
		case <-time.After(10 * time.Second):
			t.Fatal("nothing was provided")
		}
		return nil
	}
	if cs := next(); len(cs) != 1 || !cs[0].Equals(schemas.ResourceCID(first.ID())) {
		t.Fatalf("provided at start: %v, want the CID of %x", cs, first.ID())
	}
	second := newResource(t, "second", owner, t0)
	if _, err := s.Accept(context.Background(), Op{Resource: second}); err != nil {
		t.Fatal(err)
	}
	s.Poke()
	if cs := next(); len(cs) != 1 || !cs[0].Equals(schemas.ResourceCID(second.ID())) {
		t.Fatalf("provided after a new resource: %v, want only the new one's CID", cs)
	}
	s.Poke() // nothing new: nothing is provided; a third resource shows it
	third := newResource(t, "third", owner, t0)
	if _, err := s.Accept(context.Background(), Op{Resource: third}); err != nil {
		t.Fatal(err)
	}
	s.Poke()
	if cs := next(); len(cs) != 1 || !cs[0].Equals(schemas.ResourceCID(third.ID())) {
		t.Fatalf("provided after the third resource: %v, want only its CID", cs)
	}
}

// gatedJournal holds its first Append until released, so that Accepts
// pile up behind it.
type gatedJournal struct {
	*storeJournal
	entered chan struct{} // closed when the first Append waits
	gate    chan struct{}
	once    atomic.Bool
}

func (j *gatedJournal) Append(ctx context.Context, msgs ...*schemas.Message) (uint64, error) {
	if j.once.CompareAndSwap(false, true) {
		close(j.entered)
		<-j.gate
	}
	return j.storeJournal.Append(ctx, msgs...)
}

// TestAcceptsShareOneCommit: operations accepted while a commit is under
// way wait and go into the next one together (one log node, a batch),
// a record for a resource created in the same batch lands after it, each
// caller gets its own result, and a restart replays the same registry.
func TestAcceptsShareOneCommit(t *testing.T) {
	node := kubotest.NewNode(t)
	host, owner := newAccount(t), newAccount(t)
	j := &gatedJournal{storeJournal: newStoreJournal(t, node, host, host.addr), gate: make(chan struct{}), entered: make(chan struct{})}
	s := newService(t, j, t0)
	queued := func(n int) {
		t.Helper()
		deadline := time.Now().Add(10 * time.Second)
		for {
			s.qmu.Lock()
			got := len(s.queue)
			s.qmu.Unlock()
			if got == n {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("%d operations wait, want %d", got, n)
			}
			time.Sleep(time.Millisecond) // polling the queue the test fills
		}
	}
	first := newResource(t, "first", owner, t0)
	errs := make(chan error, 32)
	go func() { _, err := s.Accept(context.Background(), Op{Resource: first}); errs <- err }()
	// The first Accept is the committer, held in Append: the rest queue.
	<-j.entered
	second := newResource(t, "second", owner, t0)
	go func() { _, err := s.Accept(context.Background(), Op{Resource: second}); errs <- err }()
	queued(1)
	const records = 10
	for i := range records {
		rec := newRecord(t, second, newPeer(t), owner, fmt.Sprint("r", i), t0)
		go func() { _, err := s.Accept(context.Background(), Op{Record: rec}); errs <- err }()
	}
	queued(1 + records)
	close(j.gate)
	for range 2 + records {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	// One commit for the first, then one for the second resource, and one
	// for its records (they wait for their resource to be applied): each
	// one log node, the records' a batch of all ten.
	if c, a := j.commits.Load(), j.appends.Load(); c != 3 || a != 3 {
		t.Fatalf("%d commits of %d log nodes, want 3 of 3", c, a)
	}
	h, ok, err := j.logs.Head(context.Background(), journalRing, host.addr)
	if err != nil || !ok || h.Seq != 3 {
		t.Fatalf("the node's registry log is at %+v, %v, %v; want seq 3", h, ok, err)
	}
	if got := resolved(t, s, second.ID()); len(got) != records {
		t.Fatalf("second resolves to %d providers, want %d", len(got), records)
	}
	want := resolved(t, s, second.ID())
	s.Close()
	again := newService(t, j, t0)
	if got := resolved(t, again, second.ID()); !slices.Equal(got, want) {
		t.Fatalf("after a restart: %q, want %q", got, want)
	}
}

// TestBatchesFitTheLimit: a commit's operations are packed into as few
// messages as fit the byte limit, in order, and one bigger than the limit
// goes alone.
func TestBatchesFitTheLimit(t *testing.T) {
	owner := newAccount(t)
	res := newResource(t, "svc", owner, t0)
	var take []*accept
	for i := range 5 {
		take = append(take, &accept{op: Op{Record: newRecord(t, res, newPeer(t), owner, fmt.Sprint("r", i), t0)}})
	}
	_, block, err := opBlock(take[0].op)
	if err != nil {
		t.Fatal(err)
	}
	count := func(limit int) []int {
		t.Helper()
		msgs, err := batches(take, limit)
		if err != nil {
			t.Fatal(err)
		}
		var sizes []int
		for _, m := range msgs {
			ops, err := OpsOf(m)
			if err != nil {
				t.Fatal(err)
			}
			sizes = append(sizes, len(ops))
		}
		return sizes
	}
	if got := count(DefaultMaxBatchBytes); !slices.Equal(got, []int{5}) {
		t.Fatalf("under the default limit: batches of %v, want [5]", got)
	}
	if got := count(2*len(block) + 40); !slices.Equal(got, []int{2, 2, 1}) {
		t.Fatalf("two records' worth: batches of %v, want [2 2 1]", got)
	}
	if got := count(1); !slices.Equal(got, []int{1, 1, 1, 1, 1}) {
		t.Fatalf("a limit below one record: batches of %v, want one each", got)
	}
}
