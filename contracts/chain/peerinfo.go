package chain

import (
	"context"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// SetPeerInfo relays a member's signed PeerInfo (schemas.SignPeerInfo in
// the ring's domain) to the ring's setPeerInfoFor, paid by the relayer.
// The contract refuses, as a *RevertError, a signer other than
// info.Member (SignerMismatch), a non-member (NotMember), an Updated not
// later than the one it holds (StalePeerInfo), and sizes over
// schemas.MaxPeerInfoPeerIDSize or MaxPeerInfoMultiaddrsSize
// (PeerInfoTooLarge).
func (c *Client) SetPeerInfo(ctx context.Context, ring common.Address, info schemas.PeerInfo, sig []byte) (*Receipt, error) {
	rc := c.ring.Instance(c.backend, ring)
	data := c.ring.PackSetPeerInfoFor(info.Member, info.PeerID, info.Multiaddrs, info.Updated, sig)
	return c.send(ctx, func(opts *bind.TransactOpts) (*types.Transaction, error) {
		return bind.Transact(rc, opts, data)
	})
}

// PeerInfo reads member's peer ID, multiaddresses and the time they were
// set with one getPeerInfo call at the latest block. A member that never
// set them, or an account that exited, has no PeerID or Multiaddrs;
// Updated stays after an exit (so an old signed PeerInfo cannot be
// replayed after the account enters again).
func (c *Client) PeerInfo(ctx context.Context, ring, member common.Address) (schemas.PeerInfo, error) {
	rc := c.ring.Instance(c.backend, ring)
	out, err := bind.Call(rc, &bind.CallOpts{Context: ctx}, c.ring.PackGetPeerInfo(member), c.ring.UnpackGetPeerInfo)
	if err != nil {
		return schemas.PeerInfo{}, c.ringCallErr(ring, "getPeerInfo", err)
	}
	return schemas.PeerInfo{Member: member, PeerID: out.PeerId, Multiaddrs: out.Multiaddrs, Updated: out.Updated}, nil
}
