// Package web holds the Rings web client: a JavaScript library (lib/, ES
// modules), its tests (test/, node's test runner) and its committed bundle
// (dist/rings.js). The Go code here is only its test vectors: TestVectors
// builds testdata/vectors.json with the real Go encoders, sealing and
// signing code and fails when the committed file differs, so that the
// JavaScript, tested against the same file, agrees with Go byte for byte.
// `go test ./web -run TestVectors -update` rewrites the file. README.md
// describes the file's format.
package web
