package schemas_test

import (
	"errors"
	"fmt"
	"log"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	p2pcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// An owner creates a resource, a provider registers for it, and a stranger
// who holds only the record's bytes checks it: the record names its chain,
// resource, peer and issuer, and carries the issuer's EIP-712 signature.
func ExampleVerifyProviderRecord() {
	ownerKey, _ := crypto.HexToECDSA("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
	providerKey, _ := crypto.HexToECDSA("8da4ef21b864d2cc526dbdb2a120bd2874c36c9d0a1fb7f8c63d7f7a8b41de8f")

	// The owner's resource. Its id is what records name.
	res := &schemas.Resource{
		Chain: 31337, Label: "chat", Owner: crypto.PubkeyToAddress(ownerKey.PublicKey).Bytes(),
		Created: 1_700_000_000_000,
	}
	if err := schemas.SignResource(res, ownerKey); err != nil {
		log.Fatal(err)
	}
	id := res.ID()

	// The provider's node: the same secp256k1 key gives the account and the
	// PeerID.
	pub, _ := p2pcrypto.UnmarshalSecp256k1PublicKey(crypto.CompressPubkey(&providerKey.PublicKey))
	pid, _ := peer.IDFromPublicKey(pub)
	rec := &schemas.ProviderRecord{
		Chain: 31337, Resource: id[:], Value: "https://chat.example/ring/",
		Peer: []byte(pid), Services: []string{"chat.v1"},
		Issuer: crypto.PubkeyToAddress(providerKey.PublicKey).Bytes(), Created: 1_700_000_060_000,
	}
	if err := schemas.SignProviderRecord(rec, providerKey); err != nil {
		log.Fatal(err)
	}
	data, err := schemas.EncodeProviderRecord(rec)
	if err != nil {
		log.Fatal(err)
	}

	// A stranger, with the bytes only.
	got, err := schemas.DecodeProviderRecord(data)
	if err != nil {
		log.Fatal(err)
	}
	issuer, err := schemas.VerifyProviderRecord(got)
	fmt.Println("issuer:", issuer, err)
	fmt.Println("peer:", peer.ID(got.Peer))
	fmt.Println("resource:", common.Hash(got.Resource))
	fmt.Println("is chat of its owner:", [32]byte(got.Resource) == schemas.ResourceID("chat", common.Address(res.Owner)))

	// Any change breaks the signature: here, a relay slipped in.
	got.Relays = [][]byte{got.Peer}
	_, err = schemas.VerifyProviderRecord(got)
	fmt.Println("tampered:", errors.Is(err, schemas.ErrWrongSigner))
	// Output:
	// issuer: 0x63FaC9201494f0bd17B9892B9fae4d52fe3BD377 <nil>
	// peer: 16Uiu2HAmSjJc32Zj9cseH6RQrZAgWuQWfH2baiToaUNdTGA6aQCx
	// resource: 0xfc78e63c913ba885acb93e64cf77860a06a275bf955ca6605e9daedfa7842d3f
	// is chat of its owner: true
	// tampered: true
}
