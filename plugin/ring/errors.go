package ring

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mosaic-rings/rings/plugin/avatar"
	"github.com/mosaic-rings/rings/plugin/ringkeys"
)

// ErrUnknownRing is returned for a ring this node has no keys for.
var ErrUnknownRing = errors.New("unknown ring")

// ErrNotMember is returned when an avatar is not a member of the ring
// according to the contract.
var ErrNotMember = errors.New("not a member of the ring")

// ErrNotOwner is returned when a membership change is requested by an
// avatar that does not own the ring.
var ErrNotOwner = errors.New("not the owner of the ring")

// ErrNoReadKey is returned for an append to a ring whose read key this node
// does not hold.
var ErrNoReadKey = errors.New("no read key for the ring")

// ErrAlreadyFlushed is returned when the chain already holds the avatar's
// local head (or a newer one).
var ErrAlreadyFlushed = errors.New("the chain already has this head")

// ErrNoLog is returned when the avatar has no local log in the ring.
var ErrNoLog = errors.New("no local log")

// ErrBadArgument is returned for a malformed name, address or option.
var ErrBadArgument = errors.New("bad argument")

// ErrMembership is returned for a membership change that would not change
// anything (entering a member, exiting a non-member).
var ErrMembership = errors.New("membership unchanged")

// The helpers below word the errors a person meets at the command line:
// each names the ring and the account the way the user wrote them, and
// says what to do next.

// ringLabel names a ring in a message: "club (0x5A1E…)", or its address
// when this node has no name for it.
func ringLabel(k ringkeys.Keys) string {
	if k.Name == "" {
		return k.Ring.Hex()
	}
	return fmt.Sprintf("%s (%s)", k.Name, k.Ring.Hex())
}

// ringArg is how a command line names the ring: its local name, or its
// address.
func ringArg(k ringkeys.Keys) string {
	if k.Name == "" {
		return k.Ring.Hex()
	}
	return k.Name
}

// accountName is the keystore name of addr's key, or "" when this node
// holds no key for it.
func (s *Service) accountName(addr common.Address) string {
	all, err := avatar.List(s.avatars)
	if err != nil {
		return ""
	}
	for _, a := range all {
		if a.Address == addr {
			return a.Name
		}
	}
	return ""
}

// accountLabel names an account in a message: "carol (0xbbE9…)", or its
// address alone when no key here has it.
func (s *Service) accountLabel(addr common.Address) string {
	if name := s.accountName(addr); name != "" {
		return fmt.Sprintf("%s (%s)", name, addr.Hex())
	}
	return addr.Hex()
}

// accountArg is how a command line names the account: its key name here,
// or its address.
func (s *Service) accountArg(addr common.Address) string {
	if name := s.accountName(addr); name != "" {
		return name
	}
	return addr.Hex()
}

// ownerStep says who can run a command that only a ring's owner may: the owner,
// named by its key here, or told to run it on the node that holds its key.
func (s *Service) ownerStep(owner common.Address, what, args string) string {
	if name := s.accountName(owner); name != "" {
		return fmt.Sprintf("its owner %s can %s: `ipfs ring %s --from %s`", name, what, args, name)
	}
	return fmt.Sprintf("only its owner %s can %s, on the node that holds the owner's key: `ipfs ring %s --from %s`", owner.Hex(), what, args, owner.Hex())
}

// notMember is ErrNotMember for who in ring k, with who can add it. It
// reads the owner from the chain; when the chain cannot be read, the
// message leaves that out.
func (s *Service) notMember(ctx context.Context, k ringkeys.Keys, who common.Address) error {
	msg := fmt.Sprintf("%s has no member %s", ringLabel(k), s.accountLabel(who))
	st, err := s.cachedState(ctx, k.Ring, false)
	if err != nil {
		return fmt.Errorf("%w: %s; the ring's owner can add it with `ipfs ring enter`", ErrNotMember, msg)
	}
	who0 := s.accountArg(who)
	return fmt.Errorf("%w: %s; %s", ErrNotMember, msg,
		s.ownerStep(st.Owner, "add "+who0, "enter "+ringArg(k)+" "+who0))
}

// noLog is ErrNoLog for who in ring k: for a flush, append first; for a
// read, a member's log written elsewhere comes with a sync, and a
// non-member gets notMember.
func (s *Service) noLog(ctx context.Context, k ringkeys.Keys, who common.Address, flush bool) error {
	if ok, err := s.isMember(ctx, k.Ring, who); err == nil && !ok {
		return s.notMember(ctx, k, who)
	}
	msg := fmt.Sprintf("%s has no log in %s on this node", s.accountLabel(who), ringLabel(k))
	if flush {
		return fmt.Errorf("%w: %s; append first: `ipfs ring append %s TEXT --from %s`", ErrNoLog, msg, ringArg(k), s.accountArg(who))
	}
	return fmt.Errorf("%w: %s; if it wrote one on another node, fetch it with `ipfs ring sync %s`", ErrNoLog, msg, ringArg(k))
}
