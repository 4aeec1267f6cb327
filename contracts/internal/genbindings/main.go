// Command genbindings writes the abigen v2 Go bindings of the compiled contracts.
//
// Run it through `go generate ./contracts` (from contracts/doc.go); by default it reads
// artifacts/*.json and writes bindings/bindings.go relative to the working directory,
// which go generate sets to contracts/.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/mosaic-rings/rings/contracts/internal/bindgen"
)

func main() {
	artifacts := flag.String("artifacts", "artifacts", "directory of the compiled contract artifacts (*.json)")
	out := flag.String("out", "bindings/bindings.go", "output Go file")
	pkg := flag.String("pkg", "bindings", "package name of the output file")
	flag.Parse()

	code, err := bindgen.Generate(os.DirFS(*artifacts), *pkg)
	if err != nil {
		fmt.Fprintln(os.Stderr, "genbindings:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, code, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "genbindings:", err)
		os.Exit(1)
	}
}
