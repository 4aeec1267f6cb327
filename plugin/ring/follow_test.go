package ring_test

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-datastore"
	"github.com/ipfs/go-datastore/namespace"
	p2pcrypto "github.com/libp2p/go-libp2p/core/crypto"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/contracts/chain/chaintest"
	"github.com/mosaic-rings/rings/plugin/internal/kubotest"
	"github.com/mosaic-rings/rings/plugin/ring"
	"github.com/mosaic-rings/rings/plugin/ringkeys"
	"github.com/mosaic-rings/rings/plugin/ringlog"
)

// logLines is a ring.Logger that hands every line to a channel.
type logLines struct {
	lines chan string
}

func (l *logLines) Infof(format string, args ...any) { l.lines <- fmt.Sprintf(format, args...) }
func (l *logLines) Errorf(format string, args ...any) {
	l.lines <- "ERROR " + fmt.Sprintf(format, args...)
}

// waitLine waits for a logged line containing want.
func (l *logLines) waitLine(ctx context.Context, t *testing.T, want string) {
	t.Helper()
	for {
		select {
		case line := <-l.lines:
			if strings.Contains(line, want) {
				return
			}
		case <-ctx.Done():
			t.Fatalf("no log line with %q", want)
		}
	}
}

// followFixture is a ring service over a fresh dev chain and Kubo node,
// with a head cache, and a key "alice" in the node's keystore.
type followFixture struct {
	svc      *ring.Service
	follower *chain.Follower
	keys     *ringkeys.Dir
}

// newFollowFixture makes a followFixture; wrap, if not nil, wraps its head
// cache.
func newFollowFixture(ctx context.Context, t *testing.T, wrap func(*chain.Follower) ring.HeadCache) followFixture {
	t.Helper()
	dc, c := chaintest.Open(t)
	follower, err := chain.NewFollower(dc.Client(), chain.DefaultFollowConfig())
	if err != nil {
		t.Fatal(err)
	}
	var heads ring.HeadCache = follower
	if wrap != nil {
		heads = wrap(follower)
	}
	node := kubotest.NewNode(t)
	logs := ringlog.New(node.Blockstore, namespace.Wrap(node.Repo.Datastore(), datastore.NewKey("/ring")), node.Pinning)
	t.Cleanup(func() { logs.Close() })
	keys, err := ringkeys.Open(filepath.Join(t.TempDir(), "keys"))
	if err != nil {
		t.Fatal(err)
	}
	svc := ring.New(c, logs, keys, node.Repo.Keystore(), ring.Options{
		Heads:   heads,
		Sources: func() []ringlog.Source { return []ringlog.Source{ringlog.BlockSource{Fetcher: node.Blocks}} },
	})
	alice, _, err := p2pcrypto.GenerateSecp256k1Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	if err := node.Repo.Keystore().Put("alice", alice); err != nil {
		t.Fatal(err)
	}
	return followFixture{svc: svc, follower: follower, keys: keys}
}

// TestFollowLetsGoOfARingWithoutKeys: the background loop follows the
// rings this node holds keys for; once the keys are gone (as after
// UnreplicateRing), a change of the ring makes it stop following the ring
// instead of fetching its logs again.
func TestFollowLetsGoOfARingWithoutKeys(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	f := newFollowFixture(ctx, t, nil)
	svc, heads, keys := f.svc, f.follower, f.keys
	created, err := svc.Create(ctx, "club", "alice", []string{"alice"})
	if err != nil {
		t.Fatal(err)
	}

	changed := make(chan common.Address)
	log := &logLines{lines: make(chan string, 100)}
	done := make(chan struct{})
	go func() {
		svc.Follow(ctx, ring.FollowOptions{Changed: changed, Interval: time.Hour, Log: log})
		close(done)
	}()
	defer func() { cancel(); <-done }()

	// The loop follows the ring from its start.
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for {
		if _, err := heads.State(created.Address); err == nil {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatal("the loop did not follow the ring")
		case <-tick.C:
		}
	}
	if err := keys.Delete(created.Address); err != nil {
		t.Fatal(err)
	}
	changed <- created.Address
	log.waitLine(ctx, t, "stopped following "+created.Address.Hex())
	if _, err := heads.State(created.Address); !errors.Is(err, chain.ErrNotFollowed) {
		t.Fatalf("the head cache still follows the ring: %v", err)
	}
}

// countingHeads counts the refreshes of a head cache.
type countingHeads struct {
	*chain.Follower
	refreshes atomic.Int32
}

func (c *countingHeads) Refresh(ctx context.Context) error {
	c.refreshes.Add(1)
	return c.Follower.Refresh(ctx)
}

// TestFollowRefreshesOncePerRound: a round of the background loop brings
// the head cache up to date once for all the rings it syncs, not once per
// ring.
func TestFollowRefreshesOncePerRound(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var heads *countingHeads
	svc := newFollowFixture(ctx, t, func(f *chain.Follower) ring.HeadCache {
		heads = &countingHeads{Follower: f}
		return heads
	}).svc
	var rings []common.Address
	for _, name := range []string{"one", "two", "three"} {
		created, err := svc.Create(ctx, name, "alice", []string{"alice"})
		if err != nil {
			t.Fatal(err)
		}
		rings = append(rings, created.Address)
	}

	changed := make(chan common.Address)
	done := make(chan struct{})
	go func() {
		svc.Follow(ctx, ring.FollowOptions{Changed: changed, Interval: time.Hour})
		close(done)
	}()
	defer func() { cancel(); <-done }()

	// The loop takes a change only between rounds: once the second is
	// taken, the first round (all three rings) and the round of the first
	// change are over, and a third may have begun.
	changed <- rings[0]
	changed <- rings[1]
	if n := heads.refreshes.Load(); n < 2 || n > 3 {
		t.Fatalf("%d refreshes of the head cache for two rounds (and maybe a third) over three rings; want one per round", n)
	}
}
