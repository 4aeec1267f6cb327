package commands

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	cmds "github.com/ipfs/go-ipfs-cmds"

	"github.com/mosaic-rings/rings/plugin/avatar"
	"github.com/mosaic-rings/rings/plugin/registryclient"
	"github.com/mosaic-rings/rings/plugin/ring"
)

// registryWait bounds what a ring command asks of the registry on the
// side (the replica resource, finding a replica), so that an unreachable
// registry node never holds the command up for long.
const registryWait = 20 * time.Second

// directOption forces `ipfs ring flush` through this node's relayer.
const directOption = "direct"

// ensureReplicaResource creates ring's replica resource in the registry,
// signed by the owner's key if this node holds it; what it did, or why
// not, is the returned note (the ring command does not fail over it).
func ensureReplicaResource(req *cmds.Request, env cmds.Environment, lookup RegistryLookup, ringAddr, owner common.Address) (id, note string) {
	if lookup == nil {
		return "", ""
	}
	reg, err := lookup(env)
	if err != nil {
		return "", "no registry: " + err.Error()
	}
	key, err := avatar.Load(reg.Avatars, owner.Hex())
	if err != nil {
		return "", fmt.Sprintf("this node does not hold the owner %s's key, so it does not create the replica resource %q; the owner's node does, at `ipfs ring replicate`", owner.Hex(), registryclient.ReplicaLabel(ringAddr))
	}
	ctx, cancel := context.WithTimeout(req.Context, registryWait)
	defer cancel()
	rid, _, err := registryclient.EnsureReplicaResource(ctx, reg.Service, ringAddr, key.PrivateKey())
	if err != nil {
		return "", fmt.Sprintf("the replica resource %q was not created (%v); create it with `ipfs ring registry create %s --from %s`",
			registryclient.ReplicaLabel(ringAddr), err, registryclient.ReplicaLabel(ringAddr), owner.Hex())
	}
	return hexutil.Encode(rid[:]), ""
}

// flushFound flushes through a replica the registry lists for the ring,
// trying them in the registry's order, or directly when it lists none (or
// there is no registry, or this node replicates the ring itself).
func flushFound(req *cmds.Request, env cmds.Environment, lookup RegistryLookup, svc *ring.Service, ringName, from string) (*FlushOutput, error) {
	direct := func(why string) (*FlushOutput, error) {
		f, err := svc.Flush(req.Context, ringName, from)
		if err != nil {
			return nil, err
		}
		return &FlushOutput{Flushed: f, Direct: why}, nil
	}
	reg, err := lookup(env)
	if err != nil {
		return direct("no registry to find a replica in: " + err.Error())
	}
	info, err := svc.Info(req.Context, ringName)
	if err != nil {
		return direct("the ring's owner could not be read: " + err.Error()) // Flush says what is wrong
	}
	if reg.Replicates != nil && reg.Replicates(req.Context, info.Address) {
		return direct("this node replicates the ring")
	}
	ctx, cancel := context.WithTimeout(req.Context, registryWait)
	reps, err := registryclient.FreshReplicas(ctx, reg.Service, info.Address, info.Owner, reg.Peer)
	cancel()
	if err != nil {
		return direct(fmt.Sprintf("the registry could not be asked for the ring's replicas: %v", err))
	}
	if len(reps) == 0 {
		return direct(fmt.Sprintf("the registry lists no fresh replica of ring %s (resource %q of its owner %s)",
			info.Address.Hex(), registryclient.ReplicaLabel(info.Address), info.Owner.Hex()))
	}
	var errs []error
	for _, r := range reps {
		st, err := svc.FlushVia(req.Context, ringName, from, r.URL)
		if err == nil {
			return &FlushOutput{Replica: st, Via: r.URL, ViaPeer: r.Peer.String()}, nil
		}
		if errors.Is(err, ring.ErrAlreadyFlushed) || errors.Is(err, ring.ErrBadArgument) || errors.Is(err, ring.ErrNotMember) {
			return nil, err
		}
		errs = append(errs, fmt.Errorf("replica %s: %w", r.URL, err))
	}
	return direct(fmt.Sprintf("every replica the registry lists failed (%v)", errors.Join(errs...)))
}

// runEnv is run for a command that also needs its environment.
func runEnv[T any](lookup Lookup, f func(req *cmds.Request, env cmds.Environment, svc *ring.Service) (T, error)) func(*cmds.Request, cmds.ResponseEmitter, cmds.Environment) error {
	return func(req *cmds.Request, res cmds.ResponseEmitter, env cmds.Environment) error {
		svc, err := lookup(env)
		if err != nil {
			return err
		}
		out, err := f(req, env, svc)
		if err != nil {
			return err
		}
		return cmds.EmitOnce(res, out)
	}
}
