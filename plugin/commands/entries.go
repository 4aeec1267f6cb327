package commands

import (
	"cmp"
	"fmt"
	"io"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/ipfs/go-cid"
	cmds "github.com/ipfs/go-ipfs-cmds"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/ring"
)

func commitCmd(lookup Lookup) *cmds.Command {
	return &cmds.Command{
		Helptext: cmds.HelpText{
			Tagline: "Commit the ring's next consensus entry, by a 2/3 majority of the members.",
			ShortDescription: `
Builds the ring's next RingEntry: an IPLD block naming every member's log
head as the ring contract holds it, linked to the previous entry. This
node's avatars that are members sign it (EIP-712 RingEntry); the nodes of
the other members, when connected to this one ('ipfs swarm connect'), are
asked for their votes over the /rings/vote/1.0.0 protocol: each checks the
entry against the chain and signs with its own member avatars. As soon as
2/3 of the members have signed, this node relays commitEntry.

Every node that votes keeps the entry's block, pinned. 'ipfs ring entries'
lists the committed entries.
`,
		},
		Arguments: []cmds.Argument{cmds.StringArg("ring", true, false, "Ring name or 0x address.")},
		Run: run(lookup, func(req *cmds.Request, svc *ring.Service) (*ring.Committed, error) {
			return svc.Commit(req.Context, req.Arguments[0])
		}),
		Type: ring.Committed{},
		Encoders: text(func(w io.Writer, out *ring.Committed) error {
			fmt.Fprintf(w, "committed entry %d %s\nheads    %d\nvotes    %d of %d members (%d needed)\ntx       %s (block %d)\n",
				out.Index, out.Entry, out.Heads, len(out.Votes), out.Members, out.Need, out.TxHash, out.Block)
			return nil
		}),
	}
}

func entriesCmd(lookup Lookup) *cmds.Command {
	return &cmds.Command{
		Helptext: cmds.HelpText{
			Tagline: "List a ring's consensus log from the chain.",
			ShortDescription: `
Reads the ring's committed entries from the contract: the 100 most recent,
and before them every archived checkpoint (entries 99, 199, ...; the
contract keeps one for good every 100 entries). TIME and HEADS come from
the entry's block when this node has it ('-' otherwise).
`,
		},
		Arguments: []cmds.Argument{cmds.StringArg("ring", true, false, "Ring name or 0x address.")},
		Run: run(lookup, func(req *cmds.Request, svc *ring.Service) (*ring.EntryList, error) {
			return svc.Entries(req.Context, req.Arguments[0])
		}),
		Type: ring.EntryList{},
		Encoders: text(func(w io.Writer, out *ring.EntryList) error {
			fmt.Fprintf(w, "ring %s: %d entries at block %d\n", out.Ring.Hex(), out.Count, out.Block)
			if len(out.Entries) == 0 {
				return nil
			}
			fmt.Fprintln(w)
			return table(w, func(tw *tabwriter.Writer) {
				fmt.Fprintln(tw, "INDEX\tENTRY\tTIME\tHEADS\t")
				for _, e := range out.Entries {
					t, h := "-", "-"
					if e.Time != nil {
						t = e.Time.Format("2006-01-02T15:04:05Z")
					}
					if e.Heads != nil {
						h = strconv.Itoa(*e.Heads)
					}
					mark := ""
					if e.Checkpoint {
						mark = "checkpoint"
					}
					fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\n", e.Index, e.Entry, t, h, mark)
				}
			})
		}),
	}
}

// OutputsOutput is the output of `ring outputs`: the latest registration
// (or, with --history, every one), what one pin holds (--pin), or the
// registration just made (--register).
type OutputsOutput struct {
	Registered []ring.Registered   `json:"registered,omitempty"`
	Pin        *ring.PinOutput     `json:"pin,omitempty"`
	Result     *ring.OutputsResult `json:"result,omitempty"`
}

const (
	registerOption = "register"
	pinOption      = "pin"
	historyOption  = "history"
)

func outputsCmd(lookup Lookup) *cmds.Command {
	return &cmds.Command{
		Helptext: cmds.HelpText{
			Tagline: "Show a ring's registered outputs, or register new ones by a 2/3 majority.",
			ShortDescription: `
Without options, shows the ring's latest registerOutputs, read from contract
state: one call for the block it landed in (outputsBlock), then that block's
OutputsRegistered event. With --pin N, shows what the ring holds under pin N
now (one call of outputs(N)); a registry ring's head is its pin 0. With
--history, lists every registration, oldest first, by scanning the ring's
events from block 0: slow on a long chain, and public RPC endpoints may
refuse it.

With --register PIN=CID (repeatable), registers outputs: DAG roots under
numbered pins. This node's member avatars sign the EIP-712 Outputs vote and
the other members' connected nodes are asked for theirs; a node signs only
outputs whose root blocks it has (add or pin them there first). With 2/3 of
the members' votes, this node relays registerOutputs.
`,
		},
		Arguments: []cmds.Argument{cmds.StringArg("ring", true, false, "Ring name or 0x address.")},
		Options: []cmds.Option{
			cmds.StringsOption(registerOption, "An output to register, as PIN=CID; repeat for more."),
			cmds.StringOption(pinOption, "Show what the ring holds under this pin (a number): one contract call."),
			cmds.BoolOption(historyOption, "List every registration by scanning the ring's events from block 0."),
		},
		Run: run(lookup, func(req *cmds.Request, svc *ring.Service) (*OutputsOutput, error) {
			specs, _ := req.Options[registerOption].([]string)
			pinStr, hasPin := req.Options[pinOption].(string)
			history, _ := req.Options[historyOption].(bool)
			picked := 0
			for _, on := range []bool{len(specs) > 0, hasPin, history} {
				if on {
					picked++
				}
			}
			if picked > 1 {
				return nil, fmt.Errorf("--%s, --%s and --%s exclude each other: pick one", registerOption, pinOption, historyOption)
			}
			switch {
			case hasPin:
				pin, ok := new(big.Int).SetString(pinStr, 10)
				if !ok || pin.Sign() < 0 || pin.BitLen() > 256 {
					return nil, fmt.Errorf("--%s %q: want a number from 0 to 2^256-1", pinOption, pinStr)
				}
				out, err := svc.Output(req.Context, req.Arguments[0], pin)
				if err != nil {
					return nil, err
				}
				return &OutputsOutput{Pin: out}, nil
			case history:
				regs, err := svc.OutputsHistory(req.Context, req.Arguments[0])
				if err != nil {
					return nil, err
				}
				return &OutputsOutput{Registered: regs}, nil
			case len(specs) == 0:
				latest, err := svc.LatestOutputs(req.Context, req.Arguments[0])
				if err != nil {
					return nil, err
				}
				if latest == nil {
					return &OutputsOutput{}, nil
				}
				return &OutputsOutput{Registered: []ring.Registered{*latest}}, nil
			}
			outs, err := parseOutputs(specs)
			if err != nil {
				return nil, err
			}
			res, err := svc.RegisterOutputs(req.Context, req.Arguments[0], outs)
			if err != nil {
				return nil, err
			}
			return &OutputsOutput{Result: res}, nil
		}),
		Type: OutputsOutput{},
		Encoders: text(func(w io.Writer, out *OutputsOutput) error {
			if r := out.Result; r != nil {
				fmt.Fprintf(w, "registered %d outputs (nonce %d)\nvotes      %d of %d members (%d needed)\ntx         %s (block %d)\n",
					len(r.Outputs), r.Nonce, len(r.Votes), r.Members, r.Need, r.TxHash, r.Block)
				return nil
			}
			if p := out.Pin; p != nil {
				if p.Data == nil {
					fmt.Fprintf(w, "nothing registered under pin %s\n", p.Pin)
				} else {
					fmt.Fprintf(w, "%s\n", p.Data)
				}
				return nil
			}
			if len(out.Registered) == 0 {
				fmt.Fprintln(w, "no outputs registered")
				return nil
			}
			return table(w, func(tw *tabwriter.Writer) {
				fmt.Fprintln(tw, "NONCE\tPIN\tDATA\tBLOCK")
				for _, r := range out.Registered {
					for _, o := range r.Outputs {
						fmt.Fprintf(tw, "%d\t%s\t%s\t%d\n", r.Nonce, o.Pin, o.Data, r.Block)
					}
				}
			})
		}),
	}
}

// parseOutputs reads PIN=CID specs, sorted by pin.
func parseOutputs(specs []string) ([]schemas.Output, error) {
	var outs []schemas.Output
	for _, sp := range specs {
		pinStr, cidStr, ok := strings.Cut(sp, "=")
		if !ok {
			return nil, fmt.Errorf("output %q: want PIN=CID", sp)
		}
		pin, err := strconv.ParseInt(pinStr, 10, 64)
		if err != nil || pin < 0 {
			return nil, fmt.Errorf("output %q: the pin must be a number, 0 or more", sp)
		}
		c, err := cid.Decode(cidStr)
		if err != nil {
			return nil, fmt.Errorf("output %q: %w", sp, err)
		}
		outs = append(outs, schemas.Output{Pin: pin, Data: c})
	}
	slices.SortFunc(outs, func(a, b schemas.Output) int { return cmp.Compare(a.Pin, b.Pin) })
	return outs, nil
}
