// Command ipfs is Kubo with the Rings plugin preloaded: every `ipfs`
// command, plus `ipfs ring ...`, served also at /api/v0/ring/... by the
// daemon. RegisterCommands also makes `ipfs config` refuse a value that
// would make the ring plugin config invalid.
package main

import (
	"os"

	"github.com/ipfs/kubo/cmd/ipfs/kubo"
	"github.com/ipfs/kubo/plugin/loader"

	"github.com/mosaic-rings/rings/plugin"
)

func main() {
	p := plugin.New()
	p.RegisterCommands()
	os.Exit(kubo.Start(kubo.BuildEnv(func(l *loader.PluginLoader) error {
		return l.Load(p)
	})))
}
