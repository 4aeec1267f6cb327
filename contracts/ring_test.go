package contracts_test

import (
	"bytes"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/mosaic-rings/rings/contracts"
	"github.com/mosaic-rings/rings/contracts/bindings"
)

var sentinel = common.HexToAddress("0x1")

func (e *env) members(ring common.Address) []common.Address {
	e.tb.Helper()
	return call(e, ring, ringABI.PackGetMembers(), ringABI.UnpackGetMembers)
}

// checkMembers checks getMembers (order included), memberCount and isMember against want.
func (e *env) checkMembers(ring common.Address, want []common.Address) {
	e.tb.Helper()
	got := e.members(ring)
	if len(got) == 0 {
		got = nil
	}
	if len(want) == 0 {
		want = nil
	}
	if !slices.Equal(got, want) {
		e.tb.Fatalf("getMembers = %v, want %v", got, want)
	}
	if n := call(e, ring, ringABI.PackMemberCount(), ringABI.UnpackMemberCount); n.Int64() != int64(len(want)) {
		e.tb.Fatalf("memberCount = %v, want %d", n, len(want))
	}
	for i := range e.keys {
		a := e.addr(i)
		if got, want := call(e, ring, ringABI.PackIsMember(a), ringABI.UnpackIsMember), slices.Contains(want, a); got != want {
			e.tb.Fatalf("isMember(%s) = %v, want %v", a, got, want)
		}
	}
	for _, a := range []common.Address{{}, sentinel} {
		if call(e, ring, ringABI.PackIsMember(a), ringABI.UnpackIsMember) {
			e.tb.Fatalf("isMember(%s) = true", a)
		}
	}
}

func TestConstructor(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	factory := e.deployFactory()
	a, b, c := e.addr(2), e.addr(3), e.addr(4)

	t.Run("members in the given order, owner not a member", func(t *testing.T) {
		e := e.with(t)
		r := e.send(e.relayer(), factory, factoryABI.PackCreateRing(e.addr(1), []common.Address{a, b, c}))
		created, err := factoryABI.UnpackRingCreatedEvent(r.Logs[len(r.Logs)-1])
		if err != nil {
			t.Fatal(err)
		}
		if created.Owner != e.addr(1) || !slices.Equal(created.Members, []common.Address{a, b, c}) {
			t.Fatalf("RingCreated = %+v", created)
		}
		var entered []common.Address
		for _, l := range r.Logs[:len(r.Logs)-1] {
			ev, err := ringABI.UnpackMemberEnteredEvent(l)
			if err != nil {
				t.Fatal(err)
			}
			if l.Address != created.Ring {
				t.Fatalf("MemberEntered from %s, want %s", l.Address, created.Ring)
			}
			entered = append(entered, ev.Member)
		}
		if !slices.Equal(entered, []common.Address{a, b, c}) {
			t.Fatalf("MemberEntered events for %v", entered)
		}
		e.checkMembers(created.Ring, []common.Address{a, b, c})
		if got := call(e, created.Ring, ringABI.PackOwner(), ringABI.UnpackOwner); got != e.addr(1) {
			t.Fatalf("owner = %s", got)
		}
		if !call(e, factory, factoryABI.PackIsRing(created.Ring), factoryABI.UnpackIsRing) {
			t.Fatal("isRing = false")
		}
		if n := call(e, factory, factoryABI.PackRingCount(), factoryABI.UnpackRingCount); n.Int64() != 1 {
			t.Fatalf("ringCount = %v", n)
		}
		if got := call(e, factory, factoryABI.PackGetRings(), factoryABI.UnpackGetRings); !slices.Equal(got, []common.Address{created.Ring}) {
			t.Fatalf("getRings = %v", got)
		}
		if got := call(e, factory, factoryABI.PackRings(big.NewInt(0)), factoryABI.UnpackRings); got != created.Ring {
			t.Fatalf("rings(0) = %v", got)
		}
	})

	t.Run("no members", func(t *testing.T) {
		e := e.with(t)
		ring := e.deployRing()
		e.checkMembers(ring, nil)
	})

	for _, tc := range []struct {
		name    string
		owner   common.Address
		members []common.Address
		want    any
	}{
		{"zero owner", common.Address{}, []common.Address{a}, &bindings.RingInvalidOwner{}},
		{"zero member", e.addr(1), []common.Address{a, {}}, &bindings.RingInvalidMember{Member: common.Address{}}},
		{"sentinel member", e.addr(1), []common.Address{sentinel}, &bindings.RingInvalidMember{Member: sentinel}},
		{"duplicate back to back", e.addr(1), []common.Address{a, b, b}, &bindings.RingAlreadyMember{Member: b}},
		{"duplicate apart", e.addr(1), []common.Address{a, b, c, a}, &bindings.RingAlreadyMember{Member: a}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := e.with(t)
			e.expectRevert(e.relayer(), factory, factoryABI.PackCreateRing(tc.owner, tc.members), tc.want)
			if n := call(e, factory, factoryABI.PackRingCount(), factoryABI.UnpackRingCount); n.Int64() != 1 {
				t.Fatalf("ringCount = %v after a failed createRing", n)
			}
		})
	}
}

// TestClones: rings are EIP-1167 clones of the factory's implementation; a ring is
// initialized once, and the implementation never.
func TestClones(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	factory := e.deployFactory()
	impl := call(e, factory, factoryABI.PackImplementation(), factoryABI.UnpackImplementation)
	ringArtifact, err := contracts.ReadArtifact("Ring")
	if err != nil {
		t.Fatal(err)
	}
	code := func(addr common.Address) []byte {
		t.Helper()
		c, err := e.client.CodeAt(t.Context(), addr, nil)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	if !bytes.Equal(code(impl), ringArtifact.DeployedBytecode) {
		t.Fatalf("implementation %s does not have the Ring artifact's runtime code", impl)
	}
	ring := e.createRing(factory, e.addr(1), e.addrs(2, 3))
	other := e.createRing(factory, e.addr(1), e.addrs(2, 3))

	t.Run("a ring is a minimal proxy of the implementation", func(t *testing.T) {
		e := e.with(t)
		// EIP-1167: 363d3d373d3d3d363d73 <implementation> 5af43d82803e903d91602b57fd5bf3
		want := slices.Concat(common.FromHex("0x363d3d373d3d3d363d73"), impl.Bytes(), common.FromHex("0x5af43d82803e903d91602b57fd5bf3"))
		for _, r := range []common.Address{ring, other} {
			if got := code(r); !bytes.Equal(got, want) {
				t.Fatalf("code of ring %s = %x, want %x", r, got, want)
			}
		}
		if ring == other || ring == impl {
			t.Fatalf("ring %s, other %s, implementation %s: want three addresses", ring, other, impl)
		}
		e.checkMembers(ring, e.addrs(2, 3))
		if got := call(e, ring, ringABI.PackOwner(), ringABI.UnpackOwner); got != e.addr(1) {
			t.Fatalf("owner = %s", got)
		}
	})

	t.Run("the domain is the clone's", func(t *testing.T) {
		e := e.with(t)
		for _, r := range []common.Address{ring, other} {
			td := e.domain(r).typedData("Outputs", apitypes.TypedDataMessage{})
			want, err := td.HashStruct("EIP712Domain", td.Domain.Map())
			if err != nil {
				t.Fatal(err)
			}
			if got := call(e, r, ringABI.PackDomainSeparator(), ringABI.UnpackDomainSeparator); got != [32]byte(want) {
				t.Fatalf("domainSeparator of %s = %x, want %x (verifyingContract = the ring)", r, got, want)
			}
		}
	})

	t.Run("initialize runs once", func(t *testing.T) {
		e := e.with(t)
		for _, key := range []int{0, 1, 5} { // the relayer (as the factory's caller), the owner, a stranger
			e.expectRevert(e.keys[key], ring, ringABI.PackInitialize(e.addr(key), e.addrs(5)), &bindings.RingAlreadyInitialized{})
		}
		// With arguments that would fail anyway, AlreadyInitialized comes first.
		e.expectRevert(e.keys[5], ring, ringABI.PackInitialize(common.Address{}, nil), &bindings.RingAlreadyInitialized{})
		e.checkMembers(ring, e.addrs(2, 3))
	})

	t.Run("the implementation cannot be initialized", func(t *testing.T) {
		e := e.with(t)
		e.expectRevert(e.keys[5], impl, ringABI.PackInitialize(e.addr(5), e.addrs(5)), &bindings.RingAlreadyInitialized{})
		if got := call(e, impl, ringABI.PackOwner(), ringABI.UnpackOwner); got != (common.Address{}) {
			t.Fatalf("implementation's owner = %s, want none", got)
		}
		e.checkMembers(impl, nil)
		e.expectRevert(e.keys[5], impl, ringABI.PackEnter(e.addr(5)), &bindings.RingNotOwner{})
	})

	t.Run("a failed createRing leaves no clone behind", func(t *testing.T) {
		e := e.with(t)
		nonce, err := e.client.NonceAt(t.Context(), factory, nil)
		if err != nil {
			t.Fatal(err)
		}
		e.expectRevert(e.relayer(), factory, factoryABI.PackCreateRing(e.addr(1), e.addrs(2, 2)), &bindings.RingAlreadyMember{Member: e.addr(2)})
		if n, err := e.client.NonceAt(t.Context(), factory, nil); err != nil || n != nonce {
			t.Fatalf("factory nonce %d, %v after a failed createRing; was %d", n, err, nonce)
		}
		if c := code(crypto.CreateAddress(factory, nonce)); len(c) != 0 {
			t.Fatalf("the failed createRing's clone has code %x", c)
		}
		if got := call(e, factory, factoryABI.PackGetRings(), factoryABI.UnpackGetRings); !slices.Equal(got, []common.Address{ring, other}) {
			t.Fatalf("getRings = %v", got)
		}
	})
}

func TestEnterExit(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	a, b, c, d := e.addr(2), e.addr(3), e.addr(4), e.addr(5)
	ring := e.deployRing(2, 3, 4)

	// Each step runs on the same ring, in order; the list must stay intact throughout.
	steps := []struct {
		name   string
		key    int // sender
		data   []byte
		want   any // custom error, nil for success
		after  []common.Address
		events string // "enter X" / "exit X"
	}{
		{"enter by non-owner", 2, ringABI.PackEnter(d), &bindings.RingNotOwner{}, []common.Address{a, b, c}, ""},
		{"exit by non-owner", 2, ringABI.PackExit(a), &bindings.RingNotOwner{}, []common.Address{a, b, c}, ""},
		{"enter zero address", 1, ringABI.PackEnter(common.Address{}), &bindings.RingInvalidMember{Member: common.Address{}}, []common.Address{a, b, c}, ""},
		{"enter sentinel", 1, ringABI.PackEnter(sentinel), &bindings.RingInvalidMember{Member: sentinel}, []common.Address{a, b, c}, ""},
		{"enter duplicate", 1, ringABI.PackEnter(b), &bindings.RingAlreadyMember{Member: b}, []common.Address{a, b, c}, ""},
		{"exit non-member", 1, ringABI.PackExit(d), &bindings.RingNotMember{Account: d}, []common.Address{a, b, c}, ""},
		{"exit zero address", 1, ringABI.PackExit(common.Address{}), &bindings.RingNotMember{Account: common.Address{}}, []common.Address{a, b, c}, ""},
		{"exit sentinel", 1, ringABI.PackExit(sentinel), &bindings.RingNotMember{Account: sentinel}, []common.Address{a, b, c}, ""},
		{"enter inserts at the front", 1, ringABI.PackEnter(d), nil, []common.Address{d, a, b, c}, "enter"},
		{"exit the middle", 1, ringABI.PackExit(b), nil, []common.Address{d, a, c}, "exit"},
		{"exit again", 1, ringABI.PackExit(b), &bindings.RingNotMember{Account: b}, []common.Address{d, a, c}, ""},
		{"exit the front", 1, ringABI.PackExit(d), nil, []common.Address{a, c}, "exit"},
		{"exit the tail", 1, ringABI.PackExit(c), nil, []common.Address{a}, "exit"},
		{"exit the last member", 1, ringABI.PackExit(a), nil, nil, "exit"},
		{"exit from an empty ring", 1, ringABI.PackExit(a), &bindings.RingNotMember{Account: a}, nil, ""},
		{"enter into an empty ring", 1, ringABI.PackEnter(b), nil, []common.Address{b}, "enter"},
		{"re-enter a former member", 1, ringABI.PackEnter(a), nil, []common.Address{a, b}, "enter"},
	}
	for _, s := range steps {
		t.Run(s.name, func(t *testing.T) {
			e := e.with(t)
			if s.want != nil {
				e.expectRevert(e.keys[s.key], ring, s.data, s.want)
			} else {
				r := e.send(e.keys[s.key], ring, s.data)
				if len(r.Logs) != 1 {
					t.Fatalf("%d logs, want 1", len(r.Logs))
				}
				switch s.events {
				case "enter":
					if _, err := ringABI.UnpackMemberEnteredEvent(r.Logs[0]); err != nil {
						t.Fatal(err)
					}
				case "exit":
					if _, err := ringABI.UnpackMemberExitedEvent(r.Logs[0]); err != nil {
						t.Fatal(err)
					}
				}
			}
			e.checkMembers(ring, s.after)
		})
	}
}

func TestChangeMembership(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ring := e.deployRing(2, 3)
	dom := e.domain(ring)
	owner, d := e.addr(1), e.addr(5)
	nonce := func() *big.Int { return call(e, ring, ringABI.PackNonces(owner), ringABI.UnpackNonces) }

	// The owner signs; a member (key 2) relays, so the owner spends no gas.
	sig := sign(t, e.owner(), dom.membership(d, true, big.NewInt(0), farDeadline))
	r := e.send(e.keys[2], ring, ringABI.PackChangeMembership(d, true, farDeadline, sig))
	if ev, err := ringABI.UnpackMemberEnteredEvent(r.Logs[0]); err != nil || ev.Member != d {
		t.Fatalf("MemberEntered = %+v, %v", ev, err)
	}
	e.checkMembers(ring, e.addrs(5, 2, 3))
	if n := nonce(); n.Int64() != 1 {
		t.Fatalf("owner nonce = %v, want 1", n)
	}

	exitSig := sign(t, e.owner(), dom.membership(d, false, big.NewInt(1), farDeadline))
	forged := sign(t, e.keys[2], dom.membership(e.addr(6), true, big.NewInt(1), farDeadline))
	otherRing := sign(t, e.owner(), e.domain(e.deployRing(2, 3)).membership(d, false, big.NewInt(1), farDeadline))
	otherChain := sign(t, e.owner(), domain{chainID: big.NewInt(1), ring: ring}.membership(d, false, big.NewInt(1), farDeadline))
	// mismatch is the error for sig relayed as a request whose digest is td.
	mismatch := func(td apitypes.TypedData, sig []byte) any {
		return &bindings.RingSignerMismatch{Signer: recoverAddr(t, td, sig), Expected: owner}
	}
	exitNow := dom.membership(d, false, big.NewInt(1), farDeadline)

	for _, tc := range []revertCase{
		{
			name: "replayed signature",
			data: ringABI.PackChangeMembership(d, true, farDeadline, sig),
			want: mismatch(dom.membership(d, true, big.NewInt(1), farDeadline), sig),
		},
		{
			name: "signed by a member, not the owner",
			data: ringABI.PackChangeMembership(e.addr(6), true, farDeadline, forged),
			want: &bindings.RingSignerMismatch{Signer: e.addr(2), Expected: owner},
		},
		{
			name: "signature for another ring",
			data: ringABI.PackChangeMembership(d, false, farDeadline, otherRing),
			want: mismatch(exitNow, otherRing),
		},
		{
			name: "signature for another chain",
			data: ringABI.PackChangeMembership(d, false, farDeadline, otherChain),
			want: mismatch(exitNow, otherChain),
		},
		{
			name: "exit signature relayed as enter",
			data: ringABI.PackChangeMembership(d, true, farDeadline, exitSig),
			want: mismatch(dom.membership(d, true, big.NewInt(1), farDeadline), exitSig),
		},
		{
			name: "high s",
			data: ringABI.PackChangeMembership(d, false, farDeadline, highS(exitSig)),
			want: &bindings.RingHighS{},
		},
		{
			name: "signed exit of a non-member",
			data: ringABI.PackChangeMembership(e.addr(7), false, farDeadline, sign(t, e.owner(), dom.membership(e.addr(7), false, big.NewInt(1), farDeadline))),
			want: &bindings.RingNotMember{Account: e.addr(7)},
		},
		{
			name: "signed enter of a member",
			data: ringABI.PackChangeMembership(e.addr(2), true, farDeadline, sign(t, e.owner(), dom.membership(e.addr(2), true, big.NewInt(1), farDeadline))),
			want: &bindings.RingAlreadyMember{Member: e.addr(2)},
		},
		{
			name: "expired",
			data: ringABI.PackChangeMembership(d, false, big.NewInt(1000), sign(t, e.owner(), dom.membership(d, false, big.NewInt(1), big.NewInt(1000)))),
			want: &bindings.RingExpired{Deadline: big.NewInt(1000)},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := e.with(t)
			e.expectRevert(e.keys[3], ring, tc.data, tc.want)
		})
	}

	t.Run("signed exit", func(t *testing.T) {
		e := e.with(t)
		r := e.send(e.keys[3], ring, ringABI.PackChangeMembership(d, false, farDeadline, exitSig))
		if ev, err := ringABI.UnpackMemberExitedEvent(r.Logs[0]); err != nil || ev.Member != d {
			t.Fatalf("MemberExited = %+v, %v", ev, err)
		}
		e.checkMembers(ring, e.addrs(2, 3))
		if n := nonce(); n.Int64() != 2 {
			t.Fatalf("owner nonce = %v, want 2", n)
		}
	})

	t.Run("deadline passes while in flight", func(t *testing.T) {
		e := e.with(t)
		head, err := e.client.HeaderByNumber(t.Context(), nil)
		if err != nil {
			t.Fatal(err)
		}
		deadline := new(big.Int).SetUint64(head.Time + 60)
		late := sign(t, e.owner(), dom.membership(d, true, big.NewInt(2), deadline))
		e.advance(2 * time.Minute)
		e.backend.Commit()
		e.expectRevert(e.keys[3], ring, ringABI.PackChangeMembership(d, true, deadline, late), &bindings.RingExpired{Deadline: deadline})
	})
}

// blockTime is the timestamp of block n.
func (e *env) blockTime(n *big.Int) uint64 {
	e.tb.Helper()
	h, err := e.client.HeaderByNumber(e.tb.Context(), n)
	if err != nil {
		e.tb.Fatal(err)
	}
	return h.Time
}

// checkPeerInfo checks getPeerInfo and the three public mappings of member against want.
func (e *env) checkPeerInfo(ring, member common.Address, peerID, multiaddrs []byte, updated uint64) {
	e.tb.Helper()
	got := call(e, ring, ringABI.PackGetPeerInfo(member), ringABI.UnpackGetPeerInfo)
	if !bytes.Equal(got.PeerId, peerID) || !bytes.Equal(got.Multiaddrs, multiaddrs) || got.Updated != updated {
		e.tb.Fatalf("getPeerInfo(%s) = %x %x %d, want %x %x %d", member, got.PeerId, got.Multiaddrs, got.Updated, peerID, multiaddrs, updated)
	}
	if p := call(e, ring, ringABI.PackPeerIds(member), ringABI.UnpackPeerIds); !bytes.Equal(p, peerID) {
		e.tb.Fatalf("peerIds = %x", p)
	}
	if m := call(e, ring, ringABI.PackPublicMultiaddresses(member), ringABI.UnpackPublicMultiaddresses); !bytes.Equal(m, multiaddrs) {
		e.tb.Fatalf("publicMultiaddresses = %x", m)
	}
	if u := call(e, ring, ringABI.PackPeerInfoUpdated(member), ringABI.UnpackPeerInfoUpdated); u != updated {
		e.tb.Fatalf("peerInfoUpdated = %d", u)
	}
}

// checkPeerInfoEvent checks that r emitted exactly PeerInfoUpdated(member, peerID, multiaddrs).
func checkPeerInfoEvent(tb testing.TB, r *types.Receipt, member common.Address, peerID, multiaddrs []byte) {
	tb.Helper()
	if len(r.Logs) != 1 {
		tb.Fatalf("%d logs, want one PeerInfoUpdated", len(r.Logs))
	}
	ev, err := ringABI.UnpackPeerInfoUpdatedEvent(r.Logs[0])
	if err != nil {
		tb.Fatal(err)
	}
	if ev.Member != member || !bytes.Equal(ev.PeerId, peerID) || !bytes.Equal(ev.Multiaddrs, multiaddrs) {
		tb.Fatalf("PeerInfoUpdated = %+v", ev)
	}
}

func TestSetPeerInfo(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ring := e.deployRing(2, 3)
	peerID := bytes.Repeat([]byte{0xaa}, 38)
	addrs := bytes.Repeat([]byte{0x04}, 40)

	r := e.send(e.keys[2], ring, ringABI.PackSetPeerInfo(peerID, addrs))
	checkPeerInfoEvent(t, r, e.addr(2), peerID, addrs)
	e.checkPeerInfo(ring, e.addr(2), peerID, addrs, e.blockTime(r.BlockNumber))

	for _, tc := range []struct {
		name string
		key  int
		data []byte
		want any
	}{
		{"non-member", 4, ringABI.PackSetPeerInfo(peerID, addrs), &bindings.RingNotMember{Account: e.addr(4)}},
		{"owner is not a member", 1, ringABI.PackSetPeerInfo(peerID, addrs), &bindings.RingNotMember{Account: e.addr(1)}},
		{"peer id too large", 2, ringABI.PackSetPeerInfo(make([]byte, 65), addrs), &bindings.RingPeerInfoTooLarge{PeerIdSize: big.NewInt(65), MultiaddrsSize: big.NewInt(40)}},
		{"multiaddrs too large", 2, ringABI.PackSetPeerInfo(peerID, make([]byte, 1025)), &bindings.RingPeerInfoTooLarge{PeerIdSize: big.NewInt(38), MultiaddrsSize: big.NewInt(1025)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := e.with(t)
			e.expectRevert(e.keys[tc.key], ring, tc.data, tc.want)
		})
	}
	t.Run("at the size limits", func(t *testing.T) {
		e := e.with(t)
		big1, big2 := bytes.Repeat([]byte{1}, 64), bytes.Repeat([]byte{2}, 1024)
		r := e.send(e.keys[3], ring, ringABI.PackSetPeerInfo(big1, big2))
		e.checkPeerInfo(ring, e.addr(3), big1, big2, e.blockTime(r.BlockNumber))
	})
	t.Run("exit clears peer info, keeps peerInfoUpdated", func(t *testing.T) {
		e := e.with(t)
		updated := call(e, ring, ringABI.PackPeerInfoUpdated(e.addr(2)), ringABI.UnpackPeerInfoUpdated)
		e.send(e.owner(), ring, ringABI.PackExit(e.addr(2)))
		e.checkPeerInfo(ring, e.addr(2), nil, nil, updated)
	})
}

// TestSetPeerInfoFor: a member's signed PeerInfo, relayed by someone else, is applied once,
// and never after a newer one.
func TestSetPeerInfoFor(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ring := e.deployRing(2, 3)
	dom := e.domain(ring)
	member := e.addr(2)
	peerID := bytes.Repeat([]byte{0xaa}, 38)
	addrs := bytes.Repeat([]byte{0x04}, 40)
	const t0 = 4_000_000_000 // 2096: later than any block time of the test chain
	signed := func(k int, who common.Address, id, ma []byte, updated uint64) []byte {
		return ringABI.PackSetPeerInfoFor(who, id, ma, updated, sign(t, e.keys[k], dom.peerInfo(who, id, ma, updated)))
	}
	first := signed(2, member, peerID, addrs, t0)

	forged := sign(t, e.keys[2], dom.peerInfo(member, peerID, addrs, t0))
	other := []byte("another peer")
	for _, tc := range []revertCase{
		{"non-member signs its own", signed(4, e.addr(4), peerID, addrs, t0), &bindings.RingNotMember{Account: e.addr(4)}},
		{"another member signs", signed(3, member, peerID, addrs, t0), &bindings.RingSignerMismatch{Signer: e.addr(3), Expected: member}},
		{"peer id changed after signing", ringABI.PackSetPeerInfoFor(member, other, addrs, t0, forged),
			&bindings.RingSignerMismatch{Signer: recoverAddr(t, dom.peerInfo(member, other, addrs, t0), forged), Expected: member}},
		{"updated changed after signing", ringABI.PackSetPeerInfoFor(member, peerID, addrs, t0+1, forged),
			&bindings.RingSignerMismatch{Signer: recoverAddr(t, dom.peerInfo(member, peerID, addrs, t0+1), forged), Expected: member}},
		{"signed for another ring", ringABI.PackSetPeerInfoFor(member, peerID, addrs, t0, sign(t, e.keys[2], otherDomain(e, ring).peerInfo(member, peerID, addrs, t0))),
			&bindings.RingSignerMismatch{Signer: recoverAddr(t, dom.peerInfo(member, peerID, addrs, t0), sign(t, e.keys[2], otherDomain(e, ring).peerInfo(member, peerID, addrs, t0))), Expected: member}},
		{"high s", ringABI.PackSetPeerInfoFor(member, peerID, addrs, t0, highS(forged)), &bindings.RingHighS{}},
		{"short signature", ringABI.PackSetPeerInfoFor(member, peerID, addrs, t0, forged[:64]), &bindings.RingBadSignatureLength{}},
		{"peer id too large", signed(2, member, make([]byte, 65), addrs, t0), &bindings.RingPeerInfoTooLarge{PeerIdSize: big.NewInt(65), MultiaddrsSize: big.NewInt(40)}},
		{"multiaddrs too large", signed(2, member, peerID, make([]byte, 1025), t0), &bindings.RingPeerInfoTooLarge{PeerIdSize: big.NewInt(38), MultiaddrsSize: big.NewInt(1025)}},
		{"updated zero", signed(2, member, peerID, addrs, 0), &bindings.RingStalePeerInfo{Updated: 0, Stored: 0}},
	} {
		t.Run("refused/"+tc.name, func(t *testing.T) {
			e := e.with(t)
			e.expectRevert(e.relayer(), ring, tc.data, tc.want)
		})
	}

	// The relayer sends it: the member pays nothing.
	r := e.send(e.relayer(), ring, first)
	checkPeerInfoEvent(t, r, member, peerID, addrs)
	e.checkPeerInfo(ring, member, peerID, addrs, t0)

	newer := []byte("newer addrs")
	for _, tc := range []revertCase{
		{"replayed", first, &bindings.RingStalePeerInfo{Updated: t0, Stored: t0}},
		{"same updated, other content", signed(2, member, peerID, newer, t0), &bindings.RingStalePeerInfo{Updated: t0, Stored: t0}},
		{"older", signed(2, member, peerID, newer, t0-1), &bindings.RingStalePeerInfo{Updated: t0 - 1, Stored: t0}},
	} {
		t.Run("after the first/"+tc.name, func(t *testing.T) {
			e := e.with(t)
			e.expectRevert(e.relayer(), ring, tc.data, tc.want)
		})
	}

	t.Run("newer, at the size limits", func(t *testing.T) {
		e := e.with(t)
		id, ma := bytes.Repeat([]byte{1}, 64), bytes.Repeat([]byte{2}, 1024)
		e.send(e.keys[5], ring, signed(2, member, id, ma, t0+1)) // any account may relay
		e.checkPeerInfo(ring, member, id, ma, t0+1)
	})

	t.Run("setPeerInfo after a future-dated PeerInfo moves peerInfoUpdated on by one", func(t *testing.T) {
		e := e.with(t)
		// t0+1 is in the future of the simulated chain's clock.
		if now := e.blockTime(nil); now >= t0+1 {
			t.Fatalf("block time %d is not before %d", now, t0+1)
		}
		r := e.send(e.keys[2], ring, ringABI.PackSetPeerInfo(peerID, newer))
		checkPeerInfoEvent(t, r, member, peerID, newer)
		e.checkPeerInfo(ring, member, peerID, newer, t0+2)
		e.expectRevert(e.relayer(), ring, signed(2, member, peerID, addrs, t0+2), &bindings.RingStalePeerInfo{Updated: t0 + 2, Stored: t0 + 2})
	})

	t.Run("setPeerInfo orders before later signed ones", func(t *testing.T) {
		e := e.with(t)
		r := e.send(e.keys[3], ring, ringABI.PackSetPeerInfo(peerID, addrs))
		now := e.blockTime(r.BlockNumber)
		e.checkPeerInfo(ring, e.addr(3), peerID, addrs, now)
		e.expectRevert(e.relayer(), ring, signed(3, e.addr(3), peerID, newer, now), &bindings.RingStalePeerInfo{Updated: now, Stored: now})
		e.send(e.relayer(), ring, signed(3, e.addr(3), peerID, newer, now+1))
		e.checkPeerInfo(ring, e.addr(3), peerID, newer, now+1)
	})

	t.Run("a replay after exit and re-entry fails", func(t *testing.T) {
		e := e.with(t)
		stored := call(e, ring, ringABI.PackPeerInfoUpdated(member), ringABI.UnpackPeerInfoUpdated)
		e.send(e.owner(), ring, ringABI.PackExit(member))
		e.checkPeerInfo(ring, member, nil, nil, stored)
		e.expectRevert(e.relayer(), ring, first, &bindings.RingNotMember{Account: member})
		e.send(e.owner(), ring, ringABI.PackEnter(member))
		e.expectRevert(e.relayer(), ring, first, &bindings.RingStalePeerInfo{Updated: t0, Stored: stored})
		e.checkPeerInfo(ring, member, nil, nil, stored)
	})
}

// TestGetState checks that getState returns, in one call, exactly what owner(), getHeads(),
// entryCount() and ringNodeHead() return, as the ring changes.
func TestGetState(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ring := e.deployRing(2, 3, 4)

	check := func(step string) {
		t.Helper()
		got := call(e, ring, ringABI.PackGetState(), ringABI.UnpackGetState)
		want := bindings.GetStateOutput{
			Owner:        call(e, ring, ringABI.PackOwner(), ringABI.UnpackOwner),
			Heads:        call(e, ring, ringABI.PackGetHeads(), ringABI.UnpackGetHeads),
			EntryCount:   call(e, ring, ringABI.PackEntryCount(), ringABI.UnpackEntryCount),
			RingNodeHead: call(e, ring, ringABI.PackRingNodeHead(), ringABI.UnpackRingNodeHead),
		}
		if jsonOf(t, got) != jsonOf(t, want) {
			t.Fatalf("%s: getState = %s\nwant %s", step, jsonOf(t, got), jsonOf(t, want))
		}
		if got.Owner != e.addr(1) {
			t.Fatalf("%s: owner = %s, want %s", step, got.Owner, e.addr(1))
		}
	}

	check("fresh")
	f := e.flushReq(3, 7, 0)
	e.send(e.relayer(), ring, ringABI.PackFlush(f, sign(t, e.keys[3], e.domain(ring).flush(f))))
	check("after a flush")
	entry := entryHash(0)
	keys := e.sortedKeys(2, 3, 4)[:2]
	e.send(e.relayer(), ring, ringABI.PackCommitEntry(0, entry, common.Hash{}, e.vote(ring, keys, 0, entry, common.Hash{})))
	check("after an entry")
	e.send(e.owner(), ring, ringABI.PackEnter(e.addr(5)))
	e.send(e.owner(), ring, ringABI.PackExit(e.addr(2)))
	check("after enter and exit")

	got := call(e, ring, ringABI.PackGetState(), ringABI.UnpackGetState)
	if len(got.Heads) != 3 || got.Heads[0].Member != e.addr(5) || got.Heads[1].Seq != 7 || got.EntryCount != 1 || got.RingNodeHead != entry {
		t.Fatalf("getState = %s", jsonOf(t, got))
	}
}
