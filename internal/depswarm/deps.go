// Package depswarm pins the dependency set while the real packages are written.
package depswarm

import (
	_ "github.com/ethereum/go-ethereum/accounts/abi/abigen"
	_ "github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	_ "github.com/ethereum/go-ethereum/eth"
	_ "github.com/ethereum/go-ethereum/eth/catalyst"
	_ "github.com/ethereum/go-ethereum/ethclient/simulated"
	_ "github.com/ethereum/go-ethereum/signer/core/apitypes"
	_ "github.com/go-chi/chi/v5"
	_ "github.com/ipfs/boxo/gateway"
	_ "github.com/ipfs/kubo/cmd/ipfs/kubo"
	_ "github.com/ipfs/kubo/core/commands/cmdenv"
	_ "github.com/ipfs/kubo/test/cli/harness"
	_ "github.com/ipld/go-ipld-prime/node/bindnode"
	_ "github.com/ipld/go-ipld-prime/codec/dagcbor"
	_ "golang.org/x/crypto/chacha20poly1305"
)
