package ring

import (
	"errors"
	"fmt"

	"github.com/mosaic-rings/rings/plugin/avatar"
	"github.com/mosaic-rings/rings/plugin/ringkeys"
)

// Local is what a node's repo holds of its rings, read with no chain and
// no daemon: the rings' keys (<repo>/ring/keys) and the keystore's
// avatars. The daemon's Service reads through it, and the commands that
// need nothing else (`ipfs ring avatars`, `ls`, `keys export`) run on it
// in the client when no daemon is running.
type Local struct {
	Keys    *ringkeys.Dir
	Avatars avatar.Keystore
}

// AvatarList lists the keystore's secp256k1 keys with their addresses and
// PeerIDs.
func (l Local) AvatarList() ([]*avatar.Avatar, error) { return avatar.List(l.Avatars) }

// List returns the rings this node holds keys for.
func (l Local) List() ([]Ring, error) {
	addrs, err := l.Keys.List()
	if err != nil {
		return nil, err
	}
	out := []Ring{}
	for _, a := range addrs {
		k, err := l.Keys.Get(a)
		if err != nil {
			return nil, err
		}
		out = append(out, Ring{Name: k.Name, Address: k.Ring, Chain: k.Chain})
	}
	return out, nil
}

// ExportKeys returns a ring's keys in the export format.
func (l Local) ExportKeys(ringName string) (ringkeys.Keys, error) { return l.ResolveRing(ringName) }

// ResolveRing takes a local ring name or a 0x address of a ring this node
// holds keys for.
func (l Local) ResolveRing(nameOrAddr string) (ringkeys.Keys, error) {
	if addr, isAddr, err := hexAddress(nameOrAddr); isAddr {
		if err != nil {
			return ringkeys.Keys{}, err
		}
		k, err := l.Keys.Get(addr)
		if errors.Is(err, ringkeys.ErrNoKeys) {
			return ringkeys.Keys{}, fmt.Errorf("%w: this node holds no keys for ring %s; import them with `ipfs ring keys import FILE` (made by `ipfs ring keys export` on a member's node)", ErrUnknownRing, nameOrAddr)
		}
		return k, err
	}
	rings, err := l.Keys.List()
	if err != nil {
		return ringkeys.Keys{}, err
	}
	for _, r := range rings {
		k, err := l.Keys.Get(r)
		if err != nil {
			return ringkeys.Keys{}, err
		}
		if k.Name == nameOrAddr {
			return k, nil
		}
	}
	return ringkeys.Keys{}, fmt.Errorf("%w: no ring is named %q on this node; `ipfs ring ls` lists them; make one with `ipfs ring create %s --from AVATAR --members A,B`, or import a ring's keys with `ipfs ring keys import FILE`", ErrUnknownRing, nameOrAddr, nameOrAddr)
}
