package commands

import (
	"fmt"
	"io"
	"time"

	"github.com/ethereum/go-ethereum/common"
	cmds "github.com/ipfs/go-ipfs-cmds"

	"github.com/mosaic-rings/rings/plugin/ring"
)

const authorOption = "author"

func sessionCmd(lookup Lookup) *cmds.Command {
	return &cmds.Command{
		Helptext: cmds.HelpText{
			Tagline: "Session keys: a wallet's delegation to a key a page holds.",
			ShortDescription: `
A member's wallet signs one EIP-712 Session that lets a session key (the
chat page's, say) sign log nodes and flushes for it in one ring, for a
window of time (docs/protocol.md, "Session keys"). Revoking the key ends
that for good: what the key signs after the revocation is no longer the
member's.
`,
		},
		Subcommands: map[string]*cmds.Command{
			"revoke": sessionRevokeCmd(lookup),
			"status": sessionStatusCmd(lookup),
		},
	}
}

func sessionRevokeCmd(lookup Lookup) *cmds.Command {
	return &cmds.Command{
		Helptext: cmds.HelpText{
			Tagline: "Revoke a session key on chain.",
			ShortDescription: `
The author (--from, an avatar of this node) signs a SessionRevocation for
KEY; the node's relayer sends it to the ring contract. Nodes and flushes
KEY signs after the revocation no longer count as the author's; those it
signed before stay valid. A key revoked already is left as it is.

  ipfs ring session revoke club 0x… --from alice
`,
		},
		Arguments: []cmds.Argument{
			cmds.StringArg("ring", true, false, "Ring name or 0x address."),
			cmds.StringArg("key", true, false, "The session key's 0x address."),
		},
		Options: []cmds.Option{cmds.StringOption(fromOption, "Author avatar: keystore key name or 0x address.")},
		Run: run(lookup, func(req *cmds.Request, svc *ring.Service) (*ring.SessionRevocation, error) {
			from, err := requiredString(req, fromOption)
			if err != nil {
				return nil, err
			}
			key, err := sessionKeyArg(req.Arguments[1])
			if err != nil {
				return nil, err
			}
			return svc.RevokeSession(req.Context, req.Arguments[0], from, key)
		}),
		Type:     ring.SessionRevocation{},
		Encoders: text(writeSessionRevocation),
	}
}

func sessionStatusCmd(lookup Lookup) *cmds.Command {
	return &cmds.Command{
		Helptext: cmds.HelpText{
			Tagline: "Show whether an author revoked a session key.",
			ShortDescription: `
Reads the ring contract's sessionRevokedAt(author, KEY).

  ipfs ring session status club 0x… --author alice
`,
		},
		Arguments: []cmds.Argument{
			cmds.StringArg("ring", true, false, "Ring name or 0x address."),
			cmds.StringArg("key", true, false, "The session key's 0x address."),
		},
		Options: []cmds.Option{cmds.StringOption(authorOption, "The author: keystore key name or 0x address.")},
		Run: run(lookup, func(req *cmds.Request, svc *ring.Service) (*ring.SessionRevocation, error) {
			author, err := requiredString(req, authorOption)
			if err != nil {
				return nil, err
			}
			key, err := sessionKeyArg(req.Arguments[1])
			if err != nil {
				return nil, err
			}
			return svc.SessionStatus(req.Context, req.Arguments[0], author, key)
		}),
		Type:     ring.SessionRevocation{},
		Encoders: text(writeSessionRevocation),
	}
}

func sessionKeyArg(s string) (common.Address, error) {
	if !common.IsHexAddress(s) || len(s) != 42 {
		return common.Address{}, fmt.Errorf("session key %q is not a 0x address (0x and 40 hex digits)", s)
	}
	return common.HexToAddress(s), nil
}

func writeSessionRevocation(w io.Writer, out *ring.SessionRevocation) error {
	if out.RevokedAt == 0 {
		_, err := fmt.Fprintf(w, "session key %s of %s in ring %s: not revoked\n", out.Key.Hex(), out.Author.Hex(), out.Ring.Hex())
		return err
	}
	at := time.Unix(int64(out.RevokedAt), 0).UTC().Format(time.RFC3339)
	if out.Tx != nil {
		_, err := fmt.Fprintf(w, "session key %s of %s in ring %s: revoked at %s (tx %s)\n", out.Key.Hex(), out.Author.Hex(), out.Ring.Hex(), at, out.Tx.TxHash.Hex())
		return err
	}
	_, err := fmt.Fprintf(w, "session key %s of %s in ring %s: revoked at %s\n", out.Key.Hex(), out.Author.Hex(), out.Ring.Hex(), at)
	return err
}
