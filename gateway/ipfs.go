package gateway

import (
	"fmt"
	"net/http"

	"github.com/ipfs/boxo/blockservice"
	boxogw "github.com/ipfs/boxo/gateway"
)

// IPFSHandler builds boxo's IPFS gateway handler over bs, for WithIPFS:
// path-style /ipfs/ and /ipns/ requests, deserialized responses (files,
// directory listings) as well as the trustless formats (raw blocks, CAR),
// no DNSLink lookups from the Host header, and boxo's defaults for the
// retrieval timeout and the concurrency limit. Its metrics go to
// prometheus.DefaultRegisterer. opts reach boxogw.NewBlocksBackend, e.g.
// boxogw.WithNameSystem for /ipns/ names.
func IPFSHandler(bs blockservice.BlockService, opts ...boxogw.BackendOption) (http.Handler, error) {
	backend, err := boxogw.NewBlocksBackend(bs, opts...)
	if err != nil {
		return nil, fmt.Errorf("ring gateway: IPFS backend: %w", err)
	}
	return boxogw.NewHandler(boxogw.Config{
		DeserializedResponses: true,
		NoDNSLink:             true,
		RetrievalTimeout:      boxogw.DefaultRetrievalTimeout,
		MaxConcurrentRequests: boxogw.DefaultMaxConcurrentRequests,
	}, backend), nil
}
