package replica

import (
	"context"

	"github.com/ethereum/go-ethereum/common"
)

// Replicated lists the rings this node replicates now (ReplicateRing
// accepted, UnreplicateRing not yet, not suspended for want of payment), for the registry records a replica
// keeps (registryclient.Advertiser).
func (r *Replica) Replicated(ctx context.Context) ([]common.Address, error) {
	recs, err := r.replications(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]common.Address, 0, len(recs))
	for _, rec := range recs {
		if rec.Lapsed == "" {
			out = append(out, rec.Ring)
		}
	}
	return out, nil
}
