package ring_test

import (
	"context"
	"crypto/rand"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-datastore"
	"github.com/ipfs/go-datastore/namespace"
	p2pcrypto "github.com/libp2p/go-libp2p/core/crypto"

	"github.com/mosaic-rings/rings/contracts/chain/chaintest"
	"github.com/mosaic-rings/rings/plugin/internal/anchor"
	"github.com/mosaic-rings/rings/plugin/internal/kubotest"
	"github.com/mosaic-rings/rings/plugin/ring"
	"github.com/mosaic-rings/rings/plugin/ringkeys"
	"github.com/mosaic-rings/rings/plugin/ringlog"
)

// TestReanchorFlushesWhatItSigned: the node flushes alice's head itself and
// sees it mined; the chain then loses the block. Reanchor flushes alice's
// head again, signing anew. A head the node relayed with a member's signed
// flush (an anchor record with Signed) is the replica's to send again:
// Reanchor leaves it alone, although the chain lacks it too.
func TestReanchorFlushesWhatItSigned(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	dc, c := chaintest.Open(t)
	node := kubotest.NewNode(t)
	logs := ringlog.New(node.Blockstore, namespace.Wrap(node.Repo.Datastore(), datastore.NewKey("/ring")), node.Pinning)
	t.Cleanup(func() { logs.Close() })
	keys, err := ringkeys.Open(filepath.Join(t.TempDir(), "keys"))
	if err != nil {
		t.Fatal(err)
	}
	svc := ring.New(c, logs, keys, node.Repo.Keystore(), ring.Options{})
	k, _, err := p2pcrypto.GenerateSecp256k1Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	if err := node.Repo.Keystore().Put("alice", k); err != nil {
		t.Fatal(err)
	}
	club, err := svc.Create(ctx, "club", "alice", []string{"alice"})
	if err != nil {
		t.Fatal(err)
	}
	other, err := svc.Create(ctx, "other", "alice", []string{"alice"})
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"one", "two"} {
		if _, err := svc.Append(ctx, ring.AppendRequest{Ring: "club", Avatar: "alice", Payload: []byte(text)}); err != nil {
			t.Fatal(err)
		}
	}
	before, err := dc.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	flushed, err := svc.Flush(ctx, "club", "alice")
	if err != nil {
		t.Fatal(err)
	}
	// A relayed head of alice in the other ring, which the chain lacks:
	// the record a replica writes.
	relayed := anchor.Record{Ring: other.Address, Avatar: club.Owner, Seq: 1, Head: flushed.Head,
		Signed: []anchor.Signed{{Seq: 1, Head: common.Hash{1}, Nonce: new(big.Int), Deadline: big.NewInt(time.Now().Add(time.Hour).Unix()), Sig: make([]byte, 65)}}}
	if err := anchor.Put(ctx, logs.Datastore(), []anchor.Record{relayed}, nil); err != nil {
		t.Fatal(err)
	}

	if err := dc.Rewind(before); err != nil {
		t.Fatal(err)
	}
	chainSeq := func() uint64 {
		t.Helper()
		st, err := c.State(ctx, club.Address)
		if err != nil {
			t.Fatal(err)
		}
		m, _ := st.Member(club.Owner)
		return m.Seq
	}
	if seq := chainSeq(); seq != 0 {
		t.Fatalf("after the rewind the chain holds seq %d, want 0", seq)
	}
	res, err := svc.Reanchor(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 1 || res[0].Ring != club.Address || res[0].Error != "" || res[0].Flushed == nil || res[0].Flushed.Seq != 2 {
		t.Fatalf("Reanchor: %+v, want alice's seq 2 in club flushed again, and nothing for the relayed head", res)
	}
	if seq := chainSeq(); seq != 2 {
		t.Fatalf("after Reanchor the chain holds seq %d, want 2", seq)
	}
}
