package chain_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mosaic-rings/rings/contracts/bindings"
	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/contracts/chain/chaintest"
	"github.com/mosaic-rings/rings/contracts/devchain"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

var ether = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// marketWorld is a market on a dev chain with funded parties: three
// providers (each its node's avatar), a manager, two ring owners and a
// stranger.
type marketWorld struct {
	dc        *devchain.Chain
	c         *chain.Client
	m         *chain.Market
	providers [3]*ecdsa.PrivateKey
	manager   *ecdsa.PrivateKey
	owner     *ecdsa.PrivateKey
	owner2    *ecdsa.PrivateKey
	stranger  *ecdsa.PrivateKey
}

func newMarketWorld(t *testing.T) *marketWorld {
	t.Helper()
	ctx := context.Background()
	dc, c := chaintest.Open(t)
	addr, rcpt, err := chain.DeployMarket(ctx, dc.Client(), dc.RelayerKey(), c.Factory(), 100)
	if err != nil {
		t.Fatal(err)
	}
	if rcpt.GasUsed == 0 {
		t.Fatal("deploy: no gas used")
	}
	m, err := chain.NewMarket(ctx, c, addr)
	if err != nil {
		t.Fatal(err)
	}
	w := &marketWorld{dc: dc, c: c, m: m}
	keys := []**ecdsa.PrivateKey{&w.providers[0], &w.providers[1], &w.providers[2], &w.manager, &w.owner, &w.owner2, &w.stranger}
	for _, k := range keys {
		*k, _ = crypto.GenerateKey()
		if _, err := c.Transfer(ctx, addrOf(*k), new(big.Int).Mul(big.NewInt(10), ether)); err != nil {
			t.Fatal(err)
		}
	}
	return w
}

func addrOf(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

func TestMarketClient(t *testing.T) {
	ctx := context.Background()
	w := newMarketWorld(t)
	m := w.m

	if f, err := m.MarketFactory(ctx); err != nil || f != w.c.Factory() {
		t.Fatalf("factory %s, %v; want %s", f.Hex(), err, w.c.Factory().Hex())
	}
	if _, err := chain.NewMarket(ctx, w.c, common.HexToAddress("0x00000000000000000000000000000000000000aa")); !errors.Is(err, chain.ErrNoMarket) {
		t.Fatalf("NewMarket without code: %v, want ErrNoMarket", err)
	}

	// nodes
	var nodeIDs [3]uint32
	for i, p := range w.providers {
		id, _, err := m.NodeCreate(ctx, p, addrOf(p), []byte("peer"), chain.NodeParams{GatewayURL: "http://n", Capacity: 100, RentPerUnit: big.NewInt(int64(i + 1))})
		if err != nil {
			t.Fatalf("node %d: %v", i, err)
		}
		nodeIDs[i] = id
	}
	if nodeIDs != [3]uint32{1, 2, 3} {
		t.Fatalf("node ids %v", nodeIDs)
	}
	if _, err := m.NodeSetParams(ctx, w.providers[0], 1, chain.NodeParams{GatewayURL: "http://one", Capacity: 200, RentPerUnit: big.NewInt(1)}); err != nil {
		t.Fatal(err)
	}
	n, err := m.Node(ctx, 1)
	if err != nil || n.GatewayURL != "http://one" || n.Capacity != 200 || string(n.PeerID) != "peer" || n.Provider != addrOf(w.providers[0]) {
		t.Fatalf("node 1: %+v, %v", n, err)
	}
	for _, p := range w.providers {
		if _, err := m.NodeTrustManager(ctx, p, addrOf(w.manager), true); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := m.NodeTrustManager(ctx, w.providers[2], addrOf(w.manager), false); err != nil {
		t.Fatal(err)
	}

	// clusters
	clusterID, ring, _, err := m.ClusterCreate(ctx, w.manager, []chain.ClusterNode{{NodeID: 1, VNodes: 1}, {NodeID: 2, VNodes: 2}}, 10, 500)
	if err != nil {
		t.Fatal(err)
	}
	if clusterID != 1 || ring == (common.Address{}) {
		t.Fatalf("cluster %d ring %s", clusterID, ring.Hex())
	}
	if _, err := m.ClusterAddNode(ctx, w.manager, clusterID, chain.ClusterNode{NodeID: 3, VNodes: 1}); !errors.Is(err, chain.ErrMarketNotAllowed) {
		t.Fatalf("add an untrusting provider's node: %v, want ErrMarketNotAllowed", err)
	}
	if _, err := m.NodeTrustManager(ctx, w.providers[2], addrOf(w.manager), true); err != nil {
		t.Fatal(err)
	}
	if _, err := m.ClusterAddNode(ctx, w.manager, clusterID, chain.ClusterNode{NodeID: 3, VNodes: 1}); err != nil {
		t.Fatal(err)
	}
	if _, err := m.ClusterRemoveNode(ctx, w.providers[2], clusterID, 3); err != nil {
		t.Fatal(err)
	}
	if _, err := m.ClusterAddNode(ctx, w.manager, clusterID, chain.ClusterNode{NodeID: 3, VNodes: 1}); err != nil {
		t.Fatal(err)
	}
	if _, err := m.ClusterReserveResource(ctx, w.manager, clusterID, 20); err != nil {
		t.Fatal(err)
	}
	if _, err := m.ClusterSetManagementFee(ctx, w.manager, clusterID, 1000); err != nil {
		t.Fatal(err)
	}
	cl, err := m.Cluster(ctx, clusterID)
	if err != nil {
		t.Fatal(err)
	}
	// price: 1×1 + 2×2 + 1×3
	if cl.Manager != addrOf(w.manager) || cl.Ring != ring || len(cl.Nodes) != 3 || cl.VNodes != 4 || cl.RentPerUnit.Int64() != 8 || cl.ResourcePerVNode != 20 || cl.ManagementFeeBps != 1000 {
		t.Fatalf("cluster: %+v", cl)
	}
	for _, p := range w.providers {
		if ok, err := w.c.IsMember(ctx, ring, addrOf(p)); err != nil || !ok {
			t.Fatalf("avatar %s not in the replica ring: %v", addrOf(p).Hex(), err)
		}
	}

	// buckets and accounts
	owned, _, err := w.c.CreateRing(ctx, addrOf(w.owner), []common.Address{addrOf(w.owner)})
	if err != nil {
		t.Fatal(err)
	}
	bucketID, _, err := m.BucketCreate(ctx, w.owner, owned, clusterID)
	if err != nil || bucketID != 1 {
		t.Fatalf("bucket %d: %v", bucketID, err)
	}
	if _, err := m.Deposit(ctx, w.owner, ether); err != nil {
		t.Fatal(err)
	}
	if _, err := m.DepositFor(ctx, w.stranger, addrOf(w.owner), ether); err != nil {
		t.Fatal(err)
	}
	rate, _, err := m.BucketAlloc(ctx, w.owner, bucketID, 5, big.NewInt(1000))
	if err != nil || rate.Int64() != 40 {
		t.Fatalf("alloc: rate %v, %v; want 40", rate, err)
	}
	acct, err := m.Account(ctx, addrOf(w.owner))
	if err != nil {
		t.Fatal(err)
	}
	consent := chain.BucketAlloc{BucketID: bucketID, Resource: 6, MaxRate: big.NewInt(48), Nonce: acct.Nonce, Deadline: big.NewInt(time.Now().Add(time.Hour).Unix())}
	digest := chain.BucketAllocDigest(w.c.ChainID(), m.Address(), consent)
	abi := bindings.NewMarket()
	want, err := bind.Call(abi.Instance(w.dc.Client(), m.Address()), &bind.CallOpts{Context: ctx},
		abi.PackHashBucketAlloc(consent.BucketID, consent.Resource, consent.MaxRate, consent.Nonce, consent.Deadline), abi.UnpackHashBucketAlloc)
	if err != nil {
		t.Fatal(err)
	}
	if digest != want {
		t.Fatalf("BucketAllocDigest %s, the contract's hashBucketAlloc %x", digest.Hex(), want)
	}
	sig, err := schemas.Sign(digest, w.owner)
	if err != nil {
		t.Fatal(err)
	}
	other, err := schemas.Sign(digest, w.stranger)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := m.BucketAllocFor(ctx, w.manager, consent, other); !errors.Is(err, chain.ErrMarketNotAllowed) {
		t.Fatalf("consent by another signer: %v, want ErrMarketNotAllowed", err)
	}
	rate, _, err = m.BucketAllocFor(ctx, w.manager, consent, sig)
	if err != nil || rate.Int64() != 48 {
		t.Fatalf("alloc for: rate %v, %v; want 48", rate, err)
	}
	if _, _, err := m.BucketAllocFor(ctx, w.manager, consent, sig); !errors.Is(err, chain.ErrMarketNotAllowed) {
		t.Fatalf("a replayed consent: %v, want ErrMarketNotAllowed", err)
	}

	b, err := m.Bucket(ctx, bucketID)
	if err != nil {
		t.Fatal(err)
	}
	if b.Owner != addrOf(w.owner) || b.Ring != owned || b.ClusterRing != ring || b.Resource != 6 || b.Rate.Int64() != 48 || b.InDebt || len(b.Nodes) != 3 {
		t.Fatalf("bucket: %+v", b)
	}
	if b.PaidUntil <= b.SettledUntil {
		t.Fatalf("bucket paid until %d, settled until %d", b.PaidUntil, b.SettledUntil)
	}

	// every block is at least a second after its parent: rent accrues
	cl, err = m.Cluster(ctx, clusterID)
	if err != nil {
		t.Fatal(err)
	}
	revenues := cl.Revenues // the allocations settled the bucket too
	st, _, err := m.BucketSettle(ctx, w.stranger, bucketID)
	if err != nil {
		t.Fatal(err)
	}
	if st.Paid.Sign() <= 0 || st.DebtSince != 0 || st.Paid.Int64()%48 != 0 {
		t.Fatalf("settlement: %+v", st)
	}
	cl, err = m.Cluster(ctx, clusterID)
	if err != nil {
		t.Fatal(err)
	}
	if new(big.Int).Sub(cl.Revenues, revenues).Cmp(st.Paid) != 0 {
		t.Fatalf("revenues %v after %v and paying %v", cl.Revenues, revenues, st.Paid)
	}
	d, _, err := m.ClusterDistribute(ctx, w.stranger, clusterID)
	if err != nil {
		t.Fatal(err)
	}
	sum := new(big.Int).Add(d.NetworkFee, d.ManagementFee)
	sum.Add(sum, d.Providers).Add(sum, d.Remainder)
	paid := new(big.Int)
	for _, p := range d.Paid {
		paid.Add(paid, p.Amount)
	}
	if d.Total.Cmp(cl.Revenues) != 0 || sum.Cmp(d.Total) != 0 || paid.Cmp(d.Providers) != 0 {
		t.Fatalf("distribution %+v of %v (shares %v)", d, cl.Revenues, paid)
	}
	// provider 2 (node 2) has the largest weight, 2×2 of 8
	pa, err := m.Account(ctx, addrOf(w.providers[1]))
	if err != nil {
		t.Fatal(err)
	}
	if pa.Unlocked.Sign() <= 0 {
		t.Fatalf("provider 2's account: %+v", pa)
	}
	before, err := w.c.Balance(ctx, addrOf(w.providers[1]))
	if err != nil {
		t.Fatal(err)
	}
	rw, err := m.Withdraw(ctx, w.providers[1], pa.Unlocked)
	if err != nil {
		t.Fatal(err)
	}
	after, err := w.c.Balance(ctx, addrOf(w.providers[1]))
	if err != nil {
		t.Fatal(err)
	}
	if got := new(big.Int).Sub(after, before); got.Cmp(new(big.Int).Sub(pa.Unlocked, rw.Fee)) != 0 {
		t.Fatalf("balance moved by %v, want %v − fee %v", got, pa.Unlocked, rw.Fee)
	}

	// a bucket with no deposit behind it goes into debt, and is evicted
	owned2, _, err := w.c.CreateRing(ctx, addrOf(w.owner2), nil)
	if err != nil {
		t.Fatal(err)
	}
	b2, _, err := m.BucketCreate(ctx, w.owner2, owned2, clusterID)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := m.BucketAlloc(ctx, w.owner2, b2, 1, big.NewInt(8)); err != nil {
		t.Fatal(err)
	}
	st2, _, err := m.BucketSettle(ctx, w.stranger, b2)
	if err != nil {
		t.Fatal(err)
	}
	if st2.DebtSince == 0 || st2.Paid.Sign() != 0 {
		t.Fatalf("settling an unfunded bucket: %+v", st2)
	}
	if _, _, err := m.BucketAlloc(ctx, w.owner2, b2, 2, big.NewInt(100)); !errors.Is(err, chain.ErrMarketRefused) {
		t.Fatalf("alloc in debt: %v, want ErrMarketRefused", err)
	}
	forgiven, _, err := m.BucketEvict(ctx, w.manager, b2)
	if err != nil || forgiven.Sign() <= 0 {
		t.Fatalf("evict: forgiven %v, %v", forgiven, err)
	}

	owed, err := m.TotalOwed(ctx)
	if err != nil {
		t.Fatal(err)
	}
	bal, err := w.c.Balance(ctx, m.Address())
	if err != nil {
		t.Fatal(err)
	}
	if owed.Cmp(bal) != 0 {
		t.Fatalf("total owed %v, balance %v", owed, bal)
	}
}

func TestMarketClientErrors(t *testing.T) {
	ctx := context.Background()
	w := newMarketWorld(t)
	m := w.m
	p := w.providers[0]
	if _, _, err := m.NodeCreate(ctx, p, addrOf(p), nil, chain.NodeParams{Capacity: 10, RentPerUnit: big.NewInt(1)}); err != nil {
		t.Fatal(err)
	}
	if _, err := m.NodeTrustManager(ctx, p, addrOf(w.manager), true); err != nil {
		t.Fatal(err)
	}
	clusterID, _, _, err := m.ClusterCreate(ctx, w.manager, []chain.ClusterNode{{NodeID: 1, VNodes: 1}}, 5, 0)
	if err != nil {
		t.Fatal(err)
	}
	owned, _, err := w.c.CreateRing(ctx, addrOf(w.owner), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		call   func() error
		kind   error
		revert string
	}{
		{"unknown node", func() error { _, err := m.Node(ctx, 9); return err }, chain.ErrMarketUnknown, "UnknownNode"},
		{"unknown cluster", func() error { _, err := m.Cluster(ctx, 9); return err }, chain.ErrMarketUnknown, "UnknownCluster"},
		{"unknown bucket", func() error { _, err := m.Bucket(ctx, 9); return err }, chain.ErrMarketUnknown, "UnknownBucket"},
		{"settle an unknown bucket", func() error { _, _, err := m.BucketSettle(ctx, w.stranger, 9); return err }, chain.ErrMarketUnknown, "UnknownBucket"},
		{"bucket for a non-ring", func() error {
			_, _, err := m.BucketCreate(ctx, w.owner, addrOf(w.stranger), clusterID)
			return err
		}, chain.ErrMarketUnknown, "UnknownRing"},
		{"bucket for a stranger's ring", func() error {
			_, _, err := m.BucketCreate(ctx, w.stranger, owned, clusterID)
			return err
		}, chain.ErrMarketNotAllowed, "NotRingOwner"},
		{"zero deposit", func() error { _, err := m.Deposit(ctx, w.owner, big.NewInt(0)); return err }, chain.ErrMarketFunds, "ZeroAmount"},
		{"zero withdrawal", func() error { _, err := m.Withdraw(ctx, w.owner, big.NewInt(0)); return err }, chain.ErrMarketFunds, "ZeroAmount"},
		{"a stranger's withdrawal", func() error { _, err := m.Withdraw(ctx, w.stranger, big.NewInt(1)); return err }, chain.ErrMarketFunds, "InsufficientUnlocked"},
		{"a stranger's node params", func() error {
			_, err := m.NodeSetParams(ctx, w.stranger, 1, chain.NodeParams{Capacity: 10})
			return err
		}, chain.ErrMarketNotAllowed, "NotProvider"},
		{"a stranger reserves", func() error { _, err := m.ClusterReserveResource(ctx, w.stranger, clusterID, 1); return err }, chain.ErrMarketNotAllowed, "NotClusterManager"},
		{"zero capacity", func() error {
			_, _, err := m.NodeCreate(ctx, w.stranger, addrOf(w.stranger), nil, chain.NodeParams{})
			return err
		}, chain.ErrMarketRefused, "ZeroCapacity"},
		{"avatar taken", func() error {
			_, _, err := m.NodeCreate(ctx, w.stranger, addrOf(p), nil, chain.NodeParams{Capacity: 1})
			return err
		}, chain.ErrMarketRefused, "AvatarTaken"},
		{"node twice", func() error {
			_, _, _, err := m.ClusterCreate(ctx, w.manager, []chain.ClusterNode{{NodeID: 1, VNodes: 1}}, 1, 0)
			return err
		}, chain.ErrMarketRefused, "NodeInCluster"},
		{"fee too high", func() error { _, err := m.ClusterSetManagementFee(ctx, w.manager, clusterID, 5001); return err }, chain.ErrMarketRefused, "FeeTooHigh"},
		{"distribute nothing from an empty cluster", func() error {
			id, _, _, err := m.ClusterCreate(ctx, w.manager, nil, 1, 0)
			if err != nil {
				return err
			}
			_, _, err = m.ClusterDistribute(ctx, w.stranger, id)
			return err
		}, chain.ErrMarketRefused, "ClusterHasNoNodes"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.call()
			if !errors.Is(err, tc.kind) {
				t.Fatalf("err %v, want %v", err, tc.kind)
			}
			var re *chain.RevertError
			if !errors.As(err, &re) || re.Name != tc.revert {
				t.Fatalf("err %v, want revert %s", err, tc.revert)
			}
			var me *chain.MarketError
			if !errors.As(err, &me) || me.Reason == "" {
				t.Fatalf("err %v is no *MarketError", err)
			}
		})
	}
	owed, err := m.TotalOwed(ctx)
	if err != nil || owed.Sign() != 0 {
		t.Fatalf("total owed %v, %v; want 0", owed, err)
	}
}

// TestMarketRecordsClient drives payment by record and an amendment through the client on
// the dev chain: the only node of a cluster fails three storage challenges, a distribution
// skips it (nobody eligible: the providers' part stays), it is replaced by an idle node
// once one is offered, the replica ring follows, and the amendments are read back; the new
// rules' refusals come back in words.
func TestMarketRecordsClient(t *testing.T) {
	ctx := context.Background()
	w := &challengeWorld{marketWorld: newMarketWorld(t)}
	m := w.m
	p0, p1 := w.providers[0], w.providers[1]
	for _, p := range []*ecdsa.PrivateKey{p0, p1} {
		if _, _, err := m.NodeCreate(ctx, p, addrOf(p), []byte("peer"), chain.NodeParams{GatewayURL: "http://n", Capacity: 100, RentPerUnit: big.NewInt(1)}); err != nil {
			t.Fatal(err)
		}
		if _, err := m.NodeTrustManager(ctx, p, addrOf(w.manager), true); err != nil {
			t.Fatal(err)
		}
	}
	clusterID, replicaRing, _, err := m.ClusterCreate(ctx, w.manager, []chain.ClusterNode{{NodeID: 1, VNodes: 1}}, 10, 0)
	if err != nil {
		t.Fatal(err)
	}
	if cl, err := m.Cluster(ctx, clusterID); err != nil || cl.LastDistributedAt == 0 {
		t.Fatalf("cluster %+v, %v: lastDistributedAt unset", cl, err)
	}
	// Three buckets of a flushed ring, so that node 1 can be challenged three times in a period.
	ring, _, err := w.c.CreateRing(ctx, addrOf(w.owner), []common.Address{addrOf(w.owner)})
	if err != nil {
		t.Fatal(err)
	}
	w.ring = ring
	flush := schemas.Flush{Ring: ring, Avatar: addrOf(w.owner), Head: crypto.Keccak256Hash([]byte("head 3")), Seq: 3, Nonce: big.NewInt(0), Deadline: big.NewInt(4102444800)}
	digest, _ := schemas.FlushDigest(schemas.Domain{ChainID: w.c.ChainID(), Ring: ring}, flush)
	sig, _ := schemas.Sign(digest, w.owner)
	if _, err := w.c.Flush(ctx, ring, flush, sig); err != nil {
		t.Fatal(err)
	}
	if _, err := m.Deposit(ctx, w.owner, ether); err != nil {
		t.Fatal(err)
	}
	for range 3 {
		b, _, err := m.BucketCreate(ctx, w.owner, ring, clusterID)
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := m.BucketAlloc(ctx, w.owner, b, 1, big.NewInt(1000)); err != nil {
			t.Fatal(err)
		}
	}
	addr, _, err := chain.DeployChallenges(ctx, w.dc.Client(), w.dc.RelayerKey(), m.Address())
	if err != nil {
		t.Fatal(err)
	}
	if w.ch, err = chain.NewChallenges(ctx, w.c, addr); err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		k, _ := crypto.GenerateKey()
		if _, err := w.c.Transfer(ctx, addrOf(k), ether); err != nil {
			t.Fatal(err)
		}
		if _, err := w.ch.AttesterRegister(ctx, k, []byte{0, 0x24, byte(i)}, "http://attester"); err != nil {
			t.Fatal(err)
		}
		w.attesters = append(w.attesters, k)
	}

	refused := func(name string, err error, kind error, revert string) {
		t.Helper()
		var re *chain.RevertError
		var me *chain.MarketError
		if !errors.Is(err, kind) || !errors.As(err, &re) || re.Name != revert || !errors.As(err, &me) || me.Reason == "" {
			t.Fatalf("%s: %v, want %v (%s) in words", name, err, kind, revert)
		}
		t.Logf("%s: %v", name, err)
	}
	_, _, err = m.AmendCluster(ctx, w.stranger, clusterID, 1)
	refused("amend without challenges", err, chain.ErrMarketRefused, "NoChallenges")
	_, err = m.SetChallenges(ctx, w.stranger, w.ch.Address())
	refused("challenges set by a stranger", err, chain.ErrMarketNotAllowed, "NotAdmin")
	_, err = m.SetChallenges(ctx, w.dc.RelayerKey(), addrOf(w.stranger))
	refused("challenges without code", err, chain.ErrMarketRefused, "InvalidAccount")
	if _, err := m.SetChallenges(ctx, w.dc.RelayerKey(), w.ch.Address()); err != nil {
		t.Fatal(err)
	}
	if got, err := m.MarketChallenges(ctx); err != nil || got != w.ch.Address() {
		t.Fatalf("challenges %s, %v", got.Hex(), err)
	}
	_, err = m.NodeSetIdle(ctx, w.stranger, 2, true)
	refused("idle by a stranger", err, chain.ErrMarketNotAllowed, "NotProvider")
	_, _, err = m.AmendCluster(ctx, w.stranger, clusterID, 1)
	refused("amend a node in good standing", err, chain.ErrMarketRefused, "NotBelowThreshold")

	// Node 1 hosts every challenge of its one-node cluster: three fails.
	for b := uint64(1); b <= 3; b++ {
		created, _, err := w.ch.ChallengeStorage(ctx, w.stranger, b)
		if err != nil {
			t.Fatal(err)
		}
		w.mineSeed(t, created.SeedBlock)
		active, _, err := w.ch.Activate(ctx, w.stranger, created.ID)
		if err != nil {
			t.Fatal(err)
		}
		var outcome *chain.ChallengeOutcome
		for _, a := range active.Attesters[:2] {
			r, sig, _ := w.report(t, active, w.key(t, a), false)
			if outcome, _, err = w.ch.SubmitReport(ctx, w.stranger, r, sig, nil); err != nil {
				t.Fatal(err)
			}
		}
		if outcome == nil || outcome.Outcome != chain.ChallengeFailed || outcome.NodeID != 1 {
			t.Fatalf("challenge %d: %+v", created.ID, outcome)
		}
	}
	failedAt, err := w.ch.LastFailedAt(ctx, 1)
	if err != nil || failedAt == 0 {
		t.Fatalf("lastFailedAt %d, %v", failedAt, err)
	}
	if never, err := w.ch.LastFailedAt(ctx, 2); err != nil || never != 0 {
		t.Fatalf("lastFailedAt of a node never challenged %d, %v", never, err)
	}
	st, err := w.ch.Standing(ctx, 1)
	if err != nil || !st.Replaceable() || st.ScoreBps != 0 || st.Outcomes != 3 {
		t.Fatalf("standing %+v, %v", st, err)
	}

	// The distribution skips node 1: nobody is eligible, the providers' part stays.
	for b := uint64(1); b <= 3; b++ {
		if _, _, err := m.BucketSettle(ctx, w.stranger, b); err != nil {
			t.Fatal(err)
		}
	}
	d, _, err := m.ClusterDistribute(ctx, w.stranger, clusterID)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Skipped) != 1 || d.Skipped[0] != (chain.SkippedProvider{NodeID: 1, FailedAt: failedAt}) || len(d.Paid) != 0 ||
		d.Providers.Sign() != 0 || d.Remainder.Cmp(new(big.Int).Sub(d.Total, d.NetworkFee)) != 0 {
		t.Fatalf("distribution %s", js(t, d))
	}

	// No idle node yet; then node 2 is offered and replaces node 1.
	_, _, err = m.AmendCluster(ctx, w.stranger, clusterID, 1)
	refused("amend with an empty idle pool", err, chain.ErrMarketRefused, "NoReplacement")
	if _, err := m.NodeSetIdle(ctx, p1, 2, true); err != nil {
		t.Fatal(err)
	}
	if ids, err := m.IdleNodes(ctx); err != nil || len(ids) != 1 || ids[0] != 2 {
		t.Fatalf("idle nodes %v, %v", ids, err)
	}
	if n, err := m.Node(ctx, 2); err != nil || !n.Idle {
		t.Fatalf("node 2 %+v, %v", n, err)
	}
	am, _, err := m.AmendCluster(ctx, w.stranger, clusterID, 1)
	if err != nil {
		t.Fatal(err)
	}
	if am.ClusterID != clusterID || am.NodeOut != 1 || am.NodeIn != 2 || am.VNodes != 1 {
		t.Fatalf("amendment %+v", am)
	}
	cl, err := m.Cluster(ctx, clusterID)
	if err != nil || len(cl.Nodes) != 1 || cl.Nodes[0].NodeID != 2 || cl.Nodes[0].Idle || cl.Nodes[0].Reserved != 10 {
		t.Fatalf("cluster after the amendment %s, %v", js(t, cl), err)
	}
	if in, err := w.c.IsMember(ctx, replicaRing, addrOf(p1)); err != nil || !in {
		t.Fatalf("the new node's avatar in the replica ring: %v, %v", in, err)
	}
	if in, err := w.c.IsMember(ctx, replicaRing, addrOf(p0)); err != nil || in {
		t.Fatalf("the replaced node's avatar in the replica ring: %v, %v", in, err)
	}
	if ids, err := m.IdleNodes(ctx); err != nil || len(ids) != 0 {
		t.Fatalf("idle nodes after the amendment %v, %v", ids, err)
	}
	if n, err := m.ClusterCount(ctx); err != nil || n != clusterID {
		t.Fatalf("cluster count %d, %v", n, err)
	}
	if n, err := m.NodeCount(ctx); err != nil || n != 2 {
		t.Fatalf("node count %d, %v", n, err)
	}
	if cur, err := m.IdleCursor(ctx); err != nil || cur != 0 {
		t.Fatalf("idle cursor %d, %v", cur, err)
	}
	_, _, err = m.AmendCluster(ctx, w.stranger, clusterID, 2)
	refused("amend the new node", err, chain.ErrMarketRefused, "NotBelowThreshold")

	// The amendments, read back: the creation's addition, then the replacement.
	head, err := w.dc.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	all, err := m.Amendments(ctx, 0, 0, head)
	if err != nil {
		t.Fatal(err)
	}
	want := []chain.ClusterAmendment{{ClusterID: clusterID, NodeIn: 1, VNodes: 1}, {ClusterID: clusterID, NodeOut: 1, NodeIn: 2, VNodes: 1}}
	if len(all) != 2 || all[1].TxHash != am.TxHash || all[1].Block != am.Block {
		t.Fatalf("amendments %s, want %s", js(t, all), js(t, want))
	}
	for i := range all {
		all[i].Block, all[i].TxHash = 0, common.Hash{}
	}
	if js(t, all) != js(t, want) {
		t.Fatalf("amendments %s, want %s", js(t, all), js(t, want))
	}
	if other, err := m.Amendments(ctx, clusterID+1, 0, head); err != nil || len(other) != 0 {
		t.Fatalf("amendments of another cluster %v, %v", other, err)
	}
}
