package schemas

import (
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/binary"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	p2pcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/multiformats/go-multihash"
)

// testPeer returns the binary peer id of a fixed Ed25519 key derived from
// i: an identity multihash, as a Kubo node's.
func testPeer(tb testing.TB, i int) []byte {
	tb.Helper()
	seed := sha256.Sum256(binary.BigEndian.AppendUint64([]byte("rings test peer"), uint64(i)))
	pub, err := p2pcrypto.UnmarshalEd25519PublicKey(seed[:])
	if err != nil {
		tb.Fatal(err)
	}
	id, err := peer.IDFromPublicKey(pub)
	if err != nil {
		tb.Fatal(err)
	}
	return []byte(id)
}

// avatarPeer returns the peer id of an avatar's secp256k1 key: the key that
// gives the account also gives the PeerID (DESIGN §5).
func avatarPeer(tb testing.TB, key *ecdsa.PrivateKey) []byte {
	tb.Helper()
	pub, err := p2pcrypto.UnmarshalSecp256k1PublicKey(crypto.CompressPubkey(&key.PublicKey))
	if err != nil {
		tb.Fatal(err)
	}
	id, err := peer.IDFromPublicKey(pub)
	if err != nil {
		tb.Fatal(err)
	}
	return []byte(id)
}

// hashedPeer returns a sha2-256 peer id, the form of an RSA key's.
func hashedPeer(tb testing.TB, s string) []byte {
	tb.Helper()
	mh, err := multihash.Sum([]byte(s), multihash.SHA2_256, -1)
	if err != nil {
		tb.Fatal(err)
	}
	return mh
}

// testResource returns a valid Resource signed by its owner, key 1.
func testResource(tb testing.TB) *Resource {
	tb.Helper()
	key := testKey(tb, 1)
	r := &Resource{
		Chain:   31337,
		Label:   "rings/replica",
		Owner:   crypto.PubkeyToAddress(key.PublicKey).Bytes(),
		Created: 1_700_000_000_000,
	}
	if err := SignResource(r, key); err != nil {
		tb.Fatal(err)
	}
	return r
}

// testProviderRecord returns a valid ProviderRecord for testResource with
// the given numbers of relays and services, signed by its issuer, key 2.
func testProviderRecord(tb testing.TB, relays, services int) *ProviderRecord {
	tb.Helper()
	key := testKey(tb, 2)
	id := testResource(tb).ID()
	p := &ProviderRecord{
		Chain:    31337,
		Resource: id[:],
		Value:    "https://replica.example/ring/",
		Peer:     avatarPeer(tb, key),
		Issuer:   crypto.PubkeyToAddress(key.PublicKey).Bytes(),
		Created:  1_700_000_001_000,
	}
	for i := range relays {
		p.Relays = append(p.Relays, testPeer(tb, 100+i))
	}
	for i := range services {
		p.Services = append(p.Services, "service-"+strings.Repeat("s", i))
	}
	signRecord(tb, p)
	return p
}

func signRecord(tb testing.TB, p *ProviderRecord) {
	tb.Helper()
	if err := SignProviderRecord(p, testKey(tb, 2)); err != nil {
		tb.Fatal(err)
	}
}

// testTombstone returns a valid Tombstone of testProviderRecord's record,
// signed by its issuer, key 2.
func testTombstone(tb testing.TB) *Tombstone {
	tb.Helper()
	p := testProviderRecord(tb, 0, 0)
	t := &Tombstone{Chain: p.Chain, Resource: p.Resource, Peer: p.Peer, Issuer: p.Issuer, Created: p.Created + 1}
	if err := SignTombstone(t, testKey(tb, 2)); err != nil {
		tb.Fatal(err)
	}
	return t
}

// maxProviderRecord returns a signed record with every field at its limit.
func maxProviderRecord(tb testing.TB) *ProviderRecord {
	tb.Helper()
	p := testProviderRecord(tb, 0, 0)
	p.Value = strings.Repeat("v", MaxValueSize)
	p.Peer = maxPeer(0)
	for i := range MaxRelays {
		p.Relays = append(p.Relays, maxPeer(byte(i+1)))
	}
	for i := range MaxServices {
		p.Services = append(p.Services, strings.Repeat(string(rune('a'+i)), MaxServiceSize))
	}
	p.Created = MaxCreated
	signRecord(tb, p)
	return p
}

// maxPeer returns a peer id of MaxPeerIDSize bytes: an identity multihash of
// 42 bytes of b.
func maxPeer(b byte) []byte {
	id := []byte{multihash.IDENTITY, MaxPeerIDSize - 2}
	for range MaxPeerIDSize - 2 {
		id = append(id, b)
	}
	return id
}

// resourceFields returns r's map entries, in any order (use sortedMap).
func resourceFields(r *Resource) []kv {
	return []kv{
		{"chain", cb(nil).uint(uint64(r.Chain))},
		{"label", cb(nil).text(r.Label)},
		{"owner", cb(nil).bytes(r.Owner)},
		{"created", cb(nil).uint(uint64(r.Created))},
		{"sig", cb(nil).bytes(r.Sig)},
	}
}

// providerRecordFields returns p's map entries, in any order.
func providerRecordFields(p *ProviderRecord) []kv {
	relays := cb(nil).list(len(p.Relays))
	for _, r := range p.Relays {
		relays = relays.bytes(r)
	}
	services := cb(nil).list(len(p.Services))
	for _, s := range p.Services {
		services = services.text(s)
	}
	return []kv{
		{"chain", cb(nil).uint(uint64(p.Chain))},
		{"resource", cb(nil).bytes(p.Resource)},
		{"value", cb(nil).text(p.Value)},
		{"peer", cb(nil).bytes(p.Peer)},
		{"relays", relays},
		{"services", services},
		{"issuer", cb(nil).bytes(p.Issuer)},
		{"created", cb(nil).uint(uint64(p.Created))},
		{"sig", cb(nil).bytes(p.Sig)},
	}
}

// tombstoneFields returns t's map entries, in any order.
func tombstoneFields(t *Tombstone) []kv {
	return []kv{
		{"chain", cb(nil).uint(uint64(t.Chain))},
		{"resource", cb(nil).bytes(t.Resource)},
		{"peer", cb(nil).bytes(t.Peer)},
		{"issuer", cb(nil).bytes(t.Issuer)},
		{"created", cb(nil).uint(uint64(t.Created))},
		{"sig", cb(nil).bytes(t.Sig)},
	}
}
