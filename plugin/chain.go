package plugin

import (
	"errors"
	"fmt"

	cmds "github.com/ipfs/go-ipfs-cmds"
	"github.com/ipfs/kubo/core/commands/cmdenv"

	"github.com/mosaic-rings/rings/contracts/devchain"
	"github.com/mosaic-rings/rings/plugin/commands"
)

// ErrNotDevChain is returned by the dev-only chain commands (`ipfs ring
// chain advance`) on a node that runs on an external chain.
var ErrNotDevChain = errors.New("this command exists only for the embedded dev chain")

var _ commands.DevClock = (*devchain.Chain)(nil)

// chainCommands is what the chain commands get of the chain oc: the
// embedded chain's clock, or why there is none.
func chainCommands(oc *openedChain) *commands.Chain {
	if oc.dc == nil {
		return &commands.Chain{NotDev: fmt.Errorf("%w; this node runs on %s (Chain.RPC)", ErrNotDevChain, oc.desc)}
	}
	return &commands.Chain{Clock: oc.dc}
}

// chainService is the running node's chain for the chain commands.
func (p *Plugin) chainService(env cmds.Environment) (*commands.Chain, error) {
	if _, err := p.service(env); err != nil {
		return nil, err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.chain == nil {
		return nil, fmt.Errorf("%w; check the daemon's log for a ring plugin error", ErrNotRunning)
	}
	return p.chain, nil
}

// chainRepo is what `ipfs ring chain deploy` and `status` need: the
// keystore, the config's external chain, and the repo's config to write
// (through the daemon's node when one runs, else an offline node of the
// repo that Kubo builds in the client).
func (p *Plugin) chainRepo(env cmds.Environment) (*commands.ChainRepo, error) {
	l, err := p.local(env)
	if err != nil {
		return nil, err
	}
	c := p.cfg
	return &commands.ChainRepo{
		Keys:  l.Avatars,
		Rings: l.Keys,
		Chain: commands.ChainConfig{RPC: c.Chain.RPC, ChainID: c.Chain.ChainID, Factory: c.Chain.Factory,
			Market: c.Market.Address, Challenges: c.Challenges.Address, Relayer: c.Chain.Relayer},
		SetConfig: func(key string, value any) error {
			node, err := cmdenv.GetNode(env)
			if err != nil {
				return err
			}
			return node.Repo.SetConfigKey(key, value)
		},
	}, nil
}
