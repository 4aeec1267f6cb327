package replica

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"

	"github.com/mosaic-rings/rings/gateway"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/ringkeys"
	"github.com/mosaic-rings/rings/plugin/ringlog"
)

// FlushToRing runs the replica's checks on a member's flush, in the order
// docs/protocol.md lists them with their codes and checks: this node
// replicates the ring; the mtx signature recovers to the avatar; the
// deadline, membership (contract state), nonce and seq; every log node
// decodes, appears once, is the avatar's and signed by it, and the prev
// chain connects to the head this replica has (or the chain shows). Then
// it stores and pins the nodes, records a "received" message in its own
// log, queues the mtx for relaying, and waits up to Options.RelayWait for
// the relay.
func (r *Replica) FlushToRing(ctx context.Context, p *gateway.FlushToRingParams) (*gateway.FlushStatus, error) {
	id, err := r.acceptFlush(ctx, p)
	if err != nil {
		return nil, err
	}
	return r.waitRelayed(ctx, id, r.opts.RelayWait)
}

func (r *Replica) acceptFlush(ctx context.Context, p *gateway.FlushToRingParams) (string, error) {
	if r.self == nil {
		return "", fail(gateway.CodeNotReplicaAdmin, "replica", "this node is not set up as a replica: set Replica.Avatar in the ring plugin config")
	}
	ring, avatar := common.HexToAddress(p.Ring), common.HexToAddress(p.Avatar)

	// 1. This node holds the ring's replica key and replicates it.
	rec, err := r.replication(ctx, ring)
	if err != nil {
		return "", err
	}
	if rec != nil && rec.Lapsed != "" {
		return "", r.lapsedErr(rec)
	}
	if _, kerr := r.keys.Get(ring); rec == nil || errors.Is(kerr, ringkeys.ErrNoKeys) {
		return "", fail(gateway.CodeUnknownRing, "ring", "this node does not replicate ring %s (ask it with ReplicateRing)", ring.Hex())
	}

	// 2. ecrecover(mtx, mtx_sig) == avatar.
	f, err := parseMtx(&p.Mtx)
	if err != nil {
		return "", err
	}
	if f.Ring != ring {
		return "", fail(gateway.CodeMtxMismatch, "mtx.ring", "the mtx is for ring %s, the request for ring %s", f.Ring.Hex(), ring.Hex())
	}
	if f.Avatar != avatar {
		return "", fail(gateway.CodeMtxMismatch, "mtx.avatar", "the mtx is for avatar %s, the request for %s", f.Avatar.Hex(), avatar.Hex())
	}
	sig := common.FromHex(p.MtxSig)
	digest, err := schemas.FlushDigest(schemas.Domain{ChainID: r.chainID, Ring: ring}, f)
	if err != nil {
		return "", failShowing(gateway.CodeMtxMismatch, "mtx", err, "the mtx is not a valid Flush")
	}
	signer, err := schemas.Recover(digest, sig)
	if err != nil {
		return "", failWith(gateway.CodeBadSignature, "mtx_sig", err, "the mtx signature is not valid: %s", sigProblem(err))
	}
	var session *schemas.Session
	if p.Session != nil {
		if session, err = r.checkFlushSession(ctx, ring, avatar, signer, p.Session); err != nil {
			return "", err
		}
	} else if signer != avatar {
		return "", fail(gateway.CodeBadSignature, "mtx_sig", "the mtx is signed by %s, not by the avatar %s (or for another ring or chain than ring %s on chain %d)", signer.Hex(), avatar.Hex(), ring.Hex(), r.chainID)
	}
	id := "0x" + hex.EncodeToString(digest[:])

	r.adminMu.RLock()
	defer r.adminMu.RUnlock()
	lock := r.memberLock(ring, avatar)
	lock.Lock()
	defer lock.Unlock()
	if old, err := r.flushRecord(ctx, id); err != nil {
		return "", err
	} else if old != nil {
		return id, nil // the same flush again: nothing new to store or relay
	}
	if now := r.opts.Now().Unix(); f.Deadline.Cmp(big.NewInt(now)) < 0 {
		return "", fail(gateway.CodeExpired, "mtx.deadline", "the mtx expired at %s (unix), it is now %d", f.Deadline, now)
	}

	// 3. The avatar is a member according to contract state.
	st, stale, err := r.state(ctx, ring)
	if err != nil {
		return "", err
	}
	m, ok := st.Member(avatar)
	if !ok {
		return "", fail(gateway.CodeNotMember, "membership", "%s is not a member of ring %s (contract state at block %d)", avatar.Hex(), ring.Hex(), st.Block)
	}
	nextNonce, chainSeq := r.expected(ring, m)
	if stale {
		if f.Nonce.Cmp(nextNonce) < 0 {
			return "", fail(gateway.CodeStaleNonce, "mtx.nonce", "nonce %s was already used; the next is %s", f.Nonce, nextNonce)
		}
	} else if f.Nonce.Cmp(nextNonce) != 0 {
		return "", fail(gateway.CodeStaleNonce, "mtx.nonce", "nonce %s is not the avatar's next nonce %s", f.Nonce, nextNonce)
	}
	if f.Seq <= chainSeq {
		return "", fail(gateway.CodeAlreadyOnChain, "mtx.seq", "the chain already has seq %d for %s (or it is queued); the mtx has seq %d", chainSeq, avatar.Hex(), f.Seq)
	}

	// 4. Every log node decodes, is the avatar's, and the chain connects.
	seg, err := r.checkSegment(ctx, ring, avatar, f, p.Blocks, chainHead{Seq: m.Seq, Head: m.Head})
	if err != nil {
		return "", err
	}

	// Store the nodes here, at once with other flushes; then record the
	// head, pin it and queue the flush, committed together with the
	// flushes of other members that are waiting at the same moment (see
	// commit.go). The relayer's next round writes the "received" message.
	if err := r.logs.Stage(ctx, seg.blocks); err != nil {
		return "", err
	}
	fr := &flushRecord{
		ID: id, Ring: ring, Avatar: avatar, HeadCID: seg.headCID.String(), Seq: f.Seq,
		Head: f.Head, Nonce: f.Nonce.String(), Deadline: f.Deadline.String(), Sig: sig, Session: session,
		Status: statusReceived, Stored: len(seg.blocks), ReplicaRing: rec.ReplicaRing, Created: r.opts.Now().UTC(),
	}
	if err := r.commit(ctx, seg, fr); err != nil {
		if errors.Is(err, ringlog.ErrHeadMoved) {
			return "", failWith(gateway.CodeIncomplete, "logNodes", err, "log replication incomplete: the avatar's log moved while this flush was checked; send it again")
		}
		return "", err
	}
	r.accept(ring, avatar, f.Nonce, f.Seq)
	r.kick()
	return id, nil
}

func parseMtx(m *gateway.Mtx) (schemas.Flush, error) {
	num := func(field string, v string, bits int) (*big.Int, error) {
		n, ok := new(big.Int).SetString(v, 10)
		if !ok || n.Sign() < 0 || n.BitLen() > bits {
			return nil, fail(gateway.CodeMtxMismatch, "mtx."+field, "mtx.%s %q is not a uint%d", field, v, bits)
		}
		return n, nil
	}
	seq, err := num("seq", m.Seq.String(), 64)
	if err != nil {
		return schemas.Flush{}, err
	}
	nonce, err := num("nonce", m.Nonce.String(), 256)
	if err != nil {
		return schemas.Flush{}, err
	}
	deadline, err := num("deadline", m.Deadline.String(), 256)
	if err != nil {
		return schemas.Flush{}, err
	}
	head := common.FromHex(m.Head)
	if len(head) != 32 {
		return schemas.Flush{}, fail(gateway.CodeMtxMismatch, "mtx.head", "mtx.head must be 32 bytes")
	}
	return schemas.Flush{
		Ring: common.HexToAddress(m.Ring), Avatar: common.HexToAddress(m.Avatar), Head: [32]byte(head),
		Seq: seq.Uint64(), Nonce: nonce, Deadline: deadline,
	}, nil
}

// segment is the verified new part of a member's log.
type segment struct {
	prev    ringlog.Head
	hasPrev bool
	head    ringlog.Head
	headCID cid.Cid
	blocks  []blocks.Block // newest first, only the nodes this replica lacks
}

// checkSegment decodes and verifies the flush's log nodes (newest first)
// and finds where they attach: to the replica's head for the avatar, or,
// when the replica lags, to the chain's head after fetching the log up to
// it from the network.
func (r *Replica) checkSegment(ctx context.Context, ring, avatar common.Address, f schemas.Flush, raw [][]byte, m chainHead) (*segment, error) {
	if len(raw) == 0 {
		return nil, fail(gateway.CodeIncomplete, "logNodes", "log replication incomplete: the flush carries no log nodes; send the nodes after the replica's head up to seq %d", f.Seq)
	}
	if len(raw) > r.opts.MaxLogNodes {
		return nil, fail(gateway.CodeTooDeep, "logNodes", "the flush carries %d log nodes, more than this replica's limit of %d; flush more often", len(raw), r.opts.MaxLogNodes)
	}
	nodes := make([]*schemas.LogNode, len(raw))
	blks := make([]blocks.Block, len(raw))
	seen := map[cid.Cid]int{}
	revoked := map[common.Address]uint64{}
	for i, data := range raw {
		check := fmt.Sprintf("logNodes[%d]", i)
		n, err := schemas.DecodeLogNode(data)
		if err != nil {
			return nil, failShowing(gateway.CodeInvalidLogNode, check, err, "log node %d is not a canonical dag-cbor LogNode block", i)
		}
		blk, err := schemas.Block(data)
		if err != nil {
			return nil, failWith(gateway.CodeInvalidLogNode, check, err, "log node %d: its CID cannot be computed", i)
		}
		if j, dup := seen[blk.Cid()]; dup {
			return nil, fail(gateway.CodeInvalidLogNode, check+".duplicate", "log node %d repeats log node %d (%s)", i, j, blk.Cid())
		}
		seen[blk.Cid()] = i
		if !bytes.Equal(n.Author, avatar.Bytes()) {
			return nil, fail(gateway.CodeInvalidLogNode, check+".author", "log node %d is authored by %s, not the avatar %s", i, common.BytesToAddress(n.Author).Hex(), avatar.Hex())
		}
		if !bytes.Equal(n.Ring, ring.Bytes()) || n.Chain != int64(r.chainID) {
			return nil, fail(gateway.CodeInvalidLogNode, check+".ring", "log node %d is for ring %s on chain %d, not ring %s on chain %d", i, common.BytesToAddress(n.Ring).Hex(), n.Chain, ring.Hex(), r.chainID)
		}
		if _, err := schemas.VerifyLogNode(n); err != nil {
			return nil, failWith(gateway.CodeInvalidLogNode, check+".signature", err, "log node %d is not signed by the avatar: %s", i, sigProblem(err))
		}
		if err := r.checkNodeSession(ctx, ring, n, revoked); err != nil {
			return nil, failWith(gateway.CodeSession, check+".session", err, "log node %d: %s", i, err)
		}
		nodes[i], blks[i] = n, blk
	}
	newest := nodes[0]
	headDigest, _ := schemas.Digest(blks[0].Cid())
	if headDigest != f.Head {
		return nil, fail(gateway.CodeMtxMismatch, "mtx.head", "the mtx names seq %d head %s, but the newest log node is seq %d %s", f.Seq, schemas.CIDFromDigest(f.Head), newest.Seq, blks[0].Cid())
	}
	if uint64(newest.Seq) != f.Seq {
		return nil, fail(gateway.CodeMtxMismatch, "mtx.seq", "the mtx names head %s with seq %d, but that log node is seq %d", blks[0].Cid(), f.Seq, newest.Seq)
	}
	for i := 1; i < len(nodes); i++ {
		newer, older := nodes[i-1], nodes[i]
		switch {
		case older.Seq == newer.Seq:
			// Both are signed by the avatar (checked above): evidence.
			r.keepForkEvidence(ctx, ring, avatar, uint64(older.Seq), blks[i-1], blks[i])
			return nil, fail(gateway.CodeFork, fmt.Sprintf("logNodes[%d].seq", i), "fork: log nodes %d and %d are two different nodes for seq %d", i-1, i, older.Seq)
		case older.Seq != newer.Seq-1:
			return nil, fail(gateway.CodeIncomplete, fmt.Sprintf("logNodes[%d].seq", i), "log replication incomplete: after seq %d comes seq %d; seq %d is missing", newer.Seq, older.Seq, newer.Seq-1)
		case newer.Prev == nil || *newer.Prev != blks[i].Cid():
			return nil, fail(gateway.CodeIncomplete, fmt.Sprintf("logNodes[%d].prev", i-1), "log replication incomplete: seq %d links to prev %s, not to the given seq %d node %s", newer.Seq, prevString(newer.Prev), older.Seq, blks[i].Cid())
		}
	}
	return r.attach(ctx, ring, avatar, nodes, blks, m)
}

// chainHead is a member's head as the contract holds it.
type chainHead struct {
	Seq  uint64
	Head [32]byte
}

// attach finds where the verified nodes continue the replica's copy of the
// log, drops the ones it already has, and rejects forks.
func (r *Replica) attach(ctx context.Context, ring, avatar common.Address, nodes []*schemas.LogNode, blks []blocks.Block, m chainHead) (*segment, error) {
	local, hasLocal, err := r.logs.Head(ctx, ring, avatar)
	if err != nil {
		return nil, err
	}
	oldest := nodes[len(nodes)-1]
	oldestSeq := uint64(oldest.Seq)
	newestSeq := uint64(nodes[0].Seq)
	seg := &segment{
		head:    ringlog.Head{Ring: ring, Member: avatar, Seq: newestSeq, CID: blks[0].Cid()},
		headCID: blks[0].Cid(),
	}

	// The replica lags behind the chain's head: fetch the log up to it.
	if (!hasLocal || local.Seq < oldestSeq-1) && m.Seq == oldestSeq-1 && m.Seq > 0 && oldest.Prev != nil {
		if d, _ := schemas.Digest(*oldest.Prev); d == m.Head {
			if err := r.fetchLog(ctx, ring, avatar, *oldest.Prev, m.Seq); err != nil {
				return nil, failWith(gateway.CodeIncomplete, "logNodes", err, "log replication incomplete: the nodes continue the chain's head seq %d (%s), which this replica could not fetch; send the older nodes too, or try again later", m.Seq, *oldest.Prev)
			}
			if local, hasLocal, err = r.logs.Head(ctx, ring, avatar); err != nil {
				return nil, err
			}
		}
	}

	// Nodes this replica already has must be the same nodes.
	if hasLocal && local.Seq >= oldestSeq {
		for i := len(nodes) - 1; i >= 0 && uint64(nodes[i].Seq) <= local.Seq; i-- {
			have, err := r.nodeAt(ctx, local, uint64(nodes[i].Seq))
			if err != nil {
				return nil, err
			}
			if have != blks[i].Cid() {
				if held, err := r.logs.Block(ctx, have); err == nil {
					if a, err := blocks.NewBlockWithCid(held, have); err == nil {
						r.keepForkEvidence(ctx, ring, avatar, uint64(nodes[i].Seq), a, blks[i])
					}
				}
				return nil, fail(gateway.CodeFork, fmt.Sprintf("logNodes[%d]", i), "fork: the avatar signed two nodes for seq %d: %s (given) and %s (held by this replica)", nodes[i].Seq, blks[i].Cid(), have)
			}
		}
		keep := 0
		for keep < len(nodes) && uint64(nodes[keep].Seq) > local.Seq {
			keep++
		}
		seg.prev, seg.hasPrev, seg.blocks = local, true, blks[:keep]
		return seg, nil
	}
	switch {
	case oldestSeq == 1 && !hasLocal:
		seg.prev = ringlog.Head{Ring: ring, Member: avatar}
	case hasLocal && local.Seq == oldestSeq-1 && oldest.Prev != nil && *oldest.Prev == local.CID:
		seg.prev, seg.hasPrev = local, true
	case hasLocal && local.Seq == oldestSeq-1:
		return nil, fail(gateway.CodeFork, fmt.Sprintf("logNodes[%d].prev", len(nodes)-1), "fork: seq %d links to prev %s, but this replica holds %s for seq %d", oldestSeq, prevString(oldest.Prev), local.CID, local.Seq)
	default:
		have := "no log"
		if hasLocal {
			have = fmt.Sprintf("seq %d (%s)", local.Seq, local.CID)
		}
		return nil, fail(gateway.CodeIncomplete, fmt.Sprintf("logNodes[%d].prev", len(nodes)-1),
			"log replication incomplete: the oldest node, seq %d, links to %s, which this replica does not have (it has %s of %s's log, the chain has seq %d); send the nodes from seq %d",
			oldestSeq, prevString(oldest.Prev), have, avatar.Hex(), m.Seq, min(local.Seq, m.Seq)+1)
	}
	seg.blocks = blks
	return seg, nil
}

// nodeAt returns the CID of the node at seq in the log ending at head.
func (r *Replica) nodeAt(ctx context.Context, head ringlog.Head, seq uint64) (cid.Cid, error) {
	var found cid.Cid
	err := r.logs.Walk(ctx, head.CID, func(c cid.Cid, n *schemas.LogNode) error {
		if uint64(n.Seq) == seq {
			found = c
			return ringlog.ErrStop
		}
		return nil
	})
	if err == nil && !found.Defined() {
		err = fmt.Errorf("replica: no node at seq %d below %s", seq, head.CID)
	}
	return found, err
}

// keepForkEvidence records a fork the avatar signed (a held or listed
// first, b the other node), for `ipfs ring forks` and reportFork. The
// flush itself is refused all the same; a failure to record is only
// logged, as the refusal is the answer.
func (r *Replica) keepForkEvidence(ctx context.Context, ring, avatar common.Address, seq uint64, a, b blocks.Block) {
	if _, _, err := r.logs.RecordFork(ctx, ring, r.chainID, avatar, seq, a, b); err != nil {
		log.Errorf("recording the fork of %s at seq %d in ring %s: %v", avatar.Hex(), seq, ring.Hex(), err)
	}
}

func prevString(p *cid.Cid) string {
	if p == nil {
		return "nothing (seq 1)"
	}
	return p.String()
}

func sortedKeys(m map[string]string) []string { return slices.Sorted(maps.Keys(m)) }
