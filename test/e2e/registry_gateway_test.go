package e2e

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/json"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	ic "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/mosaic-rings/rings/gateway"
	"github.com/mosaic-rings/rings/internal/leakcheck"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/commands"
)

// webClient is a client with nothing but a secp256k1 key, talking JSON-RPC
// to a registry node's ring gateway.
type webClient struct {
	t    *testing.T
	url  string
	key  *ecdsa.PrivateKey
	addr common.Address
}

type rpcReply struct {
	Result json.RawMessage `json:"result"`
	Error  *gateway.Error  `json:"error"`
}

// call posts one JSON-RPC call and returns its reply; errors are held to
// the leak check.
func (c *webClient) call(method string, params any) rpcReply {
	c.t.Helper()
	body, err := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": method, "params": params})
	if err != nil {
		c.t.Fatal(err)
	}
	resp, err := http.Post(c.url+"/ring/rpc", "application/json", bytes.NewReader(body))
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK {
		c.t.Fatalf("POST /ring/rpc %s: %d %s %v", method, resp.StatusCode, raw, err)
	}
	var r rpcReply
	if err := json.Unmarshal(raw, &r); err != nil {
		c.t.Fatalf("%s: %s: %v", method, raw, err)
	}
	if r.Error != nil {
		leakcheck.Check(c.t, method, r.Error.Message)
	}
	return r
}

func (c *webClient) ok(method string, params, out any) {
	c.t.Helper()
	r := c.call(method, params)
	if r.Error != nil {
		c.t.Fatalf("%s: error %d %s: %s", method, r.Error.Code, r.Error.Check(), r.Error.Message)
	}
	if err := json.Unmarshal(r.Result, out); err != nil {
		c.t.Fatalf("%s: %s: %v", method, r.Result, err)
	}
}

func (c *webClient) refused(method string, params any, code int, check string) {
	c.t.Helper()
	r := c.call(method, params)
	if r.Error == nil || r.Error.Code != code || r.Error.Check() != check {
		c.t.Fatalf("%s: got %s / %+v, want error %d check %s", method, r.Result, r.Error, code, check)
	}
}

func recordJSON(p *schemas.ProviderRecord) map[string]any {
	relays := []string{}
	for _, r := range p.Relays {
		relays = append(relays, peer.ID(r).String())
	}
	return map[string]any{"chain": p.Chain, "resource": hexutil.Encode(p.Resource), "value": p.Value,
		"peer": peer.ID(p.Peer).String(), "relays": relays, "services": p.Services, "issuer": common.BytesToAddress(p.Issuer).Hex(),
		"created": p.Created, "sig": hexutil.Encode(p.Sig)}
}

// TestRegistryOverTheGateway: a web client with only a secp256k1 key
// creates a resource and registers itself (this node as its relay)
// through POST /ring/rpc; the CLI and GET /ring/registry/{id} then show
// the record, which the client verifies alone from the result; forged,
// unknown and replayed operations are refused with their codes and change
// nothing; a tombstone removes the record.
func TestRegistryOverTheGateway(t *testing.T) {
	_, n := newNode(t, nil)
	n.StartDaemon()
	t.Cleanup(func() { stop(t, n) })
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	c := &webClient{t: t, url: gatewayURL(t, n), key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
	self := strings.TrimSpace(n.IPFS("id", "-f", "<id>").Stdout.String())
	relay, err := peer.Decode(self)
	if err != nil {
		t.Fatal(err)
	}
	pk, _, err := ic.GenerateEd25519Key(nil)
	if err != nil {
		t.Fatal(err)
	}
	browser, err := peer.IDFromPrivateKey(pk)
	if err != nil {
		t.Fatal(err)
	}
	const chain = 1337 // the embedded chain's
	now := time.Now().UnixMilli()

	res := &schemas.Resource{Chain: chain, Label: "web chat", Owner: c.addr.Bytes(), Created: now}
	if err := schemas.SignResource(res, key); err != nil {
		t.Fatal(err)
	}
	var created gateway.RegistryResource
	c.ok("CreateResource", map[string]any{"chain": res.Chain, "label": res.Label, "owner": c.addr.Hex(),
		"created": strconv.FormatInt(res.Created, 10), "sig": hexutil.Encode(res.Sig)}, &created)
	id := res.ID()
	if created.ID != hexutil.Encode(id[:]) || created.Owner != c.addr.Hex() || created.Label != "web chat" {
		t.Fatalf("CreateResource: %+v", created)
	}

	rec := &schemas.ProviderRecord{Chain: chain, Resource: id[:], Value: "wss://browser.example", Peer: []byte(browser),
		Relays: [][]byte{[]byte(relay)}, Services: []string{"chat.v1"}, Issuer: c.addr.Bytes(), Created: now + 1}
	if err := schemas.SignProviderRecord(rec, key); err != nil {
		t.Fatal(err)
	}
	var reg gateway.Registration
	c.ok("RegisterProvider", recordJSON(rec), &reg)
	if reg.Peer != browser.String() || reg.Issuer != c.addr.Hex() || reg.Unchanged {
		t.Fatalf("RegisterProvider: %+v", reg)
	}

	// The CLI shows it.
	cli := ipfsJSON[commands.Resolved](t, n, "ring", "registry", "resolve", hexutil.Encode(id[:]))
	want := []string{"wss://browser.example " + browser.String() + " " + c.addr.Hex()}
	if got := providers(cli); !slices.Equal(got, want) || !slices.Equal(cli.Providers[0].Relays, []string{self}) {
		t.Fatalf("ipfs ring registry resolve = %q %+v, want %q", got, cli.Providers, want)
	}

	// GET /ring/registry/{id}, and by label: the client verifies the
	// record from the result alone.
	resolve := func(path string) gateway.Resolved {
		t.Helper()
		resp, err := http.Get(c.url + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var out gateway.Resolved
		if err := json.NewDecoder(resp.Body).Decode(&out); err != nil || resp.StatusCode != http.StatusOK {
			t.Fatalf("GET %s: %d %v", path, resp.StatusCode, err)
		}
		return out
	}
	got := resolve("/ring/registry/" + hexutil.Encode(id[:]))
	if byLabel := resolve("/ring/registry/web%20chat?owner=" + c.addr.Hex()); byLabel.Resource.ID != got.Resource.ID || len(byLabel.Providers) != 1 {
		t.Fatalf("by label: %+v", byLabel)
	}
	if len(got.Providers) != 1 {
		t.Fatalf("GET /ring/registry: %+v", got)
	}
	p := got.Providers[0]
	pid, err := peer.Decode(p.Peer)
	if err != nil {
		t.Fatal(err)
	}
	check := &schemas.ProviderRecord{Chain: int64(got.Resource.Chain), Resource: id[:], Value: p.Value, Peer: []byte(pid),
		Services: p.Services, Issuer: common.HexToAddress(p.Issuer).Bytes(), Created: p.Created.UnixMilli(), Sig: hexutil.MustDecode(p.Sig)}
	for _, r := range p.Relays {
		rid, err := peer.Decode(r)
		if err != nil {
			t.Fatal(err)
		}
		check.Relays = append(check.Relays, []byte(rid))
	}
	if signer, err := schemas.VerifyProviderRecord(check); err != nil || signer != c.addr {
		t.Fatalf("the resolved record does not verify: %v (signer %s)", err, signer.Hex())
	}

	// Refused, and nothing changes.
	forged := recordJSON(rec)
	forged["value"] = "wss://evil.example" // signed for another value
	c.refused("RegisterProvider", forged, gateway.CodeRegistryRefused, "sig")
	other, _ := crypto.GenerateKey()
	stolen := *rec
	stolen.Created = now + 5
	stolen.Issuer = crypto.PubkeyToAddress(other.PublicKey).Bytes()
	if err := schemas.SignProviderRecord(&stolen, other); err != nil {
		t.Fatal(err)
	}
	stolenJSON := recordJSON(&stolen)
	stolenJSON["issuer"] = c.addr.Hex() // claims the client's account
	c.refused("RegisterProvider", stolenJSON, gateway.CodeRegistryRefused, "sig")
	unknown := *rec
	unknown.Resource = make([]byte, 32)
	if err := schemas.SignProviderRecord(&unknown, key); err != nil {
		t.Fatal(err)
	}
	c.refused("RegisterProvider", recordJSON(&unknown), gateway.CodeRegistryRefused, "resource")
	old := *rec
	old.Created = now - 1000
	if err := schemas.SignProviderRecord(&old, key); err != nil {
		t.Fatal(err)
	}
	c.refused("RegisterProvider", recordJSON(&old), gateway.CodeRegistryRefused, "created")
	wrong := *rec
	wrong.Chain = 1
	if err := schemas.SignProviderRecord(&wrong, key); err != nil {
		t.Fatal(err)
	}
	c.refused("RegisterProvider", recordJSON(&wrong), gateway.CodeRegistryRefused, "chain")
	c.refused("ResolveProviders", map[string]any{"resource": hexutil.Encode(make([]byte, 32))}, gateway.CodeNotFound, "resource")
	if after := resolve("/ring/registry/" + hexutil.Encode(id[:])); len(after.Providers) != 1 || after.Providers[0].Sig != p.Sig || after.Providers[0].Value != p.Value {
		t.Fatalf("a refused operation changed the registry: %+v", after)
	}

	// A tombstone through the gateway removes the record.
	ts := &schemas.Tombstone{Chain: chain, Resource: id[:], Peer: []byte(browser), Issuer: c.addr.Bytes(), Created: now + 2}
	if err := schemas.SignTombstone(ts, key); err != nil {
		t.Fatal(err)
	}
	c.ok("UnregisterProvider", map[string]any{"chain": ts.Chain, "resource": hexutil.Encode(id[:]), "peer": browser.String(),
		"issuer": c.addr.Hex(), "created": ts.Created, "sig": hexutil.Encode(ts.Sig)}, &reg)
	if !reg.Removed {
		t.Fatalf("UnregisterProvider: %+v", reg)
	}
	var after gateway.Resolved
	c.ok("ResolveProviders", map[string]any{"label": "web chat", "owner": c.addr.Hex()}, &after)
	if len(after.Providers) != 0 {
		t.Fatalf("after the tombstone: %+v", after.Providers)
	}
	var again gateway.RegistryResource
	c.ok("GetResource", map[string]any{"resource": hexutil.Encode(id[:])}, &again)
	if again.ID != created.ID || again.Sig != hexutil.Encode(res.Sig) {
		t.Fatalf("GetResource: %+v", again)
	}
}
