package contracts_test

import (
	"bytes"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mosaic-rings/rings/contracts/bindings"
)

// benchPeerID is a 38-byte identity-multihash ed25519 peer ID; benchURL a gateway URL.
var (
	benchPeerID = append([]byte{0x00, 0x24}, bytes.Repeat([]byte{0x08}, 36)...)
	benchURL    = "https://replica-1.example.org"
	oneEther    = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
)

// fundKey adds a funded key to e (for providers beyond the env's keys) and returns its index.
func (e *env) fundKey(seed int) int {
	e.tb.Helper()
	k := testKey(1000 + seed)
	e.keys = append(e.keys, k)
	ctx := e.tb.Context()
	from := e.addr(0)
	nonce, err := e.client.PendingNonceAt(ctx, from)
	if err != nil {
		e.tb.Fatal(err)
	}
	tip, err := e.client.SuggestGasTipCap(ctx)
	if err != nil {
		e.tb.Fatal(err)
	}
	head, err := e.client.HeaderByNumber(ctx, nil)
	if err != nil {
		e.tb.Fatal(err)
	}
	to := crypto.PubkeyToAddress(k.PublicKey)
	tx, err := types.SignNewTx(e.relayer(), types.LatestSignerForChainID(e.chainID), &types.DynamicFeeTx{
		ChainID: e.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2))),
		Gas: 21_000, To: &to, Value: oneEther,
	})
	if err != nil {
		e.tb.Fatal(err)
	}
	if err := e.client.SendTransaction(ctx, tx); err != nil {
		e.tb.Fatal(err)
	}
	if r := e.mine(tx); r.Status != types.ReceiptStatusSuccessful {
		e.tb.Fatal("funding failed")
	}
	// The transaction pool resets to a new head in the background, and until it has, it
	// refuses the funded account's first transaction ("insufficient funds ... balance 0 ...
	// overshot"). Sealing a block first waits for that reset: seal an empty one.
	e.backend.Commit()
	return len(e.keys) - 1
}

// benchMarket deploys a market on e with cluster 1 of `nodes` nodes with `vnodes` vnodes
// each, every node of its own provider (rent 10 wei per unit per second, capacity 10^6,
// 100 units per vnode), managed by mManager; a ring of mOwner with bucket 1 allocated 1 unit
// (rate 10 × nodes × vnodes wei/s) and 1 ether deposited. The cluster is created with up to
// 3 nodes and grown with clusterAddNode (one transaction must stay under 2^24 gas).
func benchMarket(e *env, nodes int, vnodes uint32) *mkt {
	e.tb.Helper()
	m := e.deployMarket()
	ids := make([]uint32, nodes)
	for i := range ids {
		p := e.fundKey(i)
		m.tx(p, marketABI.PackNodeTrustManager(e.addr(mManager)), nil)
		m.tx(p, marketABI.PackNodeCreate(avatarAddr(i), benchPeerID, benchURL, 1_000_000, big.NewInt(10)), nil)
		ids[i] = uint32(i + 1)
	}
	first := min(nodes, 3)
	vs := make([]uint32, first)
	for i := range vs {
		vs[i] = vnodes
	}
	m.tx(mManager, marketABI.PackClusterCreate(ids[:first], vs, 100, fixtureManagementFeeBps), nil)
	for _, id := range ids[first:] {
		m.tx(mManager, marketABI.PackClusterAddNode(1, id, vnodes), nil)
	}
	ring := m.createRing(mOwner)
	m.tx(mOwner, marketABI.PackBucketCreate(ring, 1), nil)
	m.tx(mOwner, marketABI.PackAccountDeposit(), oneEther)
	m.tx(mOwner, marketABI.PackBucketAllocIntoCluster(1, 1, maxUint256()), nil)
	return m
}

// benchChallenges deploys a Challenges contract for m (period 1 hour, 3 attesters), makes it
// the market's, and flushes the log of bucket 1's ring (mOwner's) so that the bucket can be
// challenged. Receipts cannot be signed (the bench nodes' avatars have no keys): its
// challenges can only fail.
func benchChallenges(m *mkt) *chal {
	e := m.e
	e.tb.Helper()
	c := &chal{mkt: m, avatars: map[common.Address]*ecdsa.PrivateKey{}}
	c.ch = e.deploy(bindings.ChallengesMetaData.Bin, challengesABI.PackConstructor(m.addr, crypto.PubkeyToAddress(e.relayer().PublicKey)))
	p := c.params()
	p.Period = 3600
	c.tx(mAdmin, challengesABI.PackSetParams(p))
	for i := range 3 {
		c.attesters = append(c.attesters, c.newAttester(700+i))
	}
	c.useChallenges()
	ring := m.bucket(1).Ring
	f := e.flushReq(mOwner, 1, 0)
	e.send(e.relayer(), ring, ringABI.PackFlush(f, sign(e.tb, e.keys[mOwner], e.domain(ring).flush(f))))
	return c
}

// marketCaseValue is the value sent with each call of a payable market gas case.
var marketCaseValue = map[string]*big.Int{"market/accountDeposit": oneEther, "market/accountDepositFor": oneEther}

func maxUint256() *big.Int {
	return new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
}

// marketGasCases are the gas scenarios of every Market call (see docs/contracts.md,
// "Market gas"), settlement and distribution at 3, 30 and 300 vnodes.
func marketGasCases() []gasCase {
	type op = func(int) (int, common.Address, []byte)
	fresh := func(i int) common.Address {
		return common.BytesToAddress(crypto.Keccak256([]byte(fmt.Sprintf("market fresh %d", i))))
	}
	mc := func(name string, setup func(e *env) op) gasCase { return gasCase{"market/" + name, setup} }
	// ring returns the ring of bucket 1.
	ring := func(m *mkt) common.Address { return m.bucket(1).Ring }

	cases := []gasCase{
		mc("nodeCreate", func(e *env) op {
			m := e.deployMarket()
			return func(i int) (int, common.Address, []byte) {
				return 2, m.addr, marketABI.PackNodeCreate(avatarAddr(100+i), benchPeerID, benchURL, 1_000_000, big.NewInt(10))
			}
		}),
		mc("nodeTrustManager", func(e *env) op {
			m := e.deployMarket()
			return func(i int) (int, common.Address, []byte) { return 2, m.addr, marketABI.PackNodeTrustManager(fresh(i)) }
		}),
		mc("nodeSetParams/in-cluster", func(e *env) op {
			m := benchMarket(e, 3, 1)
			p := len(e.keys) - 3 // the provider of node 1
			return func(i int) (int, common.Address, []byte) {
				return p, m.addr, marketABI.PackNodeSetParams(1, benchURL, 1_000_000, big.NewInt(int64(11+i)))
			}
		}),
		mc("clusterCreate/3nodes", func(e *env) op {
			m := e.deployMarket()
			for _, p := range mProviders {
				m.tx(p, marketABI.PackNodeTrustManager(e.addr(mManager)), nil)
			}
			return func(i int) (int, common.Address, []byte) {
				ids := make([]uint32, 3)
				for j, p := range mProviders {
					ids[j] = m.createNode(p, 100+3*i+j, 1_000_000, 10)
				}
				return mManager, m.addr, marketABI.PackClusterCreate(ids, []uint32{1, 1, 1}, 100, fixtureManagementFeeBps)
			}
		}),
		mc("clusterAddNode", func(e *env) op {
			m := benchMarket(e, 3, 1)
			m.tx(2, marketABI.PackNodeTrustManager(e.addr(mManager)), nil)
			return func(i int) (int, common.Address, []byte) {
				return mManager, m.addr, marketABI.PackClusterAddNode(1, m.createNode(2, 100+i, 1_000_000, 10), 1)
			}
		}),
		mc("clusterRemoveNode", func(e *env) op {
			m := benchMarket(e, 3, 1)
			m.tx(2, marketABI.PackNodeTrustManager(e.addr(mManager)), nil)
			return func(i int) (int, common.Address, []byte) {
				id := m.createNode(2, 100+i, 1_000_000, 10)
				m.tx(mManager, marketABI.PackClusterAddNode(1, id, 1), nil)
				return mManager, m.addr, marketABI.PackClusterRemoveNode(1, id)
			}
		}),
		mc("clusterReserveResource/3nodes", func(e *env) op {
			m := benchMarket(e, 3, 1)
			return func(i int) (int, common.Address, []byte) {
				return mManager, m.addr, marketABI.PackClusterReserveResource(1, uint64(200+i))
			}
		}),
		mc("clusterSetManagementFee", func(e *env) op {
			m := benchMarket(e, 3, 1)
			return func(i int) (int, common.Address, []byte) {
				return mManager, m.addr, marketABI.PackClusterSetManagementFee(1, uint16(100+i))
			}
		}),
		mc("bucketCreate", func(e *env) op {
			m := benchMarket(e, 3, 1)
			return func(int) (int, common.Address, []byte) { return mOwner, m.addr, marketABI.PackBucketCreate(ring(m), 1) }
		}),
		mc("bucketAllocIntoCluster/first", func(e *env) op {
			m := benchMarket(e, 3, 1)
			return func(i int) (int, common.Address, []byte) {
				m.tx(mOwner, marketABI.PackBucketCreate(ring(m), 1), nil)
				return mOwner, m.addr, marketABI.PackBucketAllocIntoCluster(uint64(i+2), 1, maxUint256())
			}
		}),
		mc("bucketAllocIntoClusterFor/first", func(e *env) op {
			m := benchMarket(e, 3, 1)
			return func(i int) (int, common.Address, []byte) {
				m.tx(mOwner, marketABI.PackBucketCreate(ring(m), 1), nil)
				b := uint64(i + 2)
				sig := sign(e.tb, e.keys[mOwner], m.bucketAlloc(b, 1, maxUint256(), big.NewInt(int64(i)), farDeadline))
				return mManager, m.addr, marketABI.PackBucketAllocIntoClusterFor(b, 1, maxUint256(), farDeadline, sig)
			}
		}),
		mc("accountDeposit", func(e *env) op {
			m := benchMarket(e, 3, 1)
			return func(int) (int, common.Address, []byte) { return mOwner, m.addr, marketABI.PackAccountDeposit() }
		}),
		mc("accountDepositFor", func(e *env) op {
			m := benchMarket(e, 3, 1)
			return func(int) (int, common.Address, []byte) {
				return 0, m.addr, marketABI.PackAccountDepositFor(e.addr(mOwner))
			}
		}),
		mc("accountWithdraw", func(e *env) op {
			m := benchMarket(e, 3, 1)
			return func(int) (int, common.Address, []byte) {
				return mOwner, m.addr, marketABI.PackAccountWithdraw(big.NewInt(1))
			}
		}),
		mc("bucketEvict", func(e *env) op {
			m := benchMarket(e, 3, 1)
			const debtor = 7
			r := m.createRing(debtor)
			m.tx(debtor, marketABI.PackAccountDeposit(), big.NewInt(1))
			return func(i int) (int, common.Address, []byte) {
				m.tx(debtor, marketABI.PackBucketCreate(r, 1), nil)
				m.tx(debtor, marketABI.PackBucketAllocIntoCluster(uint64(i+2), 1, maxUint256()), nil)
				e.advance(time.Hour)
				return mManager, m.addr, marketABI.PackBucketEvict(uint64(i + 2))
			}
		}),
		mc("setNetworkFee", func(e *env) op {
			m := e.deployMarket()
			return func(i int) (int, common.Address, []byte) {
				return mAdmin, m.addr, marketABI.PackSetNetworkFee(uint16(100 + i))
			}
		}),
	}
	// Settlement is O(1): the same cost whatever the cluster's shape.
	for _, shape := range []struct{ nodes, vnodes int }{{3, 1}, {30, 1}, {30, 10}} {
		cases = append(cases, mc(fmt.Sprintf("bucketSettlePayment/%dvnodes", shape.nodes*shape.vnodes), func(e *env) op {
			m := benchMarket(e, shape.nodes, uint32(shape.vnodes))
			// One settlement first: the cluster's revenues are not zero (steady state).
			e.advance(time.Hour)
			m.tx(0, marketABI.PackBucketSettlePayment(1), nil)
			return func(int) (int, common.Address, []byte) {
				e.advance(time.Hour)
				return 0, m.addr, marketABI.PackBucketSettlePayment(1)
			}
		}))
	}
	// Payment by record and amendments.
	cases = append(cases,
		mc("setChallenges", func(e *env) op {
			c := e.deployChallenges(0)
			return func(int) (int, common.Address, []byte) { return mAdmin, c.mkt.addr, marketABI.PackSetChallenges(c.ch) }
		}),
		mc("nodeSetIdle", func(e *env) op {
			m := benchMarket(e, 3, 1)
			return func(i int) (int, common.Address, []byte) {
				return 2, m.addr, marketABI.PackNodeSetIdle(m.createNode(2, 100+i, 1_000_000, 10), true)
			}
		}),
		mc("amendCluster", func(e *env) op {
			c := e.deployChallenges(3)
			c.useChallenges()
			return func(i int) (int, common.Address, []byte) {
				// The cluster's second node, failed until replaceable, replaced by the only idle node.
				out := c.clusterNodes()[1]
				c.failUntilReplaceable(out)
				p := mProviders[i%3]
				c.mkt.tx(p, marketABI.PackNodeSetIdle(c.keyedNode(p, 10+i, fixtureCapacity, 10), true), nil)
				return mStranger, c.mkt.addr, marketABI.PackAmendCluster(1, out)
			}
		}),
	)
	// Distribution by record: one lastFailedAt call per node; a skipped node is not paid.
	for _, shape := range []struct {
		nodes  int
		failed bool
	}{{3, false}, {3, true}, {30, false}} {
		name := fmt.Sprintf("clusterDistributeRevenues/%dvnodes/%dnodes/records", shape.nodes, shape.nodes)
		if shape.failed {
			name += "/1failed"
		}
		cases = append(cases, mc(name, func(e *env) op {
			m := benchMarket(e, shape.nodes, 1)
			c := benchChallenges(m)
			e.advance(time.Hour)
			m.tx(0, marketABI.PackBucketSettlePayment(1), nil)
			m.tx(0, marketABI.PackClusterDistributeRevenues(1), nil)
			return func(int) (int, common.Address, []byte) {
				if shape.failed {
					c.resolveNext(1, func(uint32) bool { return true }) // whoever hosts it fails
				}
				e.advance(time.Hour)
				m.tx(0, marketABI.PackBucketSettlePayment(1), nil)
				return 0, m.addr, marketABI.PackClusterDistributeRevenues(1)
			}
		}))
	}
	// Distribution is O(nodes): 300 vnodes on 3 nodes cost what 3 vnodes do.
	for _, shape := range []struct{ nodes, vnodes int }{{3, 1}, {30, 1}, {30, 10}, {3, 100}} {
		name := fmt.Sprintf("clusterDistributeRevenues/%dvnodes/%dnodes", shape.nodes*shape.vnodes, shape.nodes)
		cases = append(cases, mc(name, func(e *env) op {
			m := benchMarket(e, shape.nodes, uint32(shape.vnodes))
			// One distribution first: the providers' accounts exist (steady state).
			e.advance(time.Hour)
			m.tx(0, marketABI.PackBucketSettlePayment(1), nil)
			m.tx(0, marketABI.PackClusterDistributeRevenues(1), nil)
			return func(int) (int, common.Address, []byte) {
				e.advance(time.Hour)
				m.tx(0, marketABI.PackBucketSettlePayment(1), nil)
				return 0, m.addr, marketABI.PackClusterDistributeRevenues(1)
			}
		}))
	}
	return cases
}
