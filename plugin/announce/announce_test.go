package announce

import (
	"bufio"
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/mosaic-rings/rings/internal/leakcheck"
	"github.com/mosaic-rings/rings/plugin/internal/p2ptest"
)

var (
	testRing   = common.HexToAddress("0x00000000000000000000000000000000000000a1")
	testMember = common.HexToAddress("0x00000000000000000000000000000000000000b2")
	testHead   = cid.MustParse("bafyreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy")
)

func newHost(t *testing.T) host.Host { return p2ptest.NewHost(t) }

func connect(t *testing.T, a, b host.Host) { p2ptest.Connect(t, a, b) }

type got struct {
	from peer.ID
	a    Announcement
}

// TestSendReachesTheHandler: an announcement sent to a peer reaches its
// handler whole, with the sender's peer ID; a peer that does not speak the
// protocol is an error of that peer only.
func TestSendReachesTheHandler(t *testing.T) {
	a, b, mute := newHost(t), newHost(t), newHost(t)
	connect(t, a, b)
	connect(t, a, mute)
	ch := make(chan got, 1)
	s := Serve(b, func(_ context.Context, from peer.ID, an Announcement) { ch <- got{from, an} })
	defer s.Stop()

	want := Announcement{Ring: testRing, Member: testMember, Head: testHead, Seq: 7}
	took, errs := Send(context.Background(), a, []peer.ID{b.ID(), mute.ID()}, want)
	if took != 1 || len(errs) != 1 || !strings.Contains(errs[0].Error(), mute.ID().String()) {
		t.Fatalf("Send: took %d, errors %v; want 1 and one error naming the mute peer", took, errs)
	}
	select {
	case g := <-ch:
		if g.from != a.ID() || g.a != want {
			t.Fatalf("handler got %+v from %s, want %+v from %s", g.a, g.from, want, a.ID())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the handler never ran")
	}
}

// TestNewestWaitingAnnouncementWins: while the handler works on a log,
// later announcements of it wait and only the newest is handled next;
// another log's is handled at once.
func TestNewestWaitingAnnouncementWins(t *testing.T) {
	a, b := newHost(t), newHost(t)
	connect(t, a, b)
	release := make(chan struct{})
	ch := make(chan Announcement, 16)
	s := Serve(b, func(_ context.Context, _ peer.ID, an Announcement) {
		ch <- an
		if an.Seq == 1 {
			<-release
		}
	})
	defer s.Stop()
	send := func(member common.Address, seq uint64) {
		t.Helper()
		if took, errs := Send(context.Background(), a, []peer.ID{b.ID()}, Announcement{Ring: testRing, Member: member, Head: testHead, Seq: seq}); took != 1 {
			t.Fatalf("Send seq %d: %v", seq, errs)
		}
	}
	next := func() Announcement {
		t.Helper()
		select {
		case an := <-ch:
			return an
		case <-time.After(10 * time.Second):
			t.Fatal("the handler did not run")
		}
		return Announcement{}
	}
	send(testMember, 1)
	if an := next(); an.Seq != 1 {
		t.Fatalf("first handled seq %d, want 1", an.Seq)
	}
	for _, seq := range []uint64{3, 4, 2} {
		send(testMember, seq)
	}
	other := common.HexToAddress("0x00000000000000000000000000000000000000c3")
	send(other, 5)
	if an := next(); an.Member != other {
		t.Fatalf("handled %+v while the first log's handler was busy, want the other log's", an)
	}
	close(release)
	if an := next(); an.Member != testMember || an.Seq != 4 {
		t.Fatalf("after the busy handler: %+v, want seq 4 (the newest that waited)", an)
	}
	// Nothing older is left queued: the next one handled is a new one.
	send(testMember, 9)
	if an := next(); an.Seq != 9 {
		t.Fatalf("after seq 4: %+v, want seq 9 (seq 2 and 3 were superseded)", an)
	}
}

// TestBadAnnouncementsAreRefused: a malformed line gets an error answer
// that says what is wrong, and the handler never runs.
func TestBadAnnouncementsAreRefused(t *testing.T) {
	a, b := newHost(t), newHost(t)
	connect(t, a, b)
	ran := make(chan struct{}, 1)
	s := Serve(b, func(context.Context, peer.ID, Announcement) { ran <- struct{}{} })
	defer s.Stop()
	head := testHead.String()
	for _, c := range []struct{ line, want string }{
		{`not json`, "malformed announcement"},
		{`{"ring":"0xa1","member":"0x00000000000000000000000000000000000000b2","head":"` + head + `","seq":1}`, "not a 0x address"},
		{`{"ring":"00000000000000000000000000000000000000a1","member":"0x00000000000000000000000000000000000000b2","head":"` + head + `","seq":1}`, "not a 0x address"},
		{`{"ring":"0x00000000000000000000000000000000000000a1","member":"0x00000000000000000000000000000000000000b2","head":"nope","seq":1}`, "not a CID"},
		{`{"ring":"0x00000000000000000000000000000000000000a1","member":"0x00000000000000000000000000000000000000b2","head":"` + head + `","seq":0}`, "seq must be at least 1"},
		{`{"ring":"0x00000000000000000000000000000000000000a1","member":"0x00000000000000000000000000000000000000b2","head":"` + head + `","seq":1,"x":1}`, "unknown field"},
		{`{"ring":"0x00000000000000000000000000000000000000a1","member":"0x00000000000000000000000000000000000000b2","head":"` + head + `","seq":1} {}`, "trailing data"},
	} {
		st, err := a.NewStream(context.Background(), b.ID(), ID)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := st.Write([]byte(c.line + "\n")); err != nil {
			t.Fatal(err)
		}
		line, err := bufio.NewReader(st).ReadString('\n')
		st.Close()
		if err != nil {
			t.Fatalf("%s: no answer: %v", c.line, err)
		}
		var resp Response
		if err := json.Unmarshal([]byte(line), &resp); err != nil || !strings.Contains(resp.Error, c.want) {
			t.Fatalf("%s: answer %q, want an error containing %q", c.line, line, c.want)
		}
		leakcheck.Check(t, c.line, resp.Error)
	}
	select {
	case <-ran:
		t.Fatal("the handler ran for a bad announcement")
	default:
	}
}

func FuzzDecodeRequest(f *testing.F) {
	f.Add([]byte(`{"ring":"0x00000000000000000000000000000000000000a1","member":"0x00000000000000000000000000000000000000b2","head":"bafyreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy","seq":3}`))
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"ring":"0x00000000000000000000000000000000000000a1","seq":18446744073709551615}`))
	f.Fuzz(func(t *testing.T, line []byte) {
		a, err := DecodeRequest(line)
		if err != nil {
			return
		}
		// What decodes re-encodes to a request that decodes the same.
		b, err := json.Marshal(Request{Ring: a.Ring.Hex(), Member: a.Member.Hex(), Head: a.Head.String(), Seq: a.Seq})
		if err != nil {
			t.Fatal(err)
		}
		again, err := DecodeRequest(b)
		if err != nil || again != a {
			t.Fatalf("%s decoded to %+v, re-encoded to %s, decoded again to %+v, %v", line, a, b, again, err)
		}
	})
}

// TestAnnouncerSendsToTheMembersNodes: the Announcer asks its connect
// function for the members' nodes and announces to them in the
// background.
func TestAnnouncerSendsToTheMembersNodes(t *testing.T) {
	a, b := newHost(t), newHost(t)
	ch := make(chan got, 1)
	s := Serve(b, func(_ context.Context, from peer.ID, an Announcement) { ch <- got{from, an} })
	defer s.Stop()
	asked := make(chan []common.Address, 1)
	n := NewAnnouncer(a, func(ctx context.Context, ring common.Address, members []common.Address) []peer.ID {
		asked <- members
		if err := a.Connect(ctx, peer.AddrInfo{ID: b.ID(), Addrs: b.Addrs()}); err != nil {
			t.Error(err)
			return nil
		}
		return []peer.ID{b.ID()}
	}, t.Logf)
	defer n.Close()
	n.Announce(testRing, testMember, testHead, 3, []common.Address{testMember})
	select {
	case g := <-ch:
		want := Announcement{Ring: testRing, Member: testMember, Head: testHead, Seq: 3}
		if g.from != a.ID() || g.a != want {
			t.Fatalf("received %+v from %s, want %+v from %s", g.a, g.from, want, a.ID())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("nothing was announced")
	}
	if m := <-asked; len(m) != 1 || m[0] != testMember {
		t.Fatalf("connect was asked for %v, want the ring's members", m)
	}
}
