package commands

import (
	"fmt"
	"io"
	"text/tabwriter"

	cmds "github.com/ipfs/go-ipfs-cmds"

	"github.com/mosaic-rings/rings/plugin/ring"
)

const reportOption = "report"

// ForksOutput is the output of `ring forks`.
type ForksOutput struct {
	Forks []ring.ForkReport `json:"forks"`
}

func forksCmd(lookup Lookup) *cmds.Command {
	return &cmds.Command{
		Helptext: cmds.HelpText{
			Tagline: "List the forks this node caught in a ring's logs; report them on chain.",
			ShortDescription: `
A fork is a member signing two different log nodes for one seq. This node
catches one when a sync finds its copy of a log on another branch than the
head the chain holds (the chain's branch wins and replaces it), or when a
flush sent to its gateway contradicts a node it holds. The evidence is a
ForkProof block that links both nodes, pinned with them.

With --report, every fork the chain does not know of yet is sent to the
ring contract's reportFork from this node's relayer. With the default
config (Sync.ReportForks "auto") the node does that by itself.

STATUS is "found" (not reported yet), "reported" (this node's transaction),
"known" (the chain already had it) or "failed".
`,
		},
		Arguments: []cmds.Argument{cmds.StringArg("ring", true, false, "Ring name or 0x address.")},
		Options: []cmds.Option{
			cmds.BoolOption(reportOption, "Send reportFork for the forks the chain does not know of yet."),
		},
		Run: run(lookup, func(req *cmds.Request, svc *ring.Service) (*ForksOutput, error) {
			out := &ForksOutput{Forks: []ring.ForkReport{}}
			var reports map[string]ring.ForkReport
			if report, _ := req.Options[reportOption].(bool); report {
				reps, err := svc.ReportForks(req.Context, req.Arguments[0])
				if err != nil {
					return nil, err
				}
				reports = map[string]ring.ForkReport{}
				for _, r := range reps {
					reports[r.Proof.String()] = r
				}
			}
			forks, err := svc.Forks(req.Context, req.Arguments[0])
			if err != nil {
				return nil, err
			}
			for _, f := range forks {
				r, ok := reports[f.Proof.String()]
				switch {
				case ok:
					r.Fork = f
				case f.ReportTx != "":
					r = ring.ForkReport{Fork: f, Status: "reported"}
				case f.ReportedBy != "":
					r = ring.ForkReport{Fork: f, Status: "known"}
				default:
					r = ring.ForkReport{Fork: f, Status: "found"}
				}
				out.Forks = append(out.Forks, r)
			}
			return out, nil
		}),
		Type: ForksOutput{},
		Encoders: text(func(w io.Writer, out *ForksOutput) error {
			if len(out.Forks) == 0 {
				fmt.Fprintln(w, "no forks")
				return nil
			}
			return table(w, func(tw *tabwriter.Writer) {
				fmt.Fprintln(tw, "MEMBER\tSEQ\tSTATUS\tPROOF\tTX")
				for _, f := range out.Forks {
					tx := orDash(f.ReportTx)
					if f.Error != "" {
						tx = f.Error
					}
					fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%s\n", f.Member.Hex(), f.Seq, f.Status, f.Proof, tx)
				}
			})
		}),
	}
}
