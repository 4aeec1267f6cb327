// Package chaintest gives tests a real dev chain (contracts/devchain) with
// the ring factory deployed on it, and a chain.Client relaying from the
// chain's funded account. Nothing is faked.
package chaintest

import (
	"context"
	"testing"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/contracts/devchain"
)

// Open opens a dev chain in a temporary directory, closed when the test
// ends, deploys a factory on it and returns the chain and a client of that
// factory.
func Open(tb testing.TB) (*devchain.Chain, *chain.Client) {
	tb.Helper()
	ctx := context.Background()
	dc, err := devchain.Open(devchain.Config{DataDir: tb.TempDir()})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		if err := dc.Close(); err != nil {
			tb.Error(err)
		}
	})
	factory, _, err := chain.DeployFactory(ctx, dc.Client(), dc.RelayerKey())
	if err != nil {
		tb.Fatal(err)
	}
	c, err := chain.New(ctx, dc.Client(), dc.RelayerKey(), factory)
	if err != nil {
		tb.Fatal(err)
	}
	return dc, c
}
