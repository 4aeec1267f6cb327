package schemas

import (
	"math/rand/v2"
	"testing"
)

func TestReplicateRingDigestMatchesOracle(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 22))
	for i := range 30 {
		d := randomDomain(r)
		req := ReplicateRing{Ring: d.Ring, ReplicaRing: randomAddress(r), ReplicaKeyHash: randomBytes32(r), Deadline: randomUint256(r)}
		got, err := ReplicateRingDigest(d, req)
		if err != nil {
			t.Fatal(err)
		}
		td, err := ReplicateRingTypedData(d, req)
		if err != nil {
			t.Fatal(err)
		}
		if want := oracle(t, td); got != want {
			t.Fatalf("request %d: ReplicateRingDigest = %x, oracle %x", i, got, want)
		}
	}
	if _, err := ReplicateRingDigest(Domain{ChainID: 1}, ReplicateRing{}); err == nil {
		t.Fatal("a nil deadline was accepted")
	}
}

func TestUnreplicateRingDigestMatchesOracle(t *testing.T) {
	r := rand.New(rand.NewPCG(23, 24))
	for i := range 20 {
		d := randomDomain(r)
		deadline := randomUint256(r)
		got, err := UnreplicateRingDigest(d, deadline)
		if err != nil {
			t.Fatal(err)
		}
		td, err := UnreplicateRingTypedData(d, deadline)
		if err != nil {
			t.Fatal(err)
		}
		if want := oracle(t, td); got != want {
			t.Fatalf("request %d: UnreplicateRingDigest = %x, oracle %x", i, got, want)
		}
	}
}

func TestKeyRequestDigestMatchesOracle(t *testing.T) {
	r := rand.New(rand.NewPCG(25, 26))
	for i := range 20 {
		d := randomDomain(r)
		req := KeyRequest{Member: randomAddress(r), Deadline: randomUint256(r)}
		got, err := KeyRequestDigest(d, req)
		if err != nil {
			t.Fatal(err)
		}
		td, err := KeyRequestTypedData(d, req)
		if err != nil {
			t.Fatal(err)
		}
		if want := oracle(t, td); got != want {
			t.Fatalf("request %d: KeyRequestDigest = %x, oracle %x", i, got, want)
		}
	}
	if _, err := KeyRequestDigest(Domain{ChainID: 1}, KeyRequest{}); err == nil {
		t.Fatal("a nil deadline was accepted")
	}
}
