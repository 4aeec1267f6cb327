package gateway

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/ipfs/boxo/blockservice"
	boxogw "github.com/ipfs/boxo/gateway"
	"github.com/ipfs/boxo/ipns"
	"github.com/ipfs/boxo/path"
	"github.com/ipfs/go-cid"
	"github.com/miekg/dns"
)

// IPFSHandler builds boxo's IPFS gateway handler over bs, for WithIPFS:
// path-style /ipfs/ and /ipns/ requests, deserialized responses (files,
// directory listings) as well as the trustless formats (raw blocks, CAR),
// no DNSLink lookups from the Host header, and boxo's defaults for the
// retrieval timeout and the concurrency limit. Its metrics go to
// prometheus.DefaultRegisterer. opts reach boxogw.NewBlocksBackend, e.g.
// boxogw.WithNameSystem for /ipns/ names; without a value store or name
// system no IPNS name resolves (DNSLink names still do).
//
// Name resolution fails as an IPFS gateway user expects (see nameError):
// a name nobody published, or whose record cannot be found, is 404; a
// resolution that runs out of time is 504; never 500.
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
	}, ipfsBackend{backend}), nil
}

// ipfsBackend is boxo's blocks backend with the errors of name resolution
// mapped by nameError. Its other methods, and the optional
// boxogw.WithContextHint, are the embedded backend's.
type ipfsBackend struct{ *boxogw.BlocksBackend }

var (
	_ boxogw.IPFSBackend     = ipfsBackend{}
	_ boxogw.WithContextHint = ipfsBackend{}
)

// ResolveMutable resolves an /ipns/ path.
func (b ipfsBackend) ResolveMutable(ctx context.Context, p path.Path) (path.ImmutablePath, time.Duration, time.Time, error) {
	if err := checkName(p); err != nil {
		return path.ImmutablePath{}, 0, time.Time{}, err
	}
	ip, ttl, lastMod, err := b.BlocksBackend.ResolveMutable(ctx, p)
	return ip, ttl, lastMod, nameError(ctx, err)
}

// checkName refuses, as a bad request, an /ipns/ name that is neither an
// IPNS name nor a DNS name (such as one with a label over 63 bytes), which
// name resolution would answer with an error of its own (a 500). A CID
// that is not a libp2p key is left to boxo, whose error says how to fix it.
func checkName(p path.Path) error {
	segs := p.Segments()
	if len(segs) < 2 || segs[0] != "ipns" {
		return nil
	}
	name := segs[1]
	if _, err := ipns.NameFromString(name); err == nil {
		return nil
	}
	if _, ok := dns.IsDomainName(name); ok {
		return nil
	}
	if c, err := cid.Decode(name); err == nil && c.Version() == 1 {
		return nil
	}
	return boxogw.NewErrorStatusCode(fmt.Errorf("%q is neither an IPNS name (a peer ID or libp2p-key CID) nor a DNS name (labels of at most 63 bytes)", name), http.StatusBadRequest)
}

// GetIPNSRecord fetches the record of an IPNS name (?format=ipns-record).
func (b ipfsBackend) GetIPNSRecord(ctx context.Context, c cid.Cid) ([]byte, error) {
	rec, err := b.BlocksBackend.GetIPNSRecord(ctx, c)
	return rec, nameError(ctx, err)
}

// GetDNSLinkRecord resolves a DNSLink name.
func (b ipfsBackend) GetDNSLinkRecord(ctx context.Context, host string) (path.Path, error) {
	p, err := b.BlocksBackend.GetDNSLinkRecord(ctx, host)
	return p, nameError(ctx, err)
}
