package commands

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	cmds "github.com/ipfs/go-ipfs-cmds"

	"github.com/mosaic-rings/rings/plugin/avatar"
	"github.com/mosaic-rings/rings/plugin/ring"
)

// AvatarList is the output of `ipfs ring avatars`.
type AvatarList struct {
	Avatars []*avatar.Avatar `json:"avatars"`
}

func avatarsCmd(lookup LocalLookup) *cmds.Command {
	return &cmds.Command{
		Helptext: cmds.HelpText{
			Tagline: "List this node's avatars: secp256k1 keystore keys with their address and PeerID.",
			ShortDescription: `
Every secp256k1 key in the keystore is an avatar: its Ethereum address
signs logs and flushes, and its PeerID names it on libp2p. Make one with:

  ipfs key gen --type=secp256k1 NAME

It reads only the repo's keystore: it works with no daemon running.
`,
		},
		Run: runLocal(lookup, func(req *cmds.Request, l ring.Local) (*AvatarList, error) {
			all, err := l.AvatarList()
			if err != nil {
				return nil, err
			}
			if all == nil {
				all = []*avatar.Avatar{}
			}
			return &AvatarList{Avatars: all}, nil
		}),
		Type: AvatarList{},
		Encoders: text(func(w io.Writer, out *AvatarList) error {
			if len(out.Avatars) == 0 {
				_, err := fmt.Fprintln(w, "no avatars; make one with: ipfs key gen --type=secp256k1 NAME")
				return err
			}
			return table(w, func(tw *tabwriter.Writer) {
				fmt.Fprintln(tw, "NAME\tADDRESS\tPEER ID")
				for _, a := range out.Avatars {
					fmt.Fprintf(tw, "%s\t%s\t%s\n", a.Name, a.Address.Hex(), a.PeerID)
				}
			})
		}),
	}
}

// CreateOutput is the output of `ipfs ring create`: the ring, and its
// replica resource in the registry.
type CreateOutput struct {
	*ring.Created
	// ReplicaResource is the id of the ring's replica resource
	// (rings/replicas/0x<ring>, owned by the owner), created in the
	// registry; empty when it was not (Registry says why).
	ReplicaResource string `json:"replicaResource,omitempty"`
	Registry        string `json:"registry,omitempty"`
}

func createCmd(lookup Lookup, registry RegistryLookup) *cmds.Command {
	return &cmds.Command{
		Helptext: cmds.HelpText{
			Tagline: "Create a ring on chain and its keys on this node.",
			ShortDescription: `
Creates a new ring through the factory (a clone of its Ring), owned by the avatar given
with --from, with the members given with --members (comma-separated keystore
names or 0x addresses; the owner is a member only if listed). The node's
relayer account pays the gas. Generates the ring's read key and replica key
and keeps them in <repo>/ring/keys (mode 0600) under the local NAME.

When the node knows a registry ring, the owner also creates the ring's
replica resource in the registry (label rings/replicas/0x<ring>), where the
ring's replicas register; a failure there is reported, not fatal (it is
tried again at 'ipfs ring replicate').

  ipfs ring create club --from alice --members alice,bob
`,
		},
		Arguments: []cmds.Argument{
			cmds.StringArg("name", true, false, "Local name of the ring."),
		},
		Options: []cmds.Option{
			cmds.StringOption(fromOption, "Owner avatar: keystore key name or 0x address."),
			cmds.StringOption(membersOption, "Comma-separated members: keystore key names or 0x addresses."),
		},
		Run: runEnv(lookup, func(req *cmds.Request, env cmds.Environment, svc *ring.Service) (*CreateOutput, error) {
			from, err := requiredString(req, fromOption)
			if err != nil {
				return nil, err
			}
			members, _ := req.Options[membersOption].(string)
			c, err := svc.Create(req.Context, req.Arguments[0], from, strings.Split(members, ","))
			if err != nil {
				return nil, err
			}
			out := &CreateOutput{Created: c}
			out.ReplicaResource, out.Registry = ensureReplicaResource(req, env, registry, c.Address, c.Owner)
			return out, nil
		}),
		Type: CreateOutput{},
		Encoders: text(func(w io.Writer, out *CreateOutput) error {
			_, err := fmt.Fprintf(w, "created ring %s at %s on chain %d (owner %s, %d members, tx %s)\n",
				out.Name, out.Address.Hex(), out.Chain, out.Owner.Hex(), len(out.Members), out.Tx.TxHash.Hex())
			if err == nil && out.Registry != "" {
				_, err = fmt.Fprintf(w, "replica resource: %s\n", out.Registry)
			}
			return err
		}),
	}
}

// RingList is the output of `ipfs ring ls`.
type RingList struct {
	Rings []ring.Ring `json:"rings"`
}

func lsCmd(lookup LocalLookup) *cmds.Command {
	return &cmds.Command{
		Helptext: cmds.HelpText{
			Tagline:          "List the rings this node holds keys for.",
			ShortDescription: "It reads only the repo's ring keys: it works with no daemon running.\n",
		},
		Run: runLocal(lookup, func(req *cmds.Request, l ring.Local) (*RingList, error) {
			rings, err := l.List()
			if err != nil {
				return nil, err
			}
			return &RingList{Rings: rings}, nil
		}),
		Type: RingList{},
		Encoders: text(func(w io.Writer, out *RingList) error {
			return table(w, func(tw *tabwriter.Writer) {
				fmt.Fprintln(tw, "NAME\tADDRESS\tCHAIN")
				for _, r := range out.Rings {
					fmt.Fprintf(tw, "%s\t%s\t%d\n", orDash(r.Name), r.Address.Hex(), r.Chain)
				}
			})
		}),
	}
}

func infoCmd(lookup Lookup) *cmds.Command {
	return &cmds.Command{
		Helptext: cmds.HelpText{
			Tagline: "Show a ring: owner, members, heads on chain and here.",
			ShortDescription: `
Reads the ring's contract state at the latest block (owner, members with
their flushed heads, seqs and nonces, consensus entries) and joins the local
heads of this node's logs. UNFLUSHED counts local nodes the chain has not
seen yet; 'ipfs ring flush' sends them.
`,
		},
		Arguments: []cmds.Argument{cmds.StringArg("ring", true, false, "Ring name or 0x address.")},
		Run: run(lookup, func(req *cmds.Request, svc *ring.Service) (*ring.Info, error) {
			return svc.Info(req.Context, req.Arguments[0])
		}),
		Type: ring.Info{},
		Encoders: text(func(w io.Writer, out *ring.Info) error {
			fmt.Fprintf(w, "ring     %s (%s)\nchain    %d at block %d\nowner    %s\nentries  %d\n",
				out.Address.Hex(), orDash(out.Name), out.Chain, out.Block, out.Owner.Hex(), out.EntryCount)
			fmt.Fprintln(w)
			if err := table(w, func(tw *tabwriter.Writer) {
				fmt.Fprintln(tw, "MEMBER\tAVATAR\tCHAIN SEQ\tLOCAL SEQ\tUNFLUSHED\tLOCAL HEAD")
				for _, m := range out.Members {
					head := "-"
					if m.LocalHead != nil {
						head = m.LocalHead.String()
					}
					fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%s\n", m.Address.Hex(), orDash(m.Avatar), m.ChainSeq, m.LocalSeq, m.Unflushed, head)
				}
				for _, h := range out.Others {
					fmt.Fprintf(tw, "%s\t(not a member)\t-\t%d\t-\t%s\n", h.Member.Hex(), h.Seq, h.CID)
				}
			}); err != nil {
				return err
			}
			for _, f := range out.Forks {
				status := "not reported yet"
				if f.Reported() {
					status = "reported on chain"
				}
				fmt.Fprintf(w, "\nFORK: %s signed two nodes for seq %d (%s, %s); proof %s, %s\n", f.Member.Hex(), f.Seq, f.A, f.B, f.Proof, status)
			}
			return nil
		}),
	}
}

func membershipCmd(lookup Lookup, enter bool) *cmds.Command {
	verb, tag := "exit", "Remove a member from a ring."
	if enter {
		verb, tag = "enter", "Add a member to a ring."
	}
	return &cmds.Command{
		Helptext: cmds.HelpText{
			Tagline: tag,
			ShortDescription: fmt.Sprintf(`
The ring's owner (--from) signs an EIP-712 Membership request; the node's
relayer sends it to the ring contract, so the owner needs no gas. Only the
owner can change the membership.

  ipfs ring %s club 0x… --from alice
`, verb),
		},
		Arguments: []cmds.Argument{
			cmds.StringArg("ring", true, false, "Ring name or 0x address."),
			cmds.StringArg("member", true, false, "Member: keystore key name or 0x address."),
		},
		Options: []cmds.Option{cmds.StringOption(fromOption, "Owner avatar: keystore key name or 0x address.")},
		Run: run(lookup, func(req *cmds.Request, svc *ring.Service) (*ring.Membership, error) {
			from, err := requiredString(req, fromOption)
			if err != nil {
				return nil, err
			}
			return svc.ChangeMembership(req.Context, req.Arguments[0], req.Arguments[1], from, enter)
		}),
		Type: ring.Membership{},
		Encoders: text(func(w io.Writer, out *ring.Membership) error {
			verb := "exited"
			if out.Enter {
				verb = "entered"
			}
			_, err := fmt.Fprintf(w, "%s %s ring %s (tx %s)\n", out.Member.Hex(), verb, out.Ring.Hex(), out.Tx.TxHash.Hex())
			return err
		}),
	}
}
