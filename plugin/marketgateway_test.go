package plugin

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/gateway"
	"github.com/mosaic-rings/rings/internal/leakcheck"
)

// TestGatewayMarketNone: until the market is opened, and on a node that
// knows none, the gateway's Market answers CodeNotFound, check "market";
// an id the market does not know is CodeNotFound with the id's check.
func TestGatewayMarketNone(t *testing.T) {
	t.Parallel()
	g := &gatewayMarket{p: &Plugin{noMarket: fmt.Errorf("%w: set Market.Address", ErrNoMarket)}}
	_, errB := g.Bucket(context.Background(), 1)
	_, errC := g.Cluster(context.Background(), 1)
	unknown := &chain.MarketError{Kind: chain.ErrMarketUnknown, Reason: "no bucket 5"}
	for _, c := range []struct {
		name  string
		err   error
		check string
	}{
		{"bucket, no market", errB, "market"},
		{"cluster, no market", errC, "market"},
		{"unknown bucket", marketReadError(unknown, "bucket", 5), "bucket"},
		{"unknown cluster", marketReadError(unknown, "cluster", 5), "cluster"},
	} {
		var coded gateway.Coded
		if !errors.As(c.err, &coded) || coded.RPCCode() != gateway.CodeNotFound || coded.Check() != c.check {
			t.Fatalf("%s: got %v, want -32011 check %q", c.name, c.err, c.check)
		}
		leakcheck.Check(t, c.name, coded.RPCMessage())
	}
	if other := errors.New("dial tcp: refused"); marketReadError(other, "bucket", 1) != other {
		t.Fatal("a chain failure must stay an internal error")
	}
}

// TestMarketJSON: wei above 2^53 stays exact as a decimal string, a
// missing amount is "0", and a registered peer ID that does not decode is
// shown as hex.
func TestMarketJSON(t *testing.T) {
	t.Parallel()
	big1 := new(big.Int).Add(new(big.Int).Lsh(big.NewInt(1), 80), big.NewInt(1))
	id, err := peer.Decode("12D3KooWGRUVh4Q2v6UPnZ8AxfRrtKCDJWTX5ubkDwHQt1fnpHkH")
	if err != nil {
		t.Fatal(err)
	}
	b := bucketJSON(&chain.MarketBucket{BucketID: 9, Owner: common.HexToAddress("0xaa"), Rate: big.NewInt(3), AccountDeposit: big1,
		Nodes: []chain.MarketNode{{NodeID: 1, PeerID: []byte(id)}, {NodeID: 2, PeerID: []byte{1, 2}}}})
	if b.AccountDeposit != big1.String() || b.Rate != "3" || b.Due != "0" || b.Owner != "0x00000000000000000000000000000000000000AA" {
		t.Fatalf("bucket: %+v", b)
	}
	if b.Nodes[0].Peer != id.String() || b.Nodes[1].Peer != "0x0102" || b.Nodes[0].RentPerUnit != "0" {
		t.Fatalf("nodes: %+v", b.Nodes)
	}
	c := clusterJSON(&chain.MarketCluster{ClusterID: 2, Revenues: big1})
	if c.Revenues != big1.String() || c.RentPerUnit != "0" || c.Nodes == nil {
		t.Fatalf("cluster: %+v", c)
	}
}
