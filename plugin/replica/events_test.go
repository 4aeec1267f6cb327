package replica_test

import (
	"context"
	"testing"
	"time"

	"github.com/ipld/go-ipld-prime/node/basicnode"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/ringlog"
)

// TestHeadEventsForEveryWayALogGrows: a subscriber of a ring's events
// hears "head" when this node's copy of a log grows by an append on this
// node (the store the replica shares with the ring service), not only by a
// flush to the replica.
func TestHeadEventsForEveryWayALogGrows(t *testing.T) {
	f := newFixture(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	events, err := f.rep.Subscribe(ctx, f.ring.Hex())
	if err != nil {
		t.Fatal(err)
	}
	h, err := f.logs.Append(ctx, ringlog.Entry{Ring: f.ring, Chain: f.chainID, Author: f.alice.key, ReadKey: f.ringKeys.ReadKey[:],
		Message: &schemas.Message{App: "test", Domain: "ring", Type: "text", Payload: basicnode.NewString("hello")}})
	if err != nil {
		t.Fatal(err)
	}
	select {
	case e := <-events:
		data, _ := e.Data.(map[string]any)
		if e.Type != "head" || data["member"] != f.alice.addr.Hex() || data["seq"] != uint64(1) || data["head"] != h.CID.String() {
			t.Fatalf("event %+v, want head of alice's seq 1 %s", e, h.CID)
		}
	case <-ctx.Done():
		t.Fatal("no head event for an append")
	}
}
