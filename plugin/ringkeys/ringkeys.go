// Package ringkeys keeps the secret keys of rings on disk: each ring's
// 32-byte read key (seals log bodies) and 32-byte replica key (authorises
// replication). One JSON file per ring, mode 0600, in a 0700 directory the
// caller chooses (the plugin uses <repo>/ring/keys). Keys are never logged;
// Keys.String hides them.
package ringkeys

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// KeySize is the size of the read key and of the replica key.
const KeySize = 32

// ErrNoKeys is returned for a ring whose keys this node does not hold.
var ErrNoKeys = errors.New("ringkeys: no keys for this ring")

// ErrExists is returned by Put for a ring that already has different keys.
var ErrExists = errors.New("ringkeys: this ring already has different keys")

// Keys are the secrets of one ring. The JSON form is the export format.
type Keys struct {
	Ring  common.Address `json:"ring"`
	Chain uint64         `json:"chain"`
	Name  string         `json:"name,omitempty"`
	// ReadKey opens log bodies. A replica's key file has none: replicas
	// store and verify logs without reading them.
	ReadKey    HexKey `json:"readKey,omitzero"`
	ReplicaKey HexKey `json:"replicaKey"`
}

// HexKey is a 32-byte key written as 0x-prefixed hex.
type HexKey [KeySize]byte

// MarshalText implements encoding.TextMarshaler.
func (k HexKey) MarshalText() ([]byte, error) { return []byte("0x" + hex.EncodeToString(k[:])), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *HexKey) UnmarshalText(b []byte) error {
	s := strings.TrimPrefix(string(b), "0x")
	raw, err := hex.DecodeString(s)
	if err != nil || len(raw) != KeySize {
		return fmt.Errorf("ringkeys: a key must be %d bytes of hex", KeySize)
	}
	copy(k[:], raw)
	return nil
}

// HasReadKey reports whether the keys include the read key.
func (k Keys) HasReadKey() bool { return k.ReadKey != (HexKey{}) }

// String hides the secrets so keys never reach a log by accident.
func (k Keys) String() string {
	return fmt.Sprintf("ringkeys.Keys{ring: %s, chain: %d, keys: hidden}", k.Ring.Hex(), k.Chain)
}

// Generate makes fresh random keys for a ring.
func Generate(ring common.Address, chain uint64, name string) (Keys, error) {
	k := Keys{Ring: ring, Chain: chain, Name: name}
	if _, err := rand.Read(k.ReadKey[:]); err != nil {
		return Keys{}, err
	}
	if _, err := rand.Read(k.ReplicaKey[:]); err != nil {
		return Keys{}, err
	}
	return k, nil
}

// Parse reads keys in the export format and checks them.
func Parse(data []byte) (Keys, error) {
	var k Keys
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&k); err != nil {
		return Keys{}, fmt.Errorf("ringkeys: not a ring key file: %w", err)
	}
	if k.Ring == (common.Address{}) {
		return Keys{}, errors.New("ringkeys: the key file names no ring")
	}
	if k.Chain == 0 {
		return Keys{}, errors.New("ringkeys: the key file names no chain")
	}
	if k.ReplicaKey == (HexKey{}) {
		return Keys{}, errors.New("ringkeys: the key file has no replica key")
	}
	return k, nil
}

// Dir is a directory of ring key files.
type Dir struct {
	path string
}

// Open returns the key directory at path, creating it with mode 0700.
func Open(path string) (*Dir, error) {
	if err := os.MkdirAll(path, 0o700); err != nil {
		return nil, fmt.Errorf("ringkeys: %w", err)
	}
	if err := os.Chmod(path, 0o700); err != nil {
		return nil, fmt.Errorf("ringkeys: %w", err)
	}
	return &Dir{path: path}, nil
}

func (d *Dir) file(ring common.Address) string {
	return filepath.Join(d.path, strings.ToLower(ring.Hex())+".json")
}

// Get returns the keys of a ring, or ErrNoKeys.
func (d *Dir) Get(ring common.Address) (Keys, error) {
	data, err := os.ReadFile(d.file(ring))
	if errors.Is(err, fs.ErrNotExist) {
		return Keys{}, fmt.Errorf("%w: %s", ErrNoKeys, ring.Hex())
	}
	if err != nil {
		return Keys{}, fmt.Errorf("ringkeys: %w", err)
	}
	return Parse(data)
}

// Put stores the keys of a ring, durably, with mode 0600. Storing the same
// keys again is a no-op; different keys for a ring that has keys are refused
// with ErrExists.
func (d *Dir) Put(k Keys) error {
	if old, err := d.Get(k.Ring); err == nil {
		if old.ReadKey == k.ReadKey && old.ReplicaKey == k.ReplicaKey && old.Chain == k.Chain {
			return nil
		}
		return fmt.Errorf("%w: %s", ErrExists, k.Ring.Hex())
	} else if !errors.Is(err, ErrNoKeys) {
		return err
	}
	data, err := json.MarshalIndent(k, "", "  ")
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(d.path, ".tmp-*")
	if err != nil {
		return fmt.Errorf("ringkeys: %w", err)
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return fmt.Errorf("ringkeys: %w", err)
	}
	if _, err := tmp.Write(append(data, '\n')); err != nil {
		tmp.Close()
		return fmt.Errorf("ringkeys: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("ringkeys: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("ringkeys: %w", err)
	}
	if err := os.Rename(tmp.Name(), d.file(k.Ring)); err != nil {
		return fmt.Errorf("ringkeys: %w", err)
	}
	return syncDir(d.path)
}

// List returns the rings that have keys here, in address order.
func (d *Dir) List() ([]common.Address, error) {
	entries, err := os.ReadDir(d.path)
	if err != nil {
		return nil, fmt.Errorf("ringkeys: %w", err)
	}
	var rings []common.Address
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".json") || !common.IsHexAddress(strings.TrimSuffix(name, ".json")) {
			continue
		}
		rings = append(rings, common.HexToAddress(strings.TrimSuffix(name, ".json")))
	}
	sort.Slice(rings, func(i, j int) bool { return rings[i].Cmp(rings[j]) < 0 })
	return rings, nil
}

func syncDir(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}

// Delete removes a ring's keys; deleting keys that are not there is not an
// error.
func (d *Dir) Delete(ring common.Address) error {
	if err := os.Remove(d.file(ring)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("ringkeys: %w", err)
	}
	return syncDir(d.path)
}
