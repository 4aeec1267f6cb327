package plugin

import (
	"context"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// TestNoVoteOnTheRegistrySnapshotWithoutTheRegistry: a node that knows
// the registry ring but does not run the registry (starting, or it failed
// to) refuses to vouch for an output 0 of that ring, which it cannot
// rebuild; other pins and other rings are not its concern.
func TestNoVoteOnTheRegistrySnapshotWithoutTheRegistry(t *testing.T) {
	regRing := common.HexToAddress("0x00000000000000000000000000000000000000b7")
	other := common.HexToAddress("0x00000000000000000000000000000000000000c8")
	p := &Plugin{registryReading: &registryReading{ring: regRing}}
	root := cid.MustParse("bafyreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy")
	ctx := context.Background()
	if err := p.checkRegistryOutputs(ctx, regRing, []schemas.Output{{Pin: 0, Data: root}}); err == nil || !strings.Contains(err.Error(), "does not run the registry") {
		t.Fatalf("output 0 of the registry ring: %v, want a refusal", err)
	}
	if err := p.checkRegistryOutputs(ctx, regRing, []schemas.Output{{Pin: 7, Data: root}}); err != nil {
		t.Fatalf("output 7 of the registry ring: %v, want no objection", err)
	}
	if err := p.checkRegistryOutputs(ctx, other, []schemas.Output{{Pin: 0, Data: root}}); err != nil {
		t.Fatalf("output 0 of another ring: %v, want no objection", err)
	}
}
