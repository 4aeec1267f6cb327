package schemas_test

import (
	"fmt"
	"log"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipld/go-ipld-prime/node/basicnode"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// A member writes the first node of its log: encode the message, seal it
// (not shown), sign the node, encode the block and take its CID.
func Example() {
	key, _ := crypto.HexToECDSA("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
	author := crypto.PubkeyToAddress(key.PublicKey)
	ring := common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")

	msg, err := schemas.EncodeMessage(&schemas.Message{
		App: "rings", Domain: "GlobalAddressRing", Type: "chat.message",
		Payload: basicnode.NewString("hello, ring"),
	})
	if err != nil {
		log.Fatal(err)
	}
	sealed := msg // seal with the ring's read key here

	n := &schemas.LogNode{
		Ring: ring.Bytes(), Chain: 31337, Author: author.Bytes(),
		Seq: 1, Body: sealed, Time: 1_700_000_000_000,
	}
	if err := schemas.SignLogNode(n, key); err != nil {
		log.Fatal(err)
	}
	data, err := schemas.EncodeLogNode(n)
	if err != nil {
		log.Fatal(err)
	}
	blk, err := schemas.Block(data)
	if err != nil {
		log.Fatal(err)
	}
	digest, _ := schemas.Digest(blk.Cid())
	fmt.Println("author:", author)
	fmt.Println("CID:", blk.Cid())
	fmt.Println("bytes32 for the contract:", common.Hash(digest))
	fmt.Println("same CID:", schemas.CIDFromDigest(digest) == blk.Cid())
	// Output:
	// author: 0x2c7536E3605D9C16a7a3D7b1898e529396a65c23
	// CID: bafyreih3ucjfumazthddbfpgirds5k5sujd7oump7kfxw4p2jbtzmlnd5e
	// bytes32 for the contract: 0xfba0925a301999c63095e644472eabb2a247f7518ffa8b7b71fa4867962da3e9
	// same CID: true
}

// A replica checks a block a member flushed to it.
func ExampleVerifyLogNode() {
	key, _ := crypto.HexToECDSA("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
	n := &schemas.LogNode{
		Ring: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3").Bytes(), Chain: 31337,
		Author: crypto.PubkeyToAddress(key.PublicKey).Bytes(), Seq: 1, Body: []byte("sealed"),
	}
	if err := schemas.SignLogNode(n, key); err != nil {
		log.Fatal(err)
	}
	data, _ := schemas.EncodeLogNode(n)

	got, err := schemas.DecodeLogNode(data) // untrusted bytes
	if err != nil {
		log.Fatal(err)
	}
	signer, err := schemas.VerifyLogNode(got)
	fmt.Println(signer, err)

	got.Body = []byte("tampered")
	_, err = schemas.VerifyLogNode(got)
	fmt.Println(err != nil)
	// Output:
	// 0x2c7536E3605D9C16a7a3D7b1898e529396a65c23 <nil>
	// true
}

// A member signs a Flush (the meta-transaction a replica relays to the ring
// contract); FlushTypedData is the same request for a wallet.
func ExampleFlushDigest() {
	key, _ := crypto.HexToECDSA("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
	d := schemas.Domain{ChainID: 31337, Ring: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}
	f := schemas.Flush{
		Ring: d.Ring, Avatar: crypto.PubkeyToAddress(key.PublicKey),
		Head: [32]byte{1}, Seq: 1, Nonce: big.NewInt(0), Deadline: big.NewInt(1_800_000_000),
	}
	digest, err := schemas.FlushDigest(d, f)
	if err != nil {
		log.Fatal(err)
	}
	sig, err := schemas.Sign(digest, key)
	if err != nil {
		log.Fatal(err)
	}
	signer, err := schemas.Recover(digest, sig)
	fmt.Println(len(sig), signer == f.Avatar, err)
	// Output:
	// 65 true <nil>
}
