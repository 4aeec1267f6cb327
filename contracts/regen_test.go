package contracts_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/mosaic-rings/rings/contracts"
	"github.com/mosaic-rings/rings/contracts/internal/bindgen"
)

const (
	artifactsDir = "artifacts"
	bindingsFile = "bindings/bindings.go"
	solcDir      = "../build/solc"
)

// TestBindingsUpToDate regenerates the bindings from the committed artifacts: they must
// equal the committed bindings.go byte for byte.
func TestBindingsUpToDate(t *testing.T) {
	t.Parallel()
	got, err := bindgen.Generate(os.DirFS(artifactsDir), "bindings")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(bindingsFile)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s is stale (first difference at line %d): run `go generate ./contracts`", bindingsFile, firstDiffLine(got, want))
	}
}

// TestArtifactsUpToDate recompiles the Solidity with the pinned solc-js into a temporary
// directory: the result must equal the committed artifacts byte for byte.
func TestArtifactsUpToDate(t *testing.T) {
	t.Parallel()
	node, err := exec.LookPath("node")
	if err == nil {
		_, err = os.Stat(filepath.Join(solcDir, "node_modules", "solc", "package.json"))
	}
	if err != nil {
		const msg = "cannot recompile the contracts (%v): install node and run `make contracts-deps` (npm ci --prefix build/solc)"
		if testing.Short() {
			t.Skipf(msg, err)
		}
		t.Fatalf(msg, err)
	}

	out := t.TempDir()
	cmd := exec.CommandContext(t.Context(), node, filepath.Join(solcDir, "compile.js"), "--out", out)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("compile.js: %v\n%s", err, b)
	}

	fresh := jsonFiles(t, out)
	committed := jsonFiles(t, artifactsDir)
	if !slices.Equal(fresh, committed) {
		t.Fatalf("compile.js writes %v, committed are %v: run `make contracts`", fresh, committed)
	}
	for _, name := range fresh {
		got, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join(artifactsDir, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("artifacts/%s is stale (first difference at line %d): run `make contracts`", name, firstDiffLine(got, want))
		}
	}
}

// TestArtifacts checks the embedded artifacts: what they claim, and that they deploy
// (EIP-170: runtime code at most 24576 bytes; EIP-3860: init code at most 49152 bytes).
func TestArtifacts(t *testing.T) {
	t.Parallel()
	names := contracts.ArtifactNames()
	if !slices.Equal(names, []string{"Challenges", "Market", "Ring", "RingFactory"}) {
		t.Fatalf("ArtifactNames = %v", names)
	}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			a, err := contracts.ReadArtifact(name)
			if err != nil {
				t.Fatal(err)
			}
			if a.ContractName != name || a.Compiler != "solc-0.8.37" || a.EVMVersion != "cancun" {
				t.Errorf("artifact header = %q %q %q", a.ContractName, a.Compiler, a.EVMVersion)
			}
			if n := len(a.DeployedBytecode); n == 0 || n > 24576 {
				t.Errorf("deployed bytecode is %d bytes, EIP-170 limit is 24576", n)
			}
			if n := len(a.Bytecode); n > 49152 {
				t.Errorf("init code is %d bytes, EIP-3860 limit is 49152", n)
			}
			t.Logf("%s: deployed %d bytes, init %d bytes", name, len(a.DeployedBytecode), len(a.Bytecode))
		})
	}
	if _, err := contracts.ReadArtifact("RingLogs"); err == nil {
		t.Error("ReadArtifact(RingLogs) found an abstract contract")
	}
}

func jsonFiles(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".json") {
			names = append(names, e.Name())
		}
	}
	return names
}

func firstDiffLine(a, b []byte) int {
	la, lb := bytes.Split(a, []byte("\n")), bytes.Split(b, []byte("\n"))
	for i := range min(len(la), len(lb)) {
		if !bytes.Equal(la[i], lb[i]) {
			return i + 1
		}
	}
	return min(len(la), len(lb)) + 1
}
