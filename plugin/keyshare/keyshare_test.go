package keyshare

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/json"
	"io"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	ic "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/host"

	"github.com/mosaic-rings/rings/contracts/chain/chaintest"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/avatar"
	"github.com/mosaic-rings/rings/plugin/internal/p2ptest"
	"github.com/mosaic-rings/rings/plugin/ringkeys"
)

func newAvatar(t *testing.T, name string) *avatar.Avatar {
	t.Helper()
	k, _, err := ic.GenerateSecp256k1Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	a, err := avatar.FromKey(name, k)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestKeysReachANewMember: on the dev chain, a ring of members a and b;
// a's node holds the keys and answers; b's node, which holds none, gets
// them sealed to b's key. A stranger, another chain, a node without the
// keys, an expired or far deadline, and a request signed by someone else
// are refused with a reason, and garbage gets an error line.
func TestKeysReachANewMember(t *testing.T) {
	ctx := context.Background()
	_, client := chaintest.Open(t)
	a, b, stranger := newAvatar(t, "a"), newAvatar(t, "b"), newAvatar(t, "s")
	ring, _, err := client.CreateRing(ctx, a.Address, []common.Address{a.Address, b.Address})
	if err != nil {
		t.Fatal(err)
	}
	chainID := client.ChainID()
	keysA, err := ringkeys.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	want, err := ringkeys.Generate(ring, chainID, "cluster1")
	if err != nil {
		t.Fatal(err)
	}
	if err := keysA.Put(want); err != nil {
		t.Fatal(err)
	}
	emptyKeys, err := ringkeys.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	hostA, hostB, hostEmpty := p2ptest.NewHost(t), p2ptest.NewHost(t), p2ptest.NewHost(t)
	Serve(hostA, keysA, chainID, client, time.Now)
	Serve(hostEmpty, emptyKeys, chainID, client, time.Now)
	p2ptest.Connect(t, hostB, hostA)
	p2ptest.Connect(t, hostB, hostEmpty)

	got, err := Ask(ctx, hostB, hostA.ID(), ring, chainID, b, "mine", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if got.ReadKey != want.ReadKey || got.ReplicaKey != want.ReplicaKey || got.Ring != ring || got.Chain != chainID || got.Name != "mine" {
		t.Fatalf("got %v, want %v named mine", got, want)
	}

	for name, tc := range map[string]struct {
		h    host.Host
		who  *avatar.Avatar
		ring common.Address
		cid  uint64
		want string
	}{
		"a stranger":    {hostA, stranger, ring, chainID, "is not a member of ring"},
		"another chain": {hostA, b, ring, chainID + 1, "this node is on chain"},
		"keys not held": {hostEmpty, b, ring, chainID, "does not hold ring"},
		"another ring":  {hostA, b, stranger.Address, chainID, "does not hold ring"},
	} {
		if _, err := Ask(ctx, hostB, tc.h.ID(), tc.ring, tc.cid, tc.who, "", time.Now()); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q", name, err, tc.want)
		}
	}

	// Hand-made requests.
	sign := func(member *avatar.Avatar, signer *avatar.Avatar, deadline uint64) Request {
		d, err := schemas.KeyRequestDigest(schemas.Domain{ChainID: chainID, Ring: ring}, schemas.KeyRequest{Member: member.Address, Deadline: new(big.Int).SetUint64(deadline)})
		if err != nil {
			t.Fatal(err)
		}
		sig, err := schemas.Sign(d, signer.PrivateKey())
		if err != nil {
			t.Fatal(err)
		}
		return Request{Ring: ring.Hex(), Chain: chainID, Member: member.Address.Hex(), Deadline: deadline, Sig: hexutil.Encode(sig)}
	}
	send := func(line []byte) Response {
		st, err := hostB.NewStream(ctx, hostA.ID(), ID)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		if _, err := st.Write(append(line, '\n')); err != nil {
			t.Fatal(err)
		}
		_ = st.CloseWrite()
		out, err := bufio.NewReader(io.LimitReader(st, 4096)).ReadSlice('\n')
		if err != nil {
			t.Fatal(err)
		}
		var r Response
		if err := json.Unmarshal(out, &r); err != nil {
			t.Fatal(err)
		}
		return r
	}
	now := uint64(time.Now().Unix())
	for name, tc := range map[string]struct {
		req  any
		want string
	}{
		"expired":       {sign(b, b, now-1), "is not within the next"},
		"too far":       {sign(b, b, now+3600), "is not within the next"},
		"signed by a":   {sign(b, a, now+60), "is not signed by " + b.Address.Hex()},
		"garbage":       {"not json", "malformed request"},
		"unknown field": {map[string]any{"ring": ring.Hex(), "chain": chainID, "member": b.Address.Hex(), "deadline": now + 60, "sig": "0x00", "x": 1}, "malformed request"},
		"short sig":     {Request{Ring: ring.Hex(), Chain: chainID, Member: b.Address.Hex(), Deadline: now + 60, Sig: "0x00"}, "sig must be"},
		"bad member":    {Request{Ring: ring.Hex(), Chain: chainID, Member: "0x12", Deadline: now + 60, Sig: sign(b, b, now+60).Sig}, "is not a 0x address"},
		"zero chain":    {Request{Ring: ring.Hex(), Member: b.Address.Hex(), Deadline: now + 60, Sig: sign(b, b, now+60).Sig}, "chain must be above zero"},
	} {
		line, err := json.Marshal(tc.req)
		if err != nil {
			t.Fatal(err)
		}
		if s, ok := tc.req.(string); ok {
			line = []byte(s)
		}
		if r := send(line); r.Box != "" || !strings.Contains(r.Error, tc.want) {
			t.Errorf("%s: %+v, want an error with %q", name, r, tc.want)
		}
	}
}

func FuzzDecodeRequest(f *testing.F) {
	f.Add([]byte(`{"ring":"0x00000000000000000000000000000000000000a1","chain":1337,"member":"0x00000000000000000000000000000000000000b2","deadline":1,"sig":"0x` + strings.Repeat("11", 65) + `"}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, line []byte) {
		r, err := DecodeRequest(line)
		if err != nil {
			return
		}
		if r.Chain == 0 || !common.IsHexAddress(r.Ring) || !common.IsHexAddress(r.Member) {
			t.Fatalf("accepted %+v", r)
		}
		if sig, err := hexutil.Decode(r.Sig); err != nil || len(sig) != 65 {
			t.Fatalf("accepted sig %q", r.Sig)
		}
	})
}
