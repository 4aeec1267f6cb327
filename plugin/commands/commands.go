// Package commands is the `ipfs ring` command tree. The commands run in
// the daemon against the ring service, are served by the RPC API at
// /api/v0/ring/..., print text by default and JSON with --enc=json. They
// are not NoLocal: with no daemon running, Kubo runs them in the client.
// There the commands that read only the repo (avatars, ls, keys export:
// LocalLookup) run on its files, and the others' Lookup fails with a
// message that says to start the daemon (Kubo's own NoLocal error names no
// next step).
package commands

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	cmds "github.com/ipfs/go-ipfs-cmds"

	"github.com/mosaic-rings/rings/plugin/ring"
)

// Lookup finds the running ring service for a command's environment.
type Lookup func(env cmds.Environment) (*ring.Service, error)

// LocalLookup finds the repo's ring keys and avatars for a command's
// environment: the daemon's, or with no daemon running, the repo's read in
// the client.
type LocalLookup func(env cmds.Environment) (ring.Local, error)

// Root returns the `ipfs ring` command tree bound to lookup, its registry
// commands to registry, the anchored registry's reads to registryReader,
// the market commands to market, the chain commands to chain and the
// attester and challenge commands to challenges.
func Root(lookup Lookup, local LocalLookup, registry RegistryLookup, registryReader RegistryReaderLookup, market MarketLookup, chain ChainLookup, deploy DeployLookup, challenges ChallengeLookup) *cmds.Command {
	return &cmds.Command{
		Helptext: cmds.HelpText{
			Tagline: "Rings: signed, append-only logs of Ethereum account groups, anchored on chain.",
			ShortDescription: `
A ring is a group of members (Ethereum accounts, "avatars") sharing signed,
append-only logs stored as IPLD blocks in this node. A Solidity contract
holds the membership and the head of every member's log.

RING is a ring's local name (given at 'create') or its 0x address.
AVATAR, MEMBER and OWNER are keystore key names or 0x addresses; avatars
that sign must be secp256k1 keys in this node's keystore:

  ipfs key gen --type=secp256k1 alice
  ipfs ring avatars

The commands need a running daemon ('ipfs daemon').
`,
		},
		Subcommands: map[string]*cmds.Command{
			"attester":    attesterCmd(challenges),
			"avatars":     avatarsCmd(local),
			"chain":       chainCmd(chain, deploy),
			"challenge":   challengeCmd(challenges),
			"commit":      commitCmd(lookup),
			"create":      createCmd(lookup, registry),
			"entries":     entriesCmd(lookup),
			"ls":          lsCmd(local),
			"info":        infoCmd(lookup),
			"invite":      inviteCmd(lookup),
			"enter":       membershipCmd(lookup, true),
			"exit":        membershipCmd(lookup, false),
			"append":      appendCmd(lookup),
			"log":         logCmd(lookup),
			"market":      marketCmd(market, challenges),
			"outputs":     outputsCmd(lookup),
			"head":        headCmd(lookup),
			"flush":       flushCmd(lookup, registry),
			"forks":       forksCmd(lookup),
			"verify":      verifyCmd(lookup),
			"keys":        keysCmd(lookup, local),
			"registry":    registryCmd(registry, registryReader),
			"replicate":   replicateCmd(lookup, registry, market),
			"session":     sessionCmd(lookup),
			"sync":        syncCmd(lookup),
			"unreplicate": unreplicateCmd(lookup),
		},
	}
}

const (
	fromOption         = "from"
	membersOption      = "members"
	memberOption       = "member"
	sinceOption        = "since"
	limitOption        = "limit"
	sourceOption       = "source"
	typeOption         = "type"
	appOption          = "app"
	domainOption       = "domain"
	nameOption         = "name"
	viaOption          = "via"
	printRequestOption = "print-request"
	replicaRingOption  = "replica-ring"
	progressOption     = "progress"
)

func run[T any](lookup Lookup, f func(req *cmds.Request, svc *ring.Service) (T, error)) func(*cmds.Request, cmds.ResponseEmitter, cmds.Environment) error {
	return func(req *cmds.Request, res cmds.ResponseEmitter, env cmds.Environment) error {
		svc, err := lookup(env)
		if err != nil {
			return err
		}
		out, err := f(req, svc)
		if err != nil {
			return err
		}
		return cmds.EmitOnce(res, out)
	}
}

// runLocal is run for the commands that read only the repo.
func runLocal[T any](lookup LocalLookup, f func(req *cmds.Request, l ring.Local) (T, error)) func(*cmds.Request, cmds.ResponseEmitter, cmds.Environment) error {
	return func(req *cmds.Request, res cmds.ResponseEmitter, env cmds.Environment) error {
		l, err := lookup(env)
		if err != nil {
			return err
		}
		out, err := f(req, l)
		if err != nil {
			return err
		}
		return cmds.EmitOnce(res, out)
	}
}

func text[T any](f func(w io.Writer, out T) error) cmds.EncoderMap {
	return cmds.EncoderMap{
		cmds.Text: cmds.MakeTypedEncoder(func(req *cmds.Request, w io.Writer, out T) error {
			return f(w, out)
		}),
	}
}

func requiredString(req *cmds.Request, name string) (string, error) {
	v, _ := req.Options[name].(string)
	if v == "" {
		return "", fmt.Errorf("%w: --%s is required", ring.ErrBadArgument, name)
	}
	return v, nil
}

// requiredStrings returns the values of required string options, in order.
func requiredStrings(req *cmds.Request, names ...string) ([]string, error) {
	out := make([]string, len(names))
	for i, n := range names {
		v, err := requiredString(req, n)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

func table(w io.Writer, f func(tw *tabwriter.Writer)) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	f(tw)
	return tw.Flush()
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "-"
	}
	return s
}
