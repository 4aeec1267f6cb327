package contracts_test

import (
	"bytes"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mosaic-rings/rings/contracts/bindings"
)

// TestMarketConsent checks the manager's allocation with the owner's EIP-712 consent: the
// contract's digest is the wallet's, a valid consent works once, and a replayed, expired,
// foreign or malformed one, or one below the price, fails.
func TestMarketConsent(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	e := f.e
	f.tx(mOwner, marketABI.PackAccountDeposit(), big.NewInt(1_000_000_000))
	maxRate := big.NewInt(20 * fixtureClusterRent)
	td := f.bucketAlloc(1, 20, maxRate, big.NewInt(0), farDeadline)
	if got := mcall(f.mkt, marketABI.PackHashBucketAlloc(1, 20, maxRate, big.NewInt(0), farDeadline), marketABI.UnpackHashBucketAlloc); got != digest(t, td) {
		t.Fatalf("hashBucketAlloc %x, want the wallet's digest %x", got, digest(t, td))
	}
	sig := sign(t, e.keys[mOwner], td)
	alloc := marketABI.PackBucketAllocIntoClusterFor(1, 20, maxRate, farDeadline, sig)

	// Only the cluster's manager relays it.
	f.expectRevert(mStranger, alloc, nil, &bindings.MarketNotClusterManager{ClusterId: 1, Caller: e.addr(mStranger)})
	r := f.tx(mManager, alloc, nil)
	var ev *bindings.MarketBucketAllocated
	for _, l := range r.Logs {
		if x, err := marketABI.UnpackBucketAllocatedEvent(l); err == nil {
			ev = x
		}
	}
	if ev == nil || !ev.ByManager || ev.Resource != 20 || ev.Rate.Cmp(maxRate) != 0 {
		t.Fatalf("BucketAllocated %+v", ev)
	}
	if a := f.account(mOwner); a.Nonce.Int64() != 1 {
		t.Fatalf("nonce %s after a consent, want 1", a.Nonce)
	}
	// Replayed: the nonce moved, so the signature recovers to someone else.
	replayed := f.bucketAlloc(1, 20, maxRate, big.NewInt(1), farDeadline)
	f.expectRevert(mManager, alloc, nil, &bindings.MarketSignerMismatch{Signer: recoverAddr(t, replayed, sig), Expected: e.addr(mOwner)})
	// Expired.
	past := new(big.Int).SetUint64(e.now() - 1)
	expired := sign(t, e.keys[mOwner], f.bucketAlloc(1, 20, maxRate, big.NewInt(1), past))
	f.expectRevert(mManager, marketABI.PackBucketAllocIntoClusterFor(1, 20, maxRate, past, expired), nil, &bindings.MarketExpired{Deadline: past})
	// Signed by the manager itself, not the owner.
	rate30 := big.NewInt(30 * fixtureClusterRent)
	own := f.bucketAlloc(1, 30, rate30, big.NewInt(1), farDeadline)
	f.expectRevert(mManager, marketABI.PackBucketAllocIntoClusterFor(1, 30, rate30, farDeadline, sign(t, e.keys[mManager], own)), nil,
		&bindings.MarketSignerMismatch{Signer: e.addr(mManager), Expected: e.addr(mOwner)})
	// Malformed signatures.
	good := sign(t, e.keys[mOwner], own)
	f.expectRevert(mManager, marketABI.PackBucketAllocIntoClusterFor(1, 30, rate30, farDeadline, good[:64]), nil, &bindings.MarketBadSignatureLength{})
	f.expectRevert(mManager, marketABI.PackBucketAllocIntoClusterFor(1, 30, rate30, farDeadline, highS(good)), nil, &bindings.MarketHighS{})
	// A consent to less than the price: the manager added a node since the owner signed.
	id := f.createNode(mProviders[0], 9, fixtureCapacity, 1)
	f.tx(mManager, marketABI.PackClusterAddNode(1, id, 1), nil)
	f.expectRevert(mManager, marketABI.PackBucketAllocIntoClusterFor(1, 30, rate30, farDeadline, good), nil,
		&bindings.MarketRateAboveConsent{Rate: big.NewInt(30 * (fixtureClusterRent + 1)), MaxRate: rate30})
	// The owner's rate did not move when the cluster's price rose.
	if b := f.bucket(1); b.Rate.Cmp(maxRate) != 0 {
		t.Fatalf("rate %s moved without consent", b.Rate)
	}
	f.checkMoney()
}

// TestMarketViews checks the one-call status views.
func TestMarketViews(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	f.tx(mOwner, marketABI.PackAccountDeposit(), big.NewInt(1_400_000))
	r := f.tx(mOwner, marketABI.PackBucketAllocIntoCluster(1, 10, big.NewInt(1400)), nil)
	b := f.bucket(1)
	c := f.cluster(1)
	if b.Owner != f.e.addr(mOwner) || b.Ring != f.ring || b.ClusterId != 1 || b.ClusterRing != c.Ring || b.Resource != 10 ||
		b.Rate.Int64() != 1400 || b.SettledUntil != f.e.receiptTime(r) || b.PaidUntil != b.SettledUntil+1000 ||
		b.AccountDeposit.Int64() != 1_400_000 || b.AccountRate.Int64() != 1400 || len(b.Nodes) != 3 || b.InDebt {
		t.Fatalf("getBucket %+v", b)
	}
	if len(c.Nodes) != 3 || c.Nodes[0].NodeId != 1 || c.Nodes[1].GatewayUrl != "https://node2.example" ||
		!bytes.Equal(c.Nodes[2].PeerId, []byte{0x00, 0x24, 3}) || c.ResourceUsed != 10 || c.Vnodes != 6 {
		t.Fatalf("getCluster %+v", c)
	}
	if n := f.node(2); n.Provider != f.e.addr(mProviders[1]) || n.Avatar != avatarAddr(2) || n.Capacity != fixtureCapacity ||
		n.Reserved != 2*fixtureResourcePerVNode || n.RentPerUnit.Int64() != 20 {
		t.Fatalf("getNode %+v", n)
	}
	if got := mcall(f.mkt, marketABI.PackAvatarNode(avatarAddr(3)), marketABI.UnpackAvatarNode); got != 3 {
		t.Fatalf("avatarNode %d", got)
	}
}

// TestMarketBadInput checks every rule's failing case and the contract side of bad input:
// each call reverts with exactly the custom error named and changes nothing (see
// mkt.expectRevert).
func TestMarketBadInput(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	e := f.e
	free := f.createNode(mProviders[1], 10, fixtureCapacity, 5)   // node 4: in no cluster, trusts mManager
	full := f.createNode(mProviders[1], 11, 50, 5)                // node 5: too small for one vnode
	untrusting := f.createNode(mStranger, 12, fixtureCapacity, 5) // node 6: its provider trusts no one
	strangerRing := f.createRing(mStranger)
	f.tx(mOwner, marketABI.PackAccountDeposit(), big.NewInt(1_000_000))
	zero := new(big.Int)
	one := big.NewInt(1)
	maxU256 := new(big.Int).Sub(new(big.Int).Lsh(one, 256), one)
	maxRent := new(big.Int).Lsh(one, 96)
	tooHighRent := new(big.Int).Add(maxRent, one)
	unlocked := f.account(mOwner).Unlocked // no allocation: all of it, at any time

	cases := []struct {
		name  string
		key   int
		data  []byte
		value *big.Int
		want  any
	}{
		// accounts
		{"deposit zero", mOwner, marketABI.PackAccountDeposit(), nil, &bindings.MarketZeroAmount{}},
		{"deposit for the zero address", mOwner, marketABI.PackAccountDepositFor(common.Address{}), one, &bindings.MarketInvalidAccount{}},
		{"withdraw zero", mOwner, marketABI.PackAccountWithdraw(zero), nil, &bindings.MarketZeroAmount{}},
		{"withdraw above the unlocked balance", mOwner, marketABI.PackAccountWithdraw(new(big.Int).Add(unlocked, one)), nil,
			&bindings.MarketInsufficientUnlocked{Unlocked: unlocked, Amount: new(big.Int).Add(unlocked, one)}},
		{"withdraw an overflowing amount", mOwner, marketABI.PackAccountWithdraw(maxU256), nil, &bindings.MarketInsufficientUnlocked{Unlocked: unlocked, Amount: maxU256}},
		{"withdraw by a stranger", mStranger, marketABI.PackAccountWithdraw(one), nil, &bindings.MarketInsufficientUnlocked{Unlocked: zero, Amount: one}},
		// nodes
		{"node with the zero avatar", mProviders[0], marketABI.PackNodeCreate(common.Address{}, nil, "", 1, zero), nil, &bindings.MarketInvalidAvatar{}},
		{"node with a taken avatar", mProviders[0], marketABI.PackNodeCreate(avatarAddr(2), nil, "", 1, zero), nil, &bindings.MarketAvatarTaken{Avatar: avatarAddr(2), NodeId: 2}},
		{"node with zero capacity", mProviders[0], marketABI.PackNodeCreate(avatarAddr(50), nil, "", 0, zero), nil, &bindings.MarketZeroCapacity{}},
		{"node with an overflowing rent", mProviders[0], marketABI.PackNodeCreate(avatarAddr(50), nil, "", 1, tooHighRent), nil,
			&bindings.MarketRentTooHigh{Rent: tooHighRent, Max: maxRent}},
		{"node with a peer ID too large", mProviders[0], marketABI.PackNodeCreate(avatarAddr(50), make([]byte, 65), "", 1, zero), nil,
			&bindings.MarketTooLarge{PeerIdSize: big.NewInt(65), GatewayUrlSize: zero}},
		{"node params by a stranger", mStranger, marketABI.PackNodeSetParams(1, "", 1000, zero), nil, &bindings.MarketNotProvider{NodeId: 1, Caller: e.addr(mStranger)}},
		{"node params of an unknown node", mProviders[0], marketABI.PackNodeSetParams(99, "", 1000, zero), nil, &bindings.MarketUnknownNode{NodeId: 99}},
		{"node capacity below its reservation", mProviders[0], marketABI.PackNodeSetParams(1, "", 99, zero), nil, &bindings.MarketCapacityBelowReserved{Capacity: 99, Reserved: 100}},
		// clusters
		{"cluster with a node twice", mManager, marketABI.PackClusterCreate([]uint32{free, free}, []uint32{1, 1}, 10, 0), nil, &bindings.MarketDuplicateNode{NodeId: free}},
		{"cluster with a node of another cluster", mManager, marketABI.PackClusterCreate([]uint32{1}, []uint32{1}, 10, 0), nil, &bindings.MarketNodeInCluster{NodeId: 1, ClusterId: 1}},
		{"cluster with a node that does not trust the manager", mManager, marketABI.PackClusterCreate([]uint32{untrusting}, []uint32{1}, 10, 0), nil,
			&bindings.MarketManagerNotTrusted{NodeId: untrusting, Manager: e.addr(mManager)}},
		{"cluster with an unknown node", mManager, marketABI.PackClusterCreate([]uint32{77}, []uint32{1}, 10, 0), nil, &bindings.MarketUnknownNode{NodeId: 77}},
		{"cluster with zero vnodes", mManager, marketABI.PackClusterCreate([]uint32{free}, []uint32{0}, 10, 0), nil, &bindings.MarketBadVNodes{NodeId: free, Vnodes: zero}},
		{"cluster with too many vnodes", mManager, marketABI.PackClusterCreate([]uint32{free}, []uint32{1001}, 0, 0), nil, &bindings.MarketBadVNodes{NodeId: free, Vnodes: big.NewInt(1001)}},
		{"cluster with mismatched lengths", mManager, marketABI.PackClusterCreate([]uint32{free}, nil, 10, 0), nil, &bindings.MarketLengthMismatch{}},
		{"cluster beyond a node's capacity", mManager, marketABI.PackClusterCreate([]uint32{full}, []uint32{1}, 51, 0), nil,
			&bindings.MarketCapacityExceeded{NodeId: full, Free: 50, Needed: big.NewInt(51)}},
		{"cluster with a management fee too high", mManager, marketABI.PackClusterCreate(nil, nil, 10, 5001), nil, &bindings.MarketFeeTooHigh{Bps: big.NewInt(5001), Max: big.NewInt(5000)}},
		{"add node by a non-manager", mOtherManager, marketABI.PackClusterAddNode(1, free, 1), nil, &bindings.MarketNotClusterManager{ClusterId: 1, Caller: e.addr(mOtherManager)}},
		{"add node to an unknown cluster", mManager, marketABI.PackClusterAddNode(9, free, 1), nil, &bindings.MarketUnknownCluster{ClusterId: 9}},
		{"add node already in the cluster", mManager, marketABI.PackClusterAddNode(1, 2, 1), nil, &bindings.MarketNodeInCluster{NodeId: 2, ClusterId: 1}},
		{"add node that does not trust the manager", mManager, marketABI.PackClusterAddNode(1, untrusting, 1), nil,
			&bindings.MarketManagerNotTrusted{NodeId: untrusting, Manager: e.addr(mManager)}},
		{"add node beyond its capacity", mManager, marketABI.PackClusterAddNode(1, full, 1), nil, &bindings.MarketCapacityExceeded{NodeId: full, Free: 50, Needed: big.NewInt(100)}},
		{"remove node not in the cluster", mManager, marketABI.PackClusterRemoveNode(1, free), nil, &bindings.MarketNodeNotInCluster{NodeId: free, ClusterId: 1}},
		{"remove node by a stranger", mStranger, marketABI.PackClusterRemoveNode(1, 1), nil, &bindings.MarketNotClusterManager{ClusterId: 1, Caller: e.addr(mStranger)}},
		{"reservation beyond a node's capacity", mManager, marketABI.PackClusterReserveResource(1, 400), nil,
			&bindings.MarketCapacityExceeded{NodeId: 3, Free: fixtureCapacity, Needed: big.NewInt(1200)}},
		{"reservation by a non-manager", mStranger, marketABI.PackClusterReserveResource(1, 10), nil, &bindings.MarketNotClusterManager{ClusterId: 1, Caller: e.addr(mStranger)}},
		{"management fee too high", mManager, marketABI.PackClusterSetManagementFee(1, 5001), nil, &bindings.MarketFeeTooHigh{Bps: big.NewInt(5001), Max: big.NewInt(5000)}},
		{"distribute an unknown cluster", mStranger, marketABI.PackClusterDistributeRevenues(0), nil, &bindings.MarketUnknownCluster{ClusterId: 0}},
		// fees
		{"network fee too high", mAdmin, marketABI.PackSetNetworkFee(1001), nil, &bindings.MarketFeeTooHigh{Bps: big.NewInt(1001), Max: big.NewInt(1000)}},
		{"network fee by a non-admin", mManager, marketABI.PackSetNetworkFee(1), nil, &bindings.MarketNotAdmin{}},
		{"fee recipient zero", mAdmin, marketABI.PackSetFeeRecipient(common.Address{}), nil, &bindings.MarketInvalidAccount{}},
		// buckets
		{"bucket for a ring the caller does not own", mOwner, marketABI.PackBucketCreate(strangerRing, 1), nil,
			&bindings.MarketNotRingOwner{Ring: strangerRing, Owner: e.addr(mStranger)}},
		{"bucket for an address that is not a ring", mOwner, marketABI.PackBucketCreate(e.addr(mOwner), 1), nil, &bindings.MarketUnknownRing{Ring: e.addr(mOwner)}},
		{"bucket in an unknown cluster", mOwner, marketABI.PackBucketCreate(f.ring, 2), nil, &bindings.MarketUnknownCluster{ClusterId: 2}},
		{"alloc by a non-owner", mStranger, marketABI.PackBucketAllocIntoCluster(1, 1, big.NewInt(fixtureClusterRent)), nil,
			&bindings.MarketNotBucketOwner{BucketId: 1, Caller: e.addr(mStranger)}},
		{"alloc by the manager without consent", mManager, marketABI.PackBucketAllocIntoCluster(1, 1, big.NewInt(fixtureClusterRent)), nil,
			&bindings.MarketNotBucketOwner{BucketId: 1, Caller: e.addr(mManager)}},
		{"alloc of an unknown bucket", mOwner, marketABI.PackBucketAllocIntoCluster(5, 1, big.NewInt(fixtureClusterRent)), nil, &bindings.MarketUnknownBucket{BucketId: 5}},
		{"alloc above the rate consented", mOwner, marketABI.PackBucketAllocIntoCluster(1, 2, big.NewInt(2*fixtureClusterRent-1)), nil,
			&bindings.MarketRateAboveConsent{Rate: big.NewInt(2 * fixtureClusterRent), MaxRate: big.NewInt(2*fixtureClusterRent - 1)}},
		{"alloc beyond the cluster's resource", mOwner, marketABI.PackBucketAllocIntoCluster(1, 101, maxU256), nil,
			&bindings.MarketClusterResourceExceeded{Available: 100, Requested: 101}},
		{"manager alloc with no signature", mManager, marketABI.PackBucketAllocIntoClusterFor(1, 1, maxU256, farDeadline, nil), nil, &bindings.MarketBadSignatureLength{}},
		{"settle an unknown bucket", mStranger, marketABI.PackBucketSettlePayment(0), nil, &bindings.MarketUnknownBucket{BucketId: 0}},
		{"evict by a non-manager", mOwner, marketABI.PackBucketEvict(1), nil, &bindings.MarketNotClusterManager{ClusterId: 1, Caller: e.addr(mOwner)}},
	}
	for _, c := range cases {
		t.Run(strings.ReplaceAll(c.name, " ", "_"), func(t *testing.T) {
			f.with(t).expectRevert(c.key, c.data, c.value, c.want)
		})
	}

	// A distribution with no nodes: a cluster its manager emptied.
	t.Run("distribute_with_no_nodes", func(t *testing.T) {
		f := f.with(t)
		f.tx(mProviders[1], marketABI.PackNodeTrustManager(e.addr(mOtherManager)), nil)
		f.tx(mOtherManager, marketABI.PackClusterCreate([]uint32{free}, []uint32{1}, 10, 0), nil)
		f.tx(mOtherManager, marketABI.PackClusterRemoveNode(2, free), nil)
		f.expectRevert(mStranger, marketABI.PackClusterDistributeRevenues(2), nil, &bindings.MarketClusterHasNoNodes{ClusterId: 2})
	})
	if n := len(cases) + 1; n < 25 {
		t.Fatalf("%d bad-input cases, want at least 25", n)
	}
	f.checkMoney()
}

// TestMarketFeeBounds checks that the fees' maxima are accepted (their bounds' failing
// cases are in TestMarketBadInput) and that a distribution at the maxima pays them exactly.
func TestMarketFeeBounds(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	f.tx(mAdmin, marketABI.PackSetNetworkFee(1000), nil)
	f.tx(mManager, marketABI.PackClusterSetManagementFee(1, 5000), nil)
	f.tx(mOwner, marketABI.PackAccountDeposit(), big.NewInt(10_000_000))
	f.tx(mOwner, marketABI.PackBucketAllocIntoCluster(1, 1, big.NewInt(fixtureClusterRent)), nil)
	f.e.advance(time.Minute)
	f.tx(mStranger, marketABI.PackBucketSettlePayment(1), nil)
	total := f.cluster(1).Revenues.Int64()
	f.tx(mStranger, marketABI.PackClusterDistributeRevenues(1), nil)
	if got := f.depositOf(mFeeRecipient).Int64(); got != total/10 {
		t.Fatalf("network fee %d, want %d", got, total/10)
	}
	if got := f.depositOf(mManager).Int64(); got != total/2 {
		t.Fatalf("management fee %d, want %d", got, total/2)
	}
	f.checkMoney()
}
