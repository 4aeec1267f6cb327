package contracts_test

import (
	"bytes"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mosaic-rings/rings/contracts/bindings"
)

// gasCase measures one state-changing call. setup prepares a fresh chain once and returns
// op; op(i) prepares the i-th call (i = 0, 1, ...) and must work for every i. The reported
// gas/op is the receipt's gasUsed of call 0, the scenario documented in docs/contracts.md,
// so it does not depend on b.N; ns/op times sending and mining a call on the simulated chain.
type gasCase struct {
	name  string
	setup func(e *env) func(i int) (key int, to common.Address, data []byte)
}

// send sends one call of gc. Market cases ("market/...") go with sendValue: with the value
// of marketCaseValue, and gas padded over the estimate (a market call's work depends on
// the second it is mined in; gasUsed does not depend on the limit).
func (gc gasCase) send(e *env, key int, to common.Address, data []byte) *types.Receipt {
	e.tb.Helper()
	if strings.HasPrefix(gc.name, "market/") {
		return e.sendValue(e.keys[key], to, data, marketCaseValue[gc.name])
	}
	return e.send(e.keys[key], to, data)
}

// ruleSets are the EVM rules the gas is measured under.
var ruleSets = []struct {
	name string
	opts []chainOption
}{
	{"osaka", []chainOption{osakaRules}}, // Ethereum mainnet today
	{"devchain", nil},                    // every fork go-ethereum knows, as the embedded dev chain runs
}

// BenchmarkGas reports the gas of every state-changing function, from real receipts,
// under each rule set.
//
//	go test -run '^$' -bench Gas ./contracts/
func BenchmarkGas(b *testing.B) {
	for _, rules := range ruleSets {
		b.Run(rules.name, func(b *testing.B) {
			for _, gc := range gasCases() {
				b.Run(gc.name, func(b *testing.B) { benchGas(b, gc, rules.opts) })
			}
		})
	}
}

func benchGas(b *testing.B, gc gasCase, opts []chainOption) {
	e := newEnv(b, opts...)
	op := gc.setup(e)
	var gas uint64
	i := 0
	for b.Loop() {
		b.StopTimer() // preparing the call (fresh ring, signatures) is not what ns/op measures
		key, to, data := op(i)
		b.StartTimer()
		r := gc.send(e, key, to, data)
		if i == 0 {
			gas = r.GasUsed
		}
		i++
	}
	b.ReportMetric(float64(gas), "gas/op")
	if n := batchFlushes[gc.name]; n > 0 {
		b.ReportMetric(float64(gas)/float64(n), "gas/flush")
	}
}

// batchFlushes is the number of flushes of each batched gas case, for its gas/flush figure.
var batchFlushes = map[string]int{"flushMany/10": 10, "flushManyWithSessions/10": 10}

// benchSession is the Session of member k for the session key sk in ring, from 2023-11-14 to
// farDeadline: fixed, so calldata and gas are reproducible, and open at the chain's time.
func (e *env) benchSession(ring common.Address, k int, sk *ecdsa.PrivateKey) bindings.RingLogsSession {
	const notBefore = 1_700_000_000
	key := crypto.PubkeyToAddress(sk.PublicKey)
	expiry := farDeadline.Uint64()
	return bindings.RingLogsSession{Key: key, NotBefore: notBefore, Expiry: expiry,
		Sig: sign(e.tb, e.keys[k], e.domain(ring).session(e.addr(k), key, notBefore, expiry))}
}

func gasCases() []gasCase {
	members3 := []int{2, 3, 4}
	peerID := append([]byte{0x00, 0x24}, bytes.Repeat([]byte{0x08}, 36)...) // 38 bytes: an identity-multihash ed25519 peer ID
	multiaddrs := bytes.Repeat([]byte{0x04, 0x7f, 0x00, 0x00, 0x01, 0x06, 0x0f, 0xa1}, 5)
	fresh := func(e *env, i int) common.Address { // a never-seen address for the i-th iteration
		return common.BytesToAddress(crypto.Keccak256([]byte(fmt.Sprintf("fresh %d", i))))
	}

	cases := []gasCase{
		{"createRing/3members", func(e *env) func(int) (int, common.Address, []byte) {
			factory := e.deployFactory()
			return func(int) (int, common.Address, []byte) {
				return 1, factory, factoryABI.PackCreateRing(e.addr(1), e.addrs(members3...))
			}
		}},
		{"enter", func(e *env) func(int) (int, common.Address, []byte) {
			ring := e.deployRing(members3...)
			return func(i int) (int, common.Address, []byte) { return 1, ring, ringABI.PackEnter(fresh(e, i)) }
		}},
		{"exit/last-of-3", func(e *env) func(int) (int, common.Address, []byte) {
			return func(int) (int, common.Address, []byte) {
				ring := e.deployRing(members3...)
				return 1, ring, ringABI.PackExit(e.addr(4))
			}
		}},
		{"changeMembership/enter", func(e *env) func(int) (int, common.Address, []byte) {
			return func(int) (int, common.Address, []byte) {
				ring := e.deployRing(members3...)
				sig := sign(e.tb, e.owner(), e.domain(ring).membership(e.addr(5), true, big.NewInt(0), farDeadline))
				return 0, ring, ringABI.PackChangeMembership(e.addr(5), true, farDeadline, sig)
			}
		}},
		{"setPeerInfo", func(e *env) func(int) (int, common.Address, []byte) {
			return func(int) (int, common.Address, []byte) {
				ring := e.deployRing(members3...)
				return 2, ring, ringABI.PackSetPeerInfo(peerID, multiaddrs)
			}
		}},
		{"setPeerInfoFor", func(e *env) func(int) (int, common.Address, []byte) {
			return func(int) (int, common.Address, []byte) {
				ring := e.deployRing(members3...)
				sig := sign(e.tb, e.keys[2], e.domain(ring).peerInfo(e.addr(2), peerID, multiaddrs, 1_800_000_000))
				return 0, ring, ringABI.PackSetPeerInfoFor(e.addr(2), peerID, multiaddrs, 1_800_000_000, sig)
			}
		}},
		{"setPeerInfoFor/update", func(e *env) func(int) (int, common.Address, []byte) {
			ring := e.deployRing(members3...)
			set := func(updated uint64) []byte {
				ma := slices.Clone(multiaddrs)
				ma[1] = byte(updated) // new content of the same size
				sig := sign(e.tb, e.keys[2], e.domain(ring).peerInfo(e.addr(2), peerID, ma, updated))
				return ringABI.PackSetPeerInfoFor(e.addr(2), peerID, ma, updated, sig)
			}
			e.send(e.relayer(), ring, set(1_800_000_000))
			return func(i int) (int, common.Address, []byte) { return 0, ring, set(1_800_000_001 + uint64(i)) }
		}},
		{"flush", func(e *env) func(int) (int, common.Address, []byte) {
			ring := e.deployRing(members3...)
			first := e.flushReq(2, 1, 0)
			e.send(e.relayer(), ring, ringABI.PackFlush(first, sign(e.tb, e.keys[2], e.domain(ring).flush(first))))
			return func(i int) (int, common.Address, []byte) {
				f := e.flushReq(2, uint64(i+2), int64(i+1))
				return 0, ring, ringABI.PackFlush(f, sign(e.tb, e.keys[2], e.domain(ring).flush(f)))
			}
		}},
		{"flushWithSession", func(e *env) func(int) (int, common.Address, []byte) {
			ring := e.deployRing(members3...)
			s := e.benchSession(ring, 2, e.keys[12])
			flush := func(seq uint64, nonce int64) []byte {
				f := e.flushReq(2, seq, nonce)
				return ringABI.PackFlushWithSession(f, sign(e.tb, e.keys[12], e.domain(ring).flush(f)), s)
			}
			e.send(e.relayer(), ring, flush(1, 0))
			return func(i int) (int, common.Address, []byte) { return 0, ring, flush(uint64(i+2), int64(i+1)) }
		}},
		{"flush/first", func(e *env) func(int) (int, common.Address, []byte) {
			return func(int) (int, common.Address, []byte) {
				ring := e.deployRing(members3...)
				f := e.flushReq(2, 1, 0)
				return 0, ring, ringABI.PackFlush(f, sign(e.tb, e.keys[2], e.domain(ring).flush(f)))
			}
		}},
		{"flushMany/10", func(e *env) func(int) (int, common.Address, []byte) {
			idx := []int{2, 3, 4, 5, 6, 7, 8, 9, 10, 11}
			ring := e.deployRing(idx...)
			batch := func(round int) []byte {
				fs := make([]bindings.RingLogsFlushRequest, len(idx))
				sigs := make([][]byte, len(idx))
				for j, k := range idx {
					fs[j] = e.flushReq(k, uint64(round+1), int64(round))
					sigs[j] = sign(e.tb, e.keys[k], e.domain(ring).flush(fs[j]))
				}
				return ringABI.PackFlushMany(fs, sigs)
			}
			e.send(e.relayer(), ring, batch(0))
			return func(i int) (int, common.Address, []byte) { return 0, ring, batch(i + 1) }
		}},
		{"flushManyWithSessions/10", func(e *env) func(int) (int, common.Address, []byte) {
			idx := []int{2, 3, 4, 5, 6, 7, 8, 9, 10, 11}
			ring := e.deployRing(idx...)
			keys := make([]*ecdsa.PrivateKey, len(idx))
			ss := make([]bindings.RingLogsSession, len(idx))
			for j, k := range idx {
				keys[j] = testKey(100 + k) // each member's own session key
				ss[j] = e.benchSession(ring, k, keys[j])
			}
			batch := func(round int) []byte {
				fs := make([]bindings.RingLogsFlushRequest, len(idx))
				sigs := make([][]byte, len(idx))
				for j, k := range idx {
					fs[j] = e.flushReq(k, uint64(round+1), int64(round))
					sigs[j] = sign(e.tb, keys[j], e.domain(ring).flush(fs[j]))
				}
				return ringABI.PackFlushManyWithSessions(fs, sigs, ss)
			}
			e.send(e.relayer(), ring, batch(0))
			return func(i int) (int, common.Address, []byte) { return 0, ring, batch(i + 1) }
		}},
	}
	for _, n := range []int{3, 5, 7} {
		cases = append(cases, gasCase{fmt.Sprintf("commitEntry/%dmembers", n), func(e *env) func(int) (int, common.Address, []byte) {
			idx := make([]int, n)
			for j := range idx {
				idx[j] = 2 + j
			}
			ring := e.deployRing(idx...)
			keys := e.sortedKeys(idx...)[:need(n)]
			commit := func(i uint64) []byte {
				prev := common.Hash{}
				if i > 0 {
					prev = entryHash(i - 1)
				}
				return ringABI.PackCommitEntry(i, entryHash(i), prev, e.vote(ring, keys, i, entryHash(i), prev))
			}
			e.send(e.relayer(), ring, commit(0))
			return func(i int) (int, common.Address, []byte) { return 0, ring, commit(uint64(i + 1)) }
		}})
	}
	cases = append(cases,
		gasCase{"registerOutputs/3outputs", func(e *env) func(int) (int, common.Address, []byte) {
			ring := e.deployRing(members3...)
			keys := e.sortedKeys(members3...)[:2]
			register := func(round int) []byte {
				outs := make([]bindings.RingLogsOutput, 3)
				for j := range outs {
					pin := int64(3*round + j + 1)
					outs[j] = bindings.RingLogsOutput{Pin: big.NewInt(pin), Data: entryHash(uint64(pin))}
				}
				return ringABI.PackRegisterOutputs(outs, signAll(e.tb, keys, e.domain(ring).outputs(big.NewInt(int64(round)), outs)))
			}
			e.send(e.relayer(), ring, register(0))
			return func(i int) (int, common.Address, []byte) { return 0, ring, register(i + 1) }
		}},
		gasCase{"reportFork", func(e *env) func(int) (int, common.Address, []byte) {
			ring := e.deployRing(members3...)
			return func(i int) (int, common.Address, []byte) {
				a, b := e.claim(2, uint64(i+1), "a"), e.claim(2, uint64(i+1), "b")
				d := e.domain(ring)
				return 3, ring, ringABI.PackReportFork(a, sign(e.tb, e.keys[2], d.logNode(a)), b, sign(e.tb, e.keys[2], d.logNode(b)))
			}
		}},
		gasCase{"reportForkWithSessions", func(e *env) func(int) (int, common.Address, []byte) {
			ring := e.deployRing(members3...)
			s := e.benchSession(ring, 2, e.keys[12])
			return func(i int) (int, common.Address, []byte) {
				a, b := e.claim(2, uint64(i+1), "a"), e.claim(2, uint64(i+1), "b")
				d := e.domain(ring)
				return 3, ring, ringABI.PackReportForkWithSessions(a, sign(e.tb, e.keys[12], d.logNode(a)), s, b, sign(e.tb, e.keys[12], d.logNode(b)), s)
			}
		}},
		gasCase{"revokeSession", func(e *env) func(int) (int, common.Address, []byte) {
			ring := e.deployRing(members3...)
			return func(i int) (int, common.Address, []byte) { return 2, ring, ringABI.PackRevokeSession(fresh(e, i)) }
		}},
		gasCase{"revokeSessionFor", func(e *env) func(int) (int, common.Address, []byte) {
			ring := e.deployRing(members3...)
			return func(i int) (int, common.Address, []byte) {
				key := fresh(e, i)
				return 0, ring, ringABI.PackRevokeSessionFor(e.addr(2), key, sign(e.tb, e.keys[2], e.domain(ring).sessionRevocation(e.addr(2), key)))
			}
		}},
	)
	cases = append(cases, marketGasCases()...)
	return append(cases, challengeGasCases()...)
}

// TestGasCases runs every gas scenario twice under each rule set, so `go test` keeps them
// working and every state-changing function is known to work on both.
func TestGasCases(t *testing.T) {
	t.Parallel()
	for _, rules := range ruleSets {
		t.Run(rules.name, func(t *testing.T) {
			t.Parallel()
			e := newEnv(t, rules.opts...)
			for _, gc := range gasCases() {
				t.Run(gc.name, func(t *testing.T) {
					e := e.with(t)
					op := gc.setup(e)
					for i := range 2 {
						key, to, data := op(i)
						if r := gc.send(e, key, to, data); r.Status != types.ReceiptStatusSuccessful || r.GasUsed == 0 {
							t.Fatalf("op(%d): status %d, gas %d", i, r.Status, r.GasUsed)
						}
					}
				})
			}
		})
	}
}
