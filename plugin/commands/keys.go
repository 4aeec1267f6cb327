package commands

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/ipfs/boxo/files"
	cmds "github.com/ipfs/go-ipfs-cmds"

	"github.com/mosaic-rings/rings/plugin/ring"
	"github.com/mosaic-rings/rings/plugin/ringkeys"
)

// maxKeyFile bounds an imported key file.
const maxKeyFile = 64 << 10

func keysCmd(lookup Lookup, local LocalLookup) *cmds.Command {
	return &cmds.Command{
		Helptext: cmds.HelpText{
			Tagline: "Export and import a ring's read and replica keys.",
			ShortDescription: `
Hand a ring's keys to another member's node:

  ipfs ring keys export club > club.keys     # on your node
  ipfs ring keys import club.keys            # on theirs

The file holds secrets in the clear: keep it private and delete it after
the import. Keys are stored in <repo>/ring/keys with mode 0600.
`,
		},
		Subcommands: map[string]*cmds.Command{
			"export": {
				Helptext: cmds.HelpText{
					Tagline:          "Print a ring's keys as JSON, for 'ipfs ring keys import'.",
					ShortDescription: "It reads only the repo's ring keys: it works with no daemon running.\n",
				},
				Arguments: []cmds.Argument{cmds.StringArg("ring", true, false, "Ring name or 0x address.")},
				Run: runLocal(local, func(req *cmds.Request, l ring.Local) (*ringkeys.Keys, error) {
					k, err := l.ExportKeys(req.Arguments[0])
					if err != nil {
						return nil, err
					}
					return &k, nil
				}),
				Type: ringkeys.Keys{},
				Encoders: text(func(w io.Writer, out *ringkeys.Keys) error {
					b, err := json.MarshalIndent(out, "", "  ")
					if err != nil {
						return err
					}
					_, err = fmt.Fprintf(w, "%s\n", b)
					return err
				}),
			},
			"import": {
				Helptext: cmds.HelpText{Tagline: "Store a ring's keys exported by another node."},
				Arguments: []cmds.Argument{
					cmds.FileArg("file", true, false, "Key file from 'ipfs ring keys export'.").EnableStdin(),
				},
				Options: []cmds.Option{cmds.StringOption(nameOption, "Local name for the ring (default: the name in the file).")},
				Run: run(lookup, func(req *cmds.Request, svc *ring.Service) (*ring.Ring, error) {
					it := req.Files.Entries()
					if !it.Next() {
						if it.Err() != nil {
							return nil, it.Err()
						}
						return nil, fmt.Errorf("%w: give the key file", ring.ErrBadArgument)
					}
					f := files.ToFile(it.Node())
					if f == nil {
						return nil, fmt.Errorf("%w: the key file must be a file", ring.ErrBadArgument)
					}
					defer f.Close()
					data, err := io.ReadAll(io.LimitReader(f, maxKeyFile))
					if err != nil {
						return nil, err
					}
					name, _ := req.Options[nameOption].(string)
					return svc.ImportKeys(data, name)
				}),
				Type: ring.Ring{},
				Encoders: text(func(w io.Writer, out *ring.Ring) error {
					_, err := fmt.Fprintf(w, "imported keys of ring %s (%s) on chain %d\n", out.Address.Hex(), orDash(out.Name), out.Chain)
					return err
				}),
			},
		},
	}
}
