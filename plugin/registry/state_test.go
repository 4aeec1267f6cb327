package registry

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	ic "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

const testChain = 1337

// t0 is the tests' clock start; every time is an offset from it.
var t0 = time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)

type account struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

func newAccount(t testing.TB) account {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return account{k, crypto.PubkeyToAddress(k.PublicKey)}
}

func newPeer(t testing.TB) []byte {
	t.Helper()
	_, pub, err := ic.GenerateEd25519Key(nil)
	if err != nil {
		t.Fatal(err)
	}
	id, err := peer.IDFromPublicKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	return []byte(id)
}

func newResource(t testing.TB, label string, owner account, at time.Time) *schemas.Resource {
	t.Helper()
	r := &schemas.Resource{Chain: testChain, Label: label, Owner: owner.addr.Bytes(), Created: at.UnixMilli()}
	if err := schemas.SignResource(r, owner.key); err != nil {
		t.Fatal(err)
	}
	return r
}

func newRecord(t testing.TB, res *schemas.Resource, p []byte, issuer account, value string, at time.Time) *schemas.ProviderRecord {
	t.Helper()
	id := res.ID()
	r := &schemas.ProviderRecord{Chain: testChain, Resource: id[:], Value: value, Peer: p, Issuer: issuer.addr.Bytes(), Created: at.UnixMilli()}
	if err := schemas.SignProviderRecord(r, issuer.key); err != nil {
		t.Fatal(err)
	}
	return r
}

func newTombstone(t testing.TB, res *schemas.Resource, p []byte, issuer account, at time.Time) *schemas.Tombstone {
	t.Helper()
	id := res.ID()
	ts := &schemas.Tombstone{Chain: testChain, Resource: id[:], Peer: p, Issuer: issuer.addr.Bytes(), Created: at.UnixMilli()}
	if err := schemas.SignTombstone(ts, issuer.key); err != nil {
		t.Fatal(err)
	}
	return ts
}

func newState(t testing.TB, rules Rules, hosts ...common.Address) *State {
	t.Helper()
	s, err := NewState(testChain, rules, func(a common.Address) bool { return slices.Contains(hosts, a) })
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func mustApply(t testing.TB, s *State, op Op, now time.Time) Result {
	t.Helper()
	res, err := s.Apply(op, now)
	if err != nil {
		t.Fatalf("Apply: %v", err)
	}
	return res
}

// values is what Resolve returns for res at now, as "value" or "value
// (stale)" strings, newest first.
func values(t testing.TB, s *State, res *schemas.Resource, now time.Time) []string {
	t.Helper()
	ps, ok := s.Resolve(res.ID(), now)
	if !ok {
		t.Fatalf("resource %q does not exist", res.Label)
	}
	out := []string{}
	for _, p := range ps {
		v := p.Record.Value
		if p.Stale {
			v += " (stale)"
		}
		out = append(out, v)
	}
	return out
}

func wantValues(t testing.TB, s *State, res *schemas.Resource, now time.Time, want ...string) {
	t.Helper()
	if want == nil {
		want = []string{}
	}
	if got := values(t, s, res, now); !slices.Equal(got, want) {
		t.Fatalf("Resolve = %q, want %q", got, want)
	}
}

func TestLastWriterWinsPerResourcePeerIssuer(t *testing.T) {
	owner, alice, bob := newAccount(t), newAccount(t), newAccount(t)
	p := newPeer(t)
	s := newState(t, DefaultRules())
	res := newResource(t, "chat", owner, t0)
	mustApply(t, s, Op{Resource: res}, t0)

	first := newRecord(t, res, p, alice, "v1", t0.Add(time.Second))
	second := newRecord(t, res, p, alice, "v2", t0.Add(2*time.Second))
	mustApply(t, s, Op{Record: first}, t0.Add(3*time.Second))
	mustApply(t, s, Op{Record: second}, t0.Add(3*time.Second))
	// Another issuer for the same peer is another record.
	mustApply(t, s, Op{Record: newRecord(t, res, p, bob, "bob's", t0.Add(time.Second))}, t0.Add(3*time.Second))
	wantValues(t, s, res, t0.Add(3*time.Second), "v2", "bob's")

	// The older record cannot come back.
	if _, err := s.Apply(Op{Record: first}, t0.Add(4*time.Second)); !errors.Is(err, ErrReplay) {
		t.Fatalf("replaying the older record: %v, want ErrReplay", err)
	}
	wantValues(t, s, res, t0.Add(4*time.Second), "v2", "bob's")

	// The same record again changes nothing and is no error.
	if r := mustApply(t, s, Op{Record: second}, t0.Add(4*time.Second)); !r.Unchanged {
		t.Fatal("the same record again: not Unchanged")
	}

	// Two records with one created time: both orders keep the same one.
	x := newRecord(t, res, p, alice, "x", t0.Add(5*time.Second))
	y := newRecord(t, res, p, alice, "y", t0.Add(5*time.Second))
	s1, s2 := newState(t, DefaultRules()), newState(t, DefaultRules())
	for _, st := range []*State{s1, s2} {
		mustApply(t, st, Op{Resource: res}, t0)
	}
	mustApply(t, s1, Op{Record: x}, t0.Add(6*time.Second))
	_, err1 := s1.Apply(Op{Record: y}, t0.Add(6*time.Second))
	mustApply(t, s2, Op{Record: y}, t0.Add(6*time.Second))
	_, err2 := s2.Apply(Op{Record: x}, t0.Add(6*time.Second))
	if (err1 == nil) == (err2 == nil) {
		t.Fatalf("a tie must be refused in exactly one order: %v, %v", err1, err2)
	}
	if a, b := values(t, s1, res, t0.Add(6*time.Second)), values(t, s2, res, t0.Add(6*time.Second)); !slices.Equal(a, b) {
		t.Fatalf("a tie resolved differently by order: %q and %q", a, b)
	}
}

func TestProviderLimitEvictsTheOldestNonHostRecord(t *testing.T) {
	owner, host := newAccount(t), newAccount(t)
	rules := DefaultRules()
	s := newState(t, rules, host.addr)
	res := newResource(t, "busy", owner, t0)
	mustApply(t, s, Op{Resource: res}, t0)

	// The host's record is the oldest of all.
	mustApply(t, s, Op{Record: newRecord(t, res, newPeer(t), host, "host", t0)}, t0)
	var recs []*schemas.ProviderRecord
	for i := range rules.MaxProviders - 1 {
		r := newRecord(t, res, newPeer(t), newAccount(t), fmt.Sprint("r", i), t0.Add(time.Duration(i+1)*time.Second))
		recs = append(recs, r)
		if got := mustApply(t, s, Op{Record: r}, t0.Add(time.Minute)); got.Evicted != nil {
			t.Fatalf("record %d of %d evicted %q", i+2, rules.MaxProviders, got.Evicted.Value)
		}
	}
	now := t0.Add(time.Minute)
	if got := values(t, s, res, now); len(got) != rules.MaxProviders {
		t.Fatalf("%d providers, want %d", len(got), rules.MaxProviders)
	}

	// The 33rd pushes out the oldest record that is not the host's.
	newest := newRecord(t, res, newPeer(t), newAccount(t), "newest", t0.Add(50*time.Second))
	got := mustApply(t, s, Op{Record: newest}, now)
	if got.Evicted != recs[0] {
		t.Fatalf("evicted %v, want the oldest non-host record r0", got.Evicted)
	}
	vals := values(t, s, res, now)
	if len(vals) != rules.MaxProviders || vals[0] != "host" || vals[1] != "newest" || slices.Contains(vals, "r0") {
		t.Fatalf("after the 33rd: %q; want host first, newest next, r0 gone, %d in all", vals, rules.MaxProviders)
	}

	// The limit is configurable.
	small := rules
	small.MaxProviders, small.Retain = 2, 8
	s2 := newState(t, small)
	mustApply(t, s2, Op{Resource: res}, t0)
	for i, v := range []string{"a", "b", "c"} {
		mustApply(t, s2, Op{Record: newRecord(t, res, newPeer(t), newAccount(t), v, t0.Add(time.Duration(i)*time.Second))}, now)
	}
	wantValues(t, s2, res, now, "c", "b")
}

func TestStaleAfterAnHourExpiredAfterADay(t *testing.T) {
	owner, alice := newAccount(t), newAccount(t)
	s := newState(t, DefaultRules())
	res := newResource(t, "svc", owner, t0)
	mustApply(t, s, Op{Resource: res}, t0)
	mustApply(t, s, Op{Record: newRecord(t, res, newPeer(t), alice, "url", t0)}, t0)

	wantValues(t, s, res, t0.Add(time.Hour), "url")
	wantValues(t, s, res, t0.Add(time.Hour+time.Millisecond), "url (stale)")
	wantValues(t, s, res, t0.Add(24*time.Hour), "url (stale)")
	wantValues(t, s, res, t0.Add(24*time.Hour+time.Millisecond))

	// A record that arrives expired is refused.
	late := newRecord(t, res, newPeer(t), alice, "late", t0)
	if _, err := s.Apply(Op{Record: late}, t0.Add(25*time.Hour)); !errors.Is(err, ErrExpired) {
		t.Fatalf("an expired record: %v, want ErrExpired", err)
	}
	if n := s.Prune(t0.Add(25 * time.Hour)); n != 1 {
		t.Fatalf("Prune dropped %d entries, want the 1 expired record", n)
	}
}

func TestHostRecordsAreRenewedBeforeTheyGoStale(t *testing.T) {
	owner, node := newAccount(t), newAccount(t)
	rules := DefaultRules()
	res := newResource(t, "replicas", owner, t0)
	here, there := newState(t, rules, node.addr), newState(t, rules, node.addr)
	var now time.Time
	publish := func(r *schemas.ProviderRecord) error {
		// The node applies its record and its registry log carries it to
		// every other registry node.
		for _, s := range []*State{here, there} {
			if _, err := s.Apply(Op{Record: r}, now); err != nil {
				return err
			}
		}
		return nil
	}
	for _, s := range []*State{here, there} {
		mustApply(t, s, Op{Resource: res}, t0)
	}
	rn := NewRenewer(node.key, 0, here, publish)
	now = t0
	if err := publish(newRecord(t, res, newPeer(t), node, "http://127.0.0.1:8090", now)); err != nil {
		t.Fatal(err)
	}
	// Two days, renewing on a one-minute tick.
	renewals := 0
	for now = t0; now.Before(t0.Add(48 * time.Hour)); now = now.Add(time.Minute) {
		n, err := rn.Renew(now)
		if err != nil {
			t.Fatal(err)
		}
		renewals += n
		for name, s := range map[string]*State{"here": here, "there": there} {
			if got := values(t, s, res, now); !slices.Equal(got, []string{"http://127.0.0.1:8090"}) {
				t.Fatalf("%s at %s: %q, want the host record, fresh", name, now.Sub(t0), got)
			}
		}
	}
	if want := int(48 * time.Hour / DefaultRenewEvery); renewals < want-1 || renewals > want {
		t.Fatalf("%d renewals in 48h, want about %d (one per %s)", renewals, want, DefaultRenewEvery)
	}

	// Without renewal the same record would have gone stale.
	quiet := newState(t, rules, node.addr)
	mustApply(t, quiet, Op{Resource: res}, t0)
	mustApply(t, quiet, Op{Record: newRecord(t, res, newPeer(t), node, "unrenewed", t0)}, t0)
	wantValues(t, quiet, res, t0.Add(2*time.Hour), "unrenewed (stale)")
}

func TestTombstoneRemovesAndNothingOlderBringsItBack(t *testing.T) {
	owner, alice := newAccount(t), newAccount(t)
	p := newPeer(t)
	res := newResource(t, "gone", owner, t0)
	rec := newRecord(t, res, p, alice, "url", t0.Add(time.Second))
	older := newRecord(t, res, p, alice, "older", t0)
	tomb := newTombstone(t, res, p, alice, t0.Add(2*time.Second))
	now := t0.Add(time.Minute)

	// The tombstone wins in either order: the states converge.
	a, b := newState(t, DefaultRules()), newState(t, DefaultRules())
	for _, s := range []*State{a, b} {
		mustApply(t, s, Op{Resource: res}, t0)
	}
	mustApply(t, a, Op{Record: rec}, now)
	mustApply(t, a, Op{Tombstone: tomb}, now)
	mustApply(t, b, Op{Tombstone: tomb}, now)
	if _, err := b.Apply(Op{Record: rec}, now); !errors.Is(err, ErrReplay) {
		t.Fatalf("the record after its tombstone: %v, want ErrReplay", err)
	}
	for _, s := range []*State{a, b} {
		wantValues(t, s, res, now)
		if _, err := s.Apply(Op{Record: older}, now); !errors.Is(err, ErrReplay) {
			t.Fatalf("an older record after the tombstone: %v, want ErrReplay", err)
		}
		wantValues(t, s, res, now)
	}

	// A newer record registers again.
	mustApply(t, a, Op{Record: newRecord(t, res, p, alice, "back", t0.Add(3*time.Second))}, now)
	wantValues(t, a, res, now, "back")

	// Once the tombstone is pruned, the record it removed is expired too.
	later := t0.Add(25 * time.Hour)
	b.Prune(later)
	if _, err := b.Apply(Op{Record: rec}, later); !errors.Is(err, ErrExpired) {
		t.Fatalf("the removed record after the tombstone expired: %v, want ErrExpired", err)
	}
	wantValues(t, b, res, later)
}

func TestRefusedOperationsChangeNothing(t *testing.T) {
	owner, alice, mallory := newAccount(t), newAccount(t), newAccount(t)
	p := newPeer(t)
	rules := DefaultRules()
	res := newResource(t, "svc", owner, t0)
	now := t0.Add(time.Hour)
	held := newRecord(t, res, p, alice, "held", now.Add(-time.Minute))
	unknown := newResource(t, "never-created", owner, t0)

	forged := newRecord(t, res, newPeer(t), alice, "forged", now)
	forged.Sig = newRecord(t, res, forged.Peer, mallory, "forged", now).Sig
	otherIssuer := newRecord(t, res, newPeer(t), mallory, "x", now)
	otherIssuer.Issuer = alice.addr.Bytes() // claims alice, signed by mallory
	byNonOwner := newResource(t, "svc", mallory, t0)
	byNonOwner.Owner = owner.addr.Bytes()
	id := res.ID()
	wrongChain := &schemas.ProviderRecord{Chain: testChain + 1, Resource: id[:], Peer: newPeer(t), Issuer: alice.addr.Bytes(), Created: now.UnixMilli()}
	if err := schemas.SignProviderRecord(wrongChain, alice.key); err != nil {
		t.Fatal(err)
	}
	tombForged := newTombstone(t, res, p, mallory, now)
	tombForged.Issuer = alice.addr.Bytes()

	cases := []struct {
		name string
		op   Op
		want error
	}{
		{"record for a resource that does not exist", Op{Record: newRecord(t, unknown, newPeer(t), alice, "x", now)}, ErrUnknownResource},
		{"tombstone for a resource that does not exist", Op{Tombstone: newTombstone(t, unknown, p, alice, now)}, ErrUnknownResource},
		{"record signed by someone else", Op{Record: forged}, ErrSigner},
		{"record claiming another issuer", Op{Record: otherIssuer}, ErrSigner},
		{"resource signed by someone but its owner", Op{Resource: byNonOwner}, ErrSigner},
		{"tombstone signed by someone but the issuer", Op{Tombstone: tombForged}, ErrSigner},
		{"record created past the allowed skew", Op{Record: newRecord(t, res, newPeer(t), alice, "x", now.Add(rules.MaxSkew+time.Millisecond))}, ErrFuture},
		{"resource created past the allowed skew", Op{Resource: newResource(t, "future", owner, now.Add(rules.MaxSkew+time.Millisecond))}, ErrFuture},
		{"replay of an older record", Op{Record: newRecord(t, res, p, alice, "old", now.Add(-2*time.Minute))}, ErrReplay},
		{"replay of an older tombstone", Op{Tombstone: newTombstone(t, res, p, alice, now.Add(-2*time.Minute))}, ErrReplay},
		{"replay of an older resource", Op{Resource: newResource(t, "svc", owner, t0.Add(-time.Second))}, ErrReplay},
		{"record of another chain", Op{Record: wrongChain}, ErrWrongChain},
		{"expired record", Op{Record: newRecord(t, res, newPeer(t), alice, "x", now.Add(-rules.ExpireAfter-time.Millisecond))}, ErrExpired},
		{"an op with two things", Op{Record: held, Tombstone: newTombstone(t, res, p, alice, now)}, ErrOp},
		{"an empty op", Op{}, ErrOp},
		{"invalid field", Op{Record: &schemas.ProviderRecord{Chain: testChain, Resource: []byte{1}, Peer: p, Issuer: alice.addr.Bytes()}}, schemas.ErrInvalid},
	}
	s := newState(t, rules)
	mustApply(t, s, Op{Resource: res}, t0)
	mustApply(t, s, Op{Record: held}, now)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := s.Apply(tc.op, now); !errors.Is(err, tc.want) {
				t.Fatalf("Apply: %v, want %v", err, tc.want)
			}
			wantValues(t, s, res, now, "held")
			if r, _ := s.Resource(res.ID()); r != res {
				t.Fatal("the resource changed")
			}
			if _, ok := s.Resource(unknown.ID()); ok {
				t.Fatal("a refused op created a resource")
			}
		})
	}
	// At exactly the allowed skew, a record is taken.
	mustApply(t, s, Op{Record: newRecord(t, res, newPeer(t), alice, "ahead", now.Add(rules.MaxSkew))}, now)
}

// TestOrderDoesNotMatter applies one set of operations in many orders and
// gets the same providers every time.
func TestOrderDoesNotMatter(t *testing.T) {
	owner := newAccount(t)
	issuers := []account{newAccount(t), newAccount(t), newAccount(t)}
	peers := [][]byte{newPeer(t), newPeer(t)}
	res := newResource(t, "many", owner, t0)
	rules := DefaultRules()
	rules.MaxProviders, rules.Retain = 3, 64
	var ops []Op
	for i := range 24 {
		at := t0.Add(time.Duration(i%5) * time.Second)
		iss, p := issuers[i%3], peers[i%2]
		if i%4 == 3 {
			ops = append(ops, Op{Tombstone: newTombstone(t, res, p, iss, at)})
		} else {
			ops = append(ops, Op{Record: newRecord(t, res, p, iss, fmt.Sprint("v", i), at)})
		}
	}
	now := t0.Add(time.Minute)
	var want []string
	rng := rand.New(rand.NewPCG(1, 2))
	for round := range 50 {
		s := newState(t, rules)
		mustApply(t, s, Op{Resource: res}, t0)
		rng.Shuffle(len(ops), func(i, j int) { ops[i], ops[j] = ops[j], ops[i] })
		for _, op := range ops {
			if _, err := s.Apply(op, now); err != nil && !errors.Is(err, ErrReplay) {
				t.Fatal(err)
			}
		}
		got := values(t, s, res, now)
		if round == 0 {
			want = got
		} else if !slices.Equal(got, want) {
			t.Fatalf("order %d: %q, first order: %q", round, got, want)
		}
	}
}

func TestRulesValidate(t *testing.T) {
	for name, mutate := range map[string]func(*Rules){
		"no providers":           func(r *Rules) { r.MaxProviders = 0 },
		"expire before stale":    func(r *Rules) { r.ExpireAfter = r.StaleAfter },
		"negative skew":          func(r *Rules) { r.MaxSkew = -time.Second },
		"retain below providers": func(r *Rules) { r.Retain = r.MaxProviders - 1 },
		"zero stale":             func(r *Rules) { r.StaleAfter = 0 },
	} {
		r := DefaultRules()
		mutate(&r)
		if _, err := NewState(testChain, r, nil); err == nil {
			t.Errorf("%s: NewState accepted %+v", name, r)
		}
	}
}

// TestCheckChangesNothing: Check answers as Apply would, and leaves the
// state as it was.
func TestCheckChangesNothing(t *testing.T) {
	owner, bob := newAccount(t), newAccount(t)
	s := newState(t, DefaultRules())
	res := newResource(t, "chat", owner, t0)
	now := t0.Add(time.Minute)
	if _, err := s.Check(Op{Resource: res}, now); err != nil {
		t.Fatal(err)
	}
	if _, ok := s.Resource(res.ID()); ok {
		t.Fatal("Check created the resource")
	}
	mustApply(t, s, Op{Resource: res}, now)
	p := newPeer(t)
	rec := newRecord(t, res, p, bob, "v1", t0.Add(time.Second))
	if r, err := s.Check(Op{Record: rec}, now); err != nil || r.Unchanged {
		t.Fatalf("Check = %+v, %v", r, err)
	}
	wantValues(t, s, res, now)
	mustApply(t, s, Op{Record: rec}, now)
	if r, err := s.Check(Op{Record: rec}, now); err != nil || !r.Unchanged {
		t.Fatalf("Check of a held record = %+v, %v; want Unchanged", r, err)
	}
	older := newRecord(t, res, p, bob, "v0", t0)
	if _, err := s.Check(Op{Record: older}, now); !errors.Is(err, ErrReplay) {
		t.Fatalf("Check of an older record = %v, want ErrReplay", err)
	}
	newer := newRecord(t, res, p, bob, "v2", t0.Add(2*time.Second))
	if _, err := s.Check(Op{Record: newer}, now); err != nil {
		t.Fatal(err)
	}
	wantValues(t, s, res, now, "v1")
}
