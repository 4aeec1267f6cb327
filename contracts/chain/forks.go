package chain

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/mosaic-rings/rings/contracts/bindings"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// ReportFork relays reportFork: a and b are two different LogNodes their
// author signed for the same seq of its log in ring. Anyone may report; the
// contract checks both signatures and records the fork once (a second
// report reverts with ForkAlreadyReported). When either node carries a
// Session it sends reportForkWithSessions: a node a session key signed is
// its author's if its time is inside the session's window and before the
// key's revocation, if any.
func (c *Client) ReportFork(ctx context.Context, ring common.Address, a, b *schemas.LogNode) (*Receipt, error) {
	ca, err := schemas.ClaimOf(a)
	if err != nil {
		return nil, fmt.Errorf("chain: fork node a: %w", err)
	}
	cb, err := schemas.ClaimOf(b)
	if err != nil {
		return nil, fmt.Errorf("chain: fork node b: %w", err)
	}
	var data []byte
	if a.Session == nil && b.Session == nil {
		data = c.ring.PackReportFork(claimBinding(ca), a.Sig, claimBinding(cb), b.Sig)
	} else {
		sa, err := sessionBinding(a.Session)
		if err != nil {
			return nil, fmt.Errorf("chain: fork node a: %w", err)
		}
		sb, err := sessionBinding(b.Session)
		if err != nil {
			return nil, fmt.Errorf("chain: fork node b: %w", err)
		}
		data = c.ring.PackReportForkWithSessions(claimBinding(ca), a.Sig, sa, claimBinding(cb), b.Sig, sb)
	}
	rc := c.ring.Instance(c.backend, ring)
	return c.send(ctx, func(opts *bind.TransactOpts) (*types.Transaction, error) {
		return bind.Transact(rc, opts, data)
	})
}

// ForkReported reports whether a fork of author's log at seq is recorded
// in ring, at the latest block.
func (c *Client) ForkReported(ctx context.Context, ring, author common.Address, seq uint64) (bool, error) {
	rc := c.ring.Instance(c.backend, ring)
	ok, err := bind.Call(rc, &bind.CallOpts{Context: ctx}, c.ring.PackForkReported(author, seq), c.ring.UnpackForkReported)
	if err != nil {
		return false, c.ringCallErr(ring, "forkReported", err)
	}
	return ok, nil
}

func claimBinding(c schemas.LogNodeClaim) bindings.RingLogsLogNodeClaim {
	return bindings.RingLogsLogNodeClaim{Author: c.Author, Seq: c.Seq, Prev: c.Prev, Refs: c.Refs, Body: c.Body, Time: c.Time}
}
