package contracts_test

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/mosaic-rings/rings/contracts"
	"github.com/mosaic-rings/rings/contracts/bindings"
)

func ExampleReadArtifact() {
	a, err := contracts.ReadArtifact("Ring")
	if err != nil {
		panic(err)
	}
	fmt.Println(a.ContractName, a.Compiler, a.EVMVersion, len(a.DeployedBytecode) <= 24576)
	// Output: Ring solc-0.8.37 cancun true
}

// Example_flush deploys a ring through the factory, has a member sign its log head as
// EIP-712 typed data (what eth_signTypedData_v4 signs), and relays it from another account.
func Example_flush() {
	ctx := context.Background()
	relayerKey, _ := crypto.GenerateKey()
	memberKey, _ := crypto.GenerateKey()
	relayer, member := crypto.PubkeyToAddress(relayerKey.PublicKey), crypto.PubkeyToAddress(memberKey.PublicKey)

	backend := simulated.NewBackend(types.GenesisAlloc{relayer: {Balance: big.NewInt(1e18)}})
	defer backend.Close()
	client := backend.Client()
	chainID, _ := client.ChainID(ctx)
	opts := bind.NewKeyedTransactor(relayerKey, chainID)
	mine := func(tx *types.Transaction, err error) *types.Receipt {
		if err != nil {
			panic(err)
		}
		backend.Commit()
		r, err := bind.WaitMined(ctx, client, tx.Hash())
		if err != nil {
			panic(err)
		}
		return r
	}

	// Deploy the factory, then a ring owned by the relayer with one member.
	factoryAddr, tx, err := bind.DeployContract(opts, common.FromHex(bindings.RingFactoryMetaData.Bin), client, nil)
	mine(tx, err)
	factoryABI, ringABI := bindings.NewRingFactory(), bindings.NewRing()
	factory := factoryABI.Instance(client, factoryAddr)
	r := mine(bind.Transact(factory, opts, factoryABI.PackCreateRing(relayer, []common.Address{member})))
	created, _ := factoryABI.UnpackRingCreatedEvent(r.Logs[len(r.Logs)-1])
	ring := ringABI.Instance(client, created.Ring)

	// The member signs Flush(ring, avatar, head, seq, nonce, deadline).
	f := bindings.RingLogsFlushRequest{
		Avatar:   member,
		Head:     crypto.Keccak256Hash([]byte("my first log node")),
		Seq:      1,
		Nonce:    big.NewInt(0),
		Deadline: big.NewInt(4102444800),
	}
	typed := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"}, {Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
			"Flush":        {{Name: "ring", Type: "address"}, {Name: "avatar", Type: "address"}, {Name: "head", Type: "bytes32"}, {Name: "seq", Type: "uint64"}, {Name: "nonce", Type: "uint256"}, {Name: "deadline", Type: "uint256"}},
		},
		PrimaryType: "Flush",
		Domain:      apitypes.TypedDataDomain{Name: "Rings", Version: "1", ChainId: (*math.HexOrDecimal256)(chainID), VerifyingContract: created.Ring.Hex()},
		Message: apitypes.TypedDataMessage{
			"ring": created.Ring.Hex(), "avatar": member.Hex(), "head": hexutil.Encode(f.Head[:]),
			"seq": "1", "nonce": "0", "deadline": f.Deadline.String(),
		},
	}
	digest, _, _ := apitypes.TypedDataAndHash(typed)
	sig, _ := crypto.Sign(digest, memberKey)
	sig[64] += 27

	// Anyone relays it; the contract checks signer, membership, nonce, seq and deadline.
	mine(bind.Transact(ring, opts, ringABI.PackFlush(f, sig)))

	heads, _ := bind.Call(ring, nil, ringABI.PackGetHeads(), ringABI.UnpackGetHeads)
	fmt.Println(len(heads), heads[0].Member == member, heads[0].Head == f.Head, heads[0].Seq, heads[0].Nonce)
	// Output: 1 true true 1 1
}
