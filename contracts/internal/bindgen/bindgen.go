// Package bindgen turns the compiled contract artifacts (contracts/artifacts/*.json, written
// by build/solc/compile.js) into abigen v2 Go bindings.
//
// The caller supplies the artifacts as an fs.FS and the package name; Generate returns the
// gofmt'ed source. The output depends only on the artifacts, so regenerating from the
// committed artifacts must reproduce the committed bindings byte for byte.
package bindgen

import (
	"encoding/json"
	"errors"
	"fmt"
	"go/format"
	"io/fs"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/abigen"
)

// ErrNoArtifacts is returned when the artifacts directory holds no *.json file.
var ErrNoArtifacts = errors.New("bindgen: no artifacts")

// artifact is the part of an artifact file the bindings are made from.
type artifact struct {
	ContractName string          `json:"contractName"`
	ABI          json.RawMessage `json:"abi"`
	Bytecode     string          `json:"bytecode"`
}

// Generate reads every *.json artifact at the root of fsys, in name order, and returns the
// abigen v2 bindings of all of them as one gofmt'ed Go file of package pkg.
func Generate(fsys fs.FS, pkg string) ([]byte, error) {
	names, err := fs.Glob(fsys, "*.json")
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, ErrNoArtifacts
	}
	sort.Strings(names)
	var types, abis, bytecodes []string
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		var a artifact
		if err := json.Unmarshal(data, &a); err != nil {
			return nil, fmt.Errorf("bindgen: %s: %w", name, err)
		}
		if want := strings.TrimSuffix(name, ".json"); a.ContractName != want {
			return nil, fmt.Errorf("bindgen: %s: contractName is %q, want %q", name, a.ContractName, want)
		}
		if len(a.ABI) == 0 || !strings.HasPrefix(a.Bytecode, "0x") {
			return nil, fmt.Errorf("bindgen: %s: missing abi or 0x-prefixed bytecode", name)
		}
		types = append(types, a.ContractName)
		abis = append(abis, string(a.ABI))
		bytecodes = append(bytecodes, a.Bytecode)
	}
	code, err := abigen.BindV2(types, abis, bytecodes, pkg, nil, nil)
	if err != nil {
		return nil, fmt.Errorf("bindgen: %w", err)
	}
	return format.Source([]byte(code))
}
