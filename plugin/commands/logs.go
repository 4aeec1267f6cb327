package commands

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/cheggaaa/pb/v3"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/boxo/files"
	cmds "github.com/ipfs/go-ipfs-cmds"

	"github.com/mosaic-rings/rings/gateway"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/ring"
	"github.com/mosaic-rings/rings/plugin/ringlog"
)

func appendCmd(lookup Lookup) *cmds.Command {
	return &cmds.Command{
		Helptext: cmds.HelpText{
			Tagline: "Append a message to your log in a ring.",
			ShortDescription: `
Seals the message with the ring's read key, signs the new log node with the
avatar (EIP-712), stores it in this node's blockstore, pins it as the head of
the avatar's log and records the head; it returns once all of that is
durable. The avatar must be a member according to the ring contract.

The message is TEXT, or stdin when TEXT is omitted:

  ipfs ring append club "hello" --from alice
  echo hello | ipfs ring append club --from alice

Sealed bodies are limited to 1 MiB (Limits.MaxBodySize).
`,
		},
		Arguments: []cmds.Argument{
			cmds.StringArg("ring", true, false, "Ring name or 0x address."),
			cmds.StringArg("text", false, false, "Message text; omit it to read stdin."),
		},
		PreRun: attachStdin,
		Options: []cmds.Option{
			cmds.StringOption(fromOption, "Author avatar: keystore key name or 0x address."),
			cmds.StringOption(typeOption, "Message type.").WithDefault("text"),
			cmds.StringOption(appOption, "Application domain separator.").WithDefault("ipfs-ring"),
			cmds.StringOption(domainOption, "Message domain separator.").WithDefault("ring"),
		},
		Run: run(lookup, func(req *cmds.Request, svc *ring.Service) (*ring.Appended, error) {
			from, err := requiredString(req, fromOption)
			if err != nil {
				return nil, err
			}
			payload, err := messageArg(req)
			if err != nil {
				return nil, err
			}
			typ, _ := req.Options[typeOption].(string)
			app, _ := req.Options[appOption].(string)
			dom, _ := req.Options[domainOption].(string)
			return svc.Append(req.Context, ring.AppendRequest{
				Ring: req.Arguments[0], Avatar: from, Type: typ, App: app, Domain: dom, Payload: payload,
			})
		}),
		Type: ring.Appended{},
		Encoders: text(func(w io.Writer, out *ring.Appended) error {
			_, err := fmt.Fprintf(w, "appended seq %d %s\n", out.Seq, out.CID)
			return err
		}),
	}
}

// attachStdin runs in the CLI process: without TEXT, it sends stdin to the
// daemon as the request's file, whole (a string argument read from stdin
// would be split into lines). RPC API clients send the message as a
// multipart file instead.
func attachStdin(req *cmds.Request, env cmds.Environment) error {
	if len(req.Arguments) > 1 || req.Files != nil {
		return nil
	}
	fi, err := os.Stdin.Stat()
	if err != nil || fi.Mode()&os.ModeCharDevice != 0 {
		return fmt.Errorf("%w: give the message as TEXT or pipe it on stdin", ring.ErrBadArgument)
	}
	req.Files = files.NewSliceDirectory([]files.DirEntry{files.FileEntry("message", files.NewReaderFile(os.Stdin))})
	return nil
}

// messageArg is the TEXT argument, or stdin when it is absent. It
// reads at most one byte more than the body limit, so an oversized message
// is refused without reading it all.
func messageArg(req *cmds.Request) ([]byte, error) {
	if len(req.Arguments) > 1 {
		return []byte(req.Arguments[1]), nil
	}
	if req.Files == nil {
		return nil, fmt.Errorf("%w: give the message as TEXT or on stdin", ring.ErrBadArgument)
	}
	it := req.Files.Entries()
	if !it.Next() {
		if it.Err() != nil {
			return nil, it.Err()
		}
		return nil, fmt.Errorf("%w: give the message as TEXT or on stdin", ring.ErrBadArgument)
	}
	f := files.ToFile(it.Node())
	if f == nil {
		return nil, fmt.Errorf("%w: the message must be a file, not a directory", ring.ErrBadArgument)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, schemas.MaxBodySize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > schemas.MaxBodySize {
		return nil, fmt.Errorf("%w: the message is over %d bytes, the limit is %d bytes sealed", ringlog.ErrBodyTooLarge, schemas.MaxBodySize, schemas.MaxBodySize)
	}
	return data, nil
}

// LogOutput is the output of `ipfs ring log`.
type LogOutput struct {
	Entries []ring.LogEntry `json:"entries"`
}

func logCmd(lookup Lookup) *cmds.Command {
	return &cmds.Command{
		Helptext: cmds.HelpText{
			Tagline: "Read logs of a ring, verified and decrypted.",
			ShortDescription: `
Walks the local logs of the ring, verifies each node it prints (signature,
author, seq, prev link, ring and chain), and opens the bodies with the ring's
read key. --since SEQ keeps nodes after SEQ; --limit N keeps the N newest of
each log.

Without --member it shows every member's nodes merged in the ring's
timeline order, oldest first: a node after every node it links to (its prev
and its refs), then by time, then by author; the order of
GET /ring/{ring}/timeline (docs/protocol.md). With --member it shows that
member's log newest first.
`,
		},
		Arguments: []cmds.Argument{cmds.StringArg("ring", true, false, "Ring name or 0x address.")},
		Options: []cmds.Option{
			cmds.StringOption(memberOption, "Only this member's log: keystore key name or 0x address."),
			cmds.Uint64Option(sinceOption, "Only nodes with a seq above this.").WithDefault(uint64(0)),
			cmds.IntOption(limitOption, "At most this many nodes per log (0 = all).").WithDefault(0),
		},
		Run: run(lookup, func(req *cmds.Request, svc *ring.Service) (*LogOutput, error) {
			member, _ := req.Options[memberOption].(string)
			since, _ := req.Options[sinceOption].(uint64)
			limit, _ := req.Options[limitOption].(int)
			if limit < 0 {
				return nil, fmt.Errorf("%w: --limit must not be negative", ring.ErrBadArgument)
			}
			entries, err := svc.Log(req.Context, ring.LogRequest{Ring: req.Arguments[0], Member: member, Since: since, Limit: limit})
			if err != nil {
				return nil, err
			}
			return &LogOutput{Entries: entries}, nil
		}),
		Type: LogOutput{},
		Encoders: text(func(w io.Writer, out *LogOutput) error {
			return table(w, func(tw *tabwriter.Writer) {
				fmt.Fprintln(tw, "SEQ\tAUTHOR\tTIME\tTYPE\tMESSAGE")
				for _, e := range out.Entries {
					msg := "(sealed)"
					switch {
					case e.Text != nil:
						msg = strings.ReplaceAll(*e.Text, "\n", " ")
					case e.Bytes != nil:
						msg = fmt.Sprintf("(%d bytes)", len(e.Bytes))
					case e.Payload != nil:
						b, err := json.Marshal(e.Payload)
						if err != nil {
							b = []byte(fmt.Sprint(e.Payload))
						}
						msg = string(b)
					}
					if e.Status != "" {
						msg = e.Status + " " + msg
					}
					fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\n", e.Seq, e.Author.Hex(), e.Time.Format("2006-01-02T15:04:05.000Z"), orDash(e.Type), msg)
				}
			})
		}),
	}
}

// HeadOutput is the output of `ipfs ring head`.
type HeadOutput struct {
	Heads []ring.HeadInfo `json:"heads"`
}

func headCmd(lookup Lookup) *cmds.Command {
	return &cmds.Command{
		Helptext: cmds.HelpText{
			Tagline: "Show the heads of a ring's logs, here or on chain.",
			ShortDescription: `
--source local (default) shows this node's heads; --source chain shows the
heads the ring contract holds (what members have flushed), from the node's
cache of contract state, brought up to the latest block first. With
Sync.Confirmations set, STATE says whether a chain head is final yet.
`,
		},
		Arguments: []cmds.Argument{cmds.StringArg("ring", true, false, "Ring name or 0x address.")},
		Options: []cmds.Option{
			cmds.StringOption(memberOption, "Only this member: keystore key name or 0x address."),
			cmds.StringOption(sourceOption, "Where to read heads: local or chain.").WithDefault("local"),
		},
		Run: run(lookup, func(req *cmds.Request, svc *ring.Service) (*HeadOutput, error) {
			member, _ := req.Options[memberOption].(string)
			source, _ := req.Options[sourceOption].(string)
			heads, err := svc.Heads(req.Context, req.Arguments[0], member, source)
			if err != nil {
				return nil, err
			}
			return &HeadOutput{Heads: heads}, nil
		}),
		Type: HeadOutput{},
		Encoders: text(func(w io.Writer, out *HeadOutput) error {
			return table(w, func(tw *tabwriter.Writer) {
				fmt.Fprintln(tw, "MEMBER\tSOURCE\tSEQ\tHEAD\tSTATE")
				for _, h := range out.Heads {
					head := "-"
					if h.Head != nil {
						head = h.Head.String()
					}
					state := "-"
					if h.Source == "chain" {
						state = "pending"
						if h.Final {
							state = "final"
						}
					}
					fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\n", h.Member.Hex(), h.Source, h.Seq, head, state)
				}
			})
		}),
	}
}

// FlushOutput is the output of `ipfs ring flush`: the direct flush's
// fields, or, through a replica, the replica's status.
type FlushOutput struct {
	*ring.Flushed
	Replica *gateway.FlushStatus `json:"replica,omitempty"`
	// Via and ViaPeer name the replica the registry listed that took the
	// flush (no --via, no --direct).
	Via     string `json:"via,omitempty"`
	ViaPeer string `json:"viaPeer,omitempty"`
	// Direct says why a flush with neither --via nor --direct went
	// through this node's relayer.
	Direct string `json:"direct,omitempty"`
	// Request is the FlushToRing params, with --print-request.
	Request *gateway.FlushToRingParams `json:"request,omitempty"`
}

func flushCmd(lookup Lookup, registry RegistryLookup) *cmds.Command {
	return &cmds.Command{
		Helptext: cmds.HelpText{
			Tagline: "Send your log's head to the ring contract, directly or through a replica.",
			ShortDescription: `
Signs the avatar's local head as an EIP-712 Flush (ring, avatar, head, seq,
nonce, deadline) and relays it to the ring contract through this node's
relayer account, so the avatar needs no gas. Prints the transaction and its
fee once it is mined. Fails without sending anything when the chain already
holds this head.

With --via URL, sends the log nodes the chain does not have yet and the
signed Flush to a replica's gateway (FlushToRing) instead; the replica
verifies and stores them and relays the Flush. Prints the replica's status:
"relayed" (with its transaction and fee), "received" (queued, e.g. while the
chain is unreachable) or "failed".

With neither --via nor --direct, on a node that does not replicate the
ring, the replica comes from the registry: the ring's replica resource
(rings/replicas/0x<ring>, owned by the ring's owner) is resolved live and
the flush goes to its first fresh provider of service "replica", then the
next on a failure. The output names the replica. When the registry lists
none (or no registry is known), the flush goes through this node's
relayer, and the output says why. --direct always does that.

  ipfs ring flush club --from alice
  ipfs ring flush club --from alice --via http://127.0.0.1:8090
  ipfs ring flush club --from alice --direct

--print-request prints the FlushToRing params (signed mtx and base64 log
nodes) as JSON and sends nothing: post them to a replica yourself, e.g.
  ipfs ring flush club --from alice --print-request > req.json
  curl -X POST --data @req.json http://127.0.0.1:8090/ring/FlushToRing
`,
		},
		Arguments: []cmds.Argument{cmds.StringArg("ring", true, false, "Ring name or 0x address.")},
		Options: []cmds.Option{
			cmds.StringOption(fromOption, "Avatar whose head to flush."),
			cmds.StringOption(viaOption, "URL of a replica's ring gateway, e.g. http://127.0.0.1:8090."),
			cmds.BoolOption(printRequestOption, "Print the FlushToRing params as JSON; send nothing."),
			cmds.BoolOption(directOption, "Flush through this node's relayer; do not look for a replica in the registry."),
		},
		Run: runEnv(lookup, func(req *cmds.Request, env cmds.Environment, svc *ring.Service) (*FlushOutput, error) {
			from, err := requiredString(req, fromOption)
			if err != nil {
				return nil, err
			}
			if print, _ := req.Options[printRequestOption].(bool); print {
				p, _, err := svc.FlushRequest(req.Context, req.Arguments[0], from, nil)
				if err != nil {
					return nil, err
				}
				return &FlushOutput{Request: p}, nil
			}
			via, _ := req.Options[viaOption].(string)
			direct, _ := req.Options[directOption].(bool)
			if via != "" && direct {
				return nil, fmt.Errorf("%w: --via and --direct exclude each other", ring.ErrBadArgument)
			}
			if via != "" {
				st, err := svc.FlushVia(req.Context, req.Arguments[0], from, via)
				if err != nil {
					return nil, err
				}
				return &FlushOutput{Replica: st}, nil
			}
			if !direct && registry != nil {
				return flushFound(req, env, registry, svc, req.Arguments[0], from)
			}
			f, err := svc.Flush(req.Context, req.Arguments[0], from)
			if err != nil {
				return nil, err
			}
			return &FlushOutput{Flushed: f}, nil
		}),
		Type: FlushOutput{},
		Encoders: text(func(w io.Writer, out *FlushOutput) error {
			if out.Request != nil {
				b, err := json.MarshalIndent(out.Request, "", "  ")
				if err != nil {
					return err
				}
				_, err = fmt.Fprintf(w, "%s\n", b)
				return err
			}
			if r := out.Replica; r != nil {
				line := fmt.Sprintf("replica %s flush %s: seq %d %s, %d nodes stored", r.Status, r.ID, r.Seq, r.Head, r.Stored)
				if r.TxHash != "" {
					line += fmt.Sprintf(" (tx %s, block %d, fee %s wei)", r.TxHash, r.Block, r.Fee)
				}
				if r.Error != "" {
					line += ": " + r.Error
				}
				if out.Via != "" {
					line = fmt.Sprintf("through replica %s (peer %s, found in the registry): %s", out.Via, out.ViaPeer, line)
				}
				_, err := fmt.Fprintln(w, line)
				return err
			}
			if out.Direct != "" {
				if _, err := fmt.Fprintf(w, "flushed directly through this node's relayer: %s\n", out.Direct); err != nil {
					return err
				}
			}
			_, err := fmt.Fprintf(w, "flushed seq %d %s (tx %s, block %d, gas %d, fee %s wei)\n",
				out.Seq, out.Head, out.Tx.TxHash.Hex(), out.Tx.Block, out.Tx.GasUsed, out.Tx.Fee)
			return err
		}),
	}
}

func unreplicateCmd(lookup Lookup) *cmds.Command {
	return &cmds.Command{
		Helptext: cmds.HelpText{
			Tagline: "Ask a replica node to stop replicating a ring (owner only).",
			ShortDescription: `
Signs an UnreplicateRing request (EIP-712) with the ring's owner (--from) and
sends it to the replica's gateway. The replica stops following the ring,
forgets its replica key and unpins its copies of the logs.

  ipfs ring unreplicate club --from alice --via http://127.0.0.1:8090
`,
		},
		Arguments: []cmds.Argument{cmds.StringArg("ring", true, false, "Ring name or 0x address.")},
		Options: []cmds.Option{
			cmds.StringOption(fromOption, "The ring's owner avatar."),
			cmds.StringOption(viaOption, "URL of the replica's ring gateway."),
		},
		Run: run(lookup, func(req *cmds.Request, svc *ring.Service) (*gateway.ReplicateStatus, error) {
			o, err := requiredStrings(req, fromOption, viaOption)
			if err != nil {
				return nil, err
			}
			return svc.UnreplicateVia(req.Context, req.Arguments[0], o[0], o[1])
		}),
		Type: gateway.ReplicateStatus{},
		Encoders: text(func(w io.Writer, out *gateway.ReplicateStatus) error {
			_, err := fmt.Fprintf(w, "replica %s ring %s (recorded in %s)\n", out.Status, out.Ring, out.Message)
			return err
		}),
	}
}

// VerifyOutput is the output of `ipfs ring verify`.
type VerifyOutput struct {
	OK      bool              `json:"ok"`
	Reports []*ringlog.Report `json:"reports"`
}

// ErrInvalidLog is returned by `ipfs ring verify` when a log fails.
var ErrInvalidLog = errors.New("invalid log")

func verifyCmd(lookup Lookup) *cmds.Command {
	return &cmds.Command{
		Helptext: cmds.HelpText{
			Tagline: "Verify whole logs of a ring.",
			ShortDescription: `
Checks every node of the ring's local logs (one member's with --member):
the block is present and decodes, the EIP-712 signature recovers to the
member, the node claims this ring, chain, author and the right seq, and
prev links reach seq 1. Prints one line per log; for a bad log, the oldest
bad node and why. Exits non-zero when a log is bad.
`,
		},
		Arguments: []cmds.Argument{cmds.StringArg("ring", true, false, "Ring name or 0x address.")},
		Options:   []cmds.Option{cmds.StringOption(memberOption, "Only this member's log.")},
		Run: run(lookup, func(req *cmds.Request, svc *ring.Service) (*VerifyOutput, error) {
			member, _ := req.Options[memberOption].(string)
			reports, err := svc.Verify(req.Context, req.Arguments[0], member)
			if err != nil {
				return nil, err
			}
			out := &VerifyOutput{OK: true, Reports: reports}
			var bad []string
			for _, r := range reports {
				if !r.OK() {
					out.OK = false
					bad = append(bad, fmt.Sprintf("log of %s: first bad node seq %d (%s): %s", r.Member.Hex(), r.FirstBad.Seq, r.FirstBad.CID, r.FirstBad.Reason))
				}
			}
			if !out.OK {
				return nil, fmt.Errorf("%w: %s", ErrInvalidLog, strings.Join(bad, "; "))
			}
			return out, nil
		}),
		Type: VerifyOutput{},
		Encoders: text(func(w io.Writer, out *VerifyOutput) error {
			for _, r := range out.Reports {
				fmt.Fprintf(w, "ok %s: %d nodes, head seq %d %s\n", r.Member.Hex(), r.Checked, r.Seq, r.Head)
			}
			return nil
		}),
	}
}

// SyncEvent is one object of `ring sync`'s output: progress lines (with
// --progress) and then the result.
type SyncEvent struct {
	Progress *ringlog.Progress `json:"progress,omitempty"`
	Result   *ring.SyncResult  `json:"result,omitempty"`
}

func syncCmd(lookup Lookup) *cmds.Command {
	return &cmds.Command{
		Helptext: cmds.HelpText{
			Tagline: "Fetch a ring's logs up to the heads on chain, verified.",
			ShortDescription: `
Reads every member's head from the ring contract, fetches the part of each
log this node lacks from peers that have it (members, replicas) and stores
and pins it. Works for any ring by its 0x address, without its keys: the
bodies stay sealed. Prints one line per member.
`,
			LongDescription: `
Reads every member's head from the ring contract, fetches the part of each
log this node lacks from peers that have it (members, replicas) and stores
and pins it. Works for any ring by its 0x address, without its keys: the
bodies stay sealed. Prints one line per member.

Logs come over the /rings/log/1.0.0 libp2p protocol, newest node first, in
one stream per log, from connected peers that serve it; bitswap, one round
trip per node, is the fallback. Every node is checked as it arrives: its
bytes hash to the CID the newer node links to, and it is signed by the
member for this ring, chain and seq. Nodes are stored in batches, so an
interrupted sync (Ctrl-C, a crash, a peer gone) keeps what it fetched and
the next sync resumes from there.

With --progress, a bar per member shows the nodes stored so far; with
--enc=json, each progress step is a {"progress": ...} object before the
{"result": ...} object.
`,
		},
		Arguments: []cmds.Argument{cmds.StringArg("ring", true, false, "Ring name or 0x address.")},
		Options: []cmds.Option{
			cmds.BoolOption(progressOption, "Show a progress bar per member."),
		},
		Run: func(req *cmds.Request, res cmds.ResponseEmitter, env cmds.Environment) error {
			svc, err := lookup(env)
			if err != nil {
				return err
			}
			var progress func(ringlog.Progress)
			if show, _ := req.Options[progressOption].(bool); show {
				progress = func(p ringlog.Progress) {
					_ = res.Emit(&SyncEvent{Progress: &p})
				}
			}
			out, err := svc.Sync(req.Context, req.Arguments[0], progress)
			if err != nil {
				return err
			}
			return res.Emit(&SyncEvent{Result: out})
		},
		Type: SyncEvent{},
		PostRun: cmds.PostRunMap{
			cmds.CLI: func(res cmds.Response, re cmds.ResponseEmitter) error {
				var bar *pb.ProgressBar
				var member common.Address
				defer func() {
					if bar != nil {
						bar.Finish()
					}
				}()
				for {
					v, err := res.Next()
					if err != nil {
						if errors.Is(err, io.EOF) {
							return nil
						}
						return err
					}
					ev, ok := v.(*SyncEvent)
					if !ok {
						return fmt.Errorf("unexpected output %T", v)
					}
					if p := ev.Progress; p != nil {
						if bar == nil || p.Member != member {
							if bar != nil {
								bar.Finish()
							}
							member = p.Member
							bar = pb.New64(int64(p.Total)).SetWriter(os.Stderr).
								SetTemplateString(`{{string . "member"}} {{counters . }} {{bar . }} {{percent . }} {{speed . "%s nodes/s" ""}}`).
								Set("member", p.Member.Hex()[:10]).Start()
						}
						bar.SetCurrent(int64(p.Done))
						continue
					}
					if bar != nil {
						bar.Finish()
						bar = nil
					}
					if err := re.Emit(ev); err != nil {
						return err
					}
				}
			},
		},
		Encoders: text(func(w io.Writer, ev *SyncEvent) error {
			if ev.Result == nil {
				return nil
			}
			for _, m := range ev.Result.Members {
				switch {
				case m.Error != "":
					fmt.Fprintf(w, "failed %s: %s\n", m.Member.Hex(), m.Error)
				case m.Head == nil:
					fmt.Fprintf(w, "empty  %s: no head on chain\n", m.Member.Hex())
				default:
					how := ""
					if m.Fetched > 0 {
						how = " from " + m.Source
					}
					if m.Resumed {
						how += ", resumed"
					}
					fmt.Fprintf(w, "synced %s: seq %d %s (%d fetched%s)\n", m.Member.Hex(), m.Seq, m.Head, m.Fetched, how)
				}
				for _, f := range m.Forks {
					fmt.Fprintf(w, "FORK   %s signed two nodes for seq %d; the chain's branch replaced this node's copy (proof %s; see 'ipfs ring forks')\n", m.Member.Hex(), f.Seq, f.Proof)
				}
			}
			return nil
		}),
	}
}
