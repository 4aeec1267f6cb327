package replica_test

import (
	"testing"
)

// TestRelayWithoutReplicaRingKeys: a replica that lost the keys of its
// replica ring cannot write its status messages there, but that must not
// hold up the relay: the flush is still relayed, with no messages.
func TestRelayWithoutReplicaRingKeys(t *testing.T) {
	f := newFixture(t)
	// A first flush, with the keys: both messages are written.
	first := f.chainAfter(t, f.alice, nil, 1)
	p1, _ := f.validFlush(t, f.alice, first...)
	st1 := f.flushRPC(t, p1)
	if st1.Status != "relayed" {
		st1 = f.waitRelayed(t, st1.ID)
	}
	if len(st1.Messages) != 2 {
		t.Fatalf("with the replica ring's keys: %d messages, want received and relayed: %+v", len(st1.Messages), st1)
	}

	if err := f.keys.Delete(f.replicaRing); err != nil {
		t.Fatal(err)
	}
	second := f.chainAfter(t, f.alice, &first[0], 1)
	p2, _ := f.validFlush(t, f.alice, second...)
	st2 := f.flushRPC(t, p2)
	if st2.Status != "relayed" {
		st2 = f.waitRelayed(t, st2.ID)
	}
	if len(st2.Messages) != 0 {
		t.Fatalf("without the replica ring's keys: messages %v, want none", st2.Messages)
	}
}
