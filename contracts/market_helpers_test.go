package contracts_test

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/mosaic-rings/rings/contracts/bindings"
)

var marketABI = bindings.NewMarket()

// Market fixture roles (key indices of env).
const (
	mAdmin        = 0  // deploys the market and sets the network fee
	mOwner        = 1  // owns the ring of the fixture's bucket
	mManager      = 5  // manages the fixture's cluster
	mOtherManager = 6  // a manager nobody trusts
	mStranger     = 11 // owns nothing
	mFeeRecipient = 15 // receives network fees
)

// mProviders are the providers of the fixture's nodes 1, 2, 3 (one node each).
var mProviders = []int{2, 3, 4}

// Fixture parameters: node n (1-based) asks fixtureRents[n-1] wei per unit per second per
// vnode and carries fixtureVNodes[n-1] vnodes, so the cluster's price is
// 1×10 + 2×20 + 3×30 = 140 wei per unit per second.
var (
	fixtureRents  = []int64{10, 20, 30}
	fixtureVNodes = []uint32{1, 2, 3}
)

const (
	fixtureCapacity         = 1000 // units per node
	fixtureResourcePerVNode = 100
	fixtureNetworkFeeBps    = 500  // 5 %
	fixtureManagementFeeBps = 1000 // 10 %
	fixtureClusterRent      = 140
)

// avatarAddr is the replica avatar of the i-th node a test creates.
func avatarAddr(i int) common.Address {
	return common.BytesToAddress(crypto.Keccak256([]byte(fmt.Sprintf("avatar %d", i))))
}

// mkt is a market on a simulated chain, with its factory.
type mkt struct {
	e       *env
	addr    common.Address
	factory common.Address
}

func (m *mkt) with(tb testing.TB) *mkt {
	c := *m
	c.e = m.e.with(tb)
	return &c
}

// newMarket deploys a factory and a market (admin key mAdmin, fee recipient mFeeRecipient,
// network fee fixtureNetworkFeeBps).
func newMarket(tb testing.TB, opts ...chainOption) *mkt {
	tb.Helper()
	return newEnv(tb, opts...).deployMarket()
}

// deployMarket deploys a factory and a market on e, as newMarket.
func (e *env) deployMarket() *mkt {
	e.tb.Helper()
	factory := e.deployFactory()
	addr := e.deploy(bindings.MarketMetaData.Bin, marketABI.PackConstructor(factory, e.addr(mAdmin), e.addr(mFeeRecipient), fixtureNetworkFeeBps))
	return &mkt{e: e, addr: addr, factory: factory}
}

// tx sends data with value from key to the market, mines it, and fails unless it succeeds.
func (m *mkt) tx(key int, data []byte, value *big.Int) *types.Receipt {
	m.e.tb.Helper()
	return m.e.sendValue(m.e.keys[key], m.addr, data, value)
}

// sendValue is env.send with a value.
func (e *env) sendValue(key *ecdsa.PrivateKey, to common.Address, data []byte, value *big.Int) *types.Receipt {
	e.tb.Helper()
	tx, err := e.transactPadded(key, to, data, value)
	if err != nil {
		e.tb.Fatalf("transact: %v (%v)", err, decodeMarketRevert(err))
	}
	r := e.mine(tx)
	if r.Status != types.ReceiptStatusSuccessful {
		e.tb.Fatalf("tx %s reverted", tx.Hash())
	}
	return r
}

// transactPadded sends data with value from key to `to` with 50 % + 500k more gas than
// estimated: a settlement estimated in the second of the bucket's last settlement does
// nothing, and is mined a second later, when it has rent to move.
func (e *env) transactPadded(key *ecdsa.PrivateKey, to common.Address, data []byte, value *big.Int) (*types.Transaction, error) {
	inst := marketABI.Instance(e.client, to)
	opts := e.opts(key)
	opts.Value = value
	opts.NoSend = true
	tx, err := bind.Transact(inst, opts, data)
	if err != nil {
		return nil, err
	}
	opts.NoSend = false
	opts.GasLimit = tx.Gas() + tx.Gas()/2 + 500_000
	return bind.Transact(inst, opts, data)
}

// receiptTime is the timestamp of the block holding r.
func (e *env) receiptTime(r *types.Receipt) uint64 {
	e.tb.Helper()
	return e.blockTime(r.BlockNumber)
}

func (e *env) balance(a common.Address) *big.Int {
	e.tb.Helper()
	b, err := e.client.BalanceAt(e.tb.Context(), a, nil)
	if err != nil {
		e.tb.Fatal(err)
	}
	return b
}

func mcall[T any](m *mkt, data []byte, unpack func([]byte) (T, error)) T {
	m.e.tb.Helper()
	return call(m.e, m.addr, data, unpack)
}

func (m *mkt) account(key int) bindings.MarketBaseAccountStatus {
	m.e.tb.Helper()
	return mcall(m, marketABI.PackGetAccount(m.e.addr(key)), marketABI.UnpackGetAccount)
}

func (m *mkt) bucket(id uint64) bindings.MarketBaseBucketStatus {
	m.e.tb.Helper()
	return mcall(m, marketABI.PackGetBucket(id), marketABI.UnpackGetBucket)
}

func (m *mkt) cluster(id uint32) bindings.MarketBaseClusterStatus {
	m.e.tb.Helper()
	return mcall(m, marketABI.PackGetCluster(id), marketABI.UnpackGetCluster)
}

func (m *mkt) node(id uint32) bindings.MarketBaseNodeView {
	m.e.tb.Helper()
	return mcall(m, marketABI.PackGetNode(id), marketABI.UnpackGetNode)
}

func (m *mkt) idleNodes() []uint32 {
	m.e.tb.Helper()
	return mcall(m, marketABI.PackIdleNodes(), marketABI.UnpackIdleNodes)
}

func (m *mkt) depositOf(key int) *big.Int { m.e.tb.Helper(); return m.account(key).Deposit }

// createNode registers node number i (avatar avatarAddr(i)) for provider key.
func (m *mkt) createNode(key, i int, capacity uint64, rent int64) uint32 {
	m.e.tb.Helper()
	m.tx(key, marketABI.PackNodeCreate(avatarAddr(i), []byte{0x00, 0x24, byte(i)}, fmt.Sprintf("https://node%d.example", i), capacity, big.NewInt(rent)), nil)
	return mcall(m, marketABI.PackNodeCount(), marketABI.UnpackNodeCount)
}

// createRing creates a ring owned by key through the market's factory, with key as its
// only member, and returns its address.
func (m *mkt) createRing(key int) common.Address {
	m.e.tb.Helper()
	r := m.e.send(m.e.keys[key], m.factory, factoryABI.PackCreateRing(m.e.addr(key), []common.Address{m.e.addr(key)}))
	for _, l := range r.Logs {
		if ev, err := factoryABI.UnpackRingCreatedEvent(l); err == nil {
			return ev.Ring
		}
	}
	m.e.tb.Fatal("no RingCreated event")
	return common.Address{}
}

// fixture is a market with nodes 1-3 (providers mProviders, capacity fixtureCapacity, rents
// fixtureRents) trusting mManager, cluster 1 of them (vnodes fixtureVNodes,
// fixtureResourcePerVNode, management fee fixtureManagementFeeBps), a ring of mOwner, and
// bucket 1 of that ring in cluster 1 (not allocated, no deposit).
type fixture struct {
	*mkt
	ring common.Address
}

func newFixture(tb testing.TB, opts ...chainOption) *fixture {
	tb.Helper()
	m := newMarket(tb, opts...)
	for i, p := range mProviders {
		m.createNode(p, i+1, fixtureCapacity, fixtureRents[i])
		m.tx(p, marketABI.PackNodeTrustManager(m.e.addr(mManager)), nil)
	}
	m.tx(mManager, marketABI.PackClusterCreate([]uint32{1, 2, 3}, fixtureVNodes, fixtureResourcePerVNode, fixtureManagementFeeBps), nil)
	ring := m.createRing(mOwner)
	m.tx(mOwner, marketABI.PackBucketCreate(ring, 1), nil)
	return &fixture{mkt: m, ring: ring}
}

func (f *fixture) with(tb testing.TB) *fixture {
	return &fixture{mkt: f.mkt.with(tb), ring: f.ring}
}

// ---------------------------------------------------------------- EIP-712 BucketAlloc

var marketTypes = apitypes.Types{
	"EIP712Domain": eip712Types["EIP712Domain"],
	"BucketAlloc": {
		{Name: "bucketId", Type: "uint64"},
		{Name: "resource", Type: "uint64"},
		{Name: "maxRate", Type: "uint256"},
		{Name: "nonce", Type: "uint256"},
		{Name: "deadline", Type: "uint256"},
	},
}

// bucketAlloc is the typed data of an owner's BucketAlloc consent, as a wallet gets it.
func (m *mkt) bucketAlloc(bucketID, resource uint64, maxRate, nonce, deadline *big.Int) apitypes.TypedData {
	return apitypes.TypedData{
		Types:       marketTypes,
		PrimaryType: "BucketAlloc",
		Domain: apitypes.TypedDataDomain{
			Name:              "Rings Market",
			Version:           "1",
			ChainId:           (*math.HexOrDecimal256)(m.e.chainID),
			VerifyingContract: m.addr.Hex(),
		},
		Message: apitypes.TypedDataMessage{
			"bucketId": u64(bucketID),
			"resource": u64(resource),
			"maxRate":  maxRate,
			"nonce":    nonce,
			"deadline": deadline,
		},
	}
}

// ---------------------------------------------------------------- reverts and state

// decodeMarketRevert returns the Market custom error carried by err, or nil.
func decodeMarketRevert(err error) any {
	raw, ok := ethclient.RevertErrorData(err)
	if !ok || len(raw) < 4 {
		return nil
	}
	got, uerr := marketABI.UnpackError(raw)
	if uerr != nil {
		return nil
	}
	return got
}

// checkMarketError checks that err is a revert with exactly the Market custom error want.
func checkMarketError(tb testing.TB, err error, want any) {
	tb.Helper()
	got := decodeMarketRevert(err)
	if got == nil {
		tb.Fatalf("error is not a Market custom error: %v", err)
	}
	if reflect.TypeOf(got) != reflect.TypeOf(want) || jsonOf(tb, got) != jsonOf(tb, want) {
		tb.Fatalf("reverted with %T%s, want %T%s", got, jsonOf(tb, got), want, jsonOf(tb, want))
	}
}

// expectRevert checks that sending data with value from key to the market reverts with
// exactly want, both in gas estimation and once mined with a fixed gas limit, and that
// neither the market's state (see marketState) nor any balance changed but the sender's gas.
func (m *mkt) expectRevert(key int, data []byte, value *big.Int, want any) {
	m.e.tb.Helper()
	before := m.snapshot()
	inst := marketABI.Instance(m.e.client, m.addr)
	opts := m.e.opts(m.e.keys[key])
	opts.Value = value
	_, err := bind.Transact(inst, opts, data)
	if err == nil {
		m.e.tb.Fatalf("transaction succeeded, want revert %T%+v", want, want)
	}
	checkMarketError(m.e.tb, err, want)

	opts.GasLimit = 5_000_000
	tx, err := bind.Transact(inst, opts, data)
	if err != nil {
		m.e.tb.Fatalf("sending the reverting tx: %v", err)
	}
	if r := m.e.mine(tx); r.Status != types.ReceiptStatusFailed {
		m.e.tb.Fatalf("mined tx succeeded, want revert %T", want)
	}
	if after := m.snapshot(); jsonOf(m.e.tb, before) != jsonOf(m.e.tb, after) {
		m.e.tb.Fatalf("state changed by a reverted call:\nbefore %s\nafter  %s", jsonOf(m.e.tb, before), jsonOf(m.e.tb, after))
	}
}

// marketState is everything observable about a market that a failed call must not change.
// Fields that move with the clock alone (a bucket's due, an account's accrued rent) are
// left out; their inputs are in.
type marketState struct {
	Balance       *big.Int
	TotalDeposits *big.Int
	TotalRevenues *big.Int
	Admin         common.Address
	FeeRecipient  common.Address
	NetworkFeeBps uint16
	Challenges    common.Address
	IdleNodes     []uint32
	IdleCursor    uint32
	Nodes         []bindings.MarketBaseNodeView
	Clusters      []bindings.MarketBaseClusterStatus
	RingMembers   [][]common.Address
	Buckets       []bindings.MarketBaseBucketStatus
	Accounts      []bindings.MarketBaseAccountStatus
	Trusts        map[string]bool
	Factory       factoryState
}

func (m *mkt) snapshot() marketState {
	m.e.tb.Helper()
	s := marketState{
		Balance:       m.e.balance(m.addr),
		TotalDeposits: mcall(m, marketABI.PackTotalDeposits(), marketABI.UnpackTotalDeposits),
		TotalRevenues: mcall(m, marketABI.PackTotalRevenues(), marketABI.UnpackTotalRevenues),
		Admin:         mcall(m, marketABI.PackAdmin(), marketABI.UnpackAdmin),
		FeeRecipient:  mcall(m, marketABI.PackFeeRecipient(), marketABI.UnpackFeeRecipient),
		NetworkFeeBps: mcall(m, marketABI.PackNetworkFeeBps(), marketABI.UnpackNetworkFeeBps),
		Challenges:    mcall(m, marketABI.PackChallenges(), marketABI.UnpackChallenges),
		IdleNodes:     m.idleNodes(),
		IdleCursor:    mcall(m, marketABI.PackIdleCursor(), marketABI.UnpackIdleCursor),
		Trusts:        map[string]bool{},
		Factory:       m.e.snapshot(m.factory).(factoryState),
	}
	for id := uint32(1); id <= mcall(m, marketABI.PackNodeCount(), marketABI.UnpackNodeCount); id++ {
		s.Nodes = append(s.Nodes, m.node(id))
	}
	for id := uint32(1); id <= mcall(m, marketABI.PackClusterCount(), marketABI.UnpackClusterCount); id++ {
		c := m.cluster(id)
		s.Clusters = append(s.Clusters, c)
		s.RingMembers = append(s.RingMembers, call(m.e, c.Ring, ringABI.PackGetMembers(), ringABI.UnpackGetMembers))
	}
	for id := uint64(1); id <= mcall(m, marketABI.PackBucketCount(), marketABI.UnpackBucketCount); id++ {
		b := m.bucket(id)
		b.Due, b.PaidUntil, b.InDebt, b.AccountUnlocked = nil, 0, false, nil
		s.Buckets = append(s.Buckets, b)
	}
	for i := range m.e.keys {
		a := m.account(i)
		a.Accrued, a.Unlocked = nil, nil
		s.Accounts = append(s.Accounts, a)
		for _, mgr := range []int{mManager, mOtherManager} {
			s.Trusts[fmt.Sprintf("%d/%d", i, mgr)] = mcall(m, marketABI.PackTrusts(m.e.addr(i), m.e.addr(mgr)), marketABI.UnpackTrusts)
		}
	}
	return s
}

// checkMoney checks the money invariant: the market's balance equals totalOwed(), which
// equals totalDeposits + totalRevenues, which equal the sum of every account's deposit
// (accounts: the env's keys, the only accounts a test credits) plus every cluster's revenues.
func (m *mkt) checkMoney() {
	m.e.tb.Helper()
	m.checkOwed()
	m.checkTotals()
}

// checkOwed checks that the market's balance equals totalOwed() = totalDeposits +
// totalRevenues.
func (m *mkt) checkOwed() {
	m.e.tb.Helper()
	balance := m.e.balance(m.addr)
	owed := mcall(m, marketABI.PackTotalOwed(), marketABI.UnpackTotalOwed)
	deposits := mcall(m, marketABI.PackTotalDeposits(), marketABI.UnpackTotalDeposits)
	revenues := mcall(m, marketABI.PackTotalRevenues(), marketABI.UnpackTotalRevenues)
	if balance.Cmp(owed) != 0 {
		m.e.tb.Fatalf("market balance %s != totalOwed %s", balance, owed)
	}
	if new(big.Int).Add(deposits, revenues).Cmp(owed) != 0 {
		m.e.tb.Fatalf("totalOwed %s != totalDeposits %s + totalRevenues %s", owed, deposits, revenues)
	}
}

// checkTotals checks that totalDeposits and totalRevenues are the sums of the accounts'
// deposits and of the clusters' revenues.
func (m *mkt) checkTotals() {
	m.e.tb.Helper()
	deposits := mcall(m, marketABI.PackTotalDeposits(), marketABI.UnpackTotalDeposits)
	revenues := mcall(m, marketABI.PackTotalRevenues(), marketABI.UnpackTotalRevenues)
	sumDeposits := new(big.Int)
	for i := range m.e.keys {
		sumDeposits.Add(sumDeposits, m.depositOf(i))
	}
	if sumDeposits.Cmp(deposits) != 0 {
		m.e.tb.Fatalf("Σ account deposits %s != totalDeposits %s", sumDeposits, deposits)
	}
	sumRevenues := new(big.Int)
	for id := uint32(1); id <= mcall(m, marketABI.PackClusterCount(), marketABI.UnpackClusterCount); id++ {
		sumRevenues.Add(sumRevenues, m.cluster(id).Revenues)
	}
	if sumRevenues.Cmp(revenues) != 0 {
		m.e.tb.Fatalf("Σ cluster revenues %s != totalRevenues %s", sumRevenues, revenues)
	}
}
