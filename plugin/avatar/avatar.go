// Package avatar turns secp256k1 keys of Kubo's keystore into ring avatars:
// one key gives an Ethereum address (for contracts and EIP-712 signatures)
// and a libp2p PeerID. Create one with `ipfs key gen --type=secp256k1 NAME`.
package avatar

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/boxo/keystore"
	ic "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

// ErrNotFound is returned when no keystore key matches the name or address.
var ErrNotFound = errors.New("no such key in this node's keystore")

// ErrNotSecp256k1 is returned for a keystore key of another type.
var ErrNotSecp256k1 = errors.New("avatar: key is not secp256k1")

// Keystore is the part of Kubo's keystore an avatar needs.
type Keystore interface {
	Get(name string) (ic.PrivKey, error)
	List() ([]string, error)
}

// Avatar is a ring member's identity held in this node's keystore.
type Avatar struct {
	Name    string         `json:"name"`
	Address common.Address `json:"address"`
	PeerID  peer.ID        `json:"peerId"`
	key     *ecdsa.PrivateKey
}

// PrivateKey returns the avatar's signing key.
func (a *Avatar) PrivateKey() *ecdsa.PrivateKey { return a.key }

// FromKey makes an avatar from a libp2p private key.
func FromKey(name string, k ic.PrivKey) (*Avatar, error) {
	if k.Type() != ic.Secp256k1 {
		return nil, fmt.Errorf("%w: %q is %s; make an avatar with `ipfs key gen --type=secp256k1 %s`", ErrNotSecp256k1, name, k.Type(), name)
	}
	raw, err := k.Raw()
	if err != nil {
		return nil, err
	}
	ek, err := ethcrypto.ToECDSA(raw)
	if err != nil {
		return nil, fmt.Errorf("avatar: %q: %w", name, err)
	}
	id, err := peer.IDFromPrivateKey(k)
	if err != nil {
		return nil, err
	}
	return &Avatar{Name: name, Address: ethcrypto.PubkeyToAddress(ek.PublicKey), PeerID: id, key: ek}, nil
}

// Load finds an avatar by keystore name, or by its 0x address among the
// keystore's secp256k1 keys.
func Load(ks Keystore, nameOrAddress string) (*Avatar, error) {
	if common.IsHexAddress(nameOrAddress) && len(nameOrAddress) == 42 {
		want := common.HexToAddress(nameOrAddress)
		all, err := List(ks)
		if err != nil {
			return nil, err
		}
		for _, a := range all {
			if a.Address == want {
				return a, nil
			}
		}
		return nil, fmt.Errorf("%w: no secp256k1 key here has address %s; sign on the node that holds it, or import it with `ipfs key import`", ErrNotFound, want.Hex())
	}
	k, err := ks.Get(nameOrAddress)
	if errors.Is(err, keystore.ErrNoSuchKey) && strings.HasPrefix(nameOrAddress, "0x") {
		return nil, fmt.Errorf("%w: %q is neither a key name here nor a 20-byte 0x address", ErrNotFound, nameOrAddress)
	}
	if errors.Is(err, keystore.ErrNoSuchKey) {
		return nil, fmt.Errorf("%w: %q; make it with `ipfs key gen --type=secp256k1 %s`, or list the avatars with `ipfs ring avatars`", ErrNotFound, nameOrAddress, nameOrAddress)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %q: %v; list the avatars with `ipfs ring avatars`", ErrNotFound, nameOrAddress, err)
	}
	return FromKey(nameOrAddress, k)
}

// List returns every secp256k1 key of the keystore as an avatar, by name.
// Keys of other types are skipped.
func List(ks Keystore) ([]*Avatar, error) {
	names, err := ks.List()
	if err != nil {
		return nil, fmt.Errorf("avatar: listing keystore: %w", err)
	}
	sort.Strings(names)
	var out []*Avatar
	for _, name := range names {
		k, err := ks.Get(name)
		if err != nil {
			return nil, fmt.Errorf("avatar: reading key %q: %w", name, err)
		}
		if k.Type() != ic.Secp256k1 {
			continue
		}
		a, err := FromKey(name, k)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
}
