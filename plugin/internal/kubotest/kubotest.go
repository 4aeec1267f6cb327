// Package kubotest makes real, offline Kubo nodes for tests: an fsrepo on
// disk with Kubo's default flatfs blockstore and leveldb datastore, the
// node's pinner and keystore. Nothing is faked.
package kubotest

import (
	"context"
	"io"
	"sync"
	"testing"

	"github.com/ipfs/kubo/config"
	"github.com/ipfs/kubo/core"
	"github.com/ipfs/kubo/core/coreiface/options"
	"github.com/ipfs/kubo/plugin/loader"
	"github.com/ipfs/kubo/repo/fsrepo"
)

var (
	pluginsOnce sync.Once
	pluginsErr  error
)

// loadPlugins registers Kubo's preloaded datastore plugins (flatfs,
// leveldb, ...), once per process, as the ipfs command does.
func loadPlugins() error {
	pluginsOnce.Do(func() {
		l, err := loader.NewPluginLoader("")
		if err != nil {
			pluginsErr = err
			return
		}
		if err := l.Initialize(); err != nil {
			pluginsErr = err
			return
		}
		pluginsErr = l.Inject()
	})
	return pluginsErr
}

// NewNode returns an offline Kubo node over a fresh repo in a temporary
// directory, closed when the test ends.
func NewNode(tb testing.TB) *core.IpfsNode {
	tb.Helper()
	return OpenNode(tb, InitRepo(tb))
}

// InitRepo creates a repo with Kubo's default configuration and returns its
// path.
func InitRepo(tb testing.TB) string {
	tb.Helper()
	if err := loadPlugins(); err != nil {
		tb.Fatal(err)
	}
	dir := tb.TempDir()
	id, err := config.CreateIdentity(io.Discard, []options.KeyGenerateOption{options.Key.Type(options.Ed25519Key)})
	if err != nil {
		tb.Fatal(err)
	}
	cfg, err := config.InitWithIdentity(id)
	if err != nil {
		tb.Fatal(err)
	}
	if err := fsrepo.Init(dir, cfg); err != nil {
		tb.Fatal(err)
	}
	return dir
}

// building serialises core.NewNode (see OpenNode).
var building sync.Mutex

// OpenNode opens an offline node over the repo at dir, closed when the test
// ends (or earlier by the caller).
func OpenNode(tb testing.TB, dir string) *core.IpfsNode {
	tb.Helper()
	if err := loadPlugins(); err != nil {
		tb.Fatal(err)
	}
	r, err := fsrepo.Open(dir)
	if err != nil {
		tb.Fatal(err)
	}
	// Kubo sets package globals (unixfs's HAMT sizes) while it builds a
	// node and reads them while it builds MFS: two nodes built at once in
	// one process, by parallel tests, race.
	building.Lock()
	node, err := core.NewNode(context.Background(), &core.BuildCfg{Repo: r, Online: false})
	building.Unlock()
	if err != nil {
		r.Close()
		tb.Fatal(err)
	}
	tb.Cleanup(func() { node.Close() })
	return node
}
