package ring

import "errors"

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
