package commands

import (
	"fmt"
	"io"
	"math/big"
	"strconv"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	cmds "github.com/ipfs/go-ipfs-cmds"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/plugin/market"
	"github.com/mosaic-rings/rings/plugin/ring"
)

// MarketLookup finds the running market service for a command's
// environment, or says why there is none.
type MarketLookup func(env cmds.Environment) (*market.Service, error)

const (
	avatarOption   = "avatar"
	capacityOption = "capacity"
	rentOption     = "rent"
	nodesOption    = "nodes"
	resourceOption = "resource"
	feeOption      = "fee"
	vnodesOption   = "vnodes"
	clusterOption  = "cluster"
	maxRateOption  = "max-rate"
	ttlOption      = "ttl"
	deadlineOption = "deadline"
	sigOption      = "sig"
	forOption      = "for"
)

func runMarket[T any](lookup MarketLookup, f func(req *cmds.Request, svc *market.Service) (T, error)) func(*cmds.Request, cmds.ResponseEmitter, cmds.Environment) error {
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

const amountHelp = `
AMOUNT is wei: a whole number ("1000"), or a number with the suffix wei, gwei
or ether ("20gwei", "1.5ether"). Rates are wei per second; rents wei per
resource unit per second for each vnode.`

const senderHelp = `
Every call is sent from the avatar given with --from (a secp256k1 keystore
key), whose account pays its gas; on the embedded dev chain the node's
relayer funds it first, so the dev market is free.`

func marketCmd(lookup MarketLookup, challenges ChallengeLookup) *cmds.Command {
	return &cmds.Command{
		Helptext: cmds.HelpText{
			Tagline: "The replica market: nodes, clusters, buckets and accounts.",
			ShortDescription: `
Providers register replica nodes and trust managers; a manager makes a
cluster of trusting providers' nodes (the cluster's replica ring); a ring's
owner opens a bucket ("replicate my ring in cluster C"), allocates resource
and pays rent from a deposit. Settlement and distribution can be called by
anyone. See docs/contracts.md (Market API).
` + senderHelp + amountHelp + `

Enforcement by replicas (Market.Enforce) comes next; replicas serve for free
until then.
`,
		},
		Subcommands: map[string]*cmds.Command{
			"node":    marketNodeCmd(lookup, challenges),
			"cluster": marketClusterCmd(lookup),
			"bucket":  marketBucketCmd(lookup),
			"account": marketAccountCmd(lookup),
		},
	}
}

// ---------------------------------------------------------------- arguments

func parseID(what, s string, bits int) (uint64, error) {
	v, err := strconv.ParseUint(s, 10, bits)
	if err != nil || v == 0 {
		return 0, fmt.Errorf("%w: %s %q must be a number from 1 to %d", ring.ErrBadArgument, what, s, uint64(1)<<bits-1)
	}
	return v, nil
}

func id32(what, s string) (uint32, error) {
	v, err := parseID(what, s, 32)
	return uint32(v), err
}

func id64(what, s string) (uint64, error) { return parseID(what, s, 64) }

func uintOption(req *cmds.Request, name string, bits int, required bool) (uint64, error) {
	s, _ := req.Options[name].(string)
	if s == "" {
		if required {
			return 0, fmt.Errorf("%w: --%s is required", ring.ErrBadArgument, name)
		}
		return 0, nil
	}
	v, err := strconv.ParseUint(s, 10, bits)
	if err != nil {
		return 0, fmt.Errorf("%w: --%s %q must be a whole number from 0 to %d", ring.ErrBadArgument, name, s, uint64(1)<<bits-1)
	}
	return v, nil
}

func nodeParams(req *cmds.Request) (market.NodeParams, error) {
	capacity, err := uintOption(req, capacityOption, 64, true)
	if err != nil {
		return market.NodeParams{}, err
	}
	rent, err := requiredString(req, rentOption)
	if err != nil {
		return market.NodeParams{}, err
	}
	gw, _ := req.Options[gatewayOption].(string)
	return market.NodeParams{Gateway: gw, Capacity: capacity, Rent: rent}, nil
}

// ---------------------------------------------------------------- encoders

func txLine(w io.Writer, what string, t market.Tx) error {
	_, err := fmt.Fprintf(w, "%s (from %s, tx %s, block %d, fee %s)\n", what, t.From.Hex(), t.Tx.TxHash.Hex(), t.Tx.Block, market.FormatAmount(t.Tx.Fee))
	return err
}

func txEncoder(what string) cmds.EncoderMap {
	return text(func(w io.Writer, out *market.Tx) error { return txLine(w, what, *out) })
}

func unixTime(t uint64) string {
	if t >= 1<<62 {
		return "never"
	}
	return time.Unix(int64(t), 0).UTC().Format(time.RFC3339)
}

func peerText(b []byte) string {
	if id, err := peer.IDFromBytes(b); err == nil {
		return id.String()
	}
	if len(b) == 0 {
		return "-"
	}
	return hexutil.Encode(b)
}

func nodesTable(w io.Writer, nodes []chain.MarketNode) error {
	if len(nodes) == 0 {
		_, err := fmt.Fprintln(w, "no nodes")
		return err
	}
	return table(w, func(tw *tabwriter.Writer) {
		fmt.Fprintln(tw, "NODE\tVNODES\tAVATAR\tPROVIDER\tRENT/UNIT/S\tCAPACITY\tRESERVED\tPEER\tGATEWAY")
		for _, n := range nodes {
			fmt.Fprintf(tw, "%d\t%d\t%s\t%s\t%s\t%d\t%d\t%s\t%s\n", n.NodeID, n.VNodes, n.Avatar.Hex(), n.Provider.Hex(),
				n.RentPerUnit, n.Capacity, n.Reserved, peerText(n.PeerID), orDash(n.GatewayURL))
		}
	})
}

// ---------------------------------------------------------------- nodes

func marketNodeCmd(lookup MarketLookup, challenges ChallengeLookup) *cmds.Command {
	fromOpt := cmds.StringOption(fromOption, "Provider avatar: keystore key name or 0x address.")
	termOpts := []cmds.Option{
		fromOpt,
		cmds.StringOption(gatewayOption, "The node's ring gateway URL (create: default this node's)."),
		cmds.StringOption(capacityOption, "Capacity in resource units (> 0)."),
		cmds.StringOption(rentOption, "Rent: AMOUNT per resource unit per second, for each vnode."),
	}
	return &cmds.Command{
		Helptext: cmds.HelpText{Tagline: "Replica nodes: register, set terms, trust managers, show, status in challenges."},
		Subcommands: map[string]*cmds.Command{
			"create": {
				Helptext: cmds.HelpText{
					Tagline: "Register a replica node; --from is its provider.",
					ShortDescription: `
The node's avatar (--avatar, default the provider's own) is its account in
replica rings: one node per avatar, for good. Its peer ID (--peer) and
gateway (--gateway) default to this node's.

  ipfs ring market node create --from prov1 --avatar replica --capacity 100 --rent 1gwei
` + senderHelp + amountHelp,
				},
				Options: append(termOpts,
					cmds.StringOption(avatarOption, "The node's avatar in replica rings: key name or 0x address (default: --from)."),
					cmds.StringOption(peerOption, "The node's libp2p peer ID (default: this node's).")),
				Run: runMarket(lookup, func(req *cmds.Request, svc *market.Service) (*market.NodeCreated, error) {
					from, err := requiredString(req, fromOption)
					if err != nil {
						return nil, err
					}
					p, err := nodeParams(req)
					if err != nil {
						return nil, err
					}
					av, _ := req.Options[avatarOption].(string)
					pid, _ := req.Options[peerOption].(string)
					return svc.NodeCreate(req.Context, from, av, pid, p)
				}),
				Type: market.NodeCreated{},
				Encoders: text(func(w io.Writer, out *market.NodeCreated) error {
					return txLine(w, fmt.Sprintf("created node %d (avatar %s)", out.NodeID, out.Avatar.Hex()), out.Tx)
				}),
			},
			"set": {
				Helptext: cmds.HelpText{
					Tagline: "Change a node's gateway, capacity and rent (its provider only).",
					ShortDescription: `
A new rent moves its cluster's price for later allocations; buckets keep
their rates. The capacity may not drop below what its cluster reserved.

  ipfs ring market node set 1 --from prov1 --gateway http://… --capacity 200 --rent 2gwei
` + amountHelp,
				},
				Arguments: []cmds.Argument{cmds.StringArg("node", true, false, "Node id.")},
				Options:   termOpts,
				Run: runMarket(lookup, func(req *cmds.Request, svc *market.Service) (*market.Tx, error) {
					id, err := id32("node", req.Arguments[0])
					if err != nil {
						return nil, err
					}
					from, err := requiredString(req, fromOption)
					if err != nil {
						return nil, err
					}
					p, err := nodeParams(req)
					if err != nil {
						return nil, err
					}
					return svc.NodeSetParams(req.Context, from, id, p)
				}),
				Type:     market.Tx{},
				Encoders: txEncoder("node terms set"),
			},
			"status":  marketNodeStatusCmd(lookup, challenges),
			"trust":   trustCmd(lookup, true),
			"untrust": trustCmd(lookup, false),
			"show": {
				Helptext:  cmds.HelpText{Tagline: "Show a node: provider, avatar, cluster, vnodes, capacity, rent, peer, gateway."},
				Arguments: []cmds.Argument{cmds.StringArg("node", true, false, "Node id.")},
				Run: runMarket(lookup, func(req *cmds.Request, svc *market.Service) (*chain.MarketNode, error) {
					id, err := id32("node", req.Arguments[0])
					if err != nil {
						return nil, err
					}
					return svc.Node(req.Context, id)
				}),
				Type: chain.MarketNode{},
				Encoders: text(func(w io.Writer, n *chain.MarketNode) error {
					_, err := fmt.Fprintf(w, "node      %d\nprovider  %s\navatar    %s\ncluster   %d (%d vnodes)\ncapacity  %d (reserved %d)\nrent      %s per unit per second per vnode\npeer      %s\ngateway   %s\n",
						n.NodeID, n.Provider.Hex(), n.Avatar.Hex(), n.ClusterID, n.VNodes, n.Capacity, n.Reserved, market.FormatAmount(n.RentPerUnit), peerText(n.PeerID), orDash(n.GatewayURL))
					return err
				}),
			},
		},
	}
}

func trustCmd(lookup MarketLookup, trust bool) *cmds.Command {
	tag, verb := "Let a manager put your nodes into clusters.", "trusted"
	if !trust {
		tag, verb = "Stop a manager from adding your nodes (nodes in its clusters stay).", "untrusted"
	}
	return &cmds.Command{
		Helptext: cmds.HelpText{
			Tagline:          tag,
			ShortDescription: "\nTrust is per provider (--from), for all its nodes.\n\n  ipfs ring market node trust MANAGER --from prov1\n",
		},
		Arguments: []cmds.Argument{cmds.StringArg("manager", true, false, "Manager: keystore key name or 0x address.")},
		Options:   []cmds.Option{cmds.StringOption(fromOption, "Provider avatar: keystore key name or 0x address.")},
		Run: runMarket(lookup, func(req *cmds.Request, svc *market.Service) (*market.Tx, error) {
			from, err := requiredString(req, fromOption)
			if err != nil {
				return nil, err
			}
			return svc.NodeTrust(req.Context, from, req.Arguments[0], trust)
		}),
		Type:     market.Tx{},
		Encoders: txEncoder("manager " + verb),
	}
}

// ---------------------------------------------------------------- clusters

func clusterArg(req *cmds.Request) (uint32, error) { return id32("cluster", req.Arguments[0]) }

func marketClusterCmd(lookup MarketLookup) *cmds.Command {
	fromMgr := cmds.StringOption(fromOption, "Manager avatar: keystore key name or 0x address.")
	clusterArgument := cmds.StringArg("cluster", true, false, "Cluster id.")
	return &cmds.Command{
		Helptext: cmds.HelpText{Tagline: "Clusters: a manager's replica nodes, which form a replica ring."},
		Subcommands: map[string]*cmds.Command{
			"create": {
				Helptext: cmds.HelpText{
					Tagline: "Create a cluster of trusting providers' nodes, managed by --from.",
					ShortDescription: `
--nodes lists ID[:VNODES] (vnodes default 1); each vnode reserves --resource
units on its node. The market creates the cluster's replica ring (it owns
it; its members are the nodes' avatars). --fee is the management fee in
basis points (at most 5000).

  ipfs ring market cluster create --from mgr --nodes 1,2:2,3 --resource 10 --fee 500

This node makes the replica ring's read and replica keys and stores them
under the name cluster<ID> (cluster<ID>-2, -3… if that name is taken here).
Every node of the cluster needs them to replicate rings. Hand them to one:

  ipfs ring keys export cluster1 > cluster1.keys     # here
  ipfs ring keys import cluster1.keys                # on one node of the cluster

The other nodes, and nodes added later, get them from it by themselves
(/rings/keys/1.0.0, every Market.CheckInterval); importing on each works too.
The file holds secrets in the clear: keep it private and delete it after
the import.
`,
				},
				Options: []cmds.Option{fromMgr,
					cmds.StringOption(nodesOption, "Nodes: ID[:VNODES],…"),
					cmds.StringOption(resourceOption, "Resource units each vnode reserves on its node."),
					cmds.StringOption(feeOption, "Management fee in basis points (default 0)."),
				},
				Run: runMarket(lookup, func(req *cmds.Request, svc *market.Service) (*market.ClusterCreated, error) {
					from, err := requiredString(req, fromOption)
					if err != nil {
						return nil, err
					}
					list, _ := req.Options[nodesOption].(string)
					nodes, err := market.ParseClusterNodes(list)
					if err != nil {
						return nil, err
					}
					res, err := uintOption(req, resourceOption, 64, true)
					if err != nil {
						return nil, err
					}
					fee, err := uintOption(req, feeOption, 16, false)
					if err != nil {
						return nil, err
					}
					return svc.ClusterCreate(req.Context, from, nodes, res, uint16(fee))
				}),
				Type: market.ClusterCreated{},
				Encoders: text(func(w io.Writer, out *market.ClusterCreated) error {
					if err := txLine(w, fmt.Sprintf("created cluster %d (replica ring %s)", out.ClusterID, out.Ring.Hex()), out.Tx); err != nil {
						return err
					}
					export := fmt.Sprintf("ipfs ring keys export %[1]s > %[1]s.keys", out.Name)
					_, err := fmt.Fprintf(w, "its keys are stored here as ring %s; hand them to one node of the cluster (the others get them from it):\n  %s   # here\n  %-*s   # on one node\n",
						out.Name, export, len(export), "ipfs ring keys import "+out.Name+".keys")
					return err
				}),
			},
			"add": {
				Helptext: cmds.HelpText{Tagline: "Add a node to a cluster and its avatar to the replica ring (manager only).",
					ShortDescription: `
  ipfs ring market cluster add 1 4 --vnodes 2 --from mgr

The new node gets the replica ring's keys from the cluster's other nodes by
itself (over /rings/keys/1.0.0, every Market.CheckInterval), or by hand:
'ipfs ring keys export cluster1 > cluster1.keys' on a node that holds them,
then 'ipfs ring keys import cluster1.keys' on the new node.
`},
				Arguments: []cmds.Argument{clusterArgument, cmds.StringArg("node", true, false, "Node id.")},
				Options:   []cmds.Option{fromMgr, cmds.StringOption(vnodesOption, "Vnodes of the node (default 1).")},
				Run: runMarket(lookup, func(req *cmds.Request, svc *market.Service) (*market.Tx, error) {
					c, err := clusterArg(req)
					if err != nil {
						return nil, err
					}
					n, err := id32("node", req.Arguments[1])
					if err != nil {
						return nil, err
					}
					vn, err := uintOption(req, vnodesOption, 32, false)
					if err != nil {
						return nil, err
					}
					if vn == 0 {
						vn = 1
					}
					from, err := requiredString(req, fromOption)
					if err != nil {
						return nil, err
					}
					return svc.ClusterAddNode(req.Context, from, c, chain.ClusterNode{NodeID: n, VNodes: uint32(vn)})
				}),
				Type:     market.Tx{},
				Encoders: txEncoder("node added"),
			},
			"remove": {
				Helptext: cmds.HelpText{Tagline: "Remove a node from a cluster and its replica ring (the manager or the node's provider).",
					ShortDescription: "\nDistribute first to pay the node its share of what was settled.\n\n  ipfs ring market cluster remove 1 4 --from mgr\n"},
				Arguments: []cmds.Argument{clusterArgument, cmds.StringArg("node", true, false, "Node id.")},
				Options:   []cmds.Option{cmds.StringOption(fromOption, "Manager or provider avatar.")},
				Run: runMarket(lookup, func(req *cmds.Request, svc *market.Service) (*market.Tx, error) {
					c, err := clusterArg(req)
					if err != nil {
						return nil, err
					}
					n, err := id32("node", req.Arguments[1])
					if err != nil {
						return nil, err
					}
					from, err := requiredString(req, fromOption)
					if err != nil {
						return nil, err
					}
					return svc.ClusterRemoveNode(req.Context, from, c, n)
				}),
				Type:     market.Tx{},
				Encoders: txEncoder("node removed"),
			},
			"reserve": {
				Helptext: cmds.HelpText{Tagline: "Set the resource each vnode reserves on its node (manager only).",
					ShortDescription: "\nEvery node must have room for it, and it may not drop below what buckets use.\n\n  ipfs ring market cluster reserve 1 20 --from mgr\n"},
				Arguments: []cmds.Argument{clusterArgument, cmds.StringArg("resource", true, false, "Resource units per vnode.")},
				Options:   []cmds.Option{fromMgr},
				Run: runMarket(lookup, func(req *cmds.Request, svc *market.Service) (*market.Tx, error) {
					c, err := clusterArg(req)
					if err != nil {
						return nil, err
					}
					res, err := strconv.ParseUint(req.Arguments[1], 10, 64)
					if err != nil {
						return nil, fmt.Errorf("%w: resource %q must be a whole number", ring.ErrBadArgument, req.Arguments[1])
					}
					from, err := requiredString(req, fromOption)
					if err != nil {
						return nil, err
					}
					return svc.ClusterReserve(req.Context, from, c, res)
				}),
				Type:     market.Tx{},
				Encoders: txEncoder("resource reserved"),
			},
			"fee": {
				Helptext: cmds.HelpText{Tagline: "Set the cluster's management fee in basis points, at most 5000 (manager only).",
					ShortDescription: "\nIt applies from the next distribution.\n\n  ipfs ring market cluster fee 1 250 --from mgr\n"},
				Arguments: []cmds.Argument{clusterArgument, cmds.StringArg("bps", true, false, "Basis points.")},
				Options:   []cmds.Option{fromMgr},
				Run: runMarket(lookup, func(req *cmds.Request, svc *market.Service) (*market.Tx, error) {
					c, err := clusterArg(req)
					if err != nil {
						return nil, err
					}
					bps, err := strconv.ParseUint(req.Arguments[1], 10, 16)
					if err != nil {
						return nil, fmt.Errorf("%w: bps %q must be a whole number from 0 to 5000", ring.ErrBadArgument, req.Arguments[1])
					}
					from, err := requiredString(req, fromOption)
					if err != nil {
						return nil, err
					}
					return svc.ClusterFee(req.Context, from, c, uint16(bps))
				}),
				Type:     market.Tx{},
				Encoders: txEncoder("management fee set"),
			},
			"distribute": {
				Helptext: cmds.HelpText{Tagline: "Pay out a cluster's settled revenues (anyone may).",
					ShortDescription: `
The network fee goes to the market's fee recipient, the management fee to the
manager, the rest to the nodes' providers by vnode × rent; the rounding
remainder stays for the next distribution. Payments are credited to the
payees' market accounts ('account withdraw').

  ipfs ring market cluster distribute 1 --from anyone
`},
				Arguments: []cmds.Argument{clusterArgument},
				Options:   []cmds.Option{cmds.StringOption(fromOption, "Sender avatar (pays the gas).")},
				Run: runMarket(lookup, func(req *cmds.Request, svc *market.Service) (*market.Distributed, error) {
					c, err := clusterArg(req)
					if err != nil {
						return nil, err
					}
					from, err := requiredString(req, fromOption)
					if err != nil {
						return nil, err
					}
					return svc.ClusterDistribute(req.Context, from, c)
				}),
				Type: market.Distributed{},
				Encoders: text(func(w io.Writer, out *market.Distributed) error {
					if err := txLine(w, fmt.Sprintf("distributed %s of cluster %d", market.FormatAmount(out.Total), out.ClusterID), out.Tx); err != nil {
						return err
					}
					fmt.Fprintf(w, "network fee %s, management fee %s, providers %s, remainder %s\n",
						market.FormatAmount(out.NetworkFee), market.FormatAmount(out.ManagementFee), market.FormatAmount(out.Providers), market.FormatAmount(out.Remainder))
					for _, p := range out.Paid {
						fmt.Fprintf(w, "  node %d: %s to %s\n", p.NodeID, market.FormatAmount(p.Amount), p.Provider.Hex())
					}
					return nil
				}),
			},
			"show": {
				Helptext:  cmds.HelpText{Tagline: "Show a cluster: manager, replica ring, price, resource, revenues, nodes."},
				Arguments: []cmds.Argument{clusterArgument},
				Run: runMarket(lookup, func(req *cmds.Request, svc *market.Service) (*chain.MarketCluster, error) {
					c, err := clusterArg(req)
					if err != nil {
						return nil, err
					}
					return svc.Cluster(req.Context, c)
				}),
				Type: chain.MarketCluster{},
				Encoders: text(func(w io.Writer, c *chain.MarketCluster) error {
					fmt.Fprintf(w, "cluster   %d\nmanager   %s (fee %d bps)\nring      %s\nprice     %s per resource unit per second (%d vnodes)\nresource  %d used of %d per vnode\nrevenues  %s undistributed\n\n",
						c.ClusterID, c.Manager.Hex(), c.ManagementFeeBps, c.Ring.Hex(), market.FormatAmount(c.RentPerUnit), c.VNodes, c.ResourceUsed, c.ResourcePerVNode, market.FormatAmount(c.Revenues))
					return nodesTable(w, c.Nodes)
				}),
			},
		},
	}
}

// ---------------------------------------------------------------- buckets

func bucketArg(req *cmds.Request) (uint64, error) { return id64("bucket", req.Arguments[0]) }

func marketBucketCmd(lookup MarketLookup) *cmds.Command {
	bucketArgument := cmds.StringArg("bucket", true, false, "Bucket id.")
	fromOwner := cmds.StringOption(fromOption, "Owner avatar: keystore key name or 0x address.")
	allocOpts := []cmds.Option{
		cmds.StringOption(resourceOption, "Resource units (0 releases the allocation)."),
		cmds.StringOption(maxRateOption, "Highest rate accepted, AMOUNT per second (default: the cluster's current price)."),
	}
	allocEncoder := text(func(w io.Writer, out *market.Allocated) error {
		return txLine(w, fmt.Sprintf("bucket %d: %d units at %s per second", out.BucketID, out.Resource, market.FormatAmount(out.Rate)), out.Tx)
	})
	return &cmds.Command{
		Helptext: cmds.HelpText{Tagline: "Buckets: a ring's paid order to be replicated by a cluster."},
		Subcommands: map[string]*cmds.Command{
			"create": {
				Helptext: cmds.HelpText{
					Tagline: "Open a bucket for a ring in a cluster; --from must own the ring.",
					ShortDescription: `
The bucket's rent is paid from the owner's market account ('account
deposit'). It holds no resource until 'bucket alloc'.

  ipfs ring market bucket create club --cluster 1 --from alice
`},
				Arguments: []cmds.Argument{cmds.StringArg("ring", true, false, "Ring name or 0x address.")},
				Options:   []cmds.Option{fromOwner, cmds.StringOption(clusterOption, "Cluster id.")},
				Run: runMarket(lookup, func(req *cmds.Request, svc *market.Service) (*market.BucketCreated, error) {
					from, err := requiredString(req, fromOption)
					if err != nil {
						return nil, err
					}
					cs, err := requiredString(req, clusterOption)
					if err != nil {
						return nil, err
					}
					c, err := id32("cluster", cs)
					if err != nil {
						return nil, err
					}
					return svc.BucketCreate(req.Context, from, req.Arguments[0], c)
				}),
				Type: market.BucketCreated{},
				Encoders: text(func(w io.Writer, out *market.BucketCreated) error {
					return txLine(w, fmt.Sprintf("created bucket %d for ring %s", out.BucketID, out.Ring.Hex()), out.Tx)
				}),
			},
			"alloc": {
				Helptext: cmds.HelpText{
					Tagline: "Allocate a bucket's resource in its cluster (owner only).",
					ShortDescription: `
Settles first, then fixes the rate: resource × the cluster's price, which must
not exceed --max-rate. A bucket in debt cannot change: deposit first.

  ipfs ring market bucket alloc 1 --resource 5 --from alice
` + amountHelp},
				Arguments: []cmds.Argument{bucketArgument},
				Options:   append([]cmds.Option{fromOwner}, allocOpts...),
				Run: runMarket(lookup, func(req *cmds.Request, svc *market.Service) (*market.Allocated, error) {
					b, err := bucketArg(req)
					if err != nil {
						return nil, err
					}
					res, err := uintOption(req, resourceOption, 64, true)
					if err != nil {
						return nil, err
					}
					from, err := requiredString(req, fromOption)
					if err != nil {
						return nil, err
					}
					mr, _ := req.Options[maxRateOption].(string)
					return svc.BucketAlloc(req.Context, from, b, res, mr)
				}),
				Type:     market.Allocated{},
				Encoders: allocEncoder,
			},
			"consent": {
				Helptext: cmds.HelpText{
					Tagline: "Sign, as the bucket's owner, an allocation for the cluster's manager to send.",
					ShortDescription: `
Prints an EIP-712 BucketAlloc consent (nothing is sent): the manager sends it
with 'bucket alloc-for'. It works once, until --ttl from now.

  ipfs ring market bucket consent 1 --resource 8 --max-rate 100 --from alice
  ipfs ring market bucket alloc-for 1 --resource 8 --max-rate 100 --deadline D --sig 0x… --from mgr
` + amountHelp},
				Arguments: []cmds.Argument{bucketArgument},
				Options:   append([]cmds.Option{fromOwner, cmds.StringOption(ttlOption, "How long the consent is valid (default 1h).")}, allocOpts...),
				Run: runMarket(lookup, func(req *cmds.Request, svc *market.Service) (*market.Consent, error) {
					b, err := bucketArg(req)
					if err != nil {
						return nil, err
					}
					res, err := uintOption(req, resourceOption, 64, true)
					if err != nil {
						return nil, err
					}
					from, err := requiredString(req, fromOption)
					if err != nil {
						return nil, err
					}
					ttl := time.Hour
					if s, _ := req.Options[ttlOption].(string); s != "" {
						if ttl, err = time.ParseDuration(s); err != nil {
							return nil, fmt.Errorf("%w: --ttl %q must be a Go duration such as 1h", ring.ErrBadArgument, s)
						}
					}
					mr, _ := req.Options[maxRateOption].(string)
					return svc.Consent(req.Context, from, b, res, mr, ttl)
				}),
				Type: market.Consent{},
				Encoders: text(func(w io.Writer, c *market.Consent) error {
					_, err := fmt.Fprintf(w, "consent of %s: bucket %d, %d units, rate at most %s per second, nonce %s, until %s\nsend it with:\n  ipfs ring market bucket alloc-for %d --resource %d --max-rate %s --deadline %s --sig %s --from MANAGER\n",
						c.Owner.Hex(), c.BucketID, c.Resource, market.FormatAmount(c.MaxRate), c.Nonce, unixTime(c.Deadline.Uint64()), c.BucketID, c.Resource, c.MaxRate, c.Deadline, c.Sig)
					return err
				}),
			},
			"alloc-for": {
				Helptext: cmds.HelpText{
					Tagline: "Allocate a bucket's resource as the cluster's manager, with the owner's consent.",
					ShortDescription: `
--deadline and --sig come from the owner's 'bucket consent'; --resource and
--max-rate must be the consent's.

  ipfs ring market bucket alloc-for 1 --resource 8 --max-rate 100 --deadline D --sig 0x… --from mgr
`},
				Arguments: []cmds.Argument{bucketArgument},
				Options: append([]cmds.Option{fromMgrOption(), cmds.StringOption(deadlineOption, "The consent's deadline (unix seconds)."),
					cmds.StringOption(sigOption, "The owner's consent signature (0x…).")}, allocOpts...),
				Run: runMarket(lookup, func(req *cmds.Request, svc *market.Service) (*market.Allocated, error) {
					b, err := bucketArg(req)
					if err != nil {
						return nil, err
					}
					res, err := uintOption(req, resourceOption, 64, true)
					if err != nil {
						return nil, err
					}
					vals, err := requiredStrings(req, fromOption, maxRateOption, deadlineOption, sigOption)
					if err != nil {
						return nil, err
					}
					mr, err := market.ParseAmount(vals[1])
					if err != nil {
						return nil, err
					}
					dl, ok := new(big.Int).SetString(vals[2], 10)
					if !ok || dl.Sign() < 0 {
						return nil, fmt.Errorf("%w: --deadline %q must be unix seconds", ring.ErrBadArgument, vals[2])
					}
					sig, err := hexutil.Decode(vals[3])
					if err != nil {
						return nil, fmt.Errorf("%w: --sig %q must be 0x hex: %v", ring.ErrBadArgument, vals[3], err)
					}
					return svc.BucketAllocFor(req.Context, vals[0], market.Consent{BucketID: b, Resource: res, MaxRate: mr, Deadline: dl, Sig: sig})
				}),
				Type:     market.Allocated{},
				Encoders: allocEncoder,
			},
			"settle": {
				Helptext: cmds.HelpText{
					Tagline: "Settle a bucket's rent up to now (anyone may).",
					ShortDescription: `
Pays the rent accrued since the last settlement from the owner's deposit to
the cluster's revenues; a short deposit pays what it can, and the bucket is
in debt from then on.

  ipfs ring market bucket settle 1 --from anyone
`},
				Arguments: []cmds.Argument{bucketArgument},
				Options:   []cmds.Option{cmds.StringOption(fromOption, "Sender avatar (pays the gas).")},
				Run: runMarket(lookup, func(req *cmds.Request, svc *market.Service) (*market.Settled, error) {
					b, err := bucketArg(req)
					if err != nil {
						return nil, err
					}
					from, err := requiredString(req, fromOption)
					if err != nil {
						return nil, err
					}
					return svc.BucketSettle(req.Context, from, b)
				}),
				Type: market.Settled{},
				Encoders: text(func(w io.Writer, out *market.Settled) error {
					what := fmt.Sprintf("bucket %d: paid %s", out.BucketID, market.FormatAmount(out.Paid))
					if out.SettledUntil != 0 {
						what += ", settled until " + unixTime(out.SettledUntil)
					}
					if out.DebtSince != 0 {
						what += ", IN DEBT since " + unixTime(out.DebtSince)
					}
					return txLine(w, what, out.Tx)
				}),
			},
			"evict": {
				Helptext: cmds.HelpText{Tagline: "Release a bucket in debt, forgiving its unpaid rent (the cluster's manager only).",
					ShortDescription: "\n  ipfs ring market bucket evict 1 --from mgr\n"},
				Arguments: []cmds.Argument{bucketArgument},
				Options:   []cmds.Option{fromMgrOption()},
				Run: runMarket(lookup, func(req *cmds.Request, svc *market.Service) (*market.Evicted, error) {
					b, err := bucketArg(req)
					if err != nil {
						return nil, err
					}
					from, err := requiredString(req, fromOption)
					if err != nil {
						return nil, err
					}
					return svc.BucketEvict(req.Context, from, b)
				}),
				Type: market.Evicted{},
				Encoders: text(func(w io.Writer, out *market.Evicted) error {
					return txLine(w, fmt.Sprintf("bucket %d evicted, %s forgiven", out.BucketID, market.FormatAmount(out.Forgiven)), out.Tx)
				}),
			},
			"status": {
				Helptext: cmds.HelpText{
					Tagline: "Show a bucket: rate, paid-until, debt, its owner's account and the nodes serving it.",
					ShortDescription: `
Due, paid-until and debt are what a settlement of this bucket alone would give
now (paid-until: how far the owner's whole deposit carries it).
`},
				Arguments: []cmds.Argument{bucketArgument},
				Run: runMarket(lookup, func(req *cmds.Request, svc *market.Service) (*chain.MarketBucket, error) {
					b, err := bucketArg(req)
					if err != nil {
						return nil, err
					}
					return svc.Bucket(req.Context, b)
				}),
				Type: chain.MarketBucket{},
				Encoders: text(func(w io.Writer, b *chain.MarketBucket) error {
					debt := "none"
					switch {
					case b.DebtSince != 0:
						debt = "IN DEBT since " + unixTime(b.DebtSince)
					case b.InDebt:
						debt = fmt.Sprintf("IN DEBT from %s (the deposit does not cover what is due)", unixTime(b.PaidUntil))
					}
					fmt.Fprintf(w, "bucket        %d\nring          %s\nowner         %s\ncluster       %d (replica ring %s)\nresource      %d units\nrate          %s per second\nsettled until %s\npaid until    %s\ndue now       %s\ndebt          %s\naccount       deposit %s, unlocked %s, rate %s per second\n\nnodes serving:\n",
						b.BucketID, b.Ring.Hex(), b.Owner.Hex(), b.ClusterID, b.ClusterRing.Hex(), b.Resource, market.FormatAmount(b.Rate),
						unixTime(b.SettledUntil), unixTime(b.PaidUntil), market.FormatAmount(b.Due), debt,
						market.FormatAmount(b.AccountDeposit), market.FormatAmount(b.AccountUnlocked), market.FormatAmount(b.AccountRate))
					return nodesTable(w, b.Nodes)
				}),
			},
		},
	}
}

func fromMgrOption() cmds.Option {
	return cmds.StringOption(fromOption, "Manager avatar: keystore key name or 0x address.")
}

// ---------------------------------------------------------------- accounts

func marketAccountCmd(lookup MarketLookup) *cmds.Command {
	movedEncoder := text(func(w io.Writer, out *market.Moved) error {
		verb := "withdrew"
		if out.Deposit {
			verb = "deposited"
		}
		return txLine(w, fmt.Sprintf("%s %s for %s", verb, market.FormatAmount(out.Amount), out.Account.Hex()), out.Tx)
	})
	return &cmds.Command{
		Helptext: cmds.HelpText{Tagline: "Market accounts: deposits that pay rent, and payments received."},
		Subcommands: map[string]*cmds.Command{
			"deposit": {
				Helptext: cmds.HelpText{
					Tagline: "Deposit coin from --from's account into its market account (or --for another).",
					ShortDescription: `
  ipfs ring market account deposit 1ether --from alice
  ipfs ring market account deposit 0.5ether --from bob --for alice
` + senderHelp + amountHelp},
				Arguments: []cmds.Argument{cmds.StringArg("amount", true, false, "AMOUNT.")},
				Options: []cmds.Option{cmds.StringOption(fromOption, "Paying avatar: keystore key name or 0x address."),
					cmds.StringOption(forOption, "Account credited: key name or 0x address (default: --from).")},
				Run: runMarket(lookup, func(req *cmds.Request, svc *market.Service) (*market.Moved, error) {
					from, err := requiredString(req, fromOption)
					if err != nil {
						return nil, err
					}
					to, _ := req.Options[forOption].(string)
					return svc.Deposit(req.Context, from, to, req.Arguments[0])
				}),
				Type:     market.Moved{},
				Encoders: movedEncoder,
			},
			"withdraw": {
				Helptext: cmds.HelpText{
					Tagline: "Withdraw from --from's market account, up to its unlocked balance.",
					ShortDescription: `
Unlocked = deposit − rent accrued and not yet settled ('account show').

  ipfs ring market account withdraw 0.1ether --from alice
` + amountHelp},
				Arguments: []cmds.Argument{cmds.StringArg("amount", true, false, "AMOUNT.")},
				Options:   []cmds.Option{cmds.StringOption(fromOption, "Avatar: keystore key name or 0x address.")},
				Run: runMarket(lookup, func(req *cmds.Request, svc *market.Service) (*market.Moved, error) {
					from, err := requiredString(req, fromOption)
					if err != nil {
						return nil, err
					}
					return svc.Withdraw(req.Context, from, req.Arguments[0])
				}),
				Type:     market.Moved{},
				Encoders: movedEncoder,
			},
			"show": {
				Helptext:  cmds.HelpText{Tagline: "Show a market account: deposit, rate, accrued rent, unlocked, consent nonce, and its coin balance."},
				Arguments: []cmds.Argument{cmds.StringArg("account", true, false, "Key name or 0x address.")},
				Run: runMarket(lookup, func(req *cmds.Request, svc *market.Service) (*market.Account, error) {
					return svc.Account(req.Context, req.Arguments[0])
				}),
				Type: market.Account{},
				Encoders: text(func(w io.Writer, a *market.Account) error {
					_, err := fmt.Fprintf(w, "account   %s\ndeposit   %s\nunlocked  %s\naccrued   %s\nrate      %s per second\nnonce     %s\nbalance   %s (outside the market)\n",
						a.Account.Hex(), market.FormatAmount(a.Deposit), market.FormatAmount(a.Unlocked), market.FormatAmount(a.Accrued),
						market.FormatAmount(a.Rate), a.Nonce, market.FormatAmount(a.Balance))
					return err
				}),
			},
		},
	}
}
