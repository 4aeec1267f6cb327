// Package bindings holds the abigen v2 Go bindings of the Rings contracts (Ring,
// RingFactory, Market, Challenges), generated from contracts/artifacts by
// `go generate ./contracts`. Do not edit bindings.go; change the Solidity in
// contracts/src, recompile (`node build/solc/compile.js`) and regenerate.
//
// Use them with go-ethereum's accounts/abi/bind/v2: bind.DeployContract with
// RingFactoryMetaData.Bin, NewRing().Instance(backend, addr) for a bound contract,
// bind.Call / bind.Transact with the Pack*/Unpack* methods, and Ring.UnpackError to decode
// a revert into its custom error (e.g. *RingNotMember). A revert from RingFactory.createRing
// comes from Ring.initialize, run on the new clone: decode it with Ring.UnpackError.
package bindings
