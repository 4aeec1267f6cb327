package ringlog

import (
	"bytes"
	"encoding/hex"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestPositionAAD(t *testing.T) {
	pos := Position{
		Ring:   common.HexToAddress("0x1111111111111111111111111111111111111111"),
		Chain:  0x0102030405060708,
		Author: common.HexToAddress("0x2222222222222222222222222222222222222222"),
		Seq:    9,
	}
	want := "1111111111111111111111111111111111111111" + "0102030405060708" +
		"2222222222222222222222222222222222222222" + "0000000000000009"
	if got := hex.EncodeToString(pos.AAD()); got != want {
		t.Fatalf("AAD = %s, want %s", got, want)
	}
}

func TestSealWithNonce(t *testing.T) {
	pos := Position{Ring: testRing, Chain: testChain, Author: common.HexToAddress("0x05"), Seq: 1}
	var nonce [NonceSize]byte
	for i := range nonce {
		nonce[i] = byte(i)
	}
	a, err := SealWithNonce(testKey, pos, nonce, []byte("vector"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := SealWithNonce(testKey, pos, nonce, []byte("vector"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Fatal("two seals with one nonce differ")
	}
	if !bytes.Equal(a[:NonceSize], nonce[:]) || len(a) != len("vector")+SealOverhead {
		t.Fatalf("sealed body %x: want the nonce first and %d bytes", a, len("vector")+SealOverhead)
	}
	if got, err := Open(testKey, pos, a); err != nil || string(got) != "vector" {
		t.Fatalf("Open = %q, %v", got, err)
	}
	nonce[0]++
	c, err := SealWithNonce(testKey, pos, nonce, []byte("vector"))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(a[NonceSize:], c[NonceSize:]) {
		t.Fatal("another nonce gives the same ciphertext")
	}
	if _, err := SealWithNonce(testKey[:5], pos, nonce, nil); err == nil {
		t.Fatal("a 5-byte read key sealed")
	}
	r1, _ := Seal(testKey, pos, []byte("vector"))
	r2, _ := Seal(testKey, pos, []byte("vector"))
	if bytes.Equal(r1[:NonceSize], r2[:NonceSize]) {
		t.Fatal("Seal used one nonce twice")
	}
}
