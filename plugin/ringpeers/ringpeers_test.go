package ringpeers

import (
	"context"
	"crypto/ecdsa"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/contracts/chain/chaintest"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/internal/p2ptest"
)

func newHost(t *testing.T) host.Host { return p2ptest.NewHost(t) }

func newKey(t *testing.T) (*ecdsa.PrivateKey, common.Address) {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k, crypto.PubkeyToAddress(k.PublicKey)
}

// countingChain counts the peer info transactions sent.
type countingChain struct {
	*chain.Client
	sent int
}

func (c *countingChain) SetPeerInfo(ctx context.Context, ring common.Address, info schemas.PeerInfo, sig []byte) (*chain.Receipt, error) {
	c.sent++
	return c.Client.SetPeerInfo(ctx, ring, info, sig)
}

// TestPublishedNodesAreFoundAndConnected runs two nodes on a real dev
// chain: alice's node publishes itself in the ring (once: a second
// Publish with the same addresses sends nothing), and bob's node, which
// has never heard of it, finds it from the contract and connects.
func TestPublishedNodesAreFoundAndConnected(t *testing.T) {
	ctx := context.Background()
	_, client := chaintest.Open(t)
	aliceKey, alice := newKey(t)
	_, bob := newKey(t)
	ring, _, err := client.CreateRing(ctx, alice, []common.Address{alice, bob})
	if err != nil {
		t.Fatal(err)
	}
	ha, hb := newHost(t), newHost(t)
	c := &countingChain{Client: client}
	pa := New(ha, c, Options{})
	pb := New(hb, client, Options{})

	// Nothing published yet: nothing found, and no error.
	if found, err := pb.Find(ctx, ring, []common.Address{alice, bob}); err != nil || len(found) != 0 {
		t.Fatalf("Find before publishing: %v, %v; want none", found, err)
	}
	if sent, err := pa.Publish(ctx, ring, aliceKey); err != nil || !sent {
		t.Fatalf("Publish: sent %v, %v", sent, err)
	}
	if sent, err := pa.Publish(ctx, ring, aliceKey); err != nil || sent || c.sent != 1 {
		t.Fatalf("second Publish: sent %v, %v, %d transactions; want none", sent, err, c.sent)
	}

	// Bob's node read the empty entry less than TTL ago: a fresh Peers
	// reads again.
	pb = New(hb, client, Options{})
	found, err := pb.Find(ctx, ring, []common.Address{alice, bob})
	if err != nil || len(found) != 1 || found[0].ID != ha.ID() {
		t.Fatalf("Find: %v, %v; want alice's node %s", found, err, ha.ID())
	}
	if !slices.ContainsFunc(found[0].Addrs, func(a ma.Multiaddr) bool { return strings.HasPrefix(a.String(), "/ip4/127.0.0.1/tcp/") }) {
		t.Fatalf("alice's node published %v, want its loopback TCP address", found[0].Addrs)
	}
	if hb.Network().Connectedness(ha.ID()) == network.Connected {
		t.Fatal("connected before Connect")
	}
	if got := pb.Connect(ctx, ring, []common.Address{alice, bob}); !slices.Equal(got, []peer.ID{ha.ID()}) {
		t.Fatalf("Connect: %v, want [%s]", got, ha.ID())
	}
	if hb.Network().Connectedness(ha.ID()) != network.Connected {
		t.Fatal("not connected after Connect")
	}

	// A node finds itself in the list and leaves itself out.
	if found, _ := pa.Find(ctx, ring, []common.Address{alice}); len(found) != 0 {
		t.Fatalf("alice's node found %v, want itself left out", found)
	}

	// Someone who is not a member cannot publish.
	malloryKey, _ := newKey(t)
	if _, err := pa.Publish(ctx, ring, malloryKey); err == nil || !strings.Contains(err.Error(), "NotMember") {
		t.Fatalf("a non-member's Publish: %v, want NotMember", err)
	}
}
