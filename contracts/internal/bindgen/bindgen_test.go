package bindgen

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"
)

func TestGenerateErrors(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name string
		fsys fstest.MapFS
		want string
	}{
		{"no artifacts", fstest.MapFS{"README": {Data: []byte("x")}}, ErrNoArtifacts.Error()},
		{"bad json", fstest.MapFS{"A.json": {Data: []byte("{")}}, "A.json"},
		{"name mismatch", fstest.MapFS{"A.json": {Data: []byte(`{"contractName":"B","abi":[],"bytecode":"0x00"}`)}}, `contractName is "B"`},
		{"no bytecode", fstest.MapFS{"A.json": {Data: []byte(`{"contractName":"A","abi":[]}`)}}, "bytecode"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Generate(tc.fsys, "bindings")
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Generate = %v, want an error containing %q", err, tc.want)
			}
		})
	}
	if _, err := Generate(fstest.MapFS{}, "bindings"); !errors.Is(err, ErrNoArtifacts) {
		t.Fatalf("empty FS: %v, want ErrNoArtifacts", err)
	}
}

func TestGenerateMinimal(t *testing.T) {
	t.Parallel()
	fsys := fstest.MapFS{"Tiny.json": {Data: []byte(`{"contractName":"Tiny","abi":[{"type":"function","name":"x","inputs":[],"outputs":[{"name":"","type":"uint256","internalType":"uint256"}],"stateMutability":"view"}],"bytecode":"0x6000"}`)}}
	code, err := Generate(fsys, "tiny")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"package tiny", "func NewTiny() *Tiny", "func (tiny *Tiny) PackX() []byte", `Bin: "0x6000"`} {
		if !strings.Contains(string(code), want) {
			t.Errorf("generated code lacks %q", want)
		}
	}
}
