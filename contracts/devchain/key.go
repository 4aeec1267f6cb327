package devchain

import (
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/crypto"
)

// relayerKey loads the relayer key from path. When the file is missing it
// generates and stores a new key if create is set (no chain yet), and fails
// otherwise: the stored chain funds a key that is gone.
func relayerKey(path string, create bool) (*ecdsa.PrivateKey, error) {
	key, err := crypto.LoadECDSA(path)
	switch {
	case err == nil:
		return key, nil
	case !errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("devchain: relayer key %s: %w", path, err)
	case !create:
		return nil, fmt.Errorf("%w: the chain exists but its relayer key %s is missing", ErrForeignChain, path)
	}
	key, err = crypto.GenerateKey()
	if err != nil {
		return nil, fmt.Errorf("devchain: generate relayer key: %w", err)
	}
	if err := writeFileAtomic(path, []byte(hex.EncodeToString(crypto.FromECDSA(key))), 0o600); err != nil {
		return nil, fmt.Errorf("devchain: store relayer key: %w", err)
	}
	return key, nil
}

// writeFileAtomic writes data to path through a synced temporary file and a
// rename, so that a crash leaves either no file or the whole file.
func writeFileAtomic(path string, data []byte, perm os.FileMode) error {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	err = f.Chmod(perm)
	if err == nil {
		_, err = f.Write(data)
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		return errors.Join(err, os.Remove(tmp))
	}
	if d, err := os.Open(dir); err == nil {
		err = d.Sync()
		return errors.Join(err, d.Close())
	}
	return nil
}
