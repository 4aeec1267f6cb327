package chain_test

import (
	"context"
	"fmt"
	"math/big"
	"os"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/contracts/devchain"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// ExampleFollower follows a ring on the embedded dev chain: one read when
// the ring is added, then its events. A node calls Run on a goroutine of its
// own instead of Refresh, and reacts to OnChange.
func ExampleFollower() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "follower-example")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	dc, err := devchain.Open(devchain.Config{DataDir: dir})
	if err != nil {
		panic(err)
	}
	defer dc.Close()
	factory, _, err := chain.DeployFactory(ctx, dc.Client(), dc.RelayerKey())
	if err != nil {
		panic(err)
	}
	client, err := chain.New(ctx, dc.Client(), dc.RelayerKey(), factory)
	if err != nil {
		panic(err)
	}
	memberKey, _ := crypto.GenerateKey()
	member := crypto.PubkeyToAddress(memberKey.PublicKey)
	ring, _, err := client.CreateRing(ctx, client.Relayer(), []common.Address{member})
	if err != nil {
		panic(err)
	}

	cfg := chain.DefaultFollowConfig()
	cfg.OnChange = func(r common.Address) { fmt.Println("changed:", r == ring) }
	f, err := chain.NewFollower(dc.Client(), cfg)
	if err != nil {
		panic(err)
	}
	if err := f.Add(ctx, ring); err != nil { // one getState call
		panic(err)
	}

	// The member signs a new head for its log; the client relays it.
	flush := schemas.Flush{Ring: ring, Avatar: member, Head: crypto.Keccak256Hash([]byte("log node")), Seq: 1, Nonce: big.NewInt(0), Deadline: big.NewInt(4102444800)}
	digest, _ := schemas.FlushDigest(schemas.Domain{ChainID: client.ChainID(), Ring: ring}, flush)
	sig, _ := schemas.Sign(digest, memberKey)
	if _, err := client.Flush(ctx, ring, flush, sig); err != nil {
		panic(err)
	}

	if err := f.Refresh(ctx); err != nil { // one header read, one eth_getLogs
		panic(err)
	}
	st, _ := f.State(ring)
	head, _ := st.Member(member)
	fmt.Println("seq:", head.Seq)
	// Output:
	// changed: true
	// changed: true
	// seq: 1
}
