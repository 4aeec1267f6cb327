package plugin

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/mosaic-rings/rings/gateway"
	"github.com/mosaic-rings/rings/internal/leakcheck"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/registry"
)

// TestRegistryError holds the one mapping of registry refusals to the
// gateway's codes: code, check, and a message that leaks nothing.
func TestRegistryError(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name  string
		err   error
		code  int
		check string
	}{
		{"signer", fmt.Errorf("%w: %w", registry.ErrSigner, schemas.ErrHighS), gateway.CodeRegistryRefused, "sig"},
		{"chain", fmt.Errorf("%w: chain 1, the registry's is 1337", registry.ErrWrongChain), gateway.CodeRegistryRefused, "chain"},
		{"unknown resource", fmt.Errorf("%w: 0x00", registry.ErrUnknownResource), gateway.CodeRegistryRefused, "resource"},
		{"future", fmt.Errorf("%w: created 2030-01-01T00:00:00Z is more than 2m0s ahead", registry.ErrFuture), gateway.CodeRegistryRefused, "created"},
		{"expired", fmt.Errorf("%w: created long ago", registry.ErrExpired), gateway.CodeRegistryRefused, "created"},
		{"replay", fmt.Errorf("%w: this one was created earlier", registry.ErrReplay), gateway.CodeRegistryRefused, "created"},
		{"field", &schemas.InvalidError{Type: "Resource", Field: "label", Reason: "300 bytes, at most 256"}, gateway.CodeInvalidParams, "label"},
		{"whole object", &schemas.InvalidError{Type: "Resource", Reason: "bad"}, gateway.CodeInvalidParams, "params"},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			var coded gateway.Coded
			if !errors.As(registryError(c.err), &coded) {
				t.Fatalf("%v is not coded", c.err)
			}
			if coded.RPCCode() != c.code || coded.Check() != c.check {
				t.Errorf("%d %q, want %d %q", coded.RPCCode(), coded.Check(), c.code, c.check)
			}
			if !errors.Is(coded, c.err) {
				t.Error("the cause is lost")
			}
			leakcheck.Check(t, c.name, coded.RPCMessage())
		})
	}
	// The node's own failure passes on, for the gateway's internal error.
	if err := context.DeadlineExceeded; registryError(err) != err {
		t.Error("a failure of the node's was coded")
	}
}

// TestGatewayRegistryNotOne: until a registry runs, and on a node that is
// not a registry node, the gateway's Registry answers CodeNoRegistry.
func TestGatewayRegistryNotOne(t *testing.T) {
	t.Parallel()
	g := &gatewayRegistry{p: &Plugin{notRegistry: ErrNotRegistryNode}}
	_, err := g.ResolveProviders(context.Background(), &gateway.ResourceQuery{Resource: "0x" + fmt.Sprintf("%064x", 1)})
	var coded gateway.Coded
	if !errors.As(err, &coded) || coded.RPCCode() != gateway.CodeNoRegistry || coded.Check() != "registry" {
		t.Fatalf("got %v", err)
	}
	leakcheck.Check(t, "no registry", coded.RPCMessage())
}
