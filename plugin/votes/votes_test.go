package votes

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/internal/p2ptest"
	"github.com/mosaic-rings/rings/plugin/ring"
)

var testRing = common.HexToAddress("0x00000000000000000000000000000000000000a1")

func entryBlock(t testing.TB) []byte {
	t.Helper()
	raw, err := schemas.EncodeRingEntry(&schemas.RingEntry{Ring: testRing.Bytes(), Chain: 1337, Index: 0,
		Heads: []schemas.HeadRef{}, Outputs: []schemas.Output{}, Time: 1})
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// voter votes with a fixed signer, or refuses.
type voter struct {
	signer common.Address
	refuse error
	got    []string
}

func (v *voter) VoteEntry(_ context.Context, r common.Address, raw []byte) ([]ring.Vote, error) {
	v.got = append(v.got, fmt.Sprintf("entry %s %d bytes", r.Hex(), len(raw)))
	if v.refuse != nil {
		return nil, v.refuse
	}
	return []ring.Vote{{Signer: v.signer, Sig: []byte{1, 2, 3}}}, nil
}

func (v *voter) VoteOutputs(_ context.Context, r common.Address, nonce *big.Int, outs []schemas.Output) ([]ring.Vote, error) {
	v.got = append(v.got, fmt.Sprintf("outputs %s nonce %s %d", r.Hex(), nonce, len(outs)))
	if v.refuse != nil {
		return nil, v.refuse
	}
	return []ring.Vote{{Signer: v.signer, Sig: []byte{4, 5, 6}}}, nil
}

func newHost(t *testing.T) host.Host { return p2ptest.NewHost(t) }

func TestVotesFromConnectedPeers(t *testing.T) {
	ctx := context.Background()
	asker := newHost(t)
	good := &voter{signer: common.HexToAddress("0xb0b")}
	refusing := &voter{refuse: errors.New("the entry's prev is not the ring's last entry")}
	for _, v := range []*voter{good, refusing} {
		h := newHost(t)
		Serve(h, v)
		if err := asker.Connect(ctx, peer.AddrInfo{ID: h.ID(), Addrs: h.Addrs()}); err != nil {
			t.Fatal(err)
		}
	}
	silent := newHost(t) // connected, but does not speak the protocol
	if err := asker.Connect(ctx, peer.AddrInfo{ID: silent.ID(), Addrs: silent.Addrs()}); err != nil {
		t.Fatal(err)
	}

	c := Client{Host: asker}
	raw := entryBlock(t)
	votes := c.EntryVotes(ctx, testRing, raw)
	if len(votes) != 1 || votes[0].Signer != good.signer {
		t.Fatalf("entry votes = %+v; want the one from the voting peer", votes)
	}
	want := fmt.Sprintf("entry %s %d bytes", testRing.Hex(), len(raw))
	if len(good.got) != 1 || good.got[0] != want || len(refusing.got) != 1 {
		t.Fatalf("the voters saw %v and %v; want %q each", good.got, refusing.got, want)
	}
	data, _ := schemas.Block(raw)
	votes = c.OutputsVotes(ctx, testRing, big.NewInt(7), []schemas.Output{{Pin: 1, Data: data.Cid()}})
	if len(votes) != 1 || good.got[1] != fmt.Sprintf("outputs %s nonce 7 1", testRing.Hex()) {
		t.Fatalf("outputs votes = %+v, voter saw %v", votes, good.got)
	}
}

func TestDecodeRequest(t *testing.T) {
	raw := entryBlock(t)
	entry := fmt.Sprintf(`{"kind":"entry","ring":"%s","entry":"%s"}`, testRing.Hex(), base64.StdEncoding.EncodeToString(raw))
	kind, r, e, _, _, err := DecodeRequest([]byte(entry))
	if err != nil || kind != "entry" || r != testRing || string(e) != string(raw) {
		t.Fatalf("DecodeRequest(entry) = %s %s %v", kind, r, err)
	}
	blk, _ := schemas.Block(raw)
	outputs := fmt.Sprintf(`{"kind":"outputs","ring":"%s","nonce":"3","outputs":[{"pin":0,"data":"%s"}]}`, testRing.Hex(), blk.Cid())
	if kind, _, _, n, outs, err := DecodeRequest([]byte(outputs)); err != nil || kind != "outputs" || n.Int64() != 3 || len(outs) != 1 {
		t.Fatalf("DecodeRequest(outputs) = %s %v %v %v", kind, n, outs, err)
	}
	for name, line := range map[string]string{
		"not json":           "{",
		"unknown kind":       strings.Replace(entry, `"entry","ring"`, `"vote","ring"`, 1),
		"unknown field":      strings.Replace(entry, `"kind"`, `"sort"`, 1),
		"bad ring":           strings.Replace(entry, testRing.Hex(), "0x12", 1),
		"entry not a block":  strings.Replace(entry, base64.StdEncoding.EncodeToString(raw), "aGVsbG8=", 1),
		"entry with outputs": strings.Replace(entry, `"entry":`, `"outputs":[],"entry":`, 1),
		"negative nonce":     strings.Replace(outputs, `"3"`, `"-3"`, 1),
		"nonce too big":      strings.Replace(outputs, `"3"`, `"`+new(big.Int).Lsh(big.NewInt(1), 256).String()+`"`, 1),
		"no outputs":         fmt.Sprintf(`{"kind":"outputs","ring":"%s","nonce":"3","outputs":[]}`, testRing.Hex()),
		"negative pin":       strings.Replace(outputs, `"pin":0`, `"pin":-1`, 1),
		"output not a cid":   strings.Replace(outputs, blk.Cid().String(), "nope", 1),
		"two objects":        entry + entry,
	} {
		if _, _, _, _, _, err := DecodeRequest([]byte(line)); err == nil {
			t.Errorf("%s: DecodeRequest accepted %.80s", name, line)
		}
	}
}

func FuzzDecodeRequest(f *testing.F) {
	raw := entryBlock(f)
	f.Add([]byte(fmt.Sprintf(`{"kind":"entry","ring":"%s","entry":"%s"}`, testRing.Hex(), base64.StdEncoding.EncodeToString(raw))))
	f.Add([]byte(`{"kind":"outputs","ring":"0x00000000000000000000000000000000000000a1","nonce":"0","outputs":[{"pin":1,"data":"bafyreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy"}]}`))
	f.Fuzz(func(t *testing.T, line []byte) {
		kind, _, entry, nonce, outs, err := DecodeRequest(line)
		if err != nil {
			return
		}
		switch kind {
		case "entry":
			if _, err := schemas.DecodeRingEntry(entry); err != nil || nonce != nil || outs != nil {
				t.Fatalf("accepted entry request %q: %v", line, err)
			}
		case "outputs":
			if nonce == nil || nonce.Sign() < 0 || len(outs) == 0 {
				t.Fatalf("accepted outputs request %q", line)
			}
		default:
			t.Fatalf("accepted kind %q", kind)
		}
	})
}
