package gateway

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"time"
)

// WithApp serves the files of app (the web client, package web's App: a
// flat or nested tree with an index.html) at /ring/app/: GET and HEAD,
// /ring/app redirecting to /ring/app/, a directory answering its
// index.html. Every answer carries a strong ETag (a hash of the file),
// Cache-Control: no-cache (so a browser revalidates and never runs a
// stale page against a newer gateway) and a Content-Security-Policy that
// lets the page load only its own files and talk to any gateway. Without
// WithApp the routes answer -32011 (404).
func WithApp(app fs.FS) Option { return func(s *Server) { s.app = app } }

// appCSP is the page's Content-Security-Policy: scripts, styles and images
// from the page's own files only, connections (fetch, EventSource) to any
// gateway the invite names, no framing.
const appCSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src *; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// errNoApp answers /ring/app/ on a gateway that was not given one.
var errNoApp = newError(CodeNotFound, "app", "this gateway serves no web app")

// serveAppRoot is GET /ring/app: the page's relative links need the slash.
func (s *Server) serveAppRoot(w http.ResponseWriter, r *http.Request) {
	if s.app == nil {
		s.writeError(w, r, errNoApp)
		return
	}
	target := "/ring/app/"
	if r.URL.RawQuery != "" {
		target += "?" + r.URL.RawQuery
	}
	http.Redirect(w, r, target, http.StatusMovedPermanently)
}

// serveApp is GET /ring/app/*: a file of the app, or a directory's
// index.html.
func (s *Server) serveApp(w http.ResponseWriter, r *http.Request) {
	if s.app == nil {
		s.writeError(w, r, errNoApp)
		return
	}
	name := strings.TrimPrefix(r.URL.Path, "/ring/app/")
	if name == "" || strings.HasSuffix(name, "/") {
		name += "index.html"
	}
	notFound := newError(CodeNotFound, "path", "no file %s in the web app", r.URL.Path)
	if !fs.ValidPath(name) {
		s.writeError(w, r, notFound)
		return
	}
	b, err := fs.ReadFile(s.app, name)
	var pe *fs.PathError
	switch {
	case errors.As(err, &pe): // missing, or a directory
		s.writeError(w, r, notFound)
		return
	case err != nil:
		s.writeError(w, r, rpcError(err))
		return
	}
	sum := sha256.Sum256(b)
	h := w.Header()
	h.Set("ETag", `"`+base64.RawURLEncoding.EncodeToString(sum[:18])+`"`)
	h.Set("Cache-Control", "no-cache")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Type", appContentType(name))
	if path.Ext(name) == ".html" {
		h.Set("Content-Security-Policy", appCSP)
		h.Set("Referrer-Policy", "no-referrer")
	}
	// ServeContent answers HEAD, ranges and If-None-Match (304).
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(b))
}

// appContentType is the Content-Type of an app file by its extension;
// text types are UTF-8.
func appContentType(name string) string {
	switch path.Ext(name) {
	case ".html":
		return "text/html; charset=utf-8"
	case ".js", ".mjs":
		return "text/javascript; charset=utf-8"
	case ".css":
		return "text/css; charset=utf-8"
	case ".json", ".map":
		return "application/json"
	case ".svg":
		return "image/svg+xml"
	}
	if t := mime.TypeByExtension(path.Ext(name)); t != "" {
		return t
	}
	return "application/octet-stream"
}
