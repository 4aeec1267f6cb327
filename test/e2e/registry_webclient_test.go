package e2e

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/base32"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
)

// This file's client holds nothing but a secp256k1 key: it uses net/http,
// encoding/json and go-ethereum's crypto (keccak256, secp256k1), and no
// Rings code, as a web page with a wallet would (docs/registry.md, "A web
// client registers through a registry node").

// webPeerID is the libp2p PeerID of a secp256k1 key, as a CIDv1
// (libp2p-key codec, base32): the identity multihash of the protobuf
// PublicKey {Type: Secp256k1 (2), Data: the compressed key}.
func webPeerID(key *ecdsa.PrivateKey) string {
	pub := crypto.CompressPubkey(&key.PublicKey)
	pb := append([]byte{0x08, 0x02, 0x12, byte(len(pub))}, pub...)
	mh := append([]byte{0x00, byte(len(pb))}, pb...)
	cid := append([]byte{0x01, 0x72}, mh...)
	return "b" + strings.ToLower(base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(cid))
}

// webPeerBytes is a PeerID string's binary multihash, as EIP-712 signs it:
// the CID form of webPeerID, or a base58 "12D3Koo…"/"16Uiu2…"/"Qm…" one.
func webPeerBytes(t *testing.T, id string) []byte {
	t.Helper()
	if strings.HasPrefix(id, "b") {
		b, err := base32.StdEncoding.WithPadding(base32.NoPadding).DecodeString(strings.ToUpper(id[1:]))
		if err != nil {
			t.Fatal(err)
		}
		return b[2:]
	}
	const alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
	n := new(big.Int)
	for _, c := range id {
		n.Mul(n, big.NewInt(58)).Add(n, big.NewInt(int64(strings.IndexRune(alphabet, c))))
	}
	zeros := len(id) - len(strings.TrimLeft(id, "1")) // each leading '1' is a zero byte (identity multihash code 0x00)
	return append(make([]byte, zeros), n.Bytes()...)
}

var keccak = crypto.Keccak256

func word(n uint64) []byte { b := make([]byte, 32); binary.BigEndian.PutUint64(b[24:], n); return b }
func addrWord(a []byte) []byte {
	return append(make([]byte, 12), a...)
}

// webDigest is the EIP-712 digest of a registry object in the domain
// {name "Rings Registry", version "1", chainId}.
func webDigest(chain uint64, structHash []byte) []byte {
	domain := keccak(keccak([]byte("EIP712Domain(string name,string version,uint256 chainId)")),
		keccak([]byte("Rings Registry")), keccak([]byte("1")), word(chain))
	return keccak([]byte{0x19, 0x01}, domain, structHash)
}

func webSign(t *testing.T, key *ecdsa.PrivateKey, digest []byte) string {
	t.Helper()
	sig, err := crypto.Sign(digest, key) // low s; v is 0 or 1
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	return "0x" + hex.EncodeToString(sig)
}

func resourceHash(label string, owner []byte, created uint64) []byte {
	return keccak(keccak([]byte("Resource(string label,address owner,uint64 created)")), keccak([]byte(label)), addrWord(owner), word(created))
}

func providerHash(resource []byte, value string, peer []byte, relays [][]byte, services []string, issuer []byte, created uint64) []byte {
	var rh, sh []byte
	for _, r := range relays {
		rh = append(rh, keccak(r)...)
	}
	for _, s := range services {
		sh = append(sh, keccak([]byte(s))...)
	}
	return keccak(keccak([]byte("Provider(bytes32 resource,string value,bytes peer,bytes[] relays,string[] services,address issuer,uint64 created)")),
		resource, keccak([]byte(value)), keccak(peer), keccak(rh), keccak(sh), addrWord(issuer), word(created))
}

// webCall posts one JSON-RPC call and decodes its result; a JSON-RPC
// error fails the test.
func webCall(t *testing.T, url, method string, params, result any) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": method, "params": params})
	resp, err := http.Post(url+"/ring/rpc", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var reply struct {
		Result json.RawMessage `json:"result"`
		Error  json.RawMessage `json:"error"`
	}
	if err := json.Unmarshal(raw, &reply); err != nil || reply.Error != nil {
		t.Fatalf("%s: %d %s", method, resp.StatusCode, raw)
	}
	if err := json.Unmarshal(reply.Result, result); err != nil {
		t.Fatalf("%s: %s: %v", method, raw, err)
	}
}

// TestWebClientRegistersThroughARegistryNode: a client that is not an
// IPFS node, just a wallet key over HTTP, creates a resource and registers
// itself as its provider through a registry node's gateway, with that
// node as its relay (Fluence's browser peers); ResolveProviders shows the
// record, whose signature the client checks itself.
func TestWebClientRegistersThroughARegistryNode(t *testing.T) {
	_, n := newNode(t, nil) // the embedded chain: every node is a registry node
	n.StartDaemon()
	t.Cleanup(func() { stop(t, n) })
	url := gatewayURL(t, n)
	relay := n.PeerID().String() // the registry node, known to the page (e.g. from its own address book)
	const chain = 1337           // the embedded chain's id

	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	me := crypto.PubkeyToAddress(key.PublicKey)
	self := webPeerID(key)
	created := uint64(time.Now().UnixMilli())
	const label = "web chat"

	var res struct {
		ID string `json:"id"`
	}
	webCall(t, url, "CreateResource", map[string]any{"chain": chain, "label": label, "owner": me.Hex(),
		"created": strconv.FormatUint(created, 10), "sig": webSign(t, key, webDigest(chain, resourceHash(label, me[:], created)))}, &res)
	wantID := "0x" + hex.EncodeToString(keccak(keccak([]byte(label)), addrWord(me[:])))
	if res.ID != wantID {
		t.Fatalf("CreateResource id %s, want keccak256(abi.encode(keccak256(label), owner)) = %s", res.ID, wantID)
	}
	resource, _ := hex.DecodeString(res.ID[2:])
	value, services := "https://chat.example/me", []string{"chat.v1"}
	relays := [][]byte{webPeerBytes(t, relay)}
	var reg struct {
		Peer string `json:"peer"`
	}
	webCall(t, url, "RegisterProvider", map[string]any{"chain": chain, "resource": res.ID, "value": value, "peer": self,
		"relays": []string{relay}, "services": services, "issuer": me.Hex(), "created": strconv.FormatUint(created, 10),
		"sig": webSign(t, key, webDigest(chain, providerHash(resource, value, webPeerBytes(t, self), relays, services, me[:], created)))}, &reg)

	var resolved struct {
		Providers []struct {
			Value    string    `json:"value"`
			Peer     string    `json:"peer"`
			Relays   []string  `json:"relays"`
			Services []string  `json:"services"`
			Issuer   string    `json:"issuer"`
			Created  time.Time `json:"created"`
			Sig      string    `json:"sig"`
		} `json:"providers"`
	}
	webCall(t, url, "ResolveProviders", map[string]any{"resource": res.ID}, &resolved)
	if len(resolved.Providers) != 1 {
		t.Fatalf("ResolveProviders: %+v, want the client's record", resolved)
	}
	p := resolved.Providers[0]
	if p.Value != value || !slices.Equal(p.Relays, []string{relay}) || !slices.Equal(p.Services, services) || p.Issuer != me.Hex() {
		t.Fatalf("the record resolved: %+v", p)
	}
	// The client checks the record alone: the signature recovers to the issuer.
	pr := [][]byte{}
	for _, r := range p.Relays {
		pr = append(pr, webPeerBytes(t, r))
	}
	sig, _ := hex.DecodeString(strings.TrimPrefix(p.Sig, "0x"))
	sig[64] -= 27
	digest := webDigest(chain, providerHash(resource, p.Value, webPeerBytes(t, p.Peer), pr, p.Services, me[:], uint64(p.Created.UnixMilli())))
	pub, err := crypto.SigToPub(digest, sig)
	if err != nil || crypto.PubkeyToAddress(*pub) != me {
		t.Fatalf("the resolved record's signature does not recover to the issuer: %v", err)
	}
}
