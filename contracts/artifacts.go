package contracts

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

//go:embed artifacts/*.json
var artifactFS embed.FS

// Artifact is one compiled contract, as written by build/solc/compile.js.
type Artifact struct {
	ContractName     string          `json:"contractName"`
	Compiler         string          `json:"compiler"`   // "solc-0.8.37"
	EVMVersion       string          `json:"evmVersion"` // "cancun"
	ABI              json.RawMessage `json:"abi"`
	Bytecode         hexutil.Bytes   `json:"bytecode"`         // creation code
	DeployedBytecode hexutil.Bytes   `json:"deployedBytecode"` // runtime code
}

// ArtifactNames returns the names of the embedded artifacts ("Challenges", "Market", "Ring", "RingFactory"), sorted.
func ArtifactNames() []string {
	files, _ := fs.Glob(artifactFS, "artifacts/*.json") // the pattern is valid
	names := make([]string, 0, len(files))
	for _, f := range files {
		names = append(names, strings.TrimSuffix(path.Base(f), ".json"))
	}
	sort.Strings(names)
	return names
}

// ReadArtifact returns the embedded artifact of the named contract, e.g. "Ring".
func ReadArtifact(name string) (*Artifact, error) {
	data, err := artifactFS.ReadFile("artifacts/" + name + ".json")
	if err != nil {
		return nil, fmt.Errorf("contracts: no artifact %q: %w", name, err)
	}
	a := new(Artifact)
	if err := json.Unmarshal(data, a); err != nil {
		return nil, fmt.Errorf("contracts: artifact %q: %w", name, err)
	}
	return a, nil
}
