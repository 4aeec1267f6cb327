package chain_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"math/big"
	"math/rand/v2"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/mosaic-rings/rings/contracts/chain"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// walletDigest is go-ethereum's EIP-712 hash of td after a JSON round trip: what a wallet
// handed td by eth_signTypedData_v4 signs. Integers go as decimal strings: a JSON number
// above 2^53 does not survive the trip.
func walletDigest(t *testing.T, td apitypes.TypedData) common.Hash {
	t.Helper()
	js, err := json.Marshal(td)
	if err != nil {
		t.Fatal(err)
	}
	var back apitypes.TypedData
	if err := json.Unmarshal(js, &back); err != nil {
		t.Fatal(err)
	}
	h, _, err := apitypes.TypedDataAndHash(back)
	if err != nil {
		t.Fatalf("TypedDataAndHash(%s): %v", js, err)
	}
	return common.BytesToHash(h)
}

func challengeTypedData(chainID uint64, contract common.Address, primary string, msg apitypes.TypedDataMessage) apitypes.TypedData {
	return apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {
				{Name: "name", Type: "string"},
				{Name: "version", Type: "string"},
				{Name: "chainId", Type: "uint256"},
				{Name: "verifyingContract", Type: "address"},
			},
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
		},
		PrimaryType: primary,
		Domain: apitypes.TypedDataDomain{
			Name:              "Rings Challenges",
			Version:           "1",
			ChainId:           (*math.HexOrDecimal256)(new(big.Int).SetUint64(chainID)),
			VerifyingContract: contract.Hex(),
		},
		Message: msg,
	}
}

// TestChallengeDigests checks the Go EIP-712 digests of Report and Receipt against
// go-ethereum's apitypes (a wallet's eth_signTypedData_v4), and the positions and data
// hashes against the ABI encoder.
func TestChallengeDigests(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(12, 3))
	hash := func() common.Hash {
		var h common.Hash
		for i := range h {
			h[i] = byte(r.UintN(256))
		}
		return h
	}
	addr := func() common.Address { return common.BytesToAddress(hash().Bytes()) }
	chainIDs := []uint64{1, 1337, 31337, 11155111, 1<<63 + 5}
	addrs, _ := abi.NewType("address[]", "", nil)
	u64s, _ := abi.NewType("uint64[]", "", nil)
	for i := range 50 {
		chainID, contract := chainIDs[r.IntN(len(chainIDs))], addr()
		rep := chain.ChallengeReport{Challenge: r.Uint64() >> r.UintN(64), Hoster: addr(), Positions: hash(), Data: hash(), OK: i%2 == 1}
		want := walletDigest(t, challengeTypedData(chainID, contract, "Report", apitypes.TypedDataMessage{
			"challenge": strconv.FormatUint(rep.Challenge, 10), "hoster": rep.Hoster.Hex(),
			"positions": hexutil.Encode(rep.Positions[:]), "data": hexutil.Encode(rep.Data[:]), "ok": rep.OK,
		}))
		if got := chain.ChallengeReportDigest(chainID, contract, rep); got != want {
			t.Fatalf("ChallengeReportDigest(%+v) = %s, wallet %s", rep, got.Hex(), want.Hex())
		}
		attester := addr()
		want = walletDigest(t, challengeTypedData(chainID, contract, "Receipt", apitypes.TypedDataMessage{
			"challenge": strconv.FormatUint(rep.Challenge, 10), "attester": attester.Hex(), "data": hexutil.Encode(rep.Data[:]),
		}))
		if got := chain.ChallengeReceiptDigest(chainID, contract, rep.Challenge, attester, rep.Data); got != want {
			t.Fatalf("ChallengeReceiptDigest = %s, wallet %s", got.Hex(), want.Hex())
		}

		n := r.IntN(17)
		members, seqs, digests := make([]common.Address, n), make([]uint64, n), make([]common.Hash, n)
		var packed []byte
		for j := range n {
			members[j], seqs[j], digests[j] = addr(), r.Uint64(), hash()
			packed = append(packed, digests[j][:]...)
		}
		enc, err := abi.Arguments{{Type: addrs}, {Type: u64s}}.Pack(members, seqs)
		if err != nil {
			t.Fatal(err)
		}
		if got := chain.ChallengePositionsHash(members, seqs); got != crypto.Keccak256Hash(enc) {
			t.Fatalf("ChallengePositionsHash of %d positions = %s, abi.encode gives %s", n, got.Hex(), crypto.Keccak256Hash(enc).Hex())
		}
		// Arrays of different lengths encode as abi.encode encodes them.
		short, extra := members[:n/2], seqs[:r.IntN(n+1)]
		if enc, err = (abi.Arguments{{Type: addrs}, {Type: u64s}}).Pack(short, extra); err != nil {
			t.Fatal(err)
		}
		if got := chain.ChallengePositionsHash(short, extra); got != crypto.Keccak256Hash(enc) {
			t.Fatalf("ChallengePositionsHash of %d members and %d seqs = %s", len(short), len(extra), got.Hex())
		}
		if got := chain.ChallengeDataHash(digests); got != crypto.Keccak256Hash(packed) {
			t.Fatalf("ChallengeDataHash = %s", got.Hex())
		}
	}
}

// challengeWorld is a market world with a cluster of the three providers' nodes (each
// provider its node's avatar, so it signs receipts), the owner's ring with the owner as its
// member flushed to seq 3, bucket 1 of it allocated, and a Challenges contract with three
// funded attesters in its pool.
type challengeWorld struct {
	*marketWorld
	ch        *chain.Challenges
	ring      common.Address
	attesters []*ecdsa.PrivateKey
}

func newChallengeWorld(t *testing.T) *challengeWorld {
	t.Helper()
	ctx := context.Background()
	w := &challengeWorld{marketWorld: newMarketWorld(t)}
	m := w.m
	for _, p := range w.providers {
		if _, _, err := m.NodeCreate(ctx, p, addrOf(p), []byte("peer"), chain.NodeParams{GatewayURL: "http://n", Capacity: 100, RentPerUnit: big.NewInt(1)}); err != nil {
			t.Fatal(err)
		}
		if _, err := m.NodeTrustManager(ctx, p, addrOf(w.manager), true); err != nil {
			t.Fatal(err)
		}
	}
	if _, _, _, err := m.ClusterCreate(ctx, w.manager, []chain.ClusterNode{{NodeID: 1, VNodes: 1}, {NodeID: 2, VNodes: 1}, {NodeID: 3, VNodes: 1}}, 10, 0); err != nil {
		t.Fatal(err)
	}
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
	if _, _, err := m.BucketCreate(ctx, w.owner, ring, 1); err != nil {
		t.Fatal(err)
	}
	if _, err := m.Deposit(ctx, w.owner, ether); err != nil {
		t.Fatal(err)
	}
	if _, _, err := m.BucketAlloc(ctx, w.owner, 1, 5, big.NewInt(1000)); err != nil {
		t.Fatal(err)
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
	return w
}

// key returns the world's key of a, an attester or a provider.
func (w *challengeWorld) key(t *testing.T, a common.Address) *ecdsa.PrivateKey {
	t.Helper()
	for _, k := range append(append([]*ecdsa.PrivateKey{}, w.attesters...), w.providers[:]...) {
		if addrOf(k) == a {
			return k
		}
	}
	t.Fatalf("no key for %s", a.Hex())
	return nil
}

// mineSeed seals empty blocks until the seed block is below the latest.
func (w *challengeWorld) mineSeed(t *testing.T, seed uint64) {
	t.Helper()
	for {
		h, err := w.dc.AdvanceTime(time.Second)
		if err != nil {
			t.Fatal(err)
		}
		if h.Number.Uint64() > seed {
			return
		}
	}
}

// report is attester k's signed report on a, with the hoster's receipt when ok.
func (w *challengeWorld) report(t *testing.T, a *chain.ActiveChallenge, k *ecdsa.PrivateKey, ok bool) (chain.ChallengeReport, []byte, []byte) {
	t.Helper()
	digests := make([]common.Hash, len(a.Members))
	for i := range digests {
		digests[i] = crypto.Keccak256Hash(a.Members[i].Bytes(), big.NewInt(int64(a.Seqs[i])).Bytes())
	}
	r := chain.ChallengeReport{Challenge: a.ID, Hoster: a.Hoster, Positions: chain.ChallengePositionsHash(a.Members, a.Seqs),
		Data: chain.ChallengeDataHash(digests), OK: ok}
	sig, err := schemas.Sign(chain.ChallengeReportDigest(w.c.ChainID(), w.ch.Address(), r), k)
	if err != nil {
		t.Fatal(err)
	}
	var receipt []byte
	if ok {
		if receipt, err = schemas.Sign(chain.ChallengeReceiptDigest(w.c.ChainID(), w.ch.Address(), a.ID, addrOf(k), r.Data), w.key(t, a.Hoster)); err != nil {
			t.Fatal(err)
		}
	}
	return r, sig, receipt
}

func TestChallengesClient(t *testing.T) {
	ctx := context.Background()
	w := newChallengeWorld(t)
	ch := w.ch

	if _, err := chain.NewChallenges(ctx, w.c, common.HexToAddress("0x00000000000000000000000000000000000000aa")); !errors.Is(err, chain.ErrNoChallenges) {
		t.Fatalf("NewChallenges without code: %v, want ErrNoChallenges", err)
	}
	if mk, err := ch.Market(ctx); err != nil || mk != w.m.Address() {
		t.Fatalf("market %s, %v", mk.Hex(), err)
	}
	if admin, err := ch.Admin(ctx); err != nil || admin != w.c.Relayer() {
		t.Fatalf("admin %s, %v", admin.Hex(), err)
	}
	p, err := ch.Params(ctx)
	if err != nil || *p != chain.DefaultChallengeParams() {
		t.Fatalf("params %+v, %v", p, err)
	}
	p.ThresholdBps = 7_000
	if _, err := ch.SetParams(ctx, w.dc.RelayerKey(), *p); err != nil {
		t.Fatal(err)
	}
	if got, _ := ch.Params(ctx); got.ThresholdBps != 7_000 {
		t.Fatalf("params after SetParams %+v", got)
	}
	pool, err := ch.Attesters(ctx)
	if err != nil || len(pool) != 3 || pool[1] != addrOf(w.attesters[1]) {
		t.Fatalf("pool %v, %v", pool, err)
	}
	if a, err := ch.Attester(ctx, pool[2]); err != nil || !a.Registered || a.Index != 2 || !bytes.Equal(a.PeerID, []byte{0, 0x24, 2}) || a.GatewayURL != "http://attester" {
		t.Fatalf("attester %+v, %v", a, err)
	}

	// A challenge, derived in Go from what a node reads, and activated.
	created, _, err := ch.ChallengeStorage(ctx, w.stranger, 1)
	if err != nil || created.ID != 1 || created.BucketID != 1 || created.RetryOf != 0 {
		t.Fatalf("challenge %+v, %v", created, err)
	}
	if last, err := ch.LastChallenged(ctx, 1); err != nil || last == 0 {
		t.Fatalf("lastChallenged %d, %v", last, err)
	}
	w.mineSeed(t, created.SeedBlock)
	derived, err := ch.Derive(ctx, created.ID)
	if err != nil {
		t.Fatal(err)
	}
	hdr, err := w.dc.Client().HeaderByNumber(ctx, new(big.Int).SetUint64(created.SeedBlock))
	if err != nil {
		t.Fatal(err)
	}
	bucket, err := w.m.Bucket(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	st, err := w.c.State(ctx, w.ring)
	if err != nil {
		t.Fatal(err)
	}
	goDerived, err := chain.DeriveChallenge(chain.ChallengeInputs{SeedHash: hdr.Hash(), ID: created.ID, BucketID: 1, Ring: w.ring,
		Nodes: bucket.Nodes, Pool: pool, Heads: st.Members, Attesters: int(p.Attesters), Positions: int(p.Positions)})
	if err != nil {
		t.Fatal(err)
	}
	if js(t, goDerived) != js(t, derived) {
		t.Fatalf("DeriveChallenge %s\nDerive %s", js(t, goDerived), js(t, derived))
	}
	active, _, err := ch.Activate(ctx, w.stranger, created.ID)
	if err != nil {
		t.Fatal(err)
	}
	if js(t, active.ChallengeDerivation) != js(t, derived) || active.Deadline == 0 {
		t.Fatalf("activated %s, derived %s", js(t, active), js(t, derived))
	}
	status, err := ch.Challenge(ctx, created.ID)
	if err != nil || status.State != chain.ChallengeActive || js(t, status.Derivation) != js(t, derived) || len(status.Votes) != 3 {
		t.Fatalf("challenge %s, %v", js(t, status), err)
	}

	// Two ok reports pass it; the third is refused.
	var outcome *chain.ChallengeOutcome
	for i, a := range active.Attesters[:2] {
		r, sig, receipt := w.report(t, active, w.key(t, a), true)
		if outcome, _, err = ch.SubmitReport(ctx, w.stranger, r, sig, receipt); err != nil {
			t.Fatal(err)
		}
		if (outcome != nil) != (i == 1) {
			t.Fatalf("report %d: outcome %+v", i, outcome)
		}
	}
	if outcome.Outcome != chain.ChallengePassed || outcome.NodeID != active.HosterNode || outcome.ID != active.ID {
		t.Fatalf("outcome %+v", outcome)
	}
	rep, err := ch.Reputation(ctx, active.HosterNode)
	if err != nil || rep.Alpha.Cmp(new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)) != 0 || rep.ScoreBps != 10_000 || rep.Passes != 1 {
		t.Fatalf("reputation %+v, %v", rep, err)
	}
	period, err := ch.CurrentPeriod(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if rec, err := ch.Record(ctx, active.HosterNode, period); err != nil || rec.Passes != 1 {
		t.Fatalf("record %+v, %v", rec, err)
	}
	if below, err := ch.BelowThreshold(ctx, active.HosterNode); err != nil || below {
		t.Fatalf("belowThreshold %v, %v", below, err)
	}

	// Errors, in words.
	late, lateSig, lateReceipt := w.report(t, active, w.key(t, active.Attesters[2]), true)
	strangerReport, _, _ := w.report(t, active, w.attesters[0], false)
	strangerSig, _ := schemas.Sign(chain.ChallengeReportDigest(w.c.ChainID(), ch.Address(), strangerReport), w.stranger)
	for _, tc := range []struct {
		name   string
		call   func() error
		kind   error
		revert string
	}{
		{"params by a stranger", func() error { _, err := ch.SetParams(ctx, w.stranger, *p); return err }, chain.ErrChallengeNotAllowed, "NotAdmin"},
		{"a period too short", func() error {
			q := *p
			q.Period = time.Minute
			_, err := ch.SetParams(ctx, w.dc.RelayerKey(), q)
			return err
		}, chain.ErrChallengeRefused, "ParamOutOfRange"},
		{"twice in a period", func() error { _, _, err := ch.ChallengeStorage(ctx, w.stranger, 1); return err }, chain.ErrChallengeTooEarly, "ChallengeTooSoon"},
		{"an unknown bucket", func() error { _, _, err := ch.ChallengeStorage(ctx, w.stranger, 9); return err }, chain.ErrChallengeUnknown, "UnknownBucket"},
		{"an unknown challenge", func() error { _, err := ch.Challenge(ctx, 9); return err }, chain.ErrChallengeUnknown, "UnknownChallenge"},
		{"activate twice", func() error { _, _, err := ch.Activate(ctx, w.stranger, 1); return err }, chain.ErrChallengeClosed, "NotPending"},
		{"a report after the quorum", func() error { _, _, err := ch.SubmitReport(ctx, w.stranger, late, lateSig, lateReceipt); return err }, chain.ErrChallengeClosed, "AlreadyResolved"},
		{"resolve a resolved challenge", func() error { _, _, err := ch.Resolve(ctx, w.stranger, 1); return err }, chain.ErrChallengeClosed, "AlreadyResolved"},
		{"leave without being in", func() error { _, err := ch.AttesterLeave(ctx, w.stranger); return err }, chain.ErrChallengeUnknown, "NotAttester"},
		{"a report by a stranger", func() error {
			// on a fresh challenge of a second bucket, so that it is still open
			if _, _, err := w.m.BucketCreate(ctx, w.owner, w.ring, 1); err != nil {
				return err
			}
			if _, _, err := w.m.BucketAlloc(ctx, w.owner, 2, 1, big.NewInt(1000)); err != nil {
				return err
			}
			c2, _, err := ch.ChallengeStorage(ctx, w.stranger, 2)
			if err != nil {
				return err
			}
			if _, _, err := ch.Activate(ctx, w.stranger, c2.ID); !errors.Is(err, chain.ErrChallengeTooEarly) {
				return errors.New("activation before the seed: not ErrChallengeTooEarly")
			}
			w.mineSeed(t, c2.SeedBlock)
			a2, _, err := ch.Activate(ctx, w.stranger, c2.ID)
			if err != nil {
				return err
			}
			r, _, _ := w.report(t, a2, w.attesters[0], false)
			sig, _ := schemas.Sign(chain.ChallengeReportDigest(w.c.ChainID(), ch.Address(), r), w.stranger)
			_, _, err = ch.SubmitReport(ctx, w.stranger, r, sig, nil)
			return err
		}, chain.ErrChallengeNotAllowed, "NotSelectedAttester"},
		{"a malformed signature", func() error {
			_, _, err := ch.SubmitReport(ctx, w.stranger, chain.ChallengeReport{Challenge: 2}, strangerSig[:10], nil)
			return err
		}, chain.ErrChallengeRefused, "BadSignatureLength"},
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
			var ce *chain.ChallengeError
			if !errors.As(err, &ce) || ce.Reason == "" {
				t.Fatalf("err %v is no *ChallengeError", err)
			}
		})
	}

	// A timeout: the hoster is contained and a retry made at once.
	if _, err := w.dc.AdvanceTime(11 * time.Minute); err != nil {
		t.Fatal(err)
	}
	timeout, _, err := ch.Resolve(ctx, w.stranger, 2)
	if err != nil || timeout.Outcome != chain.ChallengeTimedOut || timeout.RetryID != 3 {
		t.Fatalf("resolve: %+v, %v", timeout, err)
	}
	retry, err := ch.Challenge(ctx, 3)
	if err != nil || retry.RetryOf != 2 || retry.State != chain.ChallengePending || retry.Derivation.HosterNode != timeout.NodeID {
		t.Fatalf("retry %s, %v", js(t, retry), err)
	}
	if rep, err := ch.Reputation(ctx, timeout.NodeID); err != nil || !rep.Contained || rep.Timeouts != 1 {
		t.Fatalf("reputation after a timeout %+v, %v", rep, err)
	}

	// Every event, decoded.
	head, err := w.dc.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	evs, err := ch.Events(ctx, 0, head)
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	for _, ev := range evs {
		switch e := ev.(type) {
		case *chain.ChallengeCreated:
			counts["created"]++
		case *chain.ActiveChallenge:
			counts["activated"]++
			if e.ID == 1 && js(t, e) != js(t, active) {
				t.Fatalf("ChallengeActivated %s, Activate gave %s", js(t, e), js(t, active))
			}
		case *chain.ChallengeReportEvent:
			counts["reports"]++
		case *chain.ChallengeOutcome:
			counts["resolved"]++
		case *chain.NodeContainment:
			counts["contained"]++
		case *chain.ReputationChange:
			counts["reputation"]++
		case *chain.AttesterChange:
			counts["attesters"]++
		case *chain.ChallengeParamsSet:
			counts["params"]++
		case *chain.ChallengeAdminSet:
			counts["admin"]++
		}
	}
	want := map[string]int{"created": 3, "activated": 2, "reports": 2, "resolved": 2, "contained": 1, "reputation": 1, "attesters": 3, "params": 2, "admin": 1}
	if js(t, counts) != js(t, want) {
		t.Fatalf("events %v, want %v", counts, want)
	}
}

func js(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
