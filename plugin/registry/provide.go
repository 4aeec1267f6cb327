package registry

import (
	"time"

	"github.com/ipfs/go-cid"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// ReprovideEvery is how often a service hands every resource to its
// provide function again (the DHT forgets provider records after a day,
// and Kubo's provider may drop keys it did not find in the blockstore).
const ReprovideEvery = time.Hour

// WithProvide makes the service announce the resources it holds on the
// IPFS DHT, so that `ipfs routing findprovs` finds the registry nodes of a
// resource: provide gets the CIDs (schemas.ResourceCID) of resources new
// since its last call, at every sync, and of every resource at start and
// every ReprovideEvery. It must not block for long (Kubo's
// Provider.StartProviding queues).
func WithProvide(provide func([]cid.Cid) error) Option {
	return func(s *Service) { s.provide = provide }
}

// provideNew hands the resources not provided yet (all of them when all
// is set) to the provide function.
func (s *Service) provideNew(all bool) {
	if s.provide == nil {
		return
	}
	var cids []cid.Cid
	var ids [][32]byte
	for _, id := range s.state.IDs() {
		if all || !s.provided[id] {
			cids = append(cids, schemas.ResourceCID(id))
			ids = append(ids, id)
		}
	}
	if len(cids) == 0 {
		return
	}
	if err := s.provide(cids); err != nil {
		s.logf("registry: providing %d resources on the DHT: %v", len(cids), err)
		return
	}
	for _, id := range ids {
		s.provided[id] = true
	}
}
