package chain_test

import (
	"context"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/contracts/chain/chaintest"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// TestReportFork reports two nodes a member signed for one seq: the
// contract accepts them once, then refuses a second report, and refuses two
// nodes of different seqs.
func TestReportFork(t *testing.T) {
	ctx := context.Background()
	_, c := chaintest.Open(t)
	key, _ := crypto.GenerateKey()
	member := crypto.PubkeyToAddress(key.PublicKey)
	ring, _, err := c.CreateRing(ctx, member, []common.Address{member})
	if err != nil {
		t.Fatal(err)
	}
	prev := schemas.CIDFromDigest(common.HexToHash("0x01"))
	node := func(seq int64, body string) *schemas.LogNode {
		n := &schemas.LogNode{Ring: ring.Bytes(), Chain: int64(c.ChainID()), Author: member.Bytes(), Seq: seq,
			Prev: &prev, Refs: []cid.Cid{prev}, Body: []byte(body), Time: 1_700_000_000_000}
		if err := schemas.SignLogNode(n, key); err != nil {
			t.Fatal(err)
		}
		return n
	}
	a, b := node(2, "one story"), node(2, "another story")

	if ok, err := c.ForkReported(ctx, ring, member, 2); err != nil || ok {
		t.Fatalf("ForkReported before = %v, %v", ok, err)
	}
	if _, err := c.ReportFork(ctx, ring, a, b); err != nil {
		t.Fatal(err)
	}
	if ok, err := c.ForkReported(ctx, ring, member, 2); err != nil || !ok {
		t.Fatalf("ForkReported after = %v, %v", ok, err)
	}
	var rev *chain.RevertError
	if _, err := c.ReportFork(ctx, ring, b, a); !errors.As(err, &rev) || rev.Name != "ForkAlreadyReported" {
		t.Fatalf("second report = %v; want ForkAlreadyReported", err)
	}
	if _, err := c.ReportFork(ctx, ring, a, node(3, "later")); !errors.As(err, &rev) || rev.Name != "NotAFork" {
		t.Fatalf("report of two seqs = %v; want NotAFork", err)
	}
}
