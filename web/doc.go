// Package web holds the Rings web client: a JavaScript library (lib/, ES
// modules), the chat page built on it (app/), their tests (test/, node's
// test runner) and their committed bundles (dist/rings.js, dist/app/).
// The Go code here is the chat page as files (App, embedded from
// dist/app, served by the ring gateway at /ring/app/) and the test
// vectors: TestVectors builds testdata/vectors.json with the real Go
// encoders, sealing and signing code and fails when the committed file
// differs, so that the JavaScript, tested against the same file, agrees
// with Go byte for byte. `go test ./web -run TestVectors -update`
// rewrites the file. README.md describes the file's format.
package web
