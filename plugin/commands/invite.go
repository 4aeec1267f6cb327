package commands

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	cmds "github.com/ipfs/go-ipfs-cmds"
	"github.com/ipfs/kubo/core/commands/cmdenv"

	"github.com/mosaic-rings/rings/plugin/ring"
	"github.com/mosaic-rings/rings/plugin/ringkeys"
)

const (
	gatewayOption = "gateway"
	pageOption    = "page"
)

// Invite is the output of `ipfs ring invite`: the link and what it holds,
// but for the read key.
type Invite struct {
	// Link is Page with the invite in its fragment (see InviteLink).
	Link    string         `json:"link"`
	Ring    common.Address `json:"ring"`
	Chain   uint64         `json:"chain"`
	Name    string         `json:"name,omitempty"`
	Gateway string         `json:"gateway"`
	Page    string         `json:"page"`
}

// InviteLink is the chat page's invite link: page with the fragment
//
//	v=1&ring=0x…&chain=ID&gateway=URL&key=HEX&name=NAME
//
// ring in lower case, gateway and name query-escaped, key the 32-byte read
// key as 64 hex digits, name left out when empty. A browser never sends
// the fragment to a server. web/app/invite.js parses it.
func InviteLink(page, gateway string, k ringkeys.Keys) string {
	q := "v=1&ring=" + strings.ToLower(k.Ring.Hex()) +
		"&chain=" + strconv.FormatUint(k.Chain, 10) +
		"&gateway=" + url.QueryEscape(gateway) +
		"&key=" + fmt.Sprintf("%x", k.ReadKey[:])
	if k.Name != "" {
		q += "&name=" + url.QueryEscape(k.Name)
	}
	return page + "#" + q
}

func inviteCmd(lookup Lookup) *cmds.Command {
	return &cmds.Command{
		Helptext: cmds.HelpText{
			Tagline: "Print a link that opens the chat page in a ring.",
			ShortDescription: `
Prints the invite link of the chat page (served by the ring gateway at
/ring/app/): the page's URL with the ring, its chain, the gateway and the
ring's READ KEY in the URL fragment, which a browser never sends to a
server. Whoever has the link reads the ring: hand it over privately.

  ipfs ring invite club
  ipfs ring invite club --gateway https://ring.example --page https://ring.example/ipfs/bafy…/

--gateway is the ring gateway the page talks to (default: this node's,
from <repo>/ring/gateway; an unspecified listen address such as 0.0.0.0
becomes loopback, so pass --gateway for other machines). The gateway
must replicate the ring for the page to send. --page is the page's URL
(default: <gateway>/ring/app/), e.g. the page added to IPFS with
'ipfs add -r web/dist/app'.

To write, the person's address (a wallet's, or the key the page makes)
must be a member: ipfs ring enter club 0x… --from OWNER.
`,
		},
		Arguments: []cmds.Argument{cmds.StringArg("ring", true, false, "Ring name or 0x address.")},
		Options: []cmds.Option{
			cmds.StringOption(gatewayOption, "Ring gateway URL the page talks to (default: this node's)."),
			cmds.StringOption(pageOption, "Chat page URL (default: <gateway>/ring/app/)."),
		},
		Run: func(req *cmds.Request, res cmds.ResponseEmitter, env cmds.Environment) error {
			svc, err := lookup(env)
			if err != nil {
				return err
			}
			k, err := svc.ExportKeys(req.Arguments[0])
			if err != nil {
				return err
			}
			if !k.HasReadKey() {
				return fmt.Errorf("%w: this node holds only the replica key of ring %s, not its read key, so it cannot invite anyone to read it; run `ipfs ring invite` on a member's node, or import the ring's keys from one (`ipfs ring keys export` there, `ipfs ring keys import` here)", ring.ErrNoReadKey, k.Ring.Hex())
			}
			gw, _ := req.Options[gatewayOption].(string)
			if gw == "" {
				root, err := cmdenv.GetConfigRoot(env)
				if err != nil {
					return err
				}
				if gw, err = nodeGateway(root); err != nil {
					return err
				}
			}
			gw, err = inviteURL(gatewayOption, gw)
			if err != nil {
				return err
			}
			gw = strings.TrimRight(gw, "/")
			page, _ := req.Options[pageOption].(string)
			if page == "" {
				page = gw + "/ring/app/"
			}
			if page, err = inviteURL(pageOption, page); err != nil {
				return err
			}
			return cmds.EmitOnce(res, &Invite{
				Link: InviteLink(page, gw, k), Ring: k.Ring, Chain: k.Chain, Name: k.Name, Gateway: gw, Page: page,
			})
		},
		Type: Invite{},
		Encoders: text(func(w io.Writer, out *Invite) error {
			_, err := fmt.Fprintln(w, out.Link)
			return err
		}),
	}
}

// nodeGateway is the URL of the node's ring gateway, which the daemon
// writes to <repo>/ring/gateway while it runs, with an unspecified host
// (0.0.0.0, ::) made loopback.
func nodeGateway(repo string) (string, error) {
	b, err := os.ReadFile(filepath.Join(repo, "ring", "gateway"))
	if errors.Is(err, fs.ErrNotExist) {
		return "", fmt.Errorf("%w: this node's ring gateway is not running (no %s); pass --gateway URL", ring.ErrBadArgument, filepath.Join(repo, "ring", "gateway"))
	}
	if err != nil {
		return "", err
	}
	u, err := url.Parse(strings.TrimSpace(string(b)))
	if err != nil {
		return "", fmt.Errorf("%w: %s holds no URL; pass --gateway URL", ring.ErrBadArgument, filepath.Join(repo, "ring", "gateway"))
	}
	if ip := net.ParseIP(u.Hostname()); ip != nil && ip.IsUnspecified() {
		host := "127.0.0.1"
		if ip.To4() == nil {
			host = "::1"
		}
		u.Host = net.JoinHostPort(host, u.Port())
	}
	return u.String(), nil
}

// inviteURL checks that v, the value of option, is an absolute http or
// https URL without a fragment.
func inviteURL(option, v string) (string, error) {
	u, err := url.Parse(v)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || strings.Contains(v, "#") || u.User != nil {
		return "", fmt.Errorf("%w: --%s %q must be an http:// or https:// URL without a #fragment", ring.ErrBadArgument, option, v)
	}
	return v, nil
}
