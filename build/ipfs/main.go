// Command ipfs is Kubo with the Rings plugin preloaded: every `ipfs`
// command, plus `ipfs ring ...`, served also at /api/v0/ring/... by the
// daemon. An invalid ring plugin config stops only the daemon and
// `ipfs ring ...`, and `ipfs config` refuses a value that would make it
// invalid (see plugin.Plugin.RegisterCommands and BuildEnv).
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
	os.Exit(kubo.Start(p.BuildEnv(kubo.BuildEnv(func(l *loader.PluginLoader) error {
		return l.Load(p)
	}))))
}
