package schemas

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestSignRecover(t *testing.T) {
	t.Parallel()
	for i := range 20 {
		key := testKey(t, i)
		digest := keccak([]byte{byte(i)})
		sig, err := Sign(digest, key)
		if err != nil {
			t.Fatal(err)
		}
		if len(sig) != 65 || (sig[64] != 27 && sig[64] != 28) {
			t.Fatalf("signature %x: want 65 bytes with v 27 or 28", sig)
		}
		got, err := Recover(digest, sig)
		if err != nil {
			t.Fatal(err)
		}
		if want := crypto.PubkeyToAddress(key.PublicKey); got != want {
			t.Fatalf("Recover = %s, want %s", got, want)
		}
	}
}

// highS returns sig's malleable twin (n - s, v flipped), which recovers the
// same key.
func highS(sig []byte) []byte {
	n := new(big.Int).SetBytes(secp256k1N)
	s := new(big.Int).SetBytes(sig[32:64])
	out := bytes.Clone(sig)
	new(big.Int).Sub(n, s).FillBytes(out[32:64])
	out[64] ^= 27 ^ 28
	return out
}

func TestRecoverRejects(t *testing.T) {
	t.Parallel()
	key := testKey(t, 1)
	digest := keccak([]byte("message"))
	sig, err := Sign(digest, key)
	if err != nil {
		t.Fatal(err)
	}
	twin := highS(sig)
	// The twin is a valid signature of the same key: only our rule rejects it.
	raw := bytes.Clone(twin)
	raw[64] -= 27
	if pub, err := crypto.Ecrecover(digest[:], raw); err != nil || crypto.PubkeyToAddress(*mustPub(t, pub)) != crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatalf("high-s twin does not recover the key: %v", err)
	}
	with := func(i int, b byte) []byte {
		s := bytes.Clone(sig)
		s[i] = b
		return s
	}
	zeroR := bytes.Clone(sig)
	copy(zeroR[:32], make([]byte, 32))
	zeroS := bytes.Clone(sig)
	copy(zeroS[32:64], make([]byte, 32))
	bigR := bytes.Clone(sig)
	copy(bigR[:32], secp256k1N)
	for _, tc := range []struct {
		name string
		sig  []byte
		want error
	}{
		{"empty", nil, ErrSignatureLength},
		{"64 bytes", sig[:64], ErrSignatureLength},
		{"66 bytes", append(bytes.Clone(sig), 0), ErrSignatureLength},
		{"v 0", with(64, sig[64]-27), ErrSignatureV},
		{"v 1", with(64, 1), ErrSignatureV},
		{"v 29", with(64, 29), ErrSignatureV},
		{"high s", twin, ErrHighS},
		{"s = n-1", func() []byte {
			s := bytes.Clone(sig)
			new(big.Int).Sub(new(big.Int).SetBytes(secp256k1N), big.NewInt(1)).FillBytes(s[32:64])
			return s
		}(), ErrHighS},
		{"r zero", zeroR, ErrBadSignature},
		{"s zero", zeroS, ErrBadSignature},
		{"r = n", bigR, ErrBadSignature},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Recover(digest, tc.sig); !errors.Is(err, tc.want) {
				t.Fatalf("Recover = %v, want %v", err, tc.want)
			}
		})
	}
	// s = n/2 is the highest low s: accepted or unrecoverable, never ErrHighS.
	half := bytes.Clone(sig)
	copy(half[32:64], secp256k1HalfN)
	if _, err := Recover(digest, half); errors.Is(err, ErrHighS) {
		t.Fatalf("s = n/2 rejected as high: %v", err)
	}
}

func mustPub(t *testing.T, pub []byte) *ecdsa.PublicKey {
	t.Helper()
	p, err := crypto.UnmarshalPubkey(pub)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestVerifyLogNode(t *testing.T) {
	t.Parallel()
	n := testLogNode(t, 4, 2)
	got, err := VerifyLogNode(n)
	if err != nil {
		t.Fatal(err)
	}
	if got != common.Address(n.Author) {
		t.Fatalf("VerifyLogNode = %s, want author %s", got, common.Address(n.Author))
	}

	t.Run("wrong signer", func(t *testing.T) {
		m := *n
		other := testKey(t, 2)
		d, _ := LogNodeDigest(&m)
		m.Sig, _ = Sign(d, other)
		_, err := VerifyLogNode(&m)
		var ws *WrongSignerError
		if !errors.Is(err, ErrWrongSigner) || !errors.As(err, &ws) {
			t.Fatalf("VerifyLogNode = %v, want a WrongSignerError", err)
		}
		if ws.Got != crypto.PubkeyToAddress(other.PublicKey) || ws.Want != common.Address(n.Author) {
			t.Fatalf("WrongSignerError = %+v", ws)
		}
	})
	t.Run("tampered body", func(t *testing.T) {
		m := *n
		m.Body = []byte("another body")
		if _, err := VerifyLogNode(&m); !errors.Is(err, ErrWrongSigner) && !errors.Is(err, ErrBadSignature) {
			t.Fatalf("VerifyLogNode = %v, want a signature failure", err)
		}
	})
	t.Run("high s", func(t *testing.T) {
		m := *n
		m.Sig = highS(n.Sig)
		if _, err := VerifyLogNode(&m); !errors.Is(err, ErrHighS) {
			t.Fatalf("VerifyLogNode = %v, want ErrHighS", err)
		}
	})
	t.Run("v 0 or 1", func(t *testing.T) {
		m := *n
		m.Sig = bytes.Clone(n.Sig)
		m.Sig[64] -= 27
		if _, err := VerifyLogNode(&m); !errors.Is(err, ErrSignatureV) {
			t.Fatalf("VerifyLogNode = %v, want ErrSignatureV", err)
		}
	})
	t.Run("invalid node", func(t *testing.T) {
		m := *n
		m.Prev = nil
		if _, err := VerifyLogNode(&m); !errors.Is(err, ErrInvalid) {
			t.Fatalf("VerifyLogNode = %v, want ErrInvalid", err)
		}
		if _, err := VerifyLogNode(nil); !errors.Is(err, ErrInvalid) {
			t.Fatalf("VerifyLogNode(nil) = %v, want ErrInvalid", err)
		}
	})
	t.Run("sign with another key", func(t *testing.T) {
		m := *n
		if err := SignLogNode(&m, testKey(t, 3)); !errors.Is(err, ErrWrongSigner) {
			t.Fatalf("SignLogNode = %v, want ErrWrongSigner", err)
		}
		if !bytes.Equal(m.Sig, n.Sig) {
			t.Fatal("SignLogNode changed Sig on failure")
		}
	})
}

func TestSignNilKey(t *testing.T) {
	if _, err := Sign([32]byte{}, nil); err == nil {
		t.Fatal("Sign(nil key) succeeded")
	}
	if err := SignLogNode(testLogNode(t, 1, 0), nil); err == nil {
		t.Fatal("SignLogNode(nil key) succeeded")
	}
}
