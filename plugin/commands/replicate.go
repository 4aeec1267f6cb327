package commands

import (
	"fmt"
	"io"
	"time"

	cmds "github.com/ipfs/go-ipfs-cmds"

	"github.com/mosaic-rings/rings/gateway"
	"github.com/mosaic-rings/rings/plugin/market"
	"github.com/mosaic-rings/rings/plugin/ring"
)

const (
	bucketOption  = "bucket"
	depositOption = "deposit"
)

// ReplicateOutput is the output of `ipfs ring replicate`: the replica's
// status and, with --bucket or --cluster, the bucket the ring is
// replicated under.
type ReplicateOutput struct {
	*gateway.ReplicateStatus
	Bucket *market.ReplicaBucket `json:"bucket,omitempty"`
}

func replicateCmd(lookup Lookup, registry RegistryLookup, marketLookup MarketLookup) *cmds.Command {
	return &cmds.Command{
		Helptext: cmds.HelpText{
			Tagline: "Ask a replica node to replicate a ring.",
			ShortDescription: `
Signs a ReplicateRing request (EIP-712) with the avatar given by --from,
which must own the ring or be a member, and sends it with the ring's replica
key (never its read key) to the replica's gateway. The replica must be a
member of the replica ring given by --replica-ring; it seals the replica
key into its log of that ring, then follows the ring's heads on chain and
stores and pins its logs, which it cannot read.

When this node holds the ring's owner's key and knows a registry ring, it
first creates the ring's replica resource (rings/replicas/0x<ring>) in the
registry if it is missing, so that the replica registers itself there and
'ipfs ring flush' finds it without --via.

  ipfs ring replicate club --from alice --via http://127.0.0.1:8090 --replica-ring 0x…

In the replica market (see 'ipfs ring market'), a cluster's replica ring
replicates the rings that have a bucket in it. --bucket N names the bucket:
it must be the ring's and in the cluster whose replica ring is
--replica-ring. --cluster C opens one first, as the ring's owner (--from):
it opens a bucket for the ring in cluster C (whose replica ring must be
--replica-ring), deposits --deposit AMOUNT from the owner's account into the
market, and allocates --resource units (default 1) at the cluster's current
price; then it asks the replica. The output names the bucket.

  ipfs ring replicate club --from alice --via http://127.0.0.1:8090 --replica-ring 0x… --cluster 1 --deposit 1ether
  ipfs ring replicate club --from alice --via http://127.0.0.1:8090 --replica-ring 0x… --bucket 3

The request names the bucket. A replica that enforces the market
(Market.Enforce) takes the ring only under the ring's bucket in its
cluster, allocated, with Market.MinPrepaid of rent deposited; it stops
serving the ring after Market.Grace in debt, and serves it again once the
bucket is paid. Without --bucket or --cluster, such a replica refuses.
` + amountHelp,
		},
		Arguments: []cmds.Argument{cmds.StringArg("ring", true, false, "Ring name or 0x address.")},
		Options: []cmds.Option{
			cmds.StringOption(fromOption, "Avatar signing the request: the ring's owner or a member (the owner with --cluster)."),
			cmds.StringOption(viaOption, "URL of the replica's ring gateway."),
			cmds.StringOption(replicaRingOption, "The replica ring: 0x address or local name."),
			cmds.StringOption(bucketOption, "Replicate under this market bucket (the ring's, in the replica ring's cluster)."),
			cmds.StringOption(clusterOption, "Open a market bucket for the ring in this cluster first."),
			cmds.StringOption(depositOption, "With --cluster: AMOUNT to deposit into the owner's market account."),
			cmds.StringOption(resourceOption, "With --cluster: resource units to allocate (default 1)."),
		},
		Run: runEnv(lookup, func(req *cmds.Request, env cmds.Environment, svc *ring.Service) (*ReplicateOutput, error) {
			o, err := requiredStrings(req, fromOption, viaOption, replicaRingOption)
			if err != nil {
				return nil, err
			}
			ringName := req.Arguments[0]
			b, err := replicateBucket(req, env, marketLookup, ringName, o[0], o[2])
			if err != nil {
				return nil, err
			}
			if info, err := svc.Info(req.Context, ringName); err == nil {
				// Best effort: the replica says in its log when the resource is missing.
				_, _ = ensureReplicaResource(req, env, registry, info.Address, info.Owner)
			}
			var bucket uint64
			if b != nil {
				bucket = b.BucketID
			}
			st, err := svc.ReplicateVia(req.Context, ringName, o[0], o[1], o[2], bucket)
			if err != nil {
				if b != nil && b.Created {
					return nil, fmt.Errorf("bucket %d was opened in cluster %d, but the replica refused: %w; try again with --bucket %d", b.BucketID, b.ClusterID, err, b.BucketID)
				}
				return nil, err
			}
			return &ReplicateOutput{ReplicateStatus: st, Bucket: b}, nil
		}),
		Type: ReplicateOutput{},
		Encoders: text(func(w io.Writer, out *ReplicateOutput) error {
			if b := out.Bucket; b != nil {
				what := "bucket"
				if b.Created {
					what = "opened bucket"
				}
				units := "units"
				if b.Resource == 1 {
					units = "unit"
				}
				if _, err := fmt.Fprintf(w, "%s %d in cluster %d: %d %s at %s/s", what, b.BucketID, b.ClusterID, b.Resource, units, market.FormatAmount(b.Rate)); err != nil {
					return err
				}
				if b.Deposited != nil {
					if _, err := fmt.Fprintf(w, ", deposited %s", market.FormatAmount(b.Deposited)); err != nil {
						return err
					}
				}
				var state string
				switch {
				case b.InDebt:
					state = "in debt: deposit with `ipfs ring market account deposit`"
				case b.Rate == nil || b.Rate.Sign() == 0:
					state = "no rent: allocate with `ipfs ring market bucket alloc`"
				default:
					state = "paid until " + time.Unix(int64(min(b.PaidUntil, 1<<40)), 0).UTC().Format(time.RFC3339)
				}
				if _, err := fmt.Fprintf(w, "; %s\n", state); err != nil {
					return err
				}
			}
			_, err := fmt.Fprintf(w, "replica is %s ring %s into replica ring %s (%d members; key sealed in %s)\n",
				out.Status, out.Ring, out.ReplicaRing, out.Members, out.Message)
			return err
		}),
	}
}

// replicateBucket checks --bucket, or opens a bucket with --cluster; nil
// with neither.
func replicateBucket(req *cmds.Request, env cmds.Environment, lookup MarketLookup, ringName, from, replicaRing string) (*market.ReplicaBucket, error) {
	bs, _ := req.Options[bucketOption].(string)
	cs, _ := req.Options[clusterOption].(string)
	deposit, _ := req.Options[depositOption].(string)
	res, _ := req.Options[resourceOption].(string)
	switch {
	case bs != "" && (cs != "" || deposit != "" || res != ""):
		return nil, fmt.Errorf("%w: --bucket names a bucket that exists; --cluster, --deposit and --resource open a new one: give one or the other", ring.ErrBadArgument)
	case bs == "" && cs == "" && (deposit != "" || res != ""):
		return nil, fmt.Errorf("%w: --deposit and --resource go with --cluster C, which opens a bucket", ring.ErrBadArgument)
	case bs == "" && cs == "":
		return nil, nil
	}
	var bucketID uint64
	var clusterID uint32
	var err error
	if bs != "" {
		bucketID, err = id64("bucket", bs)
	} else {
		clusterID, err = id32("cluster", cs)
	}
	if err != nil {
		return nil, err
	}
	resource := uint64(1)
	if res != "" {
		if resource, err = uintOption(req, resourceOption, 64, true); err != nil {
			return nil, err
		}
	}
	mk, err := lookup(env)
	if err != nil {
		return nil, err
	}
	if bs != "" {
		return mk.ReplicaBucket(req.Context, bucketID, ringName, replicaRing)
	}
	return mk.OpenBucket(req.Context, from, ringName, replicaRing, clusterID, deposit, resource)
}
