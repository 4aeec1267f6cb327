package contracts_test

import (
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/mosaic-rings/rings/contracts/bindings"
)

// numKeys is the number of funded accounts of every test chain: key 0 deploys and relays,
// key 1 owns the rings, keys 2.. are members and outsiders.
const numKeys = 16

// sessionKeyIdx are the keys the tests delegate to as session keys; rings never list them
// as members.
var sessionKeyIdx = []int{12, 13}

// farDeadline is a fixed deadline (2100-01-01) that keeps calldata, and so gas, reproducible.
var farDeadline = big.NewInt(4102444800)

var (
	ringABI    = bindings.NewRing()
	factoryABI = bindings.NewRingFactory()
)

// testKey returns the i-th deterministic test key.
func testKey(i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("rings test key %d", i))))
	if err != nil {
		panic(err)
	}
	return k
}

// env is one simulated chain with funded accounts.
type env struct {
	tb      testing.TB
	backend *simulated.Backend
	client  simulated.Client
	chainID *big.Int
	keys    []*ecdsa.PrivateKey
	// factories holds the RingFactory addresses; every other contract is a Ring.
	factories map[common.Address]bool
	// ringFactory is the factory deployRing creates rings with (zero until its first call);
	// a pointer, so that the views made by with share it.
	ringFactory *common.Address
}

// with returns a view of e that reports to tb: use it in subtests
// (`e := e.with(t)`) so failures land on the subtest.
func (e *env) with(tb testing.TB) *env {
	c := *e
	c.tb = tb
	return &c
}

// chainOption configures the simulated chain (see simulated.NewBackend).
type chainOption = func(*node.Config, *ethconfig.Config)

// osakaRules runs the chain on the rules of Ethereum mainnet as go-ethereum v1.17.10 knows
// them (Osaka), instead of the simulated chain's default, every fork go-ethereum
// implements (up to Bogota, with EIP-8037's state-growth gas pricing) — which is also what
// the embedded dev chain runs.
func osakaRules(_ *node.Config, c *ethconfig.Config) {
	cfg := *c.Genesis.Config
	cfg.AmsterdamTime, cfg.BogotaTime = nil, nil
	c.Genesis.Config = &cfg
}

func newEnv(tb testing.TB, opts ...chainOption) *env {
	tb.Helper()
	alloc := types.GenesisAlloc{}
	keys := make([]*ecdsa.PrivateKey, numKeys)
	for i := range keys {
		keys[i] = testKey(i)
		alloc[crypto.PubkeyToAddress(keys[i].PublicKey)] = types.Account{Balance: new(big.Int).Lsh(big.NewInt(1), 100)}
	}
	backend := simulated.NewBackend(alloc, opts...)
	tb.Cleanup(func() { _ = backend.Close() })
	client := backend.Client()
	chainID, err := client.ChainID(tb.Context())
	if err != nil {
		tb.Fatal(err)
	}
	return &env{tb: tb, backend: backend, client: client, chainID: chainID, keys: keys, factories: map[common.Address]bool{},
		ringFactory: new(common.Address)}
}

func (e *env) addr(i int) common.Address { return crypto.PubkeyToAddress(e.keys[i].PublicKey) }

// relayer is the key that deploys contracts and relays signed requests.
func (e *env) relayer() *ecdsa.PrivateKey { return e.keys[0] }

// owner is the key that owns the rings deployed by deployRing.
func (e *env) owner() *ecdsa.PrivateKey { return e.keys[1] }

// addrs returns the addresses of keys idx.
func (e *env) addrs(idx ...int) []common.Address {
	out := make([]common.Address, len(idx))
	for i, k := range idx {
		out[i] = e.addr(k)
	}
	return out
}

func (e *env) opts(key *ecdsa.PrivateKey) *bind.TransactOpts {
	opts := bind.NewKeyedTransactor(key, e.chainID)
	opts.Context = e.tb.Context()
	return opts
}

// mine commits a block holding tx and returns its receipt.
func (e *env) mine(tx *types.Transaction) *types.Receipt {
	e.tb.Helper()
	e.backend.Commit()
	r, err := e.client.TransactionReceipt(e.tb.Context(), tx.Hash())
	if err != nil {
		e.tb.Fatalf("receipt of %s: %v", tx.Hash(), err)
	}
	return r
}

// deploy deploys a contract and returns its address.
func (e *env) deploy(bin string, input []byte) common.Address {
	e.tb.Helper()
	addr, tx, err := bind.DeployContract(e.opts(e.relayer()), common.FromHex(bin), e.client, input)
	if err != nil {
		e.tb.Fatalf("deploy: %v", err)
	}
	if r := e.mine(tx); r.Status != types.ReceiptStatusSuccessful {
		e.tb.Fatalf("deploy reverted")
	}
	return addr
}

// deployRing creates a Ring owned by e.owner() with the given member keys, as rings are
// made: a clone of the implementation of a factory (one per env, deployed on first use).
func (e *env) deployRing(memberKeys ...int) common.Address {
	e.tb.Helper()
	if *e.ringFactory == (common.Address{}) {
		*e.ringFactory = e.deployFactory()
	}
	return e.createRing(*e.ringFactory, e.addr(1), e.addrs(memberKeys...))
}

// createRing calls factory.createRing from the relayer and returns the new ring.
func (e *env) createRing(factory, owner common.Address, members []common.Address) common.Address {
	e.tb.Helper()
	r := e.send(e.relayer(), factory, factoryABI.PackCreateRing(owner, members))
	created, err := factoryABI.UnpackRingCreatedEvent(r.Logs[len(r.Logs)-1])
	if err != nil {
		e.tb.Fatalf("createRing: %v", err)
	}
	return created.Ring
}

func (e *env) deployFactory() common.Address {
	e.tb.Helper()
	addr := e.deploy(bindings.RingFactoryMetaData.Bin, nil)
	e.factories[addr] = true
	return addr
}

// send sends calldata to `to` from key, mines it, and fails the test unless it succeeds.
func (e *env) send(key *ecdsa.PrivateKey, to common.Address, data []byte) *types.Receipt {
	e.tb.Helper()
	tx, err := bind.Transact(ringABI.Instance(e.client, to), e.opts(key), data)
	if err != nil {
		e.tb.Fatalf("transact: %v (%v)", err, decodeRevert(err))
	}
	r := e.mine(tx)
	if r.Status != types.ReceiptStatusSuccessful {
		e.tb.Fatalf("tx %s reverted", tx.Hash())
	}
	return r
}

// expectRevert checks that calling `data` on `to` from key reverts with exactly the custom
// error want (e.g. &bindings.RingNotMember{...}), both in gas estimation and once mined with
// a fixed gas limit, and that the state of `to` (a Ring or a RingFactory) did not change.
func (e *env) expectRevert(key *ecdsa.PrivateKey, to common.Address, data []byte, want any) {
	e.tb.Helper()
	before := e.snapshot(to)
	inst := ringABI.Instance(e.client, to)
	_, err := bind.Transact(inst, e.opts(key), data)
	if err == nil {
		e.tb.Fatalf("transaction succeeded, want revert %T%+v", want, want)
	}
	checkError(e.tb, err, want)

	// Mine it anyway: the chain must revert it too, and nothing may change.
	opts := e.opts(key)
	opts.GasLimit = 5_000_000
	tx, err := bind.Transact(inst, opts, data)
	if err != nil {
		e.tb.Fatalf("sending the reverting tx: %v", err)
	}
	if r := e.mine(tx); r.Status != types.ReceiptStatusFailed {
		e.tb.Fatalf("mined tx succeeded, want revert %T", want)
	}
	if after := e.snapshot(to); !reflect.DeepEqual(jsonOf(e.tb, before), jsonOf(e.tb, after)) {
		e.tb.Fatalf("state changed by a reverted call:\nbefore %s\nafter  %s", jsonOf(e.tb, before), jsonOf(e.tb, after))
	}
}

// decodeRevert returns the custom error carried by err, or nil.
func decodeRevert(err error) any {
	raw, ok := ethclient.RevertErrorData(err)
	if !ok || len(raw) < 4 {
		return nil
	}
	got, uerr := ringABI.UnpackError(raw)
	if uerr != nil {
		return nil
	}
	return got
}

// checkError checks that err is a revert with exactly the custom error want.
func checkError(tb testing.TB, err error, want any) {
	tb.Helper()
	raw, ok := ethclient.RevertErrorData(err)
	if !ok {
		tb.Fatalf("error carries no revert data: %v", err)
	}
	if len(raw) < 4 {
		tb.Fatalf("revert data %x is not a custom error", raw)
	}
	got, err := ringABI.UnpackError(raw)
	if err != nil {
		tb.Fatalf("revert data %x: %v", raw, err)
	}
	if reflect.TypeOf(got) != reflect.TypeOf(want) || jsonOf(tb, got) != jsonOf(tb, want) {
		tb.Fatalf("reverted with %T%s, want %T%s", got, jsonOf(tb, got), want, jsonOf(tb, want))
	}
}

// jsonOf renders v as JSON: a value comparison that is blind to big.Int internals.
func jsonOf(tb testing.TB, v any) string {
	tb.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// call runs a read-only call on `to` and unpacks the result.
func call[T any](e *env, to common.Address, data []byte, unpack func([]byte) (T, error)) T {
	e.tb.Helper()
	v, err := bind.Call(ringABI.Instance(e.client, to), &bind.CallOpts{Context: e.tb.Context()}, data, unpack)
	if err != nil {
		e.tb.Fatalf("call: %v", err)
	}
	return v
}

// ringState is everything observable about a ring that a failed call must not change.
type ringState struct {
	Owner           common.Address
	Members         []common.Address
	MemberCount     *big.Int
	Heads           []bindings.RingLogsMemberHead
	LogNodeHeads    map[common.Address]bindings.LogNodeHeadsOutput
	Nonces          map[common.Address]*big.Int
	PeerIDs         map[common.Address]hexutil.Bytes
	Multiaddrs      map[common.Address]hexutil.Bytes
	PeerInfoUpdated map[common.Address]uint64
	EntryCount      uint64
	RingNodeHead    common.Hash
	RingLogs        [100][32]byte
	CheckpointCount *big.Int
	OutputsNonce    *big.Int
	OutputsBlock    uint64
	Outputs         map[int64]common.Hash
	Forks           map[string]bool
	// SessionRevokedAt is sessionRevokedAt of every key's sessions for the sessionKeyIdx keys.
	SessionRevokedAt map[string]uint64
}

// factoryState is everything observable about a factory.
type factoryState struct {
	RingCount *big.Int
	Rings     []common.Address
}

// snapshot returns the observable state of the Ring or RingFactory at addr.
func (e *env) snapshot(addr common.Address) any {
	e.tb.Helper()
	if e.factories[addr] {
		return factoryState{
			RingCount: call(e, addr, factoryABI.PackRingCount(), factoryABI.UnpackRingCount),
			Rings:     call(e, addr, factoryABI.PackGetRings(), factoryABI.UnpackGetRings),
		}
	}
	return e.ringSnapshot(addr)
}

func (e *env) ringSnapshot(ring common.Address) ringState {
	e.tb.Helper()
	s := ringState{
		Owner:            call(e, ring, ringABI.PackOwner(), ringABI.UnpackOwner),
		Members:          call(e, ring, ringABI.PackGetMembers(), ringABI.UnpackGetMembers),
		MemberCount:      call(e, ring, ringABI.PackMemberCount(), ringABI.UnpackMemberCount),
		Heads:            call(e, ring, ringABI.PackGetHeads(), ringABI.UnpackGetHeads),
		LogNodeHeads:     map[common.Address]bindings.LogNodeHeadsOutput{},
		Nonces:           map[common.Address]*big.Int{},
		PeerIDs:          map[common.Address]hexutil.Bytes{},
		Multiaddrs:       map[common.Address]hexutil.Bytes{},
		PeerInfoUpdated:  map[common.Address]uint64{},
		EntryCount:       call(e, ring, ringABI.PackEntryCount(), ringABI.UnpackEntryCount),
		RingNodeHead:     call(e, ring, ringABI.PackRingNodeHead(), ringABI.UnpackRingNodeHead),
		RingLogs:         call(e, ring, ringABI.PackGetRingLogs(), ringABI.UnpackGetRingLogs),
		CheckpointCount:  call(e, ring, ringABI.PackCheckpointCount(), ringABI.UnpackCheckpointCount),
		OutputsNonce:     call(e, ring, ringABI.PackOutputsNonce(), ringABI.UnpackOutputsNonce),
		OutputsBlock:     call(e, ring, ringABI.PackOutputsBlock(), ringABI.UnpackOutputsBlock),
		Outputs:          map[int64]common.Hash{},
		Forks:            map[string]bool{},
		SessionRevokedAt: map[string]uint64{},
	}
	for i := range e.keys {
		a := e.addr(i)
		s.LogNodeHeads[a] = call(e, ring, ringABI.PackLogNodeHeads(a), ringABI.UnpackLogNodeHeads)
		s.Nonces[a] = call(e, ring, ringABI.PackNonces(a), ringABI.UnpackNonces)
		s.PeerIDs[a] = call(e, ring, ringABI.PackPeerIds(a), ringABI.UnpackPeerIds)
		s.Multiaddrs[a] = call(e, ring, ringABI.PackPublicMultiaddresses(a), ringABI.UnpackPublicMultiaddresses)
		s.PeerInfoUpdated[a] = call(e, ring, ringABI.PackPeerInfoUpdated(a), ringABI.UnpackPeerInfoUpdated)
		for seq := uint64(0); seq < 3; seq++ {
			s.Forks[fmt.Sprintf("%s/%d", a, seq)] = call(e, ring, ringABI.PackForkReported(a, seq), ringABI.UnpackForkReported)
		}
		for _, k := range sessionKeyIdx {
			key := e.addr(k)
			s.SessionRevokedAt[fmt.Sprintf("%s/%s", a, key)] = call(e, ring, ringABI.PackSessionRevokedAt(a, key), ringABI.UnpackSessionRevokedAt)
		}
	}
	for pin := int64(0); pin < 8; pin++ {
		s.Outputs[pin] = call(e, ring, ringABI.PackOutputs(big.NewInt(pin)), ringABI.UnpackOutputs)
	}
	return s
}

// ---------------------------------------------------------------- EIP-712 with apitypes

// eip712Types are the Rings types as a wallet would receive them in
// eth_signTypedData_v4.
var eip712Types = apitypes.Types{
	"EIP712Domain": {
		{Name: "name", Type: "string"},
		{Name: "version", Type: "string"},
		{Name: "chainId", Type: "uint256"},
		{Name: "verifyingContract", Type: "address"},
	},
	"Flush": {
		{Name: "ring", Type: "address"},
		{Name: "avatar", Type: "address"},
		{Name: "head", Type: "bytes32"},
		{Name: "seq", Type: "uint64"},
		{Name: "nonce", Type: "uint256"},
		{Name: "deadline", Type: "uint256"},
	},
	"LogNode": {
		{Name: "ring", Type: "address"},
		{Name: "author", Type: "address"},
		{Name: "seq", Type: "uint64"},
		{Name: "prev", Type: "bytes32"},
		{Name: "refs", Type: "bytes32"},
		{Name: "body", Type: "bytes32"},
		{Name: "time", Type: "uint64"},
	},
	"RingEntry": {
		{Name: "ring", Type: "address"},
		{Name: "index", Type: "uint64"},
		{Name: "entry", Type: "bytes32"},
		{Name: "prev", Type: "bytes32"},
	},
	"Outputs": {
		{Name: "ring", Type: "address"},
		{Name: "nonce", Type: "uint256"},
		{Name: "outputsHash", Type: "bytes32"},
	},
	"Membership": {
		{Name: "ring", Type: "address"},
		{Name: "member", Type: "address"},
		{Name: "enter", Type: "bool"},
		{Name: "nonce", Type: "uint256"},
		{Name: "deadline", Type: "uint256"},
	},
	"PeerInfo": {
		{Name: "ring", Type: "address"},
		{Name: "member", Type: "address"},
		{Name: "peerId", Type: "bytes"},
		{Name: "multiaddrs", Type: "bytes"},
		{Name: "updated", Type: "uint64"},
	},
	"Session": {
		{Name: "ring", Type: "address"},
		{Name: "author", Type: "address"},
		{Name: "key", Type: "address"},
		{Name: "notBefore", Type: "uint64"},
		{Name: "expiry", Type: "uint64"},
	},
	"SessionRevocation": {
		{Name: "ring", Type: "address"},
		{Name: "author", Type: "address"},
		{Name: "key", Type: "address"},
	},
}

// domain identifies where a signature is valid: a ring on a chain.
type domain struct {
	chainID *big.Int
	ring    common.Address
}

func (e *env) domain(ring common.Address) domain { return domain{chainID: e.chainID, ring: ring} }

func (d domain) typedData(primary string, msg apitypes.TypedDataMessage) apitypes.TypedData {
	msg["ring"] = d.ring.Hex()
	return apitypes.TypedData{
		Types:       eip712Types,
		PrimaryType: primary,
		Domain: apitypes.TypedDataDomain{
			Name:              "Rings",
			Version:           "1",
			ChainId:           (*math.HexOrDecimal256)(d.chainID),
			VerifyingContract: d.ring.Hex(),
		},
		Message: msg,
	}
}

func u64(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

func (d domain) flush(f bindings.RingLogsFlushRequest) apitypes.TypedData {
	return d.typedData("Flush", apitypes.TypedDataMessage{
		"avatar":   f.Avatar.Hex(),
		"head":     hexutil.Encode(f.Head[:]),
		"seq":      u64(f.Seq),
		"nonce":    f.Nonce,
		"deadline": f.Deadline,
	})
}

func (d domain) logNode(c bindings.RingLogsLogNodeClaim) apitypes.TypedData {
	return d.typedData("LogNode", apitypes.TypedDataMessage{
		"author": c.Author.Hex(),
		"seq":    u64(c.Seq),
		"prev":   hexutil.Encode(c.Prev[:]),
		"refs":   hexutil.Encode(c.Refs[:]),
		"body":   hexutil.Encode(c.Body[:]),
		"time":   u64(c.Time),
	})
}

func (d domain) ringEntry(index uint64, entry, prev common.Hash) apitypes.TypedData {
	return d.typedData("RingEntry", apitypes.TypedDataMessage{
		"index": u64(index),
		"entry": entry.Hex(),
		"prev":  prev.Hex(),
	})
}

func (d domain) outputs(nonce *big.Int, outs []bindings.RingLogsOutput) apitypes.TypedData {
	return d.typedData("Outputs", apitypes.TypedDataMessage{
		"nonce":       nonce,
		"outputsHash": outputsHash(outs).Hex(),
	})
}

func (d domain) membership(member common.Address, enter bool, nonce, deadline *big.Int) apitypes.TypedData {
	return d.typedData("Membership", apitypes.TypedDataMessage{
		"member":   member.Hex(),
		"enter":    enter,
		"nonce":    nonce,
		"deadline": deadline,
	})
}

func (d domain) peerInfo(member common.Address, peerID, multiaddrs []byte, updated uint64) apitypes.TypedData {
	return d.typedData("PeerInfo", apitypes.TypedDataMessage{
		"member":     member.Hex(),
		"peerId":     hexutil.Encode(peerID),
		"multiaddrs": hexutil.Encode(multiaddrs),
		"updated":    u64(updated),
	})
}

func (d domain) session(author, key common.Address, notBefore, expiry uint64) apitypes.TypedData {
	return d.typedData("Session", apitypes.TypedDataMessage{
		"author":    author.Hex(),
		"key":       key.Hex(),
		"notBefore": u64(notBefore),
		"expiry":    u64(expiry),
	})
}

func (d domain) sessionRevocation(author, key common.Address) apitypes.TypedData {
	return d.typedData("SessionRevocation", apitypes.TypedDataMessage{
		"author": author.Hex(),
		"key":    key.Hex(),
	})
}

// outputsHash is keccak256 of bytes32(pin) ++ data for each output, in order.
func outputsHash(outs []bindings.RingLogsOutput) common.Hash {
	var buf []byte
	for _, o := range outs {
		buf = append(buf, common.BigToHash(o.Pin).Bytes()...)
		buf = append(buf, o.Data[:]...)
	}
	return crypto.Keccak256Hash(buf)
}

// digest is the EIP-712 digest of td, as eth_signTypedData_v4 computes it.
func digest(tb testing.TB, td apitypes.TypedData) common.Hash {
	tb.Helper()
	h, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		tb.Fatalf("TypedDataAndHash(%s): %v", td.PrimaryType, err)
	}
	return common.BytesToHash(h)
}

// sign signs td with key: 65 bytes r||s||v, v = 27/28.
func sign(tb testing.TB, key *ecdsa.PrivateKey, td apitypes.TypedData) []byte {
	tb.Helper()
	sig, err := crypto.Sign(digest(tb, td).Bytes(), key)
	if err != nil {
		tb.Fatal(err)
	}
	sig[64] += 27
	return sig
}

// recoverAddr is what ecrecover returns for sig over the digest of td.
func recoverAddr(tb testing.TB, td apitypes.TypedData, sig []byte) common.Address {
	tb.Helper()
	s := slices.Clone(sig)
	s[64] -= 27
	pub, err := crypto.SigToPub(digest(tb, td).Bytes(), s)
	if err != nil {
		tb.Fatal(err)
	}
	return crypto.PubkeyToAddress(*pub)
}

// highS turns sig into its malleable twin (n - s, flipped v), which ecrecover accepts.
func highS(sig []byte) []byte {
	out := slices.Clone(sig)
	s := new(big.Int).SetBytes(out[32:64])
	s.Sub(crypto.S256().Params().N, s)
	copy(out[32:64], common.LeftPadBytes(s.Bytes(), 32))
	out[64] = 27 + 28 - out[64]
	return out
}

// sortedKeys returns the member keys idx sorted by address, as majority votes must be.
func (e *env) sortedKeys(idx ...int) []*ecdsa.PrivateKey {
	keys := make([]*ecdsa.PrivateKey, len(idx))
	for i, k := range idx {
		keys[i] = e.keys[k]
	}
	slices.SortFunc(keys, func(a, b *ecdsa.PrivateKey) int {
		return crypto.PubkeyToAddress(a.PublicKey).Cmp(crypto.PubkeyToAddress(b.PublicKey))
	})
	return keys
}

// signAll signs td with every key, in order.
func signAll(tb testing.TB, keys []*ecdsa.PrivateKey, td apitypes.TypedData) [][]byte {
	tb.Helper()
	sigs := make([][]byte, len(keys))
	for i, k := range keys {
		sigs[i] = sign(tb, k, td)
	}
	return sigs
}

// need is ceil(2n/3), at least 1: the votes a ring of n members needs.
func need(n int) int { return max(1, (2*n+2)/3) }

// entryHash is the digest of a made-up ring entry block number i.
func entryHash(i uint64) common.Hash { return crypto.Keccak256Hash([]byte(fmt.Sprintf("entry %d", i))) }

// headHash is the digest of a made-up log node.
func headHash(who common.Address, seq uint64) common.Hash {
	return crypto.Keccak256Hash(who.Bytes(), u64(seq).Bytes())
}

// revertCase is one named call that must revert with the custom error want.
type revertCase struct {
	name string
	data []byte
	want any
}

// advance moves the simulated chain's clock by d for the next block. The
// pending block must be empty for that, and a transaction the pool took
// late (it promotes asynchronously) can still sit in it: a block is
// committed first to take it.
func (e *env) advance(d time.Duration) {
	e.tb.Helper()
	e.backend.Commit()
	if err := e.backend.AdjustTime(d); err != nil {
		e.tb.Fatal(err)
	}
}
