package challenge

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"

	"github.com/mosaic-rings/rings/contracts/chain"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/avatar"
	"github.com/mosaic-rings/rings/plugin/logsync"
	"github.com/mosaic-rings/rings/plugin/registryclient"
)

// Report is an attester's verdict on a challenge, as the contract takes
// it: EIP-712 Report(uint256 challenge,address hoster,bytes32
// positions,bytes32 data,bool ok).
type Report struct {
	Challenge uint64
	Hoster    common.Address
	Positions common.Hash
	Data      common.Hash // chain.ChallengeDataHash of the nodes received; zero when !OK
	OK        bool
}

// Verdict is a signed report, with the hoster's countersigned receipt
// when it passed, and why it failed when it did.
type Verdict struct {
	Report      Report
	AttesterSig []byte
	HosterSig   []byte // nil when !Report.OK
	Reason      string // why the hoster failed; "" when it passed
	// Retry: the hoster failed only to start a log at the challenged
	// head (ErrNoHead); asking again later may pass.
	Retry  bool
	Blocks uint64 // log nodes streamed and verified
	// Digests are the challenged nodes' digests, in position order, when
	// the hoster proved them.
	Digests []common.Hash
}

// Attester checks challenges as one of their attesters.
type Attester struct {
	host  host.Host
	self  *avatar.Avatar
	chain Chain
}

// NewAttester attests as self (the avatar registered in the attester
// pool) over h.
func NewAttester(h host.Host, self *avatar.Avatar, c Chain) *Attester {
	return &Attester{host: h, self: self, chain: c}
}

// Attest has c's hoster prove it holds the challenged nodes: it streams
// each challenged member's log from the head the chain holds down to the
// lowest challenged seq over the log sync protocol, this attester checks
// every block, and the hoster countersigns a receipt for the nodes'
// digests. The verdict passes only then; a hoster that cannot be reached,
// streams what does not verify, or does not countersign fails it. An error
// is this attester's own trouble (not an attester of c, a cancelled
// context): it reports nothing.
func (a *Attester) Attest(ctx context.Context, c *Challenge) (*Verdict, error) {
	if !c.Attests(a.self.Address) {
		return nil, fmt.Errorf("challenge: %s is not an attester of challenge %d", a.self.Address.Hex(), c.ID)
	}
	v := &Verdict{Report: Report{Challenge: c.ID, Hoster: c.Hoster, Positions: c.PositionsHash}}
	var digests []common.Hash
	err := a.connect(ctx, c)
	if err == nil {
		digests, err = Verify(ctx, logsync.Source{Host: a.host, Peer: c.HosterPeer}, c)
	}
	switch {
	case errors.Is(err, ErrNotHeld):
		v.Reason, v.Retry = err.Error(), errors.Is(err, ErrNoHead)
	case err != nil:
		return nil, err
	default:
		v.Blocks = c.Blocks()
		data := chain.ChallengeDataHash(digests)
		sig, err := askReceipt(ctx, a.host, c, a.self.Address, data, a.chain.ReceiptDigest(c.ID, a.self.Address, data))
		if err != nil {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			v.Reason = "the hoster streamed the nodes but did not countersign the receipt: " + err.Error()
			break
		}
		v.Report.Data, v.Report.OK, v.HosterSig, v.Digests = data, true, sig, digests
	}
	sig, err := schemas.Sign(a.chain.ReportDigest(v.Report), a.self.PrivateKey())
	if err != nil {
		return nil, err
	}
	v.AttesterSig = sig
	return v, nil
}

// connect connects to the hoster's node, through the addresses its
// registered gateway gives, unless it is connected already. A hoster that
// cannot be reached fails (ErrNotHeld).
func (a *Attester) connect(ctx context.Context, c *Challenge) error {
	if a.host.Network().Connectedness(c.HosterPeer) == network.Connected || c.HosterURL == "" {
		return nil // connected, or try the addresses the host knows
	}
	info, err := registryclient.NodeAt(ctx, c.HosterURL, c.HosterPeer)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrNotHeld, err)
	}
	if err := a.host.Connect(ctx, info); err != nil {
		return fmt.Errorf("%w: connecting to the hoster %s: %w", ErrNotHeld, c.HosterPeer, err)
	}
	return nil
}
