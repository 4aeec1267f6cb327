package web

import (
	"embed"
	"io/fs"
)

// dist holds the built chat page (node build.js writes web/dist/app).
//
//go:embed dist/app
var dist embed.FS

// App is the chat page as built into dist/app: index.html, app.js (the
// page and the library, bundled) and style.css, every reference in them
// relative, so the same files work at the ring gateway's /ring/app/ (see
// gateway.WithApp) and from `ipfs add -r web/dist/app` at /ipfs/<cid>/.
func App() fs.FS {
	app, err := fs.Sub(dist, "dist/app")
	if err != nil { // cannot happen: dist/app is embedded above
		panic(err)
	}
	return app
}
