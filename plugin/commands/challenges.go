package commands

import (
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	cmds "github.com/ipfs/go-ipfs-cmds"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/plugin/challenge"
	"github.com/mosaic-rings/rings/plugin/market"
	"github.com/mosaic-rings/rings/plugin/ring"
)

// ChallengeLookup finds the running node's challenge operations for a
// command's environment, or says why there are none (no daemon; an
// external chain without Challenges.Address: challenge.ErrNoContract).
type ChallengeLookup func(env cmds.Environment) (*challenge.Ops, error)

const (
	allOption             = "all"
	activateOption        = "activate"
	minAvailabilityOption = "min-availability"
	maxP50Option          = "max-p50"
	minBandwidthOption    = "min-bandwidth"
)

func runChallenges[T any](lookup ChallengeLookup, f func(req *cmds.Request, ops *challenge.Ops) (T, error)) func(*cmds.Request, cmds.ResponseEmitter, cmds.Environment) error {
	return func(req *cmds.Request, res cmds.ResponseEmitter, env cmds.Environment) error {
		ops, err := lookup(env)
		if err != nil {
			return err
		}
		out, err := f(req, ops)
		if err != nil {
			return err
		}
		return cmds.EmitOnce(res, out)
	}
}

func challengeTxLine(w io.Writer, what string, t challenge.Tx) error {
	return txLine(w, what, market.Tx(t))
}

const challengesHelp = `
Storage challenges (docs/challenges.md): anyone asks the Challenges contract
to challenge a bucket (at most once per period); once a later block is mined,
its hash picks the hoster (one of the bucket's cluster's nodes), k attesters
from the pool (none of that cluster) and m positions in the ring's logs; the
attesters have the hoster stream those logs, check every block, and sign a
verdict; a quorum of ⌈2k/3⌉ agreeing reports passes or fails the hoster, and
past the deadline a challenge without one times out.

Nodes do this by themselves with Challenges.Keeper (trigger, activate,
resolve) and Challenges.Attester (answer as that avatar). These commands let
an operator do it by hand; trigger, activate, reseed and resolve are sent
from the node's relayer.
`

// ---------------------------------------------------------------- attesters

func attesterCmd(lookup ChallengeLookup) *cmds.Command {
	return &cmds.Command{
		Helptext: cmds.HelpText{
			Tagline: "The attester pool of storage challenges: register, leave, list.",
			ShortDescription: `
An attester is an avatar registered in the Challenges contract's pool with
the peer ID and ring gateway of its node. Challenges draw their attesters
from the pool; a node attests as the avatar in Challenges.Attester:

  ipfs key gen --type=secp256k1 att1
  ipfs ring attester register --from att1
  ipfs config Plugins.Plugins.ring.Config.Challenges.Attester att1   # then restart the daemon
  ipfs ring attester ls
` + challengesHelp,
		},
		Subcommands: map[string]*cmds.Command{
			"register": attesterRegisterCmd(lookup),
			"leave":    attesterLeaveCmd(lookup),
			"ls":       attesterLsCmd(lookup),
		},
	}
}

func attesterRegisterCmd(lookup ChallengeLookup) *cmds.Command {
	return &cmds.Command{
		Helptext: cmds.HelpText{
			Tagline: "Register an avatar in the attester pool, or update its peer and gateway.",
			ShortDescription: `
Registers --from with this node's peer ID and ring gateway URL, or those given
with --peer and --gateway (an http(s) URL of at most 256 bytes). Registering
again replaces them. The hoster of a challenge countersigns an attester's
receipt only when asked from the peer the attester registered, so register
the peer of the node that attests as --from (Challenges.Attester).

  ipfs ring attester register --from att1
  ipfs ring attester register --from att1 --gateway https://ring.example.org
` + senderHelp,
		},
		Options: []cmds.Option{
			cmds.StringOption(fromOption, "Attester avatar: keystore key name or 0x address."),
			cmds.StringOption(peerOption, "Its node's libp2p peer ID (default: this node's)."),
			cmds.StringOption(gatewayOption, "Its node's ring gateway URL (default: this node's)."),
		},
		Run: runChallenges(lookup, func(req *cmds.Request, ops *challenge.Ops) (*challenge.AttesterChanged, error) {
			from, err := requiredString(req, fromOption)
			if err != nil {
				return nil, err
			}
			pid, _ := req.Options[peerOption].(string)
			gw, _ := req.Options[gatewayOption].(string)
			return ops.AttesterRegister(req.Context, from, pid, gw)
		}),
		Type: challenge.AttesterChanged{},
		Encoders: text(func(w io.Writer, out *challenge.AttesterChanged) error {
			verb := "registered"
			if out.Updated {
				verb = "updated"
			}
			a := out.Attester
			return challengeTxLine(w, fmt.Sprintf("attester %s %s: pool index %d, peer %s, gateway %s",
				attesterName(a), verb, a.Index, orDash(a.Peer), orDash(a.GatewayURL)), out.Tx)
		}),
	}
}

func attesterLeaveCmd(lookup ChallengeLookup) *cmds.Command {
	return &cmds.Command{
		Helptext: cmds.HelpText{
			Tagline: "Take an avatar out of the attester pool.",
			ShortDescription: `
Challenges activated before keep it as their attester; later ones no longer
draw it.

  ipfs ring attester leave --from att1
` + senderHelp,
		},
		Options: []cmds.Option{cmds.StringOption(fromOption, "Attester avatar: keystore key name or 0x address.")},
		Run: runChallenges(lookup, func(req *cmds.Request, ops *challenge.Ops) (*challenge.AttesterChanged, error) {
			from, err := requiredString(req, fromOption)
			if err != nil {
				return nil, err
			}
			return ops.AttesterLeave(req.Context, from)
		}),
		Type: challenge.AttesterChanged{},
		Encoders: text(func(w io.Writer, out *challenge.AttesterChanged) error {
			return challengeTxLine(w, fmt.Sprintf("attester %s left the pool", attesterName(out.Attester)), out.Tx)
		}),
	}
}

func attesterLsCmd(lookup ChallengeLookup) *cmds.Command {
	return &cmds.Command{
		Helptext: cmds.HelpText{
			Tagline: "List the attester pool: accounts, peer IDs, gateways.",
			ShortDescription: `
In the order challenges draw from; NAME is the avatar's keystore name when it
is one of this node's.

  ipfs ring attester ls
  ipfs ring attester ls --enc=json
`,
		},
		Run: runChallenges(lookup, func(req *cmds.Request, ops *challenge.Ops) (*challenge.AttesterPool, error) {
			return ops.Attesters(req.Context)
		}),
		Type: challenge.AttesterPool{},
		Encoders: text(func(w io.Writer, p *challenge.AttesterPool) error {
			if len(p.Attesters) == 0 {
				_, err := fmt.Fprintf(w, "no attesters in the pool; a challenge draws %d: register with 'ipfs ring attester register --from NAME'\n", p.Draws)
				return err
			}
			fmt.Fprintf(w, "%d attesters in the pool; a challenge draws %d of them, none of its cluster's nodes\n", len(p.Attesters), p.Draws)
			return table(w, func(tw *tabwriter.Writer) {
				fmt.Fprintln(tw, "#\tACCOUNT\tNAME\tPEER\tGATEWAY")
				for _, a := range p.Attesters {
					fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\n", a.Index, a.Account.Hex(), orDash(a.Name), peerText(a.PeerID), orDash(a.GatewayURL))
				}
			})
		}),
	}
}

func attesterName(a challenge.AttesterInfo) string {
	if a.Name != "" {
		return fmt.Sprintf("%s (%s)", a.Account.Hex(), a.Name)
	}
	return a.Account.Hex()
}

// ---------------------------------------------------------------- challenges

func challengeArg(req *cmds.Request) (uint64, error) { return id64("challenge", req.Arguments[0]) }

func challengeCmd(lookup ChallengeLookup) *cmds.Command {
	idArg := cmds.StringArg("id", true, false, "Challenge id.")
	return &cmds.Command{
		Helptext: cmds.HelpText{
			Tagline: "Storage challenges of replicas: list, show, trigger, activate, resolve.",
			ShortDescription: `
  ipfs ring challenge trigger 1 --activate   # challenge bucket 1 and open it
  ipfs ring challenge ls
  ipfs ring challenge show 1
  ipfs ring challenge resolve 1              # past its deadline, without a quorum
  ipfs ring market node status 1             # a node's reputation and last challenges
` + challengesHelp,
		},
		Subcommands: map[string]*cmds.Command{
			"ls": {
				Helptext: cmds.HelpText{
					Tagline: "List challenges, newest first: bucket, state, hoster, attesters, deadline, reports.",
					ShortDescription: fmt.Sprintf(`
Without --all: the %d newest, and any older one still open (pending or
active) among the %d newest. A pending challenge shows its seed block in
place of a deadline.

  ipfs ring challenge ls
  ipfs ring challenge ls --all --enc=json
`, challenge.RecentChallenges, challenge.OpenScan),
				},
				Options: []cmds.Option{cmds.BoolOption(allOption, "List every challenge.")},
				Run: runChallenges(lookup, func(req *cmds.Request, ops *challenge.Ops) (*challenge.ChallengeList, error) {
					all, _ := req.Options[allOption].(bool)
					return ops.List(req.Context, all)
				}),
				Type: challenge.ChallengeList{},
				Encoders: text(func(w io.Writer, l *challenge.ChallengeList) error {
					if len(l.Challenges) == 0 && l.Count == 0 {
						_, err := fmt.Fprintln(w, "no challenges")
						return err
					}
					if err := challengesTable(w, l.Challenges, true); err != nil {
						return err
					}
					if l.Older > 0 {
						_, err := fmt.Fprintf(w, "%d older challenges not listed: --all lists them\n", l.Older)
						return err
					}
					return nil
				}),
			},
			"terms": challengeTermsCmd(lookup),
			"show": {
				Helptext: cmds.HelpText{
					Tagline: "Show a challenge: state, derivation, positions, votes, outcome, performance grade.",
					ShortDescription: `
The derivation (hoster, attesters, positions with the heads they are read
down from) is empty until activation, but a retry's hoster.

  ipfs ring challenge show 1
  ipfs ring challenge show 1 --enc=json
`,
				},
				Arguments: []cmds.Argument{idArg},
				Run: runChallenges(lookup, func(req *cmds.Request, ops *challenge.Ops) (*challenge.ChallengeDetail, error) {
					id, err := challengeArg(req)
					if err != nil {
						return nil, err
					}
					return ops.Show(req.Context, id)
				}),
				Type:     challenge.ChallengeDetail{},
				Encoders: text(challengeText),
			},
			"trigger": {
				Helptext: cmds.HelpText{
					Tagline: "Challenge the storage of a bucket (sent from the relayer).",
					ShortDescription: `
Asks the contract to challenge BUCKET: allowed once per bucket per period,
for an allocated bucket whose ring has a flushed head. The challenge is
derived from the hash of a seed block a few blocks ahead; once a block is
mined after it, 'activate' opens it. With --activate this command waits for
that (on the embedded chain it seals the blocks itself) and activates it.

  ipfs ring challenge trigger 1
  ipfs ring challenge trigger 1 --activate
`,
				},
				Arguments: []cmds.Argument{cmds.StringArg("bucket", true, false, "Bucket id.")},
				Options:   []cmds.Option{cmds.BoolOption(activateOption, "Wait for the seed block and activate the challenge.")},
				Run: runChallenges(lookup, func(req *cmds.Request, ops *challenge.Ops) (*challenge.Triggered, error) {
					b, err := bucketArg(req)
					if err != nil {
						return nil, err
					}
					activate, _ := req.Options[activateOption].(bool)
					return ops.TriggerStorage(req.Context, b, activate)
				}),
				Type: challenge.Triggered{},
				Encoders: text(func(w io.Writer, out *challenge.Triggered) error {
					if err := challengeTxLine(w, fmt.Sprintf("challenge %d made for bucket %d: seed block %d", out.ID, out.BucketID, out.SeedBlock), out.Tx); err != nil {
						return err
					}
					if out.Activated == nil {
						_, err := fmt.Fprintf(w, "once a block is mined after block %d, open it with: ipfs ring challenge activate %d\n", out.SeedBlock, out.ID)
						return err
					}
					return activatedLine(w, out.Activated)
				}),
			},
			"activate": {
				Helptext: cmds.HelpText{
					Tagline: "Derive and open a pending challenge once its seed block is mined (sent from the relayer).",
					ShortDescription: `
Fails until a block is mined after the seed block (on the embedded chain,
which seals blocks only for transactions, 'ipfs ring chain advance 1s' seals
one), and once the seed's hash is out of the EVM's 256-block window: then
'reseed'.

  ipfs ring challenge activate 1
`,
				},
				Arguments: []cmds.Argument{idArg},
				Run: runChallenges(lookup, func(req *cmds.Request, ops *challenge.Ops) (*challenge.Activated, error) {
					id, err := challengeArg(req)
					if err != nil {
						return nil, err
					}
					return ops.Activate(req.Context, id)
				}),
				Type:     challenge.Activated{},
				Encoders: text(activatedLine),
			},
			"reseed": {
				Helptext: cmds.HelpText{
					Tagline: "Give a pending challenge whose seed hash expired a new seed block (sent from the relayer).",
					ShortDescription: `
Only once the seed block is more than 256 blocks old and was never used.

  ipfs ring challenge reseed 1
`,
				},
				Arguments: []cmds.Argument{idArg},
				Run: runChallenges(lookup, func(req *cmds.Request, ops *challenge.Ops) (*challenge.Reseeded, error) {
					id, err := challengeArg(req)
					if err != nil {
						return nil, err
					}
					return ops.Reseed(req.Context, id)
				}),
				Type: challenge.Reseeded{},
				Encoders: text(func(w io.Writer, out *challenge.Reseeded) error {
					return challengeTxLine(w, fmt.Sprintf("challenge %d reseeded: seed block %d", out.ID, out.SeedBlock), out.Tx)
				}),
			},
			"resolve": {
				Helptext: cmds.HelpText{
					Tagline: "Close an active challenge past its deadline without a quorum (sent from the relayer).",
					ShortDescription: `
A first timeout contains the hoster and makes a retry challenge for the same
bucket and hoster; a retry's timeout is a fail.

  ipfs ring challenge resolve 1
`,
				},
				Arguments: []cmds.Argument{idArg},
				Run: runChallenges(lookup, func(req *cmds.Request, ops *challenge.Ops) (*challenge.Resolved, error) {
					id, err := challengeArg(req)
					if err != nil {
						return nil, err
					}
					return ops.Resolve(req.Context, id)
				}),
				Type: challenge.Resolved{},
				Encoders: text(func(w io.Writer, out *challenge.Resolved) error {
					what := fmt.Sprintf("challenge %d resolved: %s, node %d", out.ID, out.Outcome, out.NodeID)
					switch {
					case out.RetryID != 0:
						what += fmt.Sprintf(" contained, retry challenge %d", out.RetryID)
					case out.TimedOut:
						what += " (the retry timed out)"
					}
					return challengeTxLine(w, what, out.Tx)
				}),
			},
		},
	}
}

func activatedLine(w io.Writer, a *challenge.Activated) error {
	return challengeTxLine(w, fmt.Sprintf("challenge %d activated: hoster node %d (%s), %d attesters, %d positions, open until %s",
		a.ID, a.HosterNode, a.Hoster.Hex(), len(a.Attesters), len(a.Members), unixTime(a.Deadline)), a.Tx)
}

func shortAddr(a common.Address) string {
	h := a.Hex()
	return h[:6] + "…" + h[len(h)-4:]
}

// challengesTable lists challenges; withHoster adds the hoster and
// attesters columns.
func challengesTable(w io.Writer, list []challenge.Status, withHoster bool) error {
	return table(w, func(tw *tabwriter.Writer) {
		if withHoster {
			fmt.Fprintln(tw, "ID\tBUCKET\tSTATE\tHOSTER\tATTESTERS\tDEADLINE\tREPORTS")
		} else {
			fmt.Fprintln(tw, "ID\tBUCKET\tSTATE\tDEADLINE\tREPORTS")
		}
		for _, c := range list {
			state := c.State.String()
			if c.RetryOf != 0 {
				state += fmt.Sprintf(" (retry of %d)", c.RetryOf)
			}
			deadline := "seed block " + fmt.Sprint(c.SeedBlock)
			if c.State != challenge.State(chain.ChallengePending) {
				deadline = unixTime(c.Deadline)
			}
			reports := "-"
			if k := len(c.Votes); k > 0 {
				reports = fmt.Sprintf("%d/%d (%d agree)", c.Reports, k, c.MaxAgree)
			}
			if !withHoster {
				fmt.Fprintf(tw, "%d\t%d\t%s\t%s\t%s\n", c.ID, c.BucketID, state, deadline, reports)
				continue
			}
			hoster := "-"
			if c.Derivation.HosterNode != 0 {
				hoster = fmt.Sprintf("node %d", c.Derivation.HosterNode)
			}
			atts := make([]string, len(c.Derivation.Attesters))
			for i, a := range c.Derivation.Attesters {
				atts[i] = shortAddr(a)
			}
			fmt.Fprintf(tw, "%d\t%d\t%s\t%s\t%s\t%s\t%s\n", c.ID, c.BucketID, state, hoster, orDash(strings.Join(atts, ",")), deadline, reports)
		}
	})
}

func challengeText(w io.Writer, c *challenge.ChallengeDetail) error {
	d := c.Derivation
	fmt.Fprintf(w, "challenge  %d\nbucket     %d\nstate      %s\n", c.ID, c.BucketID, c.State)
	if c.RetryOf != 0 {
		fmt.Fprintf(w, "retry of   %d\n", c.RetryOf)
	}
	if c.Retry != 0 {
		fmt.Fprintf(w, "retry      %d\n", c.Retry)
	}
	seed := fmt.Sprintf("seed block %d", c.SeedBlock)
	pending := c.State == challenge.State(chain.ChallengePending)
	if pending {
		switch {
		case c.Block > c.SeedBlock:
			seed += fmt.Sprintf(" (mined; the chain is at block %d: activate it)", c.Block)
		case c.Block == c.SeedBlock:
			seed += " (the newest block: activation needs one more)"
		default:
			seed += fmt.Sprintf(" (not mined yet; the chain is at block %d)", c.Block)
		}
	}
	fmt.Fprintf(w, "seed       %s\n", seed)
	if d.HosterNode != 0 {
		hoster := fmt.Sprintf("node %d", d.HosterNode)
		if d.Hoster != (common.Address{}) {
			hoster += ", avatar " + d.Hoster.Hex()
		}
		if c.HosterPeer != "" {
			hoster += ", peer " + c.HosterPeer
		}
		fmt.Fprintf(w, "hoster     %s\n", hoster)
	}
	if pending {
		_, err := fmt.Fprintf(w, "attesters  %d, drawn at activation (quorum %d)\n", c.K, c.Quorum)
		return err
	}
	open := "closed"
	if c.State == challenge.State(chain.ChallengeActive) {
		open = "open"
		if c.Time > c.Deadline {
			open = "past it: resolve it"
		}
	}
	fmt.Fprintf(w, "deadline   %s (%s)\nring       %s\nreports    %d of %d, quorum %d, most agreeing %d\n",
		unixTime(c.Deadline), open, d.Ring.Hex(), c.Reports, len(d.Attesters), c.Quorum, c.MaxAgree)
	if c.Grade != nil {
		fmt.Fprintf(w, "grade      %s\n", gradeText(c.Grade))
	}
	fmt.Fprintf(w, "\npositions (hash %s):\n", d.PositionsHash.Hex())
	if err := table(w, func(tw *tabwriter.Writer) {
		fmt.Fprintln(tw, "#\tMEMBER\tSEQ\tHEAD SEQ\tHEAD")
		for i, m := range d.Members {
			var seq, headSeq uint64
			var head common.Hash
			if i < len(d.Seqs) {
				seq = d.Seqs[i]
			}
			if i < len(d.HeadSeqs) {
				headSeq = d.HeadSeqs[i]
			}
			if i < len(d.Heads) {
				head = d.Heads[i]
			}
			fmt.Fprintf(tw, "%d\t%s\t%d\t%d\t%s\n", i, m.Hex(), seq, headSeq, head.Hex())
		}
	}); err != nil {
		return err
	}
	fmt.Fprintln(w, "\nattesters:")
	return table(w, func(tw *tabwriter.Writer) {
		fmt.Fprintln(tw, "ATTESTER\tVOTE\tDATA")
		for _, v := range c.Votes {
			vote, data := "none yet", "-"
			if v.Reported {
				vote = "fail"
				if v.OK {
					vote, data = "pass", v.Data.Hex()
				}
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\n", v.Attester.Hex(), vote, data)
		}
	})
}

// challengeTermsCmd shows or sets a bucket's performance terms.
func challengeTermsCmd(lookup ChallengeLookup) *cmds.Command {
	return &cmds.Command{
		Helptext: cmds.HelpText{
			Tagline: "Show or set a bucket's performance terms (its owner sets them).",
			ShortDescription: `
Each attester of a storage challenge also times the hoster: every
challenged node through the gateway the hoster registered (/ipfs/CID) and
over the log protocol, each request from its own start, and one bulk log
stream. It signs the availability (answered / requests), the median
latency and the stream's bytes per second, and the Challenges contract
counts each measurement as a vote on each term: a term is met when more
than half of the measurements meet it. The grade (terms met × 10,000 / 3)
weights the hoster's share of its cluster's next distribution.

Without --from, shows the terms. With --from (the bucket's owner), sets
all three; a term left out is 0, which guarantees nothing.

  ipfs ring challenge terms 1
  ipfs ring challenge terms 1 --from alice --min-availability 9900 --max-p50 500ms --min-bandwidth 100000
`,
		},
		Arguments: []cmds.Argument{cmds.StringArg("bucket", true, false, "Bucket id.")},
		Options: []cmds.Option{
			cmds.StringOption(fromOption, "Set the terms, as the bucket's owner: keystore key name or 0x address."),
			cmds.StringOption(minAvailabilityOption, "Least share of requests answered, in basis points (0–10000)."),
			cmds.StringOption(maxP50Option, "Longest median latency of a single block, a Go duration such as 500ms (whole milliseconds)."),
			cmds.StringOption(minBandwidthOption, "Least bytes per second of a bulk log stream."),
		},
		Run: runChallenges(lookup, func(req *cmds.Request, ops *challenge.Ops) (*challenge.Terms, error) {
			b, err := bucketArg(req)
			if err != nil {
				return nil, err
			}
			from, _ := req.Options[fromOption].(string)
			if from == "" {
				for _, o := range []string{minAvailabilityOption, maxP50Option, minBandwidthOption} {
					if v, _ := req.Options[o].(string); v != "" {
						return nil, fmt.Errorf("%w: --%s sets terms: it needs --from, the bucket's owner", ring.ErrBadArgument, o)
					}
				}
				return ops.Terms(req.Context, b)
			}
			t, err := termsOf(req)
			if err != nil {
				return nil, err
			}
			return ops.SetTerms(req.Context, b, from, t)
		}),
		Type: challenge.Terms{},
		Encoders: text(func(w io.Writer, t *challenge.Terms) error {
			if t.Tx != nil {
				if err := challengeTxLine(w, fmt.Sprintf("terms of bucket %d set", t.BucketID), *t.Tx); err != nil {
					return err
				}
			}
			return termsText(w, t.BucketID, t.PerformanceTerms)
		}),
	}
}

func termsOf(req *cmds.Request) (chain.PerformanceTerms, error) {
	var t chain.PerformanceTerms
	av, err := uintOption(req, minAvailabilityOption, 16, false)
	if err != nil {
		return t, err
	}
	if av > 10_000 {
		return t, fmt.Errorf("%w: --%s %d is above 10000 basis points (100%%)", ring.ErrBadArgument, minAvailabilityOption, av)
	}
	bw, err := uintOption(req, minBandwidthOption, 64, false)
	if err != nil {
		return t, err
	}
	t.MinAvailabilityBps, t.MinBandwidth = uint16(av), bw
	if s, _ := req.Options[maxP50Option].(string); s != "" {
		d, err := time.ParseDuration(s)
		if err != nil || d < 0 || d%time.Millisecond != 0 || d/time.Millisecond > math.MaxUint32 {
			return t, fmt.Errorf("%w: --%s %q must be a Go duration in whole milliseconds, such as 500ms", ring.ErrBadArgument, maxP50Option, s)
		}
		t.MaxP50Ms = uint32(d / time.Millisecond)
	}
	return t, nil
}

func termsText(w io.Writer, bucket uint64, t chain.PerformanceTerms) error {
	term := func(set bool, s string) string {
		if !set {
			return "none"
		}
		return s
	}
	_, err := fmt.Fprintf(w, "bucket        %d\navailability  %s\np50 latency   %s\nbandwidth     %s\n", bucket,
		term(t.MinAvailabilityBps != 0, fmt.Sprintf("at least %d bps of requests answered", t.MinAvailabilityBps)),
		term(t.MaxP50Ms != 0, fmt.Sprintf("at most %s", time.Duration(t.MaxP50Ms)*time.Millisecond)),
		term(t.MinBandwidth != 0, fmt.Sprintf("at least %d bytes/s", t.MinBandwidth)))
	return err
}

// gradeText is a performance grade in one line.
func gradeText(g *chain.PerformanceGrade) string {
	if g.Reports == 0 && !g.Graded {
		return "no measurements yet"
	}
	if !g.Graded {
		return fmt.Sprintf("%d measurements, graded once all are in or past the deadline", g.Reports)
	}
	met := func(ok bool, votes uint8) string {
		if ok {
			return fmt.Sprintf("met (%d of %d)", votes, g.Reports)
		}
		return fmt.Sprintf("NOT met (%d of %d)", votes, g.Reports)
	}
	return fmt.Sprintf("%d bps: availability %s, latency %s, bandwidth %s", g.ScoreBps,
		met(g.Availability, g.Votes[0]), met(g.Latency, g.Votes[1]), met(g.Bandwidth, g.Votes[2]))
}

// ---------------------------------------------------------------- node status

func marketNodeStatusCmd(lookup MarketLookup, challenges ChallengeLookup) *cmds.Command {
	return &cmds.Command{
		Helptext: cmds.HelpText{
			Tagline: "Show a node with its standing in storage challenges: reputation, this period's record, last challenges.",
			ShortDescription: fmt.Sprintf(`
The node's market entry; its reputation (score in basis points from alpha
and beta, 1e18 fixed point; contained after a timeout until its retry's
outcome; all-time passes, fails and timeouts); its record in the current
period; and its last %d challenges as hoster among the %d newest.

  ipfs ring market node status 1
  ipfs ring market node status 1 --enc=json
`, challenge.NodeChallenges, challenge.NodeScan),
		},
		Arguments: []cmds.Argument{cmds.StringArg("node", true, false, "Node id.")},
		Run: func(req *cmds.Request, res cmds.ResponseEmitter, env cmds.Environment) error {
			ops, err := challenges(env)
			var out *challenge.NodeStatus
			switch {
			case err == nil:
				id, err := id32("node", req.Arguments[0])
				if err != nil {
					return err
				}
				if out, err = ops.NodeStatus(req.Context, id); err != nil {
					return err
				}
			case errors.Is(err, challenge.ErrNoContract):
				// The market entry alone.
				svc, merr := lookup(env)
				if merr != nil {
					return merr
				}
				id, merr := id32("node", req.Arguments[0])
				if merr != nil {
					return merr
				}
				n, merr := svc.Node(req.Context, id)
				if merr != nil {
					return merr
				}
				out = &challenge.NodeStatus{Node: n, Challenges: []challenge.Status{}, Note: err.Error()}
			default:
				return err
			}
			return cmds.EmitOnce(res, out)
		},
		Type:     challenge.NodeStatus{},
		Encoders: text(nodeStatusText),
	}
}

// fixed writes a 1e18 fixed-point number as a decimal.
func fixed(v *big.Int) string {
	if v == nil {
		return "0"
	}
	r := new(big.Rat).SetFrac(v, new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil))
	return strings.TrimRight(strings.TrimRight(r.FloatString(4), "0"), ".")
}

func nodeStatusText(w io.Writer, s *challenge.NodeStatus) error {
	n := s.Node
	fmt.Fprintf(w, "node       %d\nprovider   %s\navatar     %s\ncluster    %d (%d vnodes)\npeer       %s\ngateway    %s\n",
		n.NodeID, n.Provider.Hex(), n.Avatar.Hex(), n.ClusterID, n.VNodes, peerText(n.PeerID), orDash(n.GatewayURL))
	if s.Reputation == nil {
		_, err := fmt.Fprintf(w, "\nno reputation: %s\n", s.Note)
		return err
	}
	r := s.Reputation
	standing := "at or above"
	if s.BelowThreshold {
		standing = "BELOW"
	}
	contained := "no"
	if r.Contained {
		contained = "yes: a challenge timed out, its retry decides"
	}
	fmt.Fprintf(w, "score      %d bps (%s the threshold %d)\nalpha/beta %s / %s\ncontained  %s\nall time   %d passes, %d fails, %d timeouts\n",
		r.ScoreBps, standing, s.ThresholdBps, fixed(r.Alpha), fixed(r.Beta), contained, r.Passes, r.Fails, r.Timeouts)
	if p := s.Record; p != nil {
		fmt.Fprintf(w, "period     %d: %d passes, %d fails, %d timeouts, %d grades (%s to %s)\n",
			p.Period, p.Passes, p.Fails, p.Timeouts, p.Graded, unixTime(s.PeriodStart), unixTime(s.PeriodEnd))
	}
	if p := s.Performance; p != nil {
		fmt.Fprintf(w, "grades     %d, the latest %d bps; since last paid %d, mean %d bps (its pay weight unless it failed since)\n",
			p.Graded, p.LastScoreBps, p.Unpaid, p.UnpaidMeanBps)
	}
	if len(s.Challenges) == 0 {
		_, err := fmt.Fprintf(w, "\nno challenges as hoster among the %d newest\n", s.Scanned)
		return err
	}
	fmt.Fprintf(w, "\nlast challenges as hoster (among the %d newest):\n", s.Scanned)
	return challengesTable(w, s.Challenges, false)
}
