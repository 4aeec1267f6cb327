package devchain_test

import (
	"context"
	"fmt"
	"log"
	"os"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/mosaic-rings/rings/contracts/devchain"
)

func ExampleOpen() {
	dir, err := os.MkdirTemp("", "devchain-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)

	chain, err := devchain.Open(devchain.Config{DataDir: dir})
	if err != nil {
		log.Fatal(err)
	}
	defer chain.Close()

	relayer := crypto.PubkeyToAddress(chain.RelayerKey().PublicKey)
	balance, err := chain.Client().BalanceAt(context.Background(), relayer, nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("chain id:", chain.ChainID())
	fmt.Println("relayer balance:", balance)
	// Output:
	// chain id: 1337
	// relayer balance: 1000000000000000000000000
}
