package contracts_test

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/mosaic-rings/rings/contracts/bindings"
	"github.com/mosaic-rings/rings/contracts/chain"
)

var challengesABI = bindings.NewChallenges()

// Challenge fixture roles: the ring members whose logs bucket 1 replicates. Member 7 has
// flushed up to seq 5, member 8 up to seq 3, member 9 never.
const (
	cMember1 = 7
	cMember2 = 8
	cMember3 = 9
)

// avatarKey is the key of the replica avatar of the i-th node a challenge test creates:
// hosters sign receipts with it, so it is a real key (unfunded: it never sends).
func avatarKey(i int) *ecdsa.PrivateKey { return testKey(300 + i) }

// chal is a Challenges contract on a market fixture (see newChallenges).
type chal struct {
	*mkt
	ch        common.Address
	ring      common.Address // bucket 1's ring
	avatars   map[common.Address]*ecdsa.PrivateKey
	attesters []int // env key indices of the attesters registered by the fixture
}

func (c *chal) with(tb testing.TB) *chal {
	d := *c
	d.mkt = c.mkt.with(tb)
	return &d
}

// newChallenges deploys a market with nodes 1-3 (providers mProviders, avatars
// avatarKey(1..3)) in cluster 1 managed by mManager; a ring of mOwner with members
// cMember1..3 (heads at seq 5, 3 and none) and bucket 1 of it allocated 10 units; a
// Challenges contract (admin mAdmin, default parameters); and `attesters` funded
// attesters in the pool.
func newChallenges(tb testing.TB, attesters int, opts ...chainOption) *chal {
	tb.Helper()
	return newEnv(tb, opts...).deployChallenges(attesters)
}

func (e *env) deployChallenges(attesters int) *chal {
	e.tb.Helper()
	m := e.deployMarket()
	c := &chal{mkt: m, avatars: map[common.Address]*ecdsa.PrivateKey{}}
	ids := make([]uint32, len(mProviders))
	for i, p := range mProviders {
		k := avatarKey(i + 1)
		a := crypto.PubkeyToAddress(k.PublicKey)
		c.avatars[a] = k
		m.tx(p, marketABI.PackNodeCreate(a, []byte{0x00, 0x24, byte(i + 1)}, fmt.Sprintf("https://node%d.example", i+1), fixtureCapacity, big.NewInt(10)), nil)
		m.tx(p, marketABI.PackNodeTrustManager(e.addr(mManager)), nil)
		ids[i] = uint32(i + 1)
	}
	m.tx(mManager, marketABI.PackClusterCreate(ids, []uint32{1, 1, 1}, fixtureResourcePerVNode, 0), nil)
	c.ring = e.createRing(m.factory, e.addr(mOwner), e.addrs(cMember1, cMember2, cMember3))
	c.flush(cMember1, 5)
	c.flush(cMember2, 3)
	m.tx(mOwner, marketABI.PackBucketCreate(c.ring, 1), nil)
	m.tx(mOwner, marketABI.PackAccountDeposit(), oneEther)
	m.tx(mOwner, marketABI.PackBucketAllocIntoCluster(1, 10, maxUint256()), nil)
	c.ch = e.deploy(bindings.ChallengesMetaData.Bin, challengesABI.PackConstructor(m.addr, crypto.PubkeyToAddress(e.relayer().PublicKey)))
	for i := range attesters {
		c.attesters = append(c.attesters, c.newAttester(i))
	}
	return c
}

// newAttester funds a new key (seed i) and registers it as an attester; it returns its index.
func (c *chal) newAttester(i int) int {
	c.e.tb.Helper()
	k := c.e.fundKey(500 + i)
	c.tx(k, challengesABI.PackAttesterRegister([]byte{0x00, 0x24, 0xa0, byte(i)}, fmt.Sprintf("https://attester%d.example", i)))
	return k
}

// flush sets member k's head in bucket 1's ring to seq (its next flush nonce).
func (c *chal) flush(k int, seq uint64) {
	c.e.tb.Helper()
	e := c.e
	nonce := call(e, c.ring, ringABI.PackNonces(e.addr(k)), ringABI.UnpackNonces)
	f := e.flushReq(k, seq, nonce.Int64())
	e.send(e.relayer(), c.ring, ringABI.PackFlush(f, sign(e.tb, e.keys[k], e.domain(c.ring).flush(f))))
}

// tx sends data from key to the challenges contract, mines it, and fails unless it succeeds.
func (c *chal) tx(key int, data []byte) *types.Receipt {
	c.e.tb.Helper()
	tx, err := bind.Transact(challengesABI.Instance(c.e.client, c.ch), c.e.opts(c.e.keys[key]), data)
	if err != nil {
		c.e.tb.Fatalf("transact: %v (%v)", err, decodeChallengesRevert(err))
	}
	r := c.e.mine(tx)
	if r.Status != types.ReceiptStatusSuccessful {
		c.e.tb.Fatalf("tx %s reverted", tx.Hash())
	}
	return r
}

func ccall[T any](c *chal, data []byte, unpack func([]byte) (T, error)) T {
	c.e.tb.Helper()
	return call(c.e, c.ch, data, unpack)
}

func (c *chal) challenge(id uint64) bindings.ChallengesChallengeView {
	c.e.tb.Helper()
	return ccall(c, challengesABI.PackGetChallenge(u64(id)), challengesABI.UnpackGetChallenge)
}

func (c *chal) params() bindings.ChallengesParams {
	c.e.tb.Helper()
	return ccall(c, challengesABI.PackGetParams(), challengesABI.UnpackGetParams)
}

func (c *chal) reputation(node uint32) bindings.ReputationOutput {
	c.e.tb.Helper()
	return ccall(c, challengesABI.PackReputation(node), challengesABI.UnpackReputation)
}

func (c *chal) record(node uint32, period uint64) bindings.ChallengesRecord {
	c.e.tb.Helper()
	return ccall(c, challengesABI.PackRecord(node, period), challengesABI.UnpackRecord)
}

func (c *chal) pool() []common.Address {
	c.e.tb.Helper()
	return ccall(c, challengesABI.PackAttesters(), challengesABI.UnpackAttesters)
}

func (c *chal) latest() uint64 {
	c.e.tb.Helper()
	n, err := c.e.client.BlockNumber(c.e.tb.Context())
	if err != nil {
		c.e.tb.Fatal(err)
	}
	return n
}

// create challenges bucket from key and returns the challenge's ChallengeCreated.
func (c *chal) create(key int, bucket uint64) *bindings.ChallengesChallengeCreated {
	c.e.tb.Helper()
	return c.created(c.tx(key, challengesABI.PackChallengeStorage(bucket)))
}

// created is the ChallengeCreated event of r.
func (c *chal) created(r *types.Receipt) *bindings.ChallengesChallengeCreated {
	c.e.tb.Helper()
	for _, l := range r.Logs {
		if ev, err := challengesABI.UnpackChallengeCreatedEvent(l); err == nil {
			return ev
		}
	}
	c.e.tb.Fatal("no ChallengeCreated event")
	return nil
}

// mineSeed mines blocks until challenge id's seed block is below the latest block, where
// calls at the latest block (derive, gas estimates) see its hash.
func (c *chal) mineSeed(id uint64) {
	c.e.tb.Helper()
	seed := c.challenge(id).SeedBlock
	for c.latest() <= seed {
		c.e.backend.Commit()
	}
}

// activate mines to the seed of challenge id, checks that derive's answer is what activate
// then stores and emits, and returns the stored challenge.
func (c *chal) activate(id uint64) bindings.ChallengesChallengeView {
	c.e.tb.Helper()
	c.mineSeed(id)
	derived := ccall(c, challengesABI.PackDerive(u64(id)), challengesABI.UnpackDerive)
	r := c.tx(mStranger, challengesABI.PackActivate(u64(id)))
	var ev *bindings.ChallengesChallengeActivated
	for _, l := range r.Logs {
		if x, err := challengesABI.UnpackChallengeActivatedEvent(l); err == nil {
			ev = x
		}
	}
	v := c.challenge(id)
	if ev == nil || jsonOf(c.e.tb, ev.D) != jsonOf(c.e.tb, derived) || jsonOf(c.e.tb, v.D) != jsonOf(c.e.tb, derived) {
		c.e.tb.Fatalf("activate: derived %s, emitted %s, stored %s", jsonOf(c.e.tb, derived), jsonOf(c.e.tb, ev), jsonOf(c.e.tb, v.D))
	}
	if v.Status != statusActive || ev.Deadline != c.e.receiptTime(r)+uint64(c.params().Window) {
		c.e.tb.Fatalf("activated challenge %+v, event deadline %d", v, ev.Deadline)
	}
	return v
}

// Challenge states (the contract's Status).
const (
	statusPending uint8 = iota
	statusActive
	statusPassed
	statusFailed
	statusTimedOut
)

// digests are made-up digests of the log nodes at a challenge's positions; a lying
// attester's differ (salt).
func digests(d bindings.ChallengesDerivation, salt string) []common.Hash {
	out := make([]common.Hash, len(d.Members))
	for i := range d.Members {
		out[i] = crypto.Keccak256Hash(d.Members[i].Bytes(), u64(d.Seqs[i]).Bytes(), []byte(salt))
	}
	return out
}

// report is attester key's signed report on challenge v, with the hoster's receipt when
// ok (for data = ChallengeDataHash of digests(v.D, salt)).
func (c *chal) report(v bindings.ChallengesChallengeView, key int, ok bool, salt string) (bindings.ChallengesReport, []byte, []byte) {
	c.e.tb.Helper()
	r := bindings.ChallengesReport{Challenge: v.Id, Hoster: v.D.Hoster, Positions: v.D.PositionsHash,
		Data: chain.ChallengeDataHash(digests(v.D, salt)), Ok: ok}
	attesterSig := sign(c.e.tb, c.e.keys[key], c.reportTD(r))
	var hosterSig []byte
	if ok {
		hosterSig = sign(c.e.tb, c.avatars[v.D.Hoster], c.receiptTD(v.Id, c.e.addr(key), r.Data))
	}
	return r, attesterSig, hosterSig
}

// submit relays attester key's report on v from mStranger and returns the receipt.
func (c *chal) submit(v bindings.ChallengesChallengeView, key int, ok bool, salt string) *types.Receipt {
	c.e.tb.Helper()
	r, as, hs := c.report(v, key, ok, salt)
	return c.tx(mStranger, challengesABI.PackSubmitReport(r, as, hs))
}

// keyOf is the env key index of address a.
func (c *chal) keyOf(a common.Address) int {
	c.e.tb.Helper()
	for i := range c.e.keys {
		if c.e.addr(i) == a {
			return i
		}
	}
	c.e.tb.Fatalf("no key for %s", a)
	return -1
}

// resolved is the ChallengeResolved event of r, or nil.
func resolved(r *types.Receipt) *bindings.ChallengesChallengeResolved {
	for _, l := range r.Logs {
		if ev, err := challengesABI.UnpackChallengeResolvedEvent(l); err == nil {
			return ev
		}
	}
	return nil
}

// ---------------------------------------------------------------- EIP-712 Report and Receipt

var challengeTypes = apitypes.Types{
	"EIP712Domain": eip712Types["EIP712Domain"],
	"Report": {
		{Name: "challenge", Type: "uint256"},
		{Name: "hoster", Type: "address"},
		{Name: "positions", Type: "bytes32"},
		{Name: "data", Type: "bytes32"},
		{Name: "ok", Type: "bool"},
	},
	"Receipt": {
		{Name: "challenge", Type: "uint256"},
		{Name: "attester", Type: "address"},
		{Name: "data", Type: "bytes32"},
	},
	"Performance": {
		{Name: "challenge", Type: "uint256"},
		{Name: "hoster", Type: "address"},
		{Name: "availabilityBps", Type: "uint16"},
		{Name: "p50Ms", Type: "uint32"},
		{Name: "bandwidth", Type: "uint64"},
	},
}

func (c *chal) typedData(primary string, msg apitypes.TypedDataMessage) apitypes.TypedData {
	return apitypes.TypedData{
		Types:       challengeTypes,
		PrimaryType: primary,
		Domain: apitypes.TypedDataDomain{
			Name:              "Rings Challenges",
			Version:           "1",
			ChainId:           (*math.HexOrDecimal256)(c.e.chainID),
			VerifyingContract: c.ch.Hex(),
		},
		Message: msg,
	}
}

// reportTD is the typed data of an attester's Report, as a wallet gets it.
func (c *chal) reportTD(r bindings.ChallengesReport) apitypes.TypedData {
	return c.typedData("Report", apitypes.TypedDataMessage{
		"challenge": r.Challenge,
		"hoster":    r.Hoster.Hex(),
		"positions": hexutil.Encode(r.Positions[:]),
		"data":      hexutil.Encode(r.Data[:]),
		"ok":        r.Ok,
	})
}

// receiptTD is the typed data of a hoster's Receipt.
func (c *chal) receiptTD(challenge *big.Int, attester common.Address, data [32]byte) apitypes.TypedData {
	return c.typedData("Receipt", apitypes.TypedDataMessage{
		"challenge": challenge,
		"attester":  attester.Hex(),
		"data":      hexutil.Encode(data[:]),
	})
}

// performanceTD is the typed data of an attester's Performance, as a wallet gets it.
func (c *chal) performanceTD(p bindings.ChallengesPerformance) apitypes.TypedData {
	return c.typedData("Performance", apitypes.TypedDataMessage{
		"challenge":       p.Challenge,
		"hoster":          p.Hoster.Hex(),
		"availabilityBps": big.NewInt(int64(p.AvailabilityBps)),
		"p50Ms":           big.NewInt(int64(p.P50Ms)),
		"bandwidth":       new(big.Int).SetUint64(p.Bandwidth),
	})
}

// ---------------------------------------------------------------- performance

// figures are what an attester measured of a challenge's hoster: availability in basis
// points, median single-block latency in milliseconds, bandwidth in bytes per second.
type figures struct {
	avail uint16
	p50   uint32
	bw    uint64
}

// meets is which of terms t the figures meet (availability, latency, bandwidth), as the
// contract counts a measurement's votes: a zero maxP50Ms guarantees nothing.
func (f figures) meets(t bindings.ChallengesTerms) [3]bool {
	return [3]bool{f.avail >= t.MinAvailabilityBps, t.MaxP50Ms == 0 || f.p50 <= t.MaxP50Ms, f.bw >= t.MinBandwidth}
}

// gradeOf is the grade the contract must give measurements fs under terms t: the votes
// per term, the met bits (bit 7: graded) and the score, terms met × 10,000 / 3.
func gradeOf(t bindings.ChallengesTerms, fs []figures) (votes [3]uint8, met uint8, score uint16) {
	for _, f := range fs {
		for i, ok := range f.meets(t) {
			if ok {
				votes[i]++
			}
		}
	}
	met = 0x80
	n := 0
	for i, v := range votes {
		if 2*int(v) > len(fs) {
			met |= 1 << i
			n++
		}
	}
	return votes, met, uint16(n * 10_000 / 3)
}

// perf is attester key's signed Performance with figures f on challenge v.
func (c *chal) perf(v bindings.ChallengesChallengeView, key int, f figures) (bindings.ChallengesPerformance, []byte) {
	c.e.tb.Helper()
	p := bindings.ChallengesPerformance{Challenge: v.Id, Hoster: v.D.Hoster, AvailabilityBps: f.avail, P50Ms: f.p50, Bandwidth: f.bw}
	return p, sign(c.e.tb, c.e.keys[key], c.performanceTD(p))
}

// measure relays attester key's Performance with figures f on v from mStranger, checks
// its PerformanceReported event, and returns the receipt.
func (c *chal) measure(v bindings.ChallengesChallengeView, key int, f figures) *types.Receipt {
	c.e.tb.Helper()
	p, sig := c.perf(v, key, f)
	r := c.tx(mStranger, challengesABI.PackSubmitPerformance(p, sig))
	evs := eventsOf(r, challengesABI.UnpackPerformanceReportedEvent)
	if len(evs) != 1 || evs[0].Id.Cmp(v.Id) != 0 || evs[0].Attester != c.e.addr(key) ||
		evs[0].AvailabilityBps != f.avail || evs[0].P50Ms != f.p50 || evs[0].Bandwidth != f.bw {
		c.e.tb.Fatalf("PerformanceReported %s, want challenge %s by %s with %+v", jsonOf(c.e.tb, evs), v.Id, c.e.addr(key), f)
	}
	return r
}

// graded is the PerformanceGraded event of r, or nil.
func graded(r *types.Receipt) *bindings.ChallengesPerformanceGraded {
	if evs := eventsOf(r, challengesABI.UnpackPerformanceGradedEvent); len(evs) == 1 {
		return evs[0]
	}
	return nil
}

func (c *chal) grade(id *big.Int) bindings.ChallengesGrade {
	c.e.tb.Helper()
	return ccall(c, challengesABI.PackGetGrade(id), challengesABI.UnpackGetGrade)
}

func (c *chal) performance(node uint32) bindings.PerformancesOutput {
	c.e.tb.Helper()
	return ccall(c, challengesABI.PackPerformances(node), challengesABI.UnpackPerformances)
}

func (c *chal) terms(bucket uint64) bindings.ChallengesTerms {
	c.e.tb.Helper()
	return ccall(c, challengesABI.PackTerms(bucket), challengesABI.UnpackTerms)
}

// setTerms has key (the bucket's owner) set bucket's terms, and checks the TermsSet event
// and the terms read back.
func (c *chal) setTerms(key int, bucket uint64, t bindings.ChallengesTerms) {
	c.e.tb.Helper()
	r := c.tx(key, challengesABI.PackSetTerms(bucket, t))
	evs := eventsOf(r, challengesABI.UnpackTermsSetEvent)
	if len(evs) != 1 || evs[0].BucketId != bucket || evs[0].MinAvailabilityBps != t.MinAvailabilityBps ||
		evs[0].MaxP50Ms != t.MaxP50Ms || evs[0].MinBandwidth != t.MinBandwidth {
		c.e.tb.Fatalf("TermsSet %s, want bucket %d %+v", jsonOf(c.e.tb, evs), bucket, t)
	}
	if got := c.terms(bucket); got != t {
		c.e.tb.Fatalf("terms(%d) %+v after setTerms %+v", bucket, got, t)
	}
}

// ---------------------------------------------------------------- reverts and state

// decodeChallengesRevert returns the Challenges custom error carried by err, or nil.
func decodeChallengesRevert(err error) any {
	raw, ok := ethclient.RevertErrorData(err)
	if !ok || len(raw) < 4 {
		return nil
	}
	got, uerr := challengesABI.UnpackError(raw)
	if uerr != nil {
		return nil
	}
	return got
}

// expectRevert checks that sending data from key to the challenges contract reverts with
// exactly want, both in gas estimation (at the latest block) and once mined with a fixed
// gas limit, and that neither the contract's state (challengesState) nor the market's
// changed.
func (c *chal) expectRevert(key int, data []byte, want any) {
	c.e.tb.Helper()
	before := c.snapshot()
	inst := challengesABI.Instance(c.e.client, c.ch)
	opts := c.e.opts(c.e.keys[key])
	_, err := bind.Transact(inst, opts, data)
	if err == nil {
		c.e.tb.Fatalf("transaction succeeded, want revert %T%+v", want, want)
	}
	got := decodeChallengesRevert(err)
	if got == nil {
		c.e.tb.Fatalf("error is not a Challenges custom error: %v", err)
	}
	if reflect.TypeOf(got) != reflect.TypeOf(want) || jsonOf(c.e.tb, got) != jsonOf(c.e.tb, want) {
		c.e.tb.Fatalf("reverted with %T%s, want %T%s", got, jsonOf(c.e.tb, got), want, jsonOf(c.e.tb, want))
	}
	opts.GasLimit = 5_000_000
	tx, err := bind.Transact(inst, opts, data)
	if err != nil {
		c.e.tb.Fatalf("sending the reverting tx: %v", err)
	}
	if r := c.e.mine(tx); r.Status != types.ReceiptStatusFailed {
		c.e.tb.Fatalf("mined tx succeeded, want revert %T", want)
	}
	if after := c.snapshot(); jsonOf(c.e.tb, before) != jsonOf(c.e.tb, after) {
		c.e.tb.Fatalf("state changed by a reverted call:\nbefore %s\nafter  %s", jsonOf(c.e.tb, before), jsonOf(c.e.tb, after))
	}
}

// challengesState is everything observable about a Challenges contract (and the market it
// reads) that a failed call must not change.
type challengesState struct {
	Admin          common.Address
	Params         bindings.ChallengesParams
	Pool           []common.Address
	Attesters      []bindings.ChallengesAttesterView
	Count          *big.Int
	Challenges     []bindings.ChallengesChallengeView
	LastChallenged []uint64
	Reputations    []bindings.ReputationOutput
	Records        []bindings.ChallengesRecord
	Grades         []bindings.ChallengesGrade
	Terms          []bindings.ChallengesTerms
	Performances   []bindings.PerformancesOutput
	Market         marketState
}

func (c *chal) snapshot() challengesState {
	c.e.tb.Helper()
	s := challengesState{
		Admin:  ccall(c, challengesABI.PackAdmin(), challengesABI.UnpackAdmin),
		Params: c.params(),
		Pool:   c.pool(),
		Count:  ccall(c, challengesABI.PackChallengeCount(), challengesABI.UnpackChallengeCount),
		Market: c.mkt.snapshot(),
	}
	for i := range c.e.keys {
		s.Attesters = append(s.Attesters, ccall(c, challengesABI.PackGetAttester(c.e.addr(i)), challengesABI.UnpackGetAttester))
	}
	for id := uint64(1); id <= s.Count.Uint64(); id++ {
		s.Challenges = append(s.Challenges, c.challenge(id))
		s.Grades = append(s.Grades, c.grade(u64(id)))
	}
	for b := uint64(1); b <= mcall(c.mkt, marketABI.PackBucketCount(), marketABI.UnpackBucketCount); b++ {
		s.LastChallenged = append(s.LastChallenged, ccall(c, challengesABI.PackLastChallenged(b), challengesABI.UnpackLastChallenged))
		s.Terms = append(s.Terms, c.terms(b))
	}
	period := ccall(c, challengesABI.PackCurrentPeriod(), challengesABI.UnpackCurrentPeriod)
	for n := uint32(1); n <= mcall(c.mkt, marketABI.PackNodeCount(), marketABI.UnpackNodeCount); n++ {
		s.Reputations = append(s.Reputations, c.reputation(n))
		s.Records = append(s.Records, c.record(n, period))
		s.Performances = append(s.Performances, c.performance(n))
	}
	return s
}
