package commands

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	cmds "github.com/ipfs/go-ipfs-cmds"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/plugin/avatar"
	"github.com/mosaic-rings/rings/plugin/market"
	"github.com/mosaic-rings/rings/plugin/ring"
	"github.com/mosaic-rings/rings/plugin/ringkeys"
)

// ChainRepo is what `ipfs ring chain deploy` and `status` need of the
// node's repo, with no daemon: its keystore (the deployer's and the
// relayer's keys), the external chain its config names, and a way to
// write the config (--write-config).
type ChainRepo struct {
	Keys      avatar.Keystore
	Rings     *ringkeys.Dir // the repo's ring keys
	Chain     ChainConfig
	SetConfig func(key string, value any) error
}

// ChainConfig is what the config says of an external chain (all empty:
// the embedded dev chain).
type ChainConfig struct {
	RPC        string
	ChainID    uint64
	Factory    string
	Market     string
	Challenges string
	Relayer    string // keystore key name
}

// DeployLookup finds the repo of a deploy or status command.
type DeployLookup func(env cmds.Environment) (*ChainRepo, error)

const (
	rpcOption         = "rpc"
	dryRunOption      = "dry-run"
	writeConfigOption = "write-config"
	networkFeeOption  = "network-fee"
	createOption      = "create"
	registryOption    = "registry"
)

// DeployEvent is one line of the deploy command's output: a step as it is
// done, then the whole deployment with the config to use.
type DeployEvent struct {
	Step       *chain.DeployStep `json:"step,omitempty"`
	Deployment *chain.Deployment `json:"deployment,omitempty"`
	// Config is the ring plugin's config for this chain
	// (Plugins.Plugins.ring.Config keys), and Written whether
	// --write-config wrote it.
	Config  map[string]any `json:"config,omitempty"`
	Written bool           `json:"written,omitempty"`
}

func chainDeployCmd(lookup DeployLookup) *cmds.Command {
	return &cmds.Command{
		Helptext: cmds.HelpText{
			Tagline: "Deploy every contract Rings needs to an EVM chain (no daemon needed).",
			ShortDescription: `
Deploys, from the account of the keystore key --from (which pays the gas),
the ring factory (with the Ring it clones), the market and the challenges,
points the market at the challenges, and creates the registry ring (owner
and only member: the deployer; its keys stored in this repo as the ring
'registry'; --registry=false skips it). The deployer is the market's and
the challenges' admin and the market's fee recipient.

Contracts go through the deterministic deployment proxy (CREATE2, at
0x4e59b44847b379578588920ca78fbf26c0b4956c on most chains; anvil and geth
--dev have it; elsewhere its presigned transaction deploys it for 0.01
ether), so the same --from key gets the same addresses on every chain. A
chain that refuses that transaction (one without EIP-155 replay protection)
gets contracts created from the deployer's account, at addresses of that
chain only; --create does so anyway.

It never deploys twice: a contract already at its address with the
committed code is reused, and a second run sends nothing. --dry-run sends
nothing and estimates the gas and fees of what is missing at the chain's
current gas price. Each step is printed as it is done.

At the end it prints the config to use; --write-config writes it into this
repo (Chain.RPC, Chain.ChainID, Chain.Factory, Market.Address,
Challenges.Address, Chain.Relayer: the one configured, else the deployer;
and with the registry ring Registry.Ring and Registry.Avatar, which make
this node its registry node). Then start the daemon.

  ipfs key gen --type=secp256k1 deployer     # fund its address: ipfs ring avatars
  ipfs ring chain deploy --rpc http://127.0.0.1:8545 --from deployer --dry-run
  ipfs ring chain deploy --rpc http://127.0.0.1:8545 --from deployer --write-config
`,
		},
		Options: []cmds.Option{
			cmds.StringOption(rpcOption, "JSON-RPC URL of the chain (http, https, ws, wss or an IPC path)."),
			cmds.StringOption(fromOption, "Deployer: a secp256k1 key of this node's keystore; it pays the gas."),
			cmds.BoolOption(dryRunOption, "Send nothing: show what exists and estimate the rest."),
			cmds.BoolOption(writeConfigOption, "Write the chain's config into this repo."),
			cmds.StringOption(networkFeeOption, "The market's network fee in basis points (0–1000; part of its address).").WithDefault("100"),
			cmds.BoolOption(createOption, "Create the contracts from the deployer's account, not through the CREATE2 proxy."),
			cmds.BoolOption(registryOption, "Also create the registry ring (its keys stored here as 'registry').").WithDefault(true),
		},
		Run: func(req *cmds.Request, res cmds.ResponseEmitter, env cmds.Environment) error {
			e, err := lookup(env)
			if err != nil {
				return err
			}
			url, err := requiredString(req, rpcOption)
			if err != nil {
				return err
			}
			from, err := requiredString(req, fromOption)
			if err != nil {
				return err
			}
			fee, err := uintOption(req, networkFeeOption, 16, false)
			if err != nil {
				return err
			}
			dry, _ := req.Options[dryRunOption].(bool)
			write, _ := req.Options[writeConfigOption].(bool)
			create, _ := req.Options[createOption].(bool)
			if dry && write {
				return fmt.Errorf("%w: --dry-run deploys nothing, so there is no config to write", ring.ErrBadArgument)
			}
			a, err := avatar.Load(e.Keys, from)
			if err != nil {
				return err
			}
			backend, err := ethclient.DialContext(req.Context, url)
			if err != nil {
				return fmt.Errorf("%w: --rpc %q: %v", ring.ErrBadArgument, url, err)
			}
			defer backend.Close()
			progress := func(s chain.DeployStep) { _ = res.Emit(&DeployEvent{Step: &s}) }
			d, err := deployAll(req.Context, backend, url, a, chain.DeployOptions{DryRun: dry, Create: create, NetworkFeeBps: uint16(fee), Progress: progress})
			if err != nil {
				return err
			}
			registry, _ := req.Options[registryOption].(bool)
			if registry {
				s, err := registryRing(req.Context, backend, a, e.Rings, d, dry)
				if err != nil {
					return err
				}
				d.Steps = append(d.Steps, *s)
				d.Gas += s.Gas
				d.Fee.Add(d.Fee, s.Fee)
				progress(*s)
			}
			out := &DeployEvent{Deployment: d, Config: map[string]any{
				"Chain.RPC": url, "Chain.ChainID": d.ChainID, "Chain.Factory": d.Factory.Hex(),
				"Market.Address": d.Market.Hex(), "Challenges.Address": d.Challenges.Hex(),
			}}
			relayer := e.Chain.Relayer
			if relayer == "" {
				relayer = a.Name // the deployer pays the node's gas too, until another key does
			}
			out.Config["Chain.Relayer"] = relayer
			keys := configKeys
			if registry {
				out.Config["Registry.Ring"], out.Config["Registry.Avatar"] = registryName, a.Name
				keys = append(slices.Clone(registryKeys), keys...)
			}
			if write {
				// Chain.RPC last: with it set, the others are required.
				for _, k := range keys {
					if err := e.SetConfig("Plugins.Plugins.ring.Config."+k, out.Config[k]); err != nil {
						return fmt.Errorf("the contracts are deployed, but writing %s into the config failed: %w", k, err)
					}
				}
				out.Written = true
			}
			return res.Emit(out)
		},
		Type:     DeployEvent{},
		Encoders: text(deployText),
	}
}

// deployAll is chain.DeployAll with the errors of a chain that cannot be
// reached (checked before anything is sent) or an account that cannot pay
// said in words.
func deployAll(ctx context.Context, backend *ethclient.Client, url string, a *avatar.Avatar, opts chain.DeployOptions) (*chain.Deployment, error) {
	if _, err := backend.ChainID(ctx); err != nil {
		return nil, fmt.Errorf("cannot reach the chain at --rpc %s (%v): check the URL and that its node is running", url, err)
	}
	d, err := chain.DeployAll(ctx, backend, a.PrivateKey(), opts)
	if errors.Is(err, chain.ErrNoFunds) {
		return nil, fmt.Errorf("%w; fund %s (%s) on that chain, or see the cost first with --dry-run", err, a.Name, a.Address.Hex())
	}
	return d, err
}

func deployText(w io.Writer, e *DeployEvent) error {
	if s := e.Step; s != nil {
		line := fmt.Sprintf("%-22s %-13s %s", s.Name, s.Action, s.Address.Hex())
		switch {
		case s.Gas != 0:
			line += fmt.Sprintf("  gas %d, fee %s", s.Gas, market.FormatAmount(s.Fee))
		case strings.HasPrefix(s.Action, "would"):
			line += "  gas not estimated: it calls what is not deployed yet"
		}
		if s.Note != "" {
			line += "  (" + s.Note + ")"
		}
		_, err := fmt.Fprintln(w, line)
		return err
	}
	d := e.Deployment
	if d == nil {
		return nil
	}
	how := "through the CREATE2 proxy: the same addresses on every chain for deployer " + d.Deployer.Hex()
	if !d.Deterministic {
		how = "created from deployer " + d.Deployer.Hex() + ": addresses of this chain only"
	}
	verb := "used"
	if d.DryRun {
		verb = "would use"
	}
	fmt.Fprintf(w, "\nchain %d, %s\n%s gas %d, fees %s\n\n", d.ChainID, how, verb, d.Gas, market.FormatAmount(d.Fee))
	if d.DryRun {
		_, err := fmt.Fprintln(w, "dry run: nothing was sent")
		return err
	}
	if e.Written {
		fmt.Fprintln(w, "written into this repo's config (Plugins.Plugins.ring.Config):")
	} else {
		fmt.Fprintln(w, "config to use (or run again with --write-config):")
	}
	err := table(w, func(tw *tabwriter.Writer) {
		for _, k := range append(slices.Clone(registryKeys), configKeys...) {
			if v, ok := e.Config[k]; ok {
				fmt.Fprintf(tw, "  ipfs config --json Plugins.Plugins.ring.Config.%s\t%s\n", k, jsonValue(v))
			}
		}
	})
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "Chain.Relayer %s pays the node's gas: keep it funded (ipfs ring chain status checks it), then start the daemon\n", e.Config["Chain.Relayer"])
	return err
}

// configKeys are the config keys a deployment gives, in the order
// --write-config writes them: Chain.RPC last, since with it set the others
// are required.
var configKeys = []string{"Chain.Relayer", "Chain.ChainID", "Chain.Factory", "Market.Address", "Challenges.Address", "Chain.RPC"}

// registryKeys are the registry's config keys a deployment with the
// registry ring gives: this node becomes its registry node.
var registryKeys = []string{"Registry.Ring", "Registry.Avatar"}

// registryName is the registry ring's local name.
const registryName = "registry"

// registryRing finds or creates the registry ring on the deployed factory:
// the ring named "registry" whose keys this repo holds for this chain, if
// the factory made it; else a new ring owned by the deployer, its only
// member (more registry nodes enter later), with its keys stored here.
func registryRing(ctx context.Context, backend *ethclient.Client, a *avatar.Avatar, rings *ringkeys.Dir, d *chain.Deployment, dry bool) (*chain.DeployStep, error) {
	s := &chain.DeployStep{Name: "registry ring", Fee: new(big.Int)}
	var client *chain.Client
	if code, err := backend.CodeAt(ctx, d.Factory, nil); err == nil && len(code) != 0 {
		if client, err = chain.New(ctx, backend, a.PrivateKey(), d.Factory); err != nil {
			return nil, err
		}
	}
	if k, err := (ring.Local{Keys: rings}).ResolveRing(registryName); err == nil {
		if k.Chain != d.ChainID {
			return nil, fmt.Errorf("%w: this repo's ring %q is on chain %d, not %d: give it another name (ipfs ring keys import --name) or deploy with --registry=false", ring.ErrBadArgument, registryName, k.Chain, d.ChainID)
		}
		if client != nil {
			if ok, err := client.IsFactoryRing(ctx, k.Ring); err != nil {
				return nil, err
			} else if ok {
				s.Address, s.Action, s.Note = k.Ring, "found", "its keys are this repo's ring "+registryName
				return s, nil
			}
		}
		return nil, fmt.Errorf("%w: this repo's ring %q (%s) is not a ring of the factory %s: give it another name or deploy with --registry=false", ring.ErrBadArgument, registryName, k.Ring.Hex(), d.Factory.Hex())
	}
	if dry || client == nil {
		s.Action, s.Note = "would create", "owner and member: "+a.Name
		return s, nil
	}
	addr, rcpt, err := client.CreateRing(ctx, a.Address, []common.Address{a.Address})
	if err != nil {
		return nil, fmt.Errorf("creating the registry ring: %w", err)
	}
	k, err := ringkeys.Generate(addr, d.ChainID, registryName)
	if err != nil {
		return nil, err
	}
	if err := rings.Put(k); err != nil {
		return nil, fmt.Errorf("the registry ring %s was created but its keys could not be stored: %w", addr.Hex(), err)
	}
	s.Address, s.Action, s.Gas, s.Fee, s.Tx = addr, "created", rcpt.GasUsed, rcpt.Fee, rcpt.TxHash
	s.Note = "owner and member: " + a.Name + "; keys stored as ring " + registryName
	return s, nil
}

// jsonValue is v as `ipfs config --json` takes it in a shell.
func jsonValue(v any) string {
	if s, ok := v.(string); ok {
		return `'"` + s + `"'`
	}
	return fmt.Sprint(v)
}

const flushesOption = "flushes"

// ChainStatusOutput is the output of `ipfs ring chain status`.
type ChainStatusOutput struct {
	// Embedded: the node runs the embedded dev chain (no Chain.RPC): the
	// daemon runs it and deploys its contracts itself; nothing to check.
	Embedded bool   `json:"embedded,omitempty"`
	RPC      string `json:"rpc,omitempty"`
	*chain.ChainStatus
}

func chainStatusCmd(lookup DeployLookup) *cmds.Command {
	return &cmds.Command{
		Helptext: cmds.HelpText{
			Tagline: "Check the configured external chain (no daemon needed).",
			ShortDescription: fmt.Sprintf(`
Checks the chain the config names (Chain.RPC): that it answers, that it
serves Chain.ChainID, that Chain.Factory, Market.Address and
Challenges.Address hold this version's contracts, and that the relayer
(Chain.Relayer) holds enough for --flushes flushes of %d gas each (a
member's first flush) at the gas price the chain suggests now. It prints
every check, and fails if one does.

  ipfs ring chain status
  ipfs ring chain status --flushes 1000 --enc=json
`, chain.FlushGas),
		},
		Options: []cmds.Option{
			cmds.StringOption(flushesOption, "How many flushes the relayer's balance must cover.").WithDefault("100"),
		},
		Run: func(req *cmds.Request, res cmds.ResponseEmitter, env cmds.Environment) error {
			repo, err := lookup(env)
			if err != nil {
				return err
			}
			flushes, err := uintOption(req, flushesOption, 32, false)
			if err != nil {
				return err
			}
			c := repo.Chain
			if c.RPC == "" {
				return cmds.EmitOnce(res, &ChainStatusOutput{Embedded: true})
			}
			in := chain.ChainStatusInput{ChainID: c.ChainID, Flushes: flushes}
			var bad []chain.ChainCheck
			for _, a := range []struct {
				key  string
				val  string
				into *common.Address
			}{{"Chain.Factory", c.Factory, &in.Factory}, {"Market.Address", c.Market, &in.Market}, {"Challenges.Address", c.Challenges, &in.Challenges}} {
				switch {
				case a.val == "":
				case !common.IsHexAddress(a.val):
					bad = append(bad, chain.ChainCheck{Name: a.key, Detail: fmt.Sprintf("%q is not a 0x address", a.val)})
				default:
					*a.into = common.HexToAddress(a.val)
				}
			}
			if c.Relayer == "" {
				bad = append(bad, chain.ChainCheck{Name: "relayer", Detail: "Chain.Relayer is not set: name a funded secp256k1 key of the keystore"})
			} else if a, err := avatar.Load(repo.Keys, c.Relayer); err != nil {
				bad = append(bad, chain.ChainCheck{Name: "relayer", Detail: err.Error()})
			} else {
				in.Relayer = a.Address
			}
			backend, err := ethclient.DialContext(req.Context, c.RPC)
			if err != nil {
				return fmt.Errorf("Chain.RPC %q: %w", c.RPC, err)
			}
			defer backend.Close()
			st, err := chain.CheckChain(req.Context, backend, in)
			if err != nil {
				return fmt.Errorf("Chain.RPC %s: %w", c.RPC, err)
			}
			st.Checks = append(st.Checks, bad...)
			st.OK = st.OK && len(bad) == 0
			if err := res.Emit(&ChainStatusOutput{RPC: c.RPC, ChainStatus: st}); err != nil {
				return err
			}
			if !st.OK {
				n := 0
				for _, ch := range st.Checks {
					if !ch.OK {
						n++
					}
				}
				return fmt.Errorf("%d of %d checks of %s failed", n, len(st.Checks), c.RPC)
			}
			return nil
		},
		Type: ChainStatusOutput{},
		Encoders: text(func(w io.Writer, out *ChainStatusOutput) error {
			if out.Embedded {
				_, err := fmt.Fprintln(w, "embedded dev chain (no Chain.RPC): the daemon runs it and deploys its contracts itself")
				return err
			}
			fmt.Fprintf(w, "%s: chain %d, block %d, gas price %s wei\n", out.RPC, out.ChainID, out.Head, out.GasPrice)
			return table(w, func(tw *tabwriter.Writer) {
				for _, c := range out.Checks {
					mark := "ok"
					if !c.OK {
						mark = "FAILED"
					}
					fmt.Fprintf(tw, "%s\t%s\t%s\n", c.Name, mark, c.Detail)
				}
			})
		}),
	}
}
