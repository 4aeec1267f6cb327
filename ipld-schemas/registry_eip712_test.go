package schemas

import (
	"bytes"
	"encoding/json"
	"math/big"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

func TestRegistrySeparator(t *testing.T) {
	for _, chain := range []uint64{1, 10, 31337, 11155111, 1<<63 - 1} {
		td := registryTypedData(int64(chain), "Resource", ResourceType, nil)
		want, err := td.HashStruct("EIP712Domain", td.Domain.Map())
		if err != nil {
			t.Fatal(err)
		}
		for range 2 { // the second is cached
			if got := RegistrySeparator(chain); !bytes.Equal(got[:], want) {
				t.Fatalf("RegistrySeparator(%d) = %x, want %x", chain, got, want)
			}
		}
		// No verifyingContract: the ring domain of any ring differs.
		if d := (Domain{ChainID: chain}).Separator(); bytes.Equal(d[:], want) {
			t.Fatalf("registry and ring domains share a separator on chain %d", chain)
		}
	}
}

// TestRegistryTypeHashes pins the type strings that wallets and any
// contract that checks registry records hash.
func TestRegistryTypeHashes(t *testing.T) {
	for _, tc := range []struct {
		typ, primary string
	}{
		{ResourceType, "Resource"}, {ProviderType, "Provider"}, {TombstoneType, "Tombstone"},
		{RegistryDomainType, "EIP712Domain"},
	} {
		td := apitypes.TypedData{Types: apitypes.Types{tc.primary: mustTypeFields(tc.typ)}}
		if got := string(td.EncodeType(tc.primary)); got != tc.typ {
			t.Errorf("type %s encodes as %q, want %q", tc.primary, got, tc.typ)
		}
	}
}

// randomText returns n bytes of text: ASCII, or multibyte UTF-8 when r says
// so, trimmed to a whole rune.
func randomText(r *rand.Rand, n int) string {
	var b strings.Builder
	for b.Len() < n {
		if r.IntN(4) == 0 {
			b.WriteRune([]rune("éλ字😀")[r.IntN(4)])
		} else {
			b.WriteByte(byte('a' + r.IntN(26)))
		}
	}
	s := b.String()
	for len(s) > n {
		_, size := utf8.DecodeLastRuneInString(s)
		s = s[:len(s)-size]
	}
	if s == "" && n > 0 {
		return "x"
	}
	return s
}

func randomChain(r *rand.Rand) int64 {
	ids := []int64{1, 10, 31337, 11155111, int64(r.Uint64() >> 1), 1<<63 - 1}
	if c := ids[r.IntN(len(ids))]; c > 0 {
		return c
	}
	return 1
}

func TestResourceDigestMatchesOracle(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 22))
	for i := range 40 {
		res := &Resource{
			Chain:   randomChain(r),
			Label:   randomText(r, 1+r.IntN(MaxLabelSize)),
			Owner:   randomAddress(r).Bytes(),
			Created: int64(r.Uint64() >> 11), // 0..2^53-1
		}
		if i == 0 {
			res.Label, res.Created = "x", 0
		}
		got, err := ResourceDigest(res)
		if err != nil {
			t.Fatal(err)
		}
		td, err := ResourceTypedData(res)
		if err != nil {
			t.Fatal(err)
		}
		if want := oracle(t, td); got != want {
			t.Fatalf("resource %d: ResourceDigest = %x, oracle %x", i, got, want)
		}
	}
}

// randomRecord returns a valid unsigned record with the given numbers of
// relays and services.
func randomRecord(t *testing.T, r *rand.Rand, relays, services int) *ProviderRecord {
	id := randomBytes32(r)
	p := &ProviderRecord{
		Chain:    randomChain(r),
		Resource: id[:],
		Value:    randomText(r, r.IntN(MaxValueSize+1)),
		Peer:     testPeer(t, r.IntN(1000)),
		Issuer:   randomAddress(r).Bytes(),
		Created:  int64(r.Uint64() >> 11),
	}
	for i := range relays {
		switch i % 3 {
		case 0:
			p.Relays = append(p.Relays, testPeer(t, 1000+i))
		case 1:
			p.Relays = append(p.Relays, hashedPeer(t, string(rune(i))))
		default:
			p.Relays = append(p.Relays, maxPeer(byte(i)))
		}
	}
	for i := range services {
		p.Services = append(p.Services, randomText(r, 1+r.IntN(MaxServiceSize))+string(rune('A'+i)))
		if len(p.Services[i]) > MaxServiceSize {
			p.Services[i] = string(rune('A' + i))
		}
	}
	return p
}

func TestProviderRecordDigestMatchesOracle(t *testing.T) {
	r := rand.New(rand.NewPCG(23, 24))
	counts := [][2]int{{0, 0}, {1, 0}, {0, 1}, {1, 1}, {2, 3}, {MaxRelays, 0}, {0, MaxServices}, {MaxRelays, MaxServices}, {5, 9}}
	for i := range 45 {
		c := counts[i%len(counts)]
		p := randomRecord(t, r, c[0], c[1])
		switch i {
		case 0:
			p.Value = ""
		case 1:
			p.Value = strings.Repeat("v", MaxValueSize) // several chunks of the hasher's buffer
		}
		got, err := ProviderRecordDigest(p)
		if err != nil {
			t.Fatal(err)
		}
		td, err := ProviderRecordTypedData(p)
		if err != nil {
			t.Fatal(err)
		}
		if want := oracle(t, td); got != want {
			t.Fatalf("record %d (%d relays, %d services): ProviderRecordDigest = %x, oracle %x", i, c[0], c[1], got, want)
		}
	}
}

func TestTombstoneDigestMatchesOracle(t *testing.T) {
	r := rand.New(rand.NewPCG(25, 26))
	for i := range 30 {
		id := randomBytes32(r)
		ts := &Tombstone{
			Chain:    randomChain(r),
			Resource: id[:],
			Peer:     [][]byte{testPeer(t, i), hashedPeer(t, "p"), maxPeer(byte(i)), avatarPeer(t, testKey(t, i))}[i%4],
			Issuer:   randomAddress(r).Bytes(),
			Created:  int64(r.Uint64() >> 11),
		}
		got, err := TombstoneDigest(ts)
		if err != nil {
			t.Fatal(err)
		}
		td, err := TombstoneTypedData(ts)
		if err != nil {
			t.Fatal(err)
		}
		if want := oracle(t, td); got != want {
			t.Fatalf("tombstone %d: TombstoneDigest = %x, oracle %x", i, got, want)
		}
	}
}

// TestProviderArraysByHand computes the Provider struct hash as EIP-712
// defines it, from keccak256 and concatenation alone, and checks both our
// digest and go-ethereum's apitypes against it: for an array of bytes or
// strings, encodeData is keccak256 of the concatenated keccak256 of each
// element (an empty array: keccak256 of nothing).
func TestProviderArraysByHand(t *testing.T) {
	r := rand.New(rand.NewPCG(27, 28))
	word := func(b []byte) []byte { return common.LeftPadBytes(b, 32) }
	for _, c := range [][2]int{{0, 0}, {1, 1}, {2, 0}, {0, 2}, {MaxRelays, MaxServices}} {
		p := randomRecord(t, r, c[0], c[1])
		var relays, services []byte
		for _, x := range p.Relays {
			relays = append(relays, crypto.Keccak256(x)...)
		}
		for _, s := range p.Services {
			services = append(services, crypto.Keccak256([]byte(s))...)
		}
		enc := slices.Concat(
			crypto.Keccak256([]byte(ProviderType)),
			p.Resource,
			crypto.Keccak256([]byte(p.Value)),
			crypto.Keccak256(p.Peer),
			crypto.Keccak256(relays),
			crypto.Keccak256(services),
			word(p.Issuer),
			word(new(big.Int).SetInt64(p.Created).Bytes()),
		)
		structHash := crypto.Keccak256(enc)
		domain := crypto.Keccak256(slices.Concat(
			crypto.Keccak256([]byte(RegistryDomainType)),
			crypto.Keccak256([]byte(RegistryDomainName)),
			crypto.Keccak256([]byte(DomainVersion)),
			word(big.NewInt(p.Chain).Bytes()),
		))
		want := crypto.Keccak256(slices.Concat([]byte{0x19, 0x01}, domain, structHash))

		td, err := ProviderRecordTypedData(p)
		if err != nil {
			t.Fatal(err)
		}
		gethStruct, err := td.HashStruct("Provider", td.Message)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(gethStruct, structHash) {
			t.Fatalf("%d relays, %d services: apitypes struct hash %x, by hand %x", c[0], c[1], gethStruct, structHash)
		}
		if got := oracle(t, td); !bytes.Equal(got[:], want) {
			t.Fatalf("%d relays, %d services: apitypes digest %x, by hand %x", c[0], c[1], got, want)
		}
		if got, err := ProviderRecordDigest(p); err != nil || !bytes.Equal(got[:], want) {
			t.Fatalf("%d relays, %d services: ProviderRecordDigest %x, %v; by hand %x", c[0], c[1], got, err, want)
		}
	}
}

// TestProviderTypedDataEmptyLists checks that empty lists reach a wallet as
// [], not null: go-ethereum's apitypes (and eth_signTypedData_v4 in
// wallets) reject null for an array.
func TestProviderTypedDataEmptyLists(t *testing.T) {
	td, err := ProviderRecordTypedData(testProviderRecord(t, 0, 0))
	if err != nil {
		t.Fatal(err)
	}
	js, err := json.Marshal(td.Message)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"relays":[]`, `"services":[]`} {
		if !bytes.Contains(js, []byte(want)) {
			t.Errorf("typed data message %s lacks %s", js, want)
		}
	}
}

func TestResourceIDMatchesABI(t *testing.T) {
	bytes32, _ := abi.NewType("bytes32", "", nil)
	address, _ := abi.NewType("address", "", nil)
	args := abi.Arguments{{Type: bytes32}, {Type: address}}
	r := rand.New(rand.NewPCG(29, 30))
	labels := []string{"", "x", "rings/replica", strings.Repeat("é", 32), strings.Repeat("long", 300)}
	for range 20 {
		labels = append(labels, randomText(r, r.IntN(100)))
	}
	for _, label := range labels {
		owner := randomAddress(r)
		packed, err := args.Pack([32]byte(crypto.Keccak256([]byte(label))), owner)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := ResourceID(label, owner), crypto.Keccak256(packed); !bytes.Equal(got[:], want) {
			t.Fatalf("ResourceID(%q, %s) = %x, abi.encode path %x", label, owner, got, want)
		}
	}
	res := testResource(t)
	if res.ID() != ResourceID(res.Label, common.Address(res.Owner)) {
		t.Fatal("Resource.ID differs from ResourceID")
	}
	// Fluence's id concatenates label and owner; these two would collide.
	a := ResourceID("ab", common.Address{})
	b := ResourceID("a", common.Address{'b'})
	if a == b {
		t.Fatal("ResourceID is ambiguous")
	}
}

func TestRegistryDigestsBindEveryField(t *testing.T) {
	t.Parallel()
	p := testProviderRecord(t, 2, 2)
	d0, err := ProviderRecordDigest(p)
	if err != nil {
		t.Fatal(err)
	}
	unsigned := cloneRecord(p)
	unsigned.Sig = nil
	if d, err := ProviderRecordDigest(unsigned); err != nil || d != d0 {
		t.Fatalf("digest depends on sig: %x %x %v", d, d0, err)
	}
	for name, f := range map[string]func(p *ProviderRecord){
		"chain":             func(p *ProviderRecord) { p.Chain++ },
		"resource":          func(p *ProviderRecord) { p.Resource = bytes.Repeat([]byte{1}, 32) },
		"value":             func(p *ProviderRecord) { p.Value += "/" },
		"peer":              func(p *ProviderRecord) { p.Peer = testPeer(t, 77) },
		"relay added":       func(p *ProviderRecord) { p.Relays = append(p.Relays, testPeer(t, 78)) },
		"relays emptied":    func(p *ProviderRecord) { p.Relays = nil },
		"relays reordered":  func(p *ProviderRecord) { p.Relays[0], p.Relays[1] = p.Relays[1], p.Relays[0] },
		"service added":     func(p *ProviderRecord) { p.Services = append(p.Services, "new") },
		"services joined":   func(p *ProviderRecord) { p.Services = []string{p.Services[0] + p.Services[1]} },
		"services emptied":  func(p *ProviderRecord) { p.Services = nil },
		"service to value":  func(p *ProviderRecord) { p.Value, p.Services = p.Services[0], p.Services[1:] },
		"services reversed": func(p *ProviderRecord) { slices.Reverse(p.Services) },
		"issuer":            func(p *ProviderRecord) { p.Issuer = addr(0x33) },
		"created":           func(p *ProviderRecord) { p.Created++ },
	} {
		q := cloneRecord(p)
		f(q)
		if d, err := ProviderRecordDigest(q); err != nil || d == d0 {
			t.Errorf("changing %s: digest %x, %v", name, d, err)
		}
	}

	r := testResource(t)
	r0, _ := ResourceDigest(r)
	for name, f := range map[string]func(r *Resource){
		"chain":   func(r *Resource) { r.Chain++ },
		"label":   func(r *Resource) { r.Label += "x" },
		"owner":   func(r *Resource) { r.Owner = addr(0x44) },
		"created": func(r *Resource) { r.Created++ },
	} {
		q := *r
		f(&q)
		if d, err := ResourceDigest(&q); err != nil || d == r0 {
			t.Errorf("resource: changing %s: digest %x, %v", name, d, err)
		}
	}

	ts := testTombstone(t)
	t0, _ := TombstoneDigest(ts)
	for name, f := range map[string]func(ts *Tombstone){
		"chain":    func(ts *Tombstone) { ts.Chain++ },
		"resource": func(ts *Tombstone) { ts.Resource = bytes.Repeat([]byte{2}, 32) },
		"peer":     func(ts *Tombstone) { ts.Peer = testPeer(t, 79) },
		"issuer":   func(ts *Tombstone) { ts.Issuer = addr(0x55) },
		"created":  func(ts *Tombstone) { ts.Created++ },
	} {
		q := *ts
		f(&q)
		if d, err := TombstoneDigest(&q); err != nil || d == t0 {
			t.Errorf("tombstone: changing %s: digest %x, %v", name, d, err)
		}
	}
	// A tombstone and a record of the same fields never share a digest.
	if t0 == d0 {
		t.Error("tombstone and record digests collide")
	}
}

// TestRegistryDigestsDoNotAllocate keeps the hand-rolled digests as cheap
// as the LogNode digest.
func TestRegistryDigestsDoNotAllocate(t *testing.T) {
	if testing.CoverMode() != "" || raceEnabled {
		t.Skip("instrumented build")
	}
	p := maxProviderRecord(t)
	r := testResource(t)
	ts := testTombstone(t)
	for name, f := range map[string]func(){
		"ProviderRecordDigest": func() { _, _ = ProviderRecordDigest(p) },
		"ResourceDigest":       func() { _, _ = ResourceDigest(r) },
		"TombstoneDigest":      func() { _, _ = TombstoneDigest(ts) },
		"ResourceID":           func() { _ = ResourceID(r.Label, common.Address(r.Owner)) },
	} {
		if n := testing.AllocsPerRun(100, f); n != 0 {
			t.Errorf("%s: %v allocations, want 0", name, n)
		}
	}
}

func TestRegistryDigestRejectsInvalid(t *testing.T) {
	p := testProviderRecord(t, 1, 1)
	p.Services = append(p.Services, p.Services[0])
	if _, err := ProviderRecordDigest(p); err == nil {
		t.Error("ProviderRecordDigest(duplicate service) succeeded")
	}
	if _, err := ProviderRecordTypedData(p); err == nil {
		t.Error("ProviderRecordTypedData(duplicate service) succeeded")
	}
	if _, err := ResourceDigest(&Resource{Chain: 1, Label: "", Owner: addr(1)}); err == nil {
		t.Error("ResourceDigest(empty label) succeeded")
	}
	if _, err := TombstoneTypedData(&Tombstone{Chain: 1}); err == nil {
		t.Error("TombstoneTypedData(empty) succeeded")
	}
}

// TestRegistryDigestsMatchMetaMask pins digests that @metamask/eth-sig-util
// 8.2.0 (TypedDataUtils.eip712Hash, version V4: the code behind MetaMask's
// eth_signTypedData_v4) computed from the typed data JSON of the same
// objects, run once by hand: a wallet signs exactly what we verify, arrays
// included.
func TestRegistryDigestsMatchMetaMask(t *testing.T) {
	hexDigest := func(d [32]byte, err error) string {
		if err != nil {
			t.Fatal(err)
		}
		return common.Bytes2Hex(d[:])
	}
	ownerKey, _ := crypto.HexToECDSA("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
	providerKey, _ := crypto.HexToECDSA("8da4ef21b864d2cc526dbdb2a120bd2874c36c9d0a1fb7f8c63d7f7a8b41de8f")
	id := ResourceID("chat", crypto.PubkeyToAddress(ownerKey.PublicKey))
	example := &ProviderRecord{ // ExampleVerifyProviderRecord's record
		Chain: 31337, Resource: id[:], Value: "https://chat.example/ring/",
		Peer: avatarPeer(t, providerKey), Services: []string{"chat.v1"},
		Issuer: crypto.PubkeyToAddress(providerKey.PublicKey).Bytes(), Created: 1_700_000_060_000,
	}
	for _, tc := range []struct {
		name, got, metamask string
	}{
		{"example record", hexDigest(ProviderRecordDigest(example)), "27a37f4658bc1eb52b2645fabc867b0b2fd5e38399145c1fab21142e449bef77"},
		{"record with 2 relays and 3 services", hexDigest(ProviderRecordDigest(testProviderRecord(t, 2, 3))), "944b97f11b182acb850b24c38a8350bdb56ff6d573aac9b7ef93c08be6a0a8a8"},
		{"resource", hexDigest(ResourceDigest(testResource(t))), "13c2c05fe31ed5e2da274ed498dddf337beca08895866a7307756e4f23d93e2e"},
		{"tombstone", hexDigest(TombstoneDigest(testTombstone(t))), "00b30a483b2e8eced320e7971dd207aecf0d9e4b961d013b63f86a0e7f6183c7"},
	} {
		if tc.got != tc.metamask {
			t.Errorf("%s: digest %s, eth-sig-util %s", tc.name, tc.got, tc.metamask)
		}
	}
}
