package contracts_test

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/mosaic-rings/rings/contracts/bindings"
	"github.com/mosaic-rings/rings/contracts/chain"
)

// goInputs reads what challenge id's derivation depends on from the latest block, as a
// node would, for chain.DeriveChallenge.
func (c *chal) goInputs(id uint64) chain.ChallengeInputs {
	c.e.tb.Helper()
	v := c.challenge(id)
	hdr, err := c.e.client.HeaderByNumber(c.e.tb.Context(), new(big.Int).SetUint64(v.SeedBlock))
	if err != nil {
		c.e.tb.Fatal(err)
	}
	b := c.bucket(v.BucketId)
	p := c.params()
	in := chain.ChallengeInputs{SeedHash: hdr.Hash(), ID: id, BucketID: v.BucketId, Ring: b.Ring, Pool: c.pool(),
		Attesters: int(p.Attesters), Positions: int(p.Positions)}
	for _, n := range b.Nodes {
		in.Nodes = append(in.Nodes, chain.MarketNode{NodeID: n.NodeId, Avatar: n.Avatar})
	}
	if v.RetryOf.Sign() != 0 {
		in.HosterNode = v.D.HosterNode
		in.Hoster = c.node(in.HosterNode).Avatar
	}
	for _, h := range call(c.e, b.Ring, ringABI.PackGetHeads(), ringABI.UnpackGetHeads) {
		in.Heads = append(in.Heads, chain.MemberHead{Member: h.Member, Head: h.Head, Seq: h.Seq, Nonce: h.Nonce})
	}
	return in
}

// sameDerivation reports whether the Go derivation equals the contract's.
func sameDerivation(g *chain.ChallengeDerivation, d bindings.ChallengesDerivation) bool {
	heads := make([]common.Hash, len(d.Heads))
	for i, h := range d.Heads {
		heads[i] = h
	}
	return g.Ring == d.Ring && g.HosterNode == d.HosterNode && g.Hoster == d.Hoster && slices.Equal(g.Attesters, d.Attesters) &&
		slices.Equal(g.Members, d.Members) && slices.Equal(g.Seqs, d.Seqs) && slices.Equal(g.Heads, heads) &&
		slices.Equal(g.HeadSeqs, d.HeadSeqs) && g.PositionsHash == d.PositionsHash
}

// TestChallengesDeriveRandom checks that anyone can recompute a challenge: over random
// rounds — attesters joining and leaving (so the pool's order moves), nodes whose avatars
// are in the pool entering and leaving the cluster, members flushing, k and m changing,
// retries with a fixed hoster — chain.DeriveChallenge from the seed block's hash and the
// chain's state equals the contract's derive and what activate stores, and both refuse
// alike when the pool has too few eligible attesters.
func TestChallengesDeriveRandom(t *testing.T) {
	t.Parallel()
	rounds := 40
	if testing.Short() {
		rounds = 10
	}
	rnd := rand.New(rand.NewPCG(2026, 12))
	c := newChallenges(t, 6)
	e := c.e
	p := c.params()
	p.Period = 3600
	c.tx(mAdmin, challengesABI.PackSetParams(p))

	// Three more nodes (4-6) whose avatars are funded attesters; all six trust the manager.
	attesters := slices.Clone(c.attesters)
	var avatarNodes []uint32
	for i := range 3 {
		k := c.newAttester(20 + i)
		attesters = append(attesters, k)
		c.mkt.tx(mProviders[i], marketABI.PackNodeCreate(e.addr(k), nil, "", fixtureCapacity, big.NewInt(1)), nil)
		avatarNodes = append(avatarNodes, uint32(4+i))
	}
	for i := range 4 {
		attesters = append(attesters, c.newAttester(30+i))
	}
	inPool := map[int]bool{}
	for _, k := range attesters {
		inPool[k] = true
	}
	inCluster := map[uint32]bool{1: true, 2: true, 3: true}
	members := []int{cMember1, cMember2, cMember3}
	var derived, refused, retries, excluded int

	for round := range rounds {
		// Churn: attesters leave and come back, nodes move, members flush.
		for range 3 {
			k := attesters[rnd.IntN(len(attesters))]
			if inPool[k] {
				c.tx(k, challengesABI.PackAttesterLeave())
			} else {
				c.tx(k, challengesABI.PackAttesterRegister(nil, ""))
			}
			inPool[k] = !inPool[k]
		}
		for _, n := range append([]uint32{1, 2, 3}, avatarNodes...) {
			if rnd.IntN(3) != 0 {
				continue
			}
			if inCluster[n] && len(inCluster) > 1 {
				c.mkt.tx(mManager, marketABI.PackClusterRemoveNode(1, n), nil)
				delete(inCluster, n)
			} else if !inCluster[n] {
				c.mkt.tx(mManager, marketABI.PackClusterAddNode(1, n, 1), nil)
				inCluster[n] = true
			}
		}
		if rnd.IntN(2) == 0 {
			k := members[rnd.IntN(len(members))]
			c.flush(k, c.e.logHead(c.ring, e.addr(k)).Seq+1+uint64(rnd.IntN(1000)))
		}
		p.Attesters = uint8(1 + rnd.IntN(8))
		p.Positions = uint8(1 + rnd.IntN(16))
		c.tx(mAdmin, challengesABI.PackSetParams(p))

		id := c.create(mStranger, 1).Id.Uint64()
		for {
			c.mineSeed(id)
			in := c.goInputs(id)
			g, gerr := chain.DeriveChallenge(in)
			d, cerr := bind.Call(challengesABI.Instance(e.client, c.ch), &bind.CallOpts{Context: t.Context()},
				challengesABI.PackDerive(new(big.Int).SetUint64(id)), challengesABI.UnpackDerive)
			if gerr != nil || cerr != nil {
				want := &bindings.ChallengesNotEnoughAttesters{}
				got, ok := decodeChallengesRevert(cerr).(*bindings.ChallengesNotEnoughAttesters)
				if !errors.Is(gerr, chain.ErrChallengeRefused) || !ok || got.Needed.Int64() != int64(p.Attesters) {
					t.Fatalf("round %d: Go %v, contract %v (%T, want %T)", round, gerr, cerr, got, want)
				}
				refused++
				break
			}
			if !sameDerivation(g, d) {
				t.Fatalf("round %d, challenge %d: Go %s\ncontract %s", round, id, jsonOf(t, g), jsonOf(t, d))
			}
			v := c.activate(id) // checks that activate stores and emits derive's answer
			if !sameDerivation(g, v.D) {
				t.Fatalf("round %d: activated %s, Go %s", round, jsonOf(t, v.D), jsonOf(t, g))
			}
			for _, n := range in.Nodes {
				if slices.Contains(in.Pool, n.Avatar) {
					excluded++ // a derivation that had to skip avatars in the pool
					break
				}
			}
			if v.RetryOf.Sign() == 0 {
				c.checkDerivation(v.D, 1) // a retry's hoster may have left the cluster since
			}
			derived++
			// Now and then a timeout: its retry keeps the hoster, whatever the cluster is now.
			if v.RetryOf.Sign() != 0 || rnd.IntN(3) != 0 {
				break
			}
			e.advance(10*time.Minute + time.Second)
			r := c.tx(mStranger, challengesABI.PackResolve(v.Id))
			var retry *bindings.ChallengesChallengeCreated
			for _, l := range r.Logs {
				if ev, err := challengesABI.UnpackChallengeCreatedEvent(l); err == nil {
					retry = ev
				}
			}
			if retry == nil {
				break // the hoster was contained already: a Fail, no retry
			}
			id = retry.Id.Uint64()
			retries++
		}
		e.advance(time.Hour)
	}
	t.Logf("%d derivations compared (%d of retries, %d with node avatars in the pool), %d refusals alike", derived, retries, excluded, refused)
	if derived < rounds/2 || retries == 0 || excluded == 0 || refused == 0 {
		t.Fatalf("%d derivations, %d retries, %d with avatars in the pool, %d refusals: the rounds test too little", derived, retries, excluded, refused)
	}
}
