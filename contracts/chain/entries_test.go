package chain_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mosaic-rings/rings/contracts/chain/chaintest"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// TestEntriesAndOutputs commits 101 ring entries and registers outputs
// with 2 of 3 members' votes, and reads them back: the recent window, the
// archived checkpoint, and the OutputsRegistered events.
func TestEntriesAndOutputs(t *testing.T) {
	ctx := context.Background()
	_, c := chaintest.Open(t)
	keys := make([]*ecdsa.PrivateKey, 3)
	addrs := make([]common.Address, 3)
	for i := range keys {
		keys[i], _ = crypto.GenerateKey()
		addrs[i] = crypto.PubkeyToAddress(keys[i].PublicKey)
	}
	ring, _, err := c.CreateRing(ctx, addrs[0], addrs)
	if err != nil {
		t.Fatal(err)
	}
	dom := schemas.Domain{ChainID: c.ChainID(), Ring: ring}
	// The two lowest addresses sign, in ascending order.
	signers := slices.Clone(keys)
	slices.SortFunc(signers, func(a, b *ecdsa.PrivateKey) int {
		return bytes.Compare(crypto.PubkeyToAddress(a.PublicKey).Bytes(), crypto.PubkeyToAddress(b.PublicKey).Bytes())
	})
	signers = signers[:2]
	sign := func(digest [32]byte) [][]byte {
		var sigs [][]byte
		for _, k := range signers {
			sig, err := schemas.Sign(digest, k)
			if err != nil {
				t.Fatal(err)
			}
			sigs = append(sigs, sig)
		}
		return sigs
	}

	var prev [32]byte
	var digests [][32]byte
	for i := range uint64(101) {
		entry := crypto.Keccak256Hash([]byte{byte(i), 1})
		if _, err := c.CommitEntry(ctx, ring, i, entry, prev, sign(schemas.RingEntryDigest(dom, i, entry, prev))); err != nil {
			t.Fatalf("entry %d: %v", i, err)
		}
		digests, prev = append(digests, entry), entry
	}
	es, err := c.Entries(ctx, ring)
	if err != nil {
		t.Fatal(err)
	}
	if es.Count != 101 || len(es.Recent) != 100 || es.Recent[0].Index != 1 || es.Recent[99].Index != 100 || es.Recent[99].Entry != digests[100] {
		t.Fatalf("entries: count %d, %d recent from %d", es.Count, len(es.Recent), es.Recent[0].Index)
	}
	if len(es.Checkpoints) != 1 || es.Checkpoints[0].Index != 99 || es.Checkpoints[0].Entry != digests[99] {
		t.Fatalf("checkpoints: %+v", es.Checkpoints)
	}

	data, _ := schemas.Block([]byte{0xa0}) // an empty dag-cbor map
	outs := []schemas.Output{{Pin: 0, Data: data.Cid()}, {Pin: 5, Data: data.Cid()}}
	nonce, err := c.OutputsNonce(ctx, ring)
	if err != nil || nonce.Sign() != 0 {
		t.Fatalf("outputs nonce = %v, %v", nonce, err)
	}
	od, err := schemas.OutputsDigest(dom, nonce, outs)
	if err != nil {
		t.Fatal(err)
	}
	rc, err := c.RegisterOutputs(ctx, ring, outs, sign(od))
	if err != nil {
		t.Fatal(err)
	}
	regs, err := c.RegisteredOutputs(ctx, ring, 0)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := schemas.Digest(data.Cid())
	if len(regs) != 1 || regs[0].TxHash != rc.TxHash || regs[0].Nonce != 0 || len(regs[0].Outputs) != 2 ||
		regs[0].Outputs[1].Pin.Int64() != 5 || regs[0].Outputs[1].Data != want {
		t.Fatalf("registered outputs: %+v", regs)
	}
	if n, _ := c.OutputsNonce(ctx, ring); n.Int64() != 1 {
		t.Fatalf("outputs nonce after = %v", n)
	}
}
