package chain_test

import (
	"context"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/contracts/chain/chaintest"
	"github.com/mosaic-rings/rings/contracts/devchain"
)

// TestReadsAfterAMinedTransactionSeeIt deploys and creates rings on the
// real dev chain and reads at "latest" right after each: a transaction is
// "mined" for the client only once its block is the chain's head, so the
// reads never miss what it did. (The dev chain serves a receipt before it
// moves its head.)
func TestReadsAfterAMinedTransactionSeeIt(t *testing.T) {
	ctx := context.Background()
	dc, err := devchain.Open(devchain.Config{DataDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { dc.Close() })
	owner := crypto.PubkeyToAddress(dc.RelayerKey().PublicKey)
	for i := range 20 {
		factory, _, err := chain.DeployFactory(ctx, dc.Client(), dc.RelayerKey())
		if err != nil {
			t.Fatal(err)
		}
		c, err := chain.New(ctx, dc.Client(), dc.RelayerKey(), factory)
		if err != nil {
			t.Fatalf("round %d: right after the deploy: %v", i, err)
		}
		ring, _, err := c.CreateRing(ctx, owner, []common.Address{owner})
		if err != nil {
			t.Fatal(err)
		}
		st, err := c.State(ctx, ring)
		if err != nil || st.Owner != owner || len(st.Members) != 1 {
			t.Fatalf("round %d: right after createRing: %+v, %v", i, st, err)
		}
	}
}

func TestNewRefusesAnAddressWithoutAFactory(t *testing.T) {
	dc, err := devchain.Open(devchain.Config{DataDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { dc.Close() })
	_, err = chain.New(context.Background(), dc.Client(), dc.RelayerKey(), common.HexToAddress("0x1234"))
	if !errors.Is(err, chain.ErrNoFactory) {
		t.Fatalf("got %v, want ErrNoFactory", err)
	}
}

func TestRingCallsOnAnAddressWithoutARing(t *testing.T) {
	ctx := context.Background()
	_, c := chaintest.Open(t)
	nowhere := common.HexToAddress("0x00000000000000000000000000000000000000e1")
	if _, err := c.State(ctx, nowhere); !errors.Is(err, chain.ErrNotARing) {
		t.Errorf("State: got %v, want ErrNotARing", err)
	}
	if _, err := c.IsMember(ctx, nowhere, nowhere); !errors.Is(err, chain.ErrNotARing) {
		t.Errorf("IsMember: got %v, want ErrNotARing", err)
	}
}
