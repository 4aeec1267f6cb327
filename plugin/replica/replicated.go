package replica

import (
	"context"

	"github.com/ethereum/go-ethereum/common"
)

// Replicated lists the rings this node replicates now (ReplicateRing
// accepted, UnreplicateRing not yet), for the registry records a replica
// keeps (registryclient.Advertiser).
func (r *Replica) Replicated(ctx context.Context) ([]common.Address, error) {
	recs, err := r.replications(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]common.Address, len(recs))
	for i, rec := range recs {
		out[i] = rec.Ring
	}
	return out, nil
}
