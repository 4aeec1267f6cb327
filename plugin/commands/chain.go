package commands

import (
	"fmt"
	"io"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	cmds "github.com/ipfs/go-ipfs-cmds"

	"github.com/mosaic-rings/rings/plugin/ring"
)

// DevClock moves the embedded dev chain's clock forward: AdvanceTime seals
// a block at least d after the chain's current time and returns its
// header. *devchain.Chain is one.
type DevClock interface {
	AdvanceTime(d time.Duration) (*types.Header, error)
}

// Chain is what the chain commands need of the chain the node runs on.
type Chain struct {
	// Clock is the embedded dev chain's clock; nil on an external chain,
	// and NotDev then says why the dev-only commands cannot run.
	Clock  DevClock
	NotDev error
}

// ChainLookup finds the chain of a command's environment, or says why
// there is none (no daemon).
type ChainLookup func(env cmds.Environment) (*Chain, error)

// Advanced is the output of `ipfs ring chain advance`: the block sealed at
// the new time.
type Advanced struct {
	Block uint64 `json:"block"`
	Time  uint64 `json:"time"` // unix seconds
}

func chainCmd(lookup ChainLookup, deploy DeployLookup) *cmds.Command {
	return &cmds.Command{
		Helptext: cmds.HelpText{
			Tagline: "The chain the node runs on, and deploying to another.",
			ShortDescription: `
'advance' works on the embedded dev chain only (no Chain.RPC). 'deploy'
deploys every contract to an external chain and 'status' checks the one
the config names, both with no daemon needed.
`,
		},
		Subcommands: map[string]*cmds.Command{
			"advance": chainAdvanceCmd(lookup),
			"deploy":  chainDeployCmd(deploy),
			"status":  chainStatusCmd(deploy),
		},
	}
}

func chainAdvanceCmd(lookup ChainLookup) *cmds.Command {
	return &cmds.Command{
		Helptext: cmds.HelpText{
			Tagline: "Move the embedded dev chain's clock forward (dev chain only).",
			ShortDescription: `
Seals an empty block at least DURATION after the chain's current time (the
later of the wall clock and the newest block's time), so that time passes
on chain without waiting: rent accrues, buckets run into debt, deadlines
expire. Transactions pending at that moment are sealed first. Later blocks
follow the new time, a second or more apart: the chain stays ahead of the
wall clock from then on, also across restarts.

DURATION is a Go duration: 90s, 15m, 1h, 36h. It exists only for the
embedded dev chain; on an external chain (Chain.RPC) it fails.

Flushes, membership changes and market consents this node signs take
their deadline from the later of the wall clock and the newest block's
time, so they keep working after an advance.

  ipfs ring chain advance 1h
`,
		},
		Arguments: []cmds.Argument{cmds.StringArg("duration", true, false, "How far to move the clock: 90s, 1h, 36h.")},
		Run: func(req *cmds.Request, res cmds.ResponseEmitter, env cmds.Environment) error {
			c, err := lookup(env)
			if err != nil {
				return err
			}
			if c.Clock == nil {
				return c.NotDev
			}
			d, err := time.ParseDuration(req.Arguments[0])
			if err != nil || d <= 0 {
				return fmt.Errorf("%w: duration %q must be a positive Go duration such as 90s or 1h", ring.ErrBadArgument, req.Arguments[0])
			}
			h, err := c.Clock.AdvanceTime(d)
			if err != nil {
				return err
			}
			return cmds.EmitOnce(res, &Advanced{Block: h.Number.Uint64(), Time: h.Time})
		},
		Type: Advanced{},
		Encoders: text(func(w io.Writer, out *Advanced) error {
			_, err := fmt.Fprintf(w, "block %d at %s (unix %d)\n", out.Block, unixTime(out.Time), out.Time)
			return err
		}),
	}
}
