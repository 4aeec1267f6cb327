package ring

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/plugin/avatar"
	"github.com/mosaic-rings/rings/plugin/ringlog"
)

// Announcer tells the nodes of a ring's members that a log has a new head
// (plugin/announce sends it over libp2p). Announce must not block: the
// service calls it right after an append.
type Announcer interface {
	Announce(ring, member common.Address, head cid.Cid, seq uint64, members []common.Address)
}

// Connector connects this node to the nodes of a ring's members, so that
// sync and votes reach them (plugin/ringpeers finds them on chain), and
// returns those it is connected to.
type Connector interface {
	Connect(ctx context.Context, ring common.Address, members []common.Address) []peer.ID
}

// announce hands a new head of this node's log to the Announcer, with the
// ring's members as the head cache holds them (no chain call: a missing
// or stale list only narrows whom the announcement reaches; the chain's
// heads bring the log to the rest).
func (s *Service) announce(ctx context.Context, ring, member common.Address, h ringlog.Head) {
	if s.opts.Announcer == nil {
		return
	}
	st, err := s.readState(ctx, ring, false, false)
	if err != nil {
		return
	}
	s.opts.Announcer.Announce(ring, member, h.CID, h.Seq, memberAddrs(st))
}

// memberAddrs lists the members of st.
func memberAddrs(st *chain.RingState) []common.Address {
	out := make([]common.Address, len(st.Members))
	for i, m := range st.Members {
		out[i] = m.Member
	}
	return out
}

// connect connects to the nodes of the ring's members, if the node has a
// Connector.
func (s *Service) connect(ctx context.Context, ring common.Address, members []common.Address) {
	if s.opts.Connector != nil {
		s.opts.Connector.Connect(ctx, ring, members)
	}
}

// ConnectMembers connects this node to the published nodes of ring's
// members (through the Connector; nothing without one), for a reader that
// wants what only they hold, such as the registry ring's anchored
// snapshot, on a node that keeps no key of the ring. It returns the
// members' nodes it is connected to.
func (s *Service) ConnectMembers(ctx context.Context, ring common.Address) ([]peer.ID, error) {
	if s.opts.Connector == nil {
		return nil, nil
	}
	st, err := s.readState(ctx, ring, false, false)
	if err != nil {
		return nil, err
	}
	return s.opts.Connector.Connect(ctx, ring, memberAddrs(st)), nil
}

// Announced acts on another node's announcement that member's log in ring
// has the node head of seq seq: if this node keeps the ring, member is a
// member and the local log is behind, it fetches the log from that node
// (from), checking every node as a sync does. fetched reports whether the
// local log moved.
func (s *Service) Announced(ctx context.Context, from ringlog.Source, ring, member common.Address, head cid.Cid, seq uint64) (fetched bool, err error) {
	k, err := s.keys.Get(ring)
	if err != nil {
		return false, fmt.Errorf("an announcement for ring %s, which this node does not keep: %w", ring.Hex(), err)
	}
	if ok, err := s.isMember(ctx, ring, member); err != nil {
		return false, err
	} else if !ok {
		return false, fmt.Errorf("an announcement for %s, not a member of ring %s", member.Hex(), ring.Hex())
	}
	local, ok, err := s.logs.Head(ctx, ring, member)
	if err != nil {
		return false, err
	}
	if ok && local.Seq >= seq {
		return false, nil
	}
	f, err := s.logs.Fetch(ctx, []ringlog.Source{from}, ring, k.Chain, member, head, seq, nil)
	if err != nil {
		return f.Fetched > 0, err
	}
	return f.Head.Seq > local.Seq || !ok, nil
}

// LocalMember is a member of a ring this node keeps, whose avatar key is
// in this node's keystore.
type LocalMember struct {
	Ring   common.Address
	Avatar *avatar.Avatar
}

// LocalMembers lists, for every ring this node holds keys for, the
// members whose avatar keys it holds, by the head cache's view of the
// ring (no chain call for a ring already followed).
func (s *Service) LocalMembers(ctx context.Context) ([]LocalMember, error) {
	rings, err := s.keys.List()
	if err != nil {
		return nil, err
	}
	avatars, err := avatar.List(s.avatars)
	if err != nil {
		return nil, err
	}
	var (
		out   []LocalMember
		first error
	)
	for _, r := range rings {
		st, err := s.readState(ctx, r, false, false)
		if err != nil {
			if first == nil {
				first = fmt.Errorf("ring %s: %w", r.Hex(), err)
			}
			continue
		}
		for _, a := range avatars {
			if _, ok := st.Member(a.Address); ok {
				out = append(out, LocalMember{Ring: r, Avatar: a})
			}
		}
	}
	return out, first
}

// Reannounce announces again the head of every log of this node's
// members (LocalMembers): an announcement a member's node missed (it was
// down, or not yet published) reaches it by the next round. Receivers
// that are not behind only answer.
func (s *Service) Reannounce(ctx context.Context) error {
	if s.opts.Announcer == nil {
		return nil
	}
	ms, err := s.LocalMembers(ctx)
	for _, m := range ms {
		h, ok, herr := s.logs.Head(ctx, m.Ring, m.Avatar.Address)
		if herr != nil {
			return herr
		}
		if ok {
			s.announce(ctx, m.Ring, m.Avatar.Address, h)
		}
	}
	return err
}
