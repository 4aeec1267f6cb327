package logsync

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-datastore"
	"github.com/ipfs/go-datastore/namespace"
	"github.com/ipld/go-ipld-prime/node/basicnode"
	"github.com/libp2p/go-libp2p/core/host"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/internal/kubotest"
	"github.com/mosaic-rings/rings/plugin/internal/p2ptest"
	"github.com/mosaic-rings/rings/plugin/ringlog"
)

var (
	testRing  = common.HexToAddress("0x00000000000000000000000000000000000000a1")
	testChain = uint64(1337)
)

func newStore(t *testing.T) *ringlog.Store {
	t.Helper()
	node := kubotest.NewNode(t)
	s := ringlog.New(node.Blockstore, namespace.Wrap(node.Repo.Datastore(), datastore.NewKey("/ring")), node.Pinning)
	t.Cleanup(func() { s.Close() })
	return s
}

func newHost(t *testing.T) host.Host { return p2ptest.NewHost(t) }

func connect(t *testing.T, a, b host.Host) { p2ptest.Connect(t, a, b) }

func appendN(t *testing.T, s *ringlog.Store, key *ecdsa.PrivateKey, n int) []ringlog.Head {
	t.Helper()
	var heads []ringlog.Head
	for i := range n {
		h, err := s.Append(context.Background(), ringlog.Entry{Ring: testRing, Chain: testChain, Author: key, ReadKey: make([]byte, ringlog.KeySize),
			Message: &schemas.Message{App: "test", Domain: "ring", Type: "text", Payload: basicnode.NewString(fmt.Sprint(i))}})
		if err != nil {
			t.Fatal(err)
		}
		heads = append(heads, h)
	}
	return heads
}

func TestFetchOverTheProtocol(t *testing.T) {
	ctx := context.Background()
	srcLogs, dstLogs := newStore(t), newStore(t)
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	member := crypto.PubkeyToAddress(key.PublicKey)
	heads := appendN(t, srcLogs, key, 1200)

	server, client := newHost(t), newHost(t)
	Serve(server, srcLogs)
	connect(t, client, server)
	sources := Sources(client)
	if len(sources) != 1 || sources[0].(Source).Peer != server.ID() {
		t.Fatalf("Sources = %v; want the serving peer", sources)
	}

	// Half first, then the rest on top of it: the second stream starts at
	// the head and stops at the local head.
	res, err := dstLogs.Fetch(ctx, sources, testRing, testChain, member, heads[599].CID, 600, nil)
	if err != nil || res.Fetched != 600 || res.Source != sources[0].String() {
		t.Fatalf("Fetch = %+v, %v", res, err)
	}
	res, err = dstLogs.Fetch(ctx, sources, testRing, testChain, member, heads[1199].CID, 1200, nil)
	if err != nil || res.Fetched != 600 || res.Head != heads[1199] {
		t.Fatalf("second Fetch = %+v, %v", res, err)
	}
	r, err := dstLogs.Verify(ctx, testRing, testChain, member, res.Head.CID, res.Head.Seq)
	if err != nil || !r.OK() || r.Checked != 1200 {
		t.Fatalf("Verify = %+v, %v", r, err)
	}
}

func TestStreamStopsAtStop(t *testing.T) {
	ctx := context.Background()
	srcLogs := newStore(t)
	key, _ := crypto.GenerateKey()
	member := crypto.PubkeyToAddress(key.PublicKey)
	heads := appendN(t, srcLogs, key, 20)
	server, client := newHost(t), newHost(t)
	Serve(server, srcLogs)
	connect(t, client, server)

	st, err := Source{Host: client, Peer: server.ID()}.Open(ctx, testRing, member, heads[14].CID, 9)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var got []string
	for {
		blk, err := st.Next(ctx)
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, blk.Cid().String())
	}
	var want []string
	for seq := 15; seq >= 10; seq-- {
		want = append(want, heads[seq-1].CID.String())
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Fatalf("streamed %d blocks %v; want seq 15 down to 10 %v", len(got), got, want)
	}
}

func TestServerRefuses(t *testing.T) {
	ctx := context.Background()
	srcLogs := newStore(t)
	key, _ := crypto.GenerateKey()
	member := crypto.PubkeyToAddress(key.PublicKey)
	heads := appendN(t, srcLogs, key, 2)
	server, client := newHost(t), newHost(t)
	srv := Serve(server, srcLogs)
	connect(t, client, server)
	src := Source{Host: client, Peer: server.ID()}

	stranger := common.HexToAddress("0x00000000000000000000000000000000000000b2")
	if _, err := src.Open(ctx, testRing, stranger, heads[1].CID, 0); err == nil || !strings.Contains(err.Error(), "has no log of") {
		t.Fatalf("Open of a log the peer lacks = %v", err)
	}
	// A node of another member's log, asked for as member's.
	other, _ := crypto.GenerateKey()
	oh := appendN(t, srcLogs, other, 1)
	if _, err := src.Open(ctx, testRing, member, oh[0].CID, 0); err == nil || !strings.Contains(err.Error(), "is not a node of") {
		t.Fatalf("Open of another member's node as member's = %v", err)
	}

	srv.Stop()
	if _, err := src.Open(ctx, testRing, member, heads[1].CID, 0); err == nil {
		t.Fatal("Open after Stop succeeded")
	}
}

func TestDecodeRequest(t *testing.T) {
	good := `{"ring":"0x00000000000000000000000000000000000000a1","member":"0x00000000000000000000000000000000000000b2","from":"bafyreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy","stop":3}`
	ring, member, from, stop, err := DecodeRequest([]byte(good))
	if err != nil || ring != testRing || member != common.HexToAddress("0xb2") || from.String() != "bafyreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy" || stop != 3 {
		t.Fatalf("DecodeRequest(good) = %v %v %v %v %v", ring, member, from, stop, err)
	}
	for name, line := range map[string]string{
		"not json":      `ring`,
		"unknown field": strings.Replace(good, `"stop"`, `"halt"`, 1),
		"two objects":   good + good,
		"short ring":    strings.Replace(good, "0x00000000000000000000000000000000000000a1", "0xa1", 1),
		"ring no 0x":    strings.Replace(good, "0x00000000000000000000000000000000000000a1", "00000000000000000000000000000000000000a1", 1),
		"bad member":    strings.Replace(good, "0x00000000000000000000000000000000000000b2", "0xzz", 1),
		"bad cid":       strings.Replace(good, "bafyrei", "bafyxx", 1),
		"negative stop": strings.Replace(good, `"stop":3`, `"stop":-1`, 1),
	} {
		if _, _, _, _, err := DecodeRequest([]byte(line)); err == nil {
			t.Errorf("%s: DecodeRequest accepted %s", name, line)
		}
	}
}

func FuzzDecodeRequest(f *testing.F) {
	f.Add([]byte(`{"ring":"0x00000000000000000000000000000000000000a1","member":"0x00000000000000000000000000000000000000b2","from":"bafyreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy","stop":3}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, line []byte) {
		ring, member, from, stop, err := DecodeRequest(line)
		if err != nil {
			return
		}
		// What decodes re-encodes to a request that decodes the same.
		again := fmt.Sprintf(`{"ring":%q,"member":%q,"from":%q,"stop":%d}`, ring.Hex(), member.Hex(), from.String(), stop)
		r2, m2, f2, s2, err := DecodeRequest([]byte(again))
		if err != nil || r2 != ring || m2 != member || f2 != from || s2 != stop {
			t.Fatalf("%s decoded to %v %v %v %d, which re-decodes to %v %v %v %d, %v", line, ring, member, from, stop, r2, m2, f2, s2, err)
		}
	})
}
