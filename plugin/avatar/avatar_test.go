package avatar

import (
	"crypto/rand"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/boxo/keystore"
	ic "github.com/libp2p/go-libp2p/core/crypto"
)

func TestLoadByNameAndAddress(t *testing.T) {
	ks, err := keystore.NewFSKeystore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	sk, _, err := ic.GenerateSecp256k1Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	ed, _, err := ic.GenerateEd25519Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	if err := ks.Put("alice", sk); err != nil {
		t.Fatal(err)
	}
	if err := ks.Put("ed", ed); err != nil {
		t.Fatal(err)
	}

	a, err := Load(ks, "alice")
	if err != nil {
		t.Fatal(err)
	}
	if got := crypto.PubkeyToAddress(a.PrivateKey().PublicKey); got != a.Address {
		t.Fatalf("address %s does not match the key's %s", a.Address, got)
	}
	pub, err := a.PeerID.ExtractPublicKey()
	if err != nil || !pub.Equals(sk.GetPublic()) {
		t.Fatalf("PeerID %s does not carry the key: %v", a.PeerID, err)
	}
	b, err := Load(ks, a.Address.Hex())
	if err != nil || b.Name != "alice" {
		t.Fatalf("by address: %v, %v", b, err)
	}

	if _, err := Load(ks, "ed"); !errors.Is(err, ErrNotSecp256k1) {
		t.Errorf("ed25519 key: got %v, want ErrNotSecp256k1", err)
	}
	if _, err := Load(ks, "nobody"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown name: got %v, want ErrNotFound", err)
	}
	if _, err := Load(ks, "0x000000000000000000000000000000000000dEaD"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown address: got %v, want ErrNotFound", err)
	}
	all, err := List(ks)
	if err != nil || len(all) != 1 {
		t.Fatalf("List: %v, %v (want only the secp256k1 key)", all, err)
	}
}
