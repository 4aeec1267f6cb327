package chain_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/contracts/chain/chaintest"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// TestPeerInfo: a member without gas signs its peer info, the client's
// relayer sends it, and one read returns it; the contract's refusals come
// back as *RevertError with their arguments, and change nothing.
func TestPeerInfo(t *testing.T) {
	ctx := context.Background()
	dc, c := chaintest.Open(t)
	key, _ := crypto.GenerateKey() // never funded
	member := crypto.PubkeyToAddress(key.PublicKey)
	outsiderKey, _ := crypto.GenerateKey()
	outsider := crypto.PubkeyToAddress(outsiderKey.PublicKey)
	ring, _, err := c.CreateRing(ctx, member, []common.Address{member})
	if err != nil {
		t.Fatal(err)
	}
	d := schemas.Domain{ChainID: c.ChainID(), Ring: ring}

	if got, err := c.PeerInfo(ctx, ring, member); err != nil || got.Member != member || len(got.PeerID) != 0 || len(got.Multiaddrs) != 0 || got.Updated != 0 {
		t.Fatalf("PeerInfo before any: %+v, %v", got, err)
	}

	addrs, err := schemas.PackMultiaddrs([][]byte{{4, 127, 0, 0, 1, 6, 0x0f, 0xa1}})
	if err != nil {
		t.Fatal(err)
	}
	info := schemas.PeerInfo{Member: member, PeerID: []byte("a peer id"), Multiaddrs: addrs, Updated: 1_900_000_000}
	sig, err := schemas.SignPeerInfo(d, info, key)
	if err != nil {
		t.Fatal(err)
	}
	rc, err := c.SetPeerInfo(ctx, ring, info, sig)
	if err != nil {
		t.Fatal(err)
	}
	if rc.GasUsed == 0 {
		t.Fatalf("receipt %+v", rc)
	}
	if bal, err := dc.Client().BalanceAt(ctx, member, nil); err != nil || bal.Sign() != 0 {
		t.Fatalf("the member's balance is %v, %v: it paid for gas", bal, err)
	}
	got, err := c.PeerInfo(ctx, ring, member)
	if err != nil || got.Member != member || !bytes.Equal(got.PeerID, info.PeerID) || !bytes.Equal(got.Multiaddrs, info.Multiaddrs) || got.Updated != info.Updated {
		t.Fatalf("PeerInfo = %+v, %v; want %+v", got, err, info)
	}

	sign := func(k int, p schemas.PeerInfo) []byte {
		digest, err := schemas.PeerInfoDigest(d, p)
		if err != nil {
			t.Fatal(err)
		}
		s, err := schemas.Sign(digest, []*ecdsa.PrivateKey{key, outsiderKey}[k])
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	newer := info
	newer.Updated++
	outsiders := schemas.PeerInfo{Member: outsider, PeerID: []byte("x"), Updated: 5}
	for _, tc := range []struct {
		name string
		info schemas.PeerInfo
		sig  []byte
		want string
		args []any
	}{
		{"replayed", info, sig, "StalePeerInfo", []any{info.Updated, info.Updated}},
		{"older", schemas.PeerInfo{Member: member, Updated: info.Updated - 1}, sign(0, schemas.PeerInfo{Member: member, Updated: info.Updated - 1}), "StalePeerInfo", []any{info.Updated - 1, info.Updated}},
		{"signed by another", newer, sign(1, newer), "SignerMismatch", []any{outsider, member}},
		{"not a member", outsiders, sign(1, outsiders), "NotMember", []any{outsider}},
		{"peer id too large", schemas.PeerInfo{Member: member, PeerID: make([]byte, 65), Updated: newer.Updated}, sig, "PeerInfoTooLarge", []any{big.NewInt(65), big.NewInt(0)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := c.SetPeerInfo(ctx, ring, tc.info, tc.sig)
			var re *chain.RevertError
			if !errors.As(err, &re) || re.Name != tc.want || len(re.Args) != len(tc.args) {
				t.Fatalf("SetPeerInfo: %v, want %s%v", err, tc.want, tc.args)
			}
			for i := range tc.args {
				if g, w := fmt.Sprint(re.Args[i]), fmt.Sprint(tc.args[i]); g != w {
					t.Fatalf("%s argument %d = %s, want %s", re.Name, i, g, w)
				}
			}
			after, err := c.PeerInfo(ctx, ring, member)
			if err != nil || !bytes.Equal(after.PeerID, info.PeerID) || after.Updated != info.Updated {
				t.Fatalf("after a refused SetPeerInfo: %+v, %v", after, err)
			}
		})
	}

	t.Run("not a ring", func(t *testing.T) {
		if _, err := c.PeerInfo(ctx, common.HexToAddress("0x1234"), member); !errors.Is(err, chain.ErrNotARing) {
			t.Fatalf("PeerInfo of an address without code: %v", err)
		}
	})
}
