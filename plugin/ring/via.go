package ring

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math/big"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"
	"github.com/ipfs/go-datastore"

	"github.com/mosaic-rings/rings/gateway"
	"github.com/mosaic-rings/rings/gateway/client"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/avatar"
	"github.com/mosaic-rings/rings/plugin/ringkeys"
	"github.com/mosaic-rings/rings/plugin/ringlog"
)

// MaxFlushNodes bounds the log nodes one FlushVia sends (a replica's
// default limit).
const MaxFlushNodes = 10000

// sentFlush is the last flush this node handed to a replica for one log,
// so that it can flush again while that one waits to be relayed (or the
// chain is unreachable).
type sentFlush struct {
	ID    string `json:"id"`
	Via   string `json:"via"`
	Seq   uint64 `json:"seq"`
	Nonce string `json:"nonce"`
}

func sentKey(ring, avatar common.Address) datastore.Key {
	return datastore.NewKey("/sent/" + ring.Hex() + "/" + avatar.Hex())
}

// FlushVia sends the avatar's log nodes that the chain (or the replica) does
// not have yet, with a freshly signed Flush, to a replica's gateway at via.
// The replica verifies, stores and relays them; the result is its status.
func (s *Service) FlushVia(ctx context.Context, ringName, avatarName, via string) (*gateway.FlushStatus, error) {
	cl, err := client.New(via)
	if err != nil {
		return nil, fmt.Errorf("%w: --via: %v", ErrBadArgument, err)
	}
	p, nonce, err := s.FlushRequest(ctx, ringName, avatarName, cl)
	if err != nil {
		return nil, err
	}
	st, err := cl.FlushToRing(ctx, p)
	if err != nil {
		return nil, err
	}
	rec, _ := json.Marshal(sentFlush{ID: st.ID, Via: via, Seq: st.Seq, Nonce: nonce.String()})
	if err := s.logs.Datastore().Put(ctx, sentKey(common.HexToAddress(p.Ring), common.HexToAddress(p.Avatar)), rec); err != nil {
		return nil, err
	}
	return st, nil
}

// FlushRequest builds (and signs) the FlushToRing params that FlushVia
// sends: the avatar's log nodes after the chain's head (or after the last
// flush handed to the replica cl, when cl is set), newest first, and the
// signed mtx. It sends nothing.
func (s *Service) FlushRequest(ctx context.Context, ringName, avatarName string, cl *client.Client) (*gateway.FlushToRingParams, *big.Int, error) {
	k, err := s.resolveRing(ringName)
	if err != nil {
		return nil, nil, err
	}
	av, err := avatar.Load(s.avatars, avatarName)
	if err != nil {
		return nil, nil, err
	}
	h, ok, err := s.logs.Head(ctx, k.Ring, av.Address)
	if err != nil {
		return nil, nil, err
	}
	if !ok {
		return nil, nil, s.noLog(ctx, k, av.Address, true)
	}
	base, nonce, err := s.flushBase(ctx, cl, k, av.Address)
	if err != nil {
		return nil, nil, err
	}
	if h.Seq <= base {
		return nil, nil, fmt.Errorf("%w: seq %d is already on chain or with the replica; the local head is seq %d", ErrAlreadyFlushed, base, h.Seq)
	}
	if h.Seq-base > MaxFlushNodes {
		return nil, nil, fmt.Errorf("%w: %d unflushed nodes, more than a replica takes at once (%d)", ErrBadArgument, h.Seq-base, MaxFlushNodes)
	}
	var nodes []string
	err = s.logs.Walk(ctx, h.CID, func(c cid.Cid, n *schemas.LogNode) error {
		if uint64(n.Seq) <= base {
			return ringlog.ErrStop
		}
		raw, err := s.logs.Block(ctx, c)
		if err != nil {
			return err
		}
		nodes = append(nodes, base64.StdEncoding.EncodeToString(raw))
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	digest, err := schemas.Digest(h.CID)
	if err != nil {
		return nil, nil, err
	}
	f := schemas.Flush{Ring: k.Ring, Avatar: av.Address, Head: digest, Seq: h.Seq, Nonce: nonce,
		Deadline: s.deadline(ctx)}
	fd, err := schemas.FlushDigest(schemas.Domain{ChainID: k.Chain, Ring: k.Ring}, f)
	if err != nil {
		return nil, nil, err
	}
	sig, err := schemas.Sign(fd, av.PrivateKey())
	if err != nil {
		return nil, nil, err
	}
	return &gateway.FlushToRingParams{
		Avatar: av.Address.Hex(), Ring: k.Ring.Hex(),
		Mtx: gateway.Mtx{Ring: k.Ring.Hex(), Avatar: av.Address.Hex(), Head: hexutil.Encode(digest[:]),
			Seq: json.Number(fmt.Sprint(h.Seq)), Nonce: json.Number(nonce.String()), Deadline: json.Number(f.Deadline.String())},
		MtxSig: hexutil.Encode(sig), LogNodes: nodes,
	}, nonce, nil
}

// flushBase is the seq the next flush builds on and its nonce: the chain's,
// or the last flush handed to a replica while that one is still accepted
// (not failed) and ahead of the chain, or the chain is unreachable.
func (s *Service) flushBase(ctx context.Context, cl *client.Client, k ringkeys.Keys, who common.Address) (uint64, *big.Int, error) {
	ring := k.Ring
	var sent *sentFlush
	if v, err := s.logs.Datastore().Get(ctx, sentKey(ring, who)); err == nil {
		var sf sentFlush
		if json.Unmarshal(v, &sf) == nil {
			sent = &sf
		}
	}
	sentNext := func() (uint64, *big.Int) {
		n, _ := new(big.Int).SetString(sent.Nonce, 10)
		return sent.Seq, n.Add(n, big.NewInt(1))
	}
	st, err := s.chain.State(ctx, ring)
	if err != nil {
		if sent != nil {
			seq, n := sentNext()
			return seq, n, nil
		}
		return 0, nil, err
	}
	m, ok := st.Member(who)
	if !ok {
		return 0, nil, s.notMember(ctx, k, who)
	}
	if sent == nil || sent.Seq <= m.Seq || cl == nil {
		return m.Seq, m.Nonce, nil
	}
	// The last flush is ahead of the chain: build on it unless it failed.
	if fs, err := cl.FlushStatus(ctx, sent.ID); err == nil && fs.Status != "failed" {
		seq, n := sentNext()
		return seq, n, nil
	}
	return m.Seq, m.Nonce, nil
}

// ReplicateVia asks the replica at via to replicate a ring into its replica
// ring, handing it the ring's replica key with a request signed by the
// avatar (the ring's owner or a member), under the market bucket bucket
// (0: none; a replica that enforces the market requires one).
func (s *Service) ReplicateVia(ctx context.Context, ringName, avatarName, via, replicaRing string, bucket uint64) (*gateway.ReplicateStatus, error) {
	k, av, cl, err := s.viaRequest(ringName, avatarName, via)
	if err != nil {
		return nil, err
	}
	if err := s.checkSigner(ctx, k, av, "replicate", false, via); err != nil {
		return nil, err
	}
	rr, err := s.ringAddress(replicaRing)
	if err != nil {
		return nil, err
	}
	keyHash := crypto.Keccak256Hash(k.ReplicaKey[:])
	req := schemas.ReplicateRing{Ring: k.Ring, ReplicaRing: rr, ReplicaKeyHash: keyHash,
		Deadline: s.deadline(ctx)}
	digest, err := schemas.ReplicateRingDigest(schemas.Domain{ChainID: k.Chain, Ring: k.Ring}, req)
	if err != nil {
		return nil, err
	}
	sig, err := schemas.Sign(digest, av.PrivateKey())
	if err != nil {
		return nil, err
	}
	return cl.ReplicateRing(ctx, &gateway.ReplicateRingParams{
		Ring: k.Ring.Hex(), ReplicaRing: rr.Hex(), ReplicaKey: hexutil.Encode(k.ReplicaKey[:]),
		Mtx: gateway.ReplicateMtx{Ring: k.Ring.Hex(), ReplicaRing: rr.Hex(), ReplicaKeyHash: keyHash.Hex(),
			Deadline: json.Number(req.Deadline.String())},
		MtxSig: hexutil.Encode(sig),
		Bucket: bucketParam(bucket),
	})
}

func bucketParam(bucket uint64) json.Number {
	if bucket == 0 {
		return ""
	}
	return json.Number(strconv.FormatUint(bucket, 10))
}

// ringAddress takes a 0x address (any ring, keys or not) or the local name
// of a ring this node holds keys for.
func (s *Service) ringAddress(nameOrAddr string) (common.Address, error) {
	if addr, isAddr, err := hexAddress(nameOrAddr); isAddr {
		return addr, err
	}
	k, err := s.resolveRing(nameOrAddr)
	if err != nil {
		return common.Address{}, err
	}
	return k.Ring, nil
}

// UnreplicateVia asks the replica at via to stop replicating a ring, with a
// request signed by the avatar, which must own the ring.
func (s *Service) UnreplicateVia(ctx context.Context, ringName, avatarName, via string) (*gateway.ReplicateStatus, error) {
	k, av, cl, err := s.viaRequest(ringName, avatarName, via)
	if err != nil {
		return nil, err
	}
	if err := s.checkSigner(ctx, k, av, "unreplicate", true, via); err != nil {
		return nil, err
	}
	deadline := s.deadline(ctx)
	digest, err := schemas.UnreplicateRingDigest(schemas.Domain{ChainID: k.Chain, Ring: k.Ring}, deadline)
	if err != nil {
		return nil, err
	}
	sig, err := schemas.Sign(digest, av.PrivateKey())
	if err != nil {
		return nil, err
	}
	return cl.UnreplicateRing(ctx, &gateway.UnreplicateRingParams{
		Ring:   k.Ring.Hex(),
		Mtx:    gateway.UnreplicateMtx{Ring: k.Ring.Hex(), Deadline: json.Number(deadline.String())},
		MtxSig: hexutil.Encode(sig),
	})
}

// viaRequest resolves what every request to a replica needs: the ring's
// keys, the signing avatar and a client of the replica's gateway.
func (s *Service) viaRequest(ringName, avatarName, via string) (ringkeys.Keys, *avatar.Avatar, *client.Client, error) {
	k, err := s.resolveRing(ringName)
	if err != nil {
		return ringkeys.Keys{}, nil, nil, err
	}
	av, err := avatar.Load(s.avatars, avatarName)
	if err != nil {
		return ringkeys.Keys{}, nil, nil, err
	}
	cl, err := client.New(via)
	if err != nil {
		return ringkeys.Keys{}, nil, nil, fmt.Errorf("%w: --via: %v", ErrBadArgument, err)
	}
	return k, av, cl, nil
}

// checkSigner refuses, before anything is signed or sent, a request to a
// replica that it would refuse for its signer: only the owner may ask
// (ownerOnly), or the owner or a member. When the chain cannot be read,
// the replica is left to check.
func (s *Service) checkSigner(ctx context.Context, k ringkeys.Keys, av *avatar.Avatar, cmd string, ownerOnly bool, via string) error {
	st, err := s.cachedState(ctx, k.Ring, false)
	if err != nil || st.Owner == av.Address {
		return nil
	}
	args := cmd + " " + ringArg(k) + " --via " + via
	if ownerOnly {
		return fmt.Errorf("%w: %s does not own %s; %s", ErrNotOwner, s.accountLabel(av.Address), ringLabel(k),
			s.ownerStep(st.Owner, cmd+" it", args))
	}
	if _, ok := st.Member(av.Address); ok {
		return nil
	}
	return fmt.Errorf("%w: %s neither owns %s nor is a member; run it --from the owner or a member (`ipfs ring info %s` lists them)",
		ErrNotMember, s.accountLabel(av.Address), ringLabel(k), ringArg(k))
}

// RingAddress is the address of a ring given by its local name or as a 0x
// address (any ring, keys or not).
func (s *Service) RingAddress(nameOrAddr string) (common.Address, error) {
	return s.ringAddress(nameOrAddr)
}
