package challenge

import (
	"context"
	"crypto/rand"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-datastore"
	"github.com/ipfs/go-datastore/namespace"
	"github.com/ipfs/kubo/core"
	"github.com/ipld/go-ipld-prime/node/basicnode"
	ic "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/mosaic-rings/rings/contracts/chain"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/avatar"
	"github.com/mosaic-rings/rings/plugin/internal/kubotest"
	"github.com/mosaic-rings/rings/plugin/internal/p2ptest"
	"github.com/mosaic-rings/rings/plugin/logsync"
	"github.com/mosaic-rings/rings/plugin/ringlog"
)

var (
	testRing  = common.HexToAddress("0x00000000000000000000000000000000000000a1")
	testChain = uint64(1337)
)

// challenges is the contract's side as this package reads it: the
// challenges by id, and EIP-712-shaped digests (keccak of the fields; the
// contract's typed data is contracts/chain's, tested there).
type challenges map[string]*Challenge

func (cs challenges) Challenge(_ context.Context, id uint64) (*Challenge, error) {
	c, ok := cs[fmt.Sprint(id)]
	if !ok {
		return nil, fmt.Errorf("no challenge %d", id)
	}
	return c, nil
}

func (challenges) ReceiptDigest(id uint64, attester common.Address, data common.Hash) common.Hash {
	return crypto.Keccak256Hash([]byte("receipt"), common.BigToHash(new(big.Int).SetUint64(id)).Bytes(), attester.Bytes(), data.Bytes())
}

func (challenges) ReportDigest(r Report) common.Hash {
	ok := []byte{0}
	if r.OK {
		ok[0] = 1
	}
	return crypto.Keccak256Hash([]byte("report"), common.BigToHash(new(big.Int).SetUint64(r.Challenge)).Bytes(), r.Hoster.Bytes(), r.Positions.Bytes(), r.Data.Bytes(), ok)
}

func (challenges) PerformanceDigest(r chain.PerformanceReport) common.Hash {
	return chain.ChallengePerformanceDigest(1, common.Address{1}, r)
}

// side is a node: a Kubo node's blockstore and pinner, a log store, a
// libp2p host and an avatar.
type side struct {
	node *core.IpfsNode
	logs *ringlog.Store
	host host.Host
	av   *avatar.Avatar
}

func newSide(t testing.TB, name string) *side {
	t.Helper()
	node := kubotest.NewNode(t)
	logs := ringlog.New(node.Blockstore, namespace.Wrap(node.Repo.Datastore(), datastore.NewKey("/ring")), node.Pinning)
	t.Cleanup(func() { logs.Close() })
	k, _, err := ic.GenerateSecp256k1Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	av, err := avatar.FromKey(name, k)
	if err != nil {
		t.Fatal(err)
	}
	return &side{node: node, logs: logs, host: p2ptest.NewHost(t), av: av}
}

// fixture is a hoster holding two members' logs, 200 and 50 nodes, that
// serves the log sync and receipt protocols, and an attester connected to
// it, with challenge 7 on positions in both logs.
type fixture struct {
	hoster, attester *side
	chain            challenges
	c                *Challenge
	heads            map[common.Address][]ringlog.Head
	now              time.Time
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	f := newFixtureOf(t, []int{200, 50})
	pos := func(m common.Address, seq uint64) Position {
		p := f.c.Positions[0]
		for _, q := range f.c.Positions {
			if q.Member == m {
				p = q
			}
		}
		p.Seq = seq
		return p
	}
	ms := []common.Address{f.c.Positions[0].Member, f.c.Positions[1].Member}
	f.c.Positions = []Position{pos(ms[0], 120), pos(ms[1], 3), pos(ms[0], 199)}
	return f
}

// newFixtureOf is the fixture with logs of the given lengths, challenged
// at each log's head.
func newFixtureOf(t testing.TB, lengths []int) *fixture {
	t.Helper()
	f := &fixture{hoster: newSide(t, "rep"), attester: newSide(t, "att"), chain: challenges{}, heads: map[common.Address][]ringlog.Head{}, now: time.Now()}
	var members []common.Address
	for _, n := range lengths {
		key, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		m := crypto.PubkeyToAddress(key.PublicKey)
		members = append(members, m)
		for i := range n {
			h, err := f.hoster.logs.Append(context.Background(), ringlog.Entry{Ring: testRing, Chain: testChain, Author: key, ReadKey: make([]byte, ringlog.KeySize),
				Message: &schemas.Message{App: "test", Domain: "ring", Type: "text", Payload: basicnode.NewString(fmt.Sprint(i))}})
			if err != nil {
				t.Fatal(err)
			}
			f.heads[m] = append(f.heads[m], h)
		}
	}
	pos := func(m common.Address, seq uint64) Position {
		hs := f.heads[m]
		d, err := schemas.Digest(hs[len(hs)-1].CID)
		if err != nil {
			t.Fatal(err)
		}
		return Position{Member: m, Seq: seq, Head: d, HeadSeq: uint64(len(hs))}
	}
	f.c = &Challenge{
		ID: 7, Bucket: 1, Ring: testRing, Chain: testChain,
		Hoster: f.hoster.av.Address, HosterPeer: f.hoster.host.ID(),
		Attesters:     []common.Address{f.attester.av.Address},
		AttesterPeers: map[common.Address]peer.ID{f.attester.av.Address: f.attester.host.ID()},
		Positions:     nil,
		PositionsHash: common.HexToHash("0x1234"),
		Deadline:      f.now.Add(10 * time.Minute),
	}
	for _, m := range members {
		f.c.Positions = append(f.c.Positions, pos(m, uint64(len(f.heads[m]))))
	}
	f.chain["7"] = f.c
	logsync.Serve(f.hoster.host, f.hoster.logs)
	Serve(f.hoster.host, f.hoster.logs, f.hoster.av, f.chain, func() time.Time { return f.now })
	p2ptest.Connect(t, f.attester.host, f.hoster.host)
	return f
}

// want is the data of the challenge's positions, from the logs as
// appended.
func (f *fixture) want(t *testing.T) common.Hash {
	t.Helper()
	var ds []common.Hash
	for _, p := range f.c.Positions {
		d, err := schemas.Digest(f.heads[p.Member][p.Seq-1].CID)
		if err != nil {
			t.Fatal(err)
		}
		ds = append(ds, d)
	}
	return chain.ChallengeDataHash(ds)
}

// TestHonestHosterPasses: the attester verifies both members' spans over
// the log sync protocol (81 + 48 nodes), the hoster countersigns the data,
// and the signed report passes with the positions' data.
func TestHonestHosterPasses(t *testing.T) {
	f := newFixture(t)
	v, err := NewAttester(f.attester.host, f.attester.av, f.chain).Attest(context.Background(), f.c)
	if err != nil {
		t.Fatal(err)
	}
	if !v.Report.OK || v.Reason != "" || v.Report.Data != f.want(t) || v.Blocks != 81+48 || v.Report.Positions != f.c.PositionsHash || v.Report.Hoster != f.c.Hoster {
		t.Fatalf("verdict %+v", v)
	}
	if s, err := schemas.Recover(f.chain.ReceiptDigest(f.c.ID, f.attester.av.Address, v.Report.Data), v.HosterSig); err != nil || s != f.hoster.av.Address {
		t.Fatalf("receipt signed by %s (%v), want the hoster %s", s, err, f.hoster.av.Address)
	}
	if s, err := schemas.Recover(f.chain.ReportDigest(v.Report), v.AttesterSig); err != nil || s != f.attester.av.Address {
		t.Fatalf("report signed by %s (%v), want the attester", s, err)
	}
}

// TestHosterMissingABlockFails: a hoster that dropped a node below the
// head (deleted from its blockstore) cannot stream the span: the verdict
// fails, says why, and carries no receipt.
func TestHosterMissingABlockFails(t *testing.T) {
	f := newFixture(t)
	m := f.c.Positions[0].Member
	if err := f.hoster.node.Blockstore.DeleteBlock(context.Background(), f.heads[m][149].CID); err != nil {
		t.Fatal(err)
	}
	v, err := NewAttester(f.attester.host, f.attester.av, f.chain).Attest(context.Background(), f.c)
	if err != nil {
		t.Fatal(err)
	}
	if v.Report.OK || v.Retry || v.HosterSig != nil || v.Report.Data != (common.Hash{}) || !strings.Contains(v.Reason, "the stream ended before seq 150") {
		t.Fatalf("verdict %+v", v)
	}
	if s, err := schemas.Recover(f.chain.ReportDigest(v.Report), v.AttesterSig); err != nil || s != f.attester.av.Address {
		t.Fatalf("the failing report is signed by %s (%v), want the attester", s, err)
	}
}

// TestHosterWithoutTheHeadMayBeAskedAgain: a hoster that does not serve
// the challenged head at all (a replica still fetching the newest flush)
// fails with Retry set, so that the attester asks again before it reports.
func TestHosterWithoutTheHeadMayBeAskedAgain(t *testing.T) {
	f := newFixture(t)
	behind := *f.c
	behind.Positions = append([]Position(nil), f.c.Positions...)
	behind.Positions[0].Head = common.HexToHash("0x01") // a head this hoster has not got
	behind.Positions[2].Head = behind.Positions[0].Head
	v, err := NewAttester(f.attester.host, f.attester.av, f.chain).Attest(context.Background(), &behind)
	if err != nil {
		t.Fatal(err)
	}
	if v.Report.OK || !v.Retry || !strings.Contains(v.Reason, "does not serve the challenged head") {
		t.Fatalf("verdict %+v", v)
	}
}

// TestAttesterNotChosenReportsNothing: a node that is not one of the
// challenge's attesters gets an error, not a verdict.
func TestAttesterNotChosenReportsNothing(t *testing.T) {
	f := newFixture(t)
	other := newSide(t, "other")
	p2ptest.Connect(t, other.host, f.hoster.host)
	if v, err := NewAttester(other.host, other.av, f.chain).Attest(context.Background(), f.c); err == nil {
		t.Fatalf("verdict %+v from a node that does not attest", v)
	}
}

// TestHosterRefusesReceipts: every request the hoster must not
// countersign gets a clear refusal.
func TestHosterRefusesReceipts(t *testing.T) {
	f := newFixture(t)
	stranger := newSide(t, "stranger")
	p2ptest.Connect(t, stranger.host, f.hoster.host)
	good := f.want(t)
	ctx := context.Background()
	ask := func(h host.Host, c *Challenge, attester common.Address, data common.Hash) error {
		_, err := askReceipt(ctx, h, c, attester, data, f.chain.ReceiptDigest(c.ID, attester, data))
		return err
	}
	if err := ask(f.attester.host, f.c, f.attester.av.Address, good); err != nil {
		t.Fatalf("the honest request: %v", err)
	}
	unknown := *f.c
	unknown.ID = 8
	otherHoster := *f.c
	otherHoster.ID = 9
	otherHoster.Hoster = stranger.av.Address
	f.chain["9"] = &otherHoster
	resolved := *f.c
	resolved.ID = 10
	resolved.Resolved = true
	f.chain["10"] = &resolved
	closed := *f.c
	closed.ID = 11
	closed.Deadline = f.now
	f.chain["11"] = &closed
	for _, tc := range []struct {
		name     string
		h        host.Host
		c        *Challenge
		attester common.Address
		data     common.Hash
		want     string
	}{
		{"unknown challenge", f.attester.host, &unknown, f.attester.av.Address, good, "no challenge 8"},
		{"another hoster's", f.attester.host, &otherHoster, f.attester.av.Address, good, "is hosted by " + stranger.av.Address.Hex()},
		{"resolved", f.attester.host, &resolved, f.attester.av.Address, good, "challenge 10 is resolved"},
		{"closed", f.attester.host, &closed, f.attester.av.Address, good, "challenge 11 closed at"},
		{"not an attester", stranger.host, f.c, stranger.av.Address, good, "is not an attester of challenge 7"},
		{"another peer", stranger.host, f.c, f.attester.av.Address, good, "registered peer " + f.attester.host.ID().String()},
		{"wrong data", f.attester.host, f.c, f.attester.av.Address, common.HexToHash("0x01"), "hash to " + good.Hex()},
	} {
		if err := ask(tc.h, tc.c, tc.attester, tc.data); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q", tc.name, err, tc.want)
		}
	}
}

func TestDecodeReceiptRequest(t *testing.T) {
	a := "0x00000000000000000000000000000000000000b2"
	d := "0x" + strings.Repeat("ab", 32)
	if id, at, data, err := DecodeReceiptRequest([]byte(`{"challenge":"7","attester":"` + a + `","data":"` + d + `"}`)); err != nil || id != 7 || at != common.HexToAddress(a) || data != common.HexToHash(d) {
		t.Fatalf("the valid request: %v %v %v %v", id, at, data, err)
	}
	for name, line := range map[string]string{
		"not json":      `{`,
		"trailing":      `{"challenge":"7","attester":"` + a + `","data":"` + d + `"}{}`,
		"unknown field": `{"challenge":"7","attester":"` + a + `","data":"` + d + `","x":1}`,
		"zero":          `{"challenge":"0","attester":"` + a + `","data":"` + d + `"}`,
		"leading zero":  `{"challenge":"07","attester":"` + a + `","data":"` + d + `"}`,
		"negative":      `{"challenge":"-7","attester":"` + a + `","data":"` + d + `"}`,
		"above uint64":  `{"challenge":"18446744073709551616","attester":"` + a + `","data":"` + d + `"}`,
		"number":        `{"challenge":7,"attester":"` + a + `","data":"` + d + `"}`,
		"no 0x":         `{"challenge":"7","attester":"` + a[2:] + `","data":"` + d + `"}`,
		"short address": `{"challenge":"7","attester":"0x12","data":"` + d + `"}`,
		"short data":    `{"challenge":"7","attester":"` + a + `","data":"0xab"}`,
		"data not hex":  `{"challenge":"7","attester":"` + a + `","data":"0x` + strings.Repeat("zz", 32) + `"}`,
		"missing data":  `{"challenge":"7","attester":"` + a + `"}`,
	} {
		if _, _, _, err := DecodeReceiptRequest([]byte(line)); err == nil {
			t.Errorf("%s: accepted %s", name, line)
		}
	}
}

func FuzzDecodeReceiptRequest(f *testing.F) {
	f.Add([]byte(`{"challenge":"7","attester":"0x00000000000000000000000000000000000000b2","data":"0x` + strings.Repeat("ab", 32) + `"}`))
	f.Add([]byte(`{"challenge":"1"}`))
	f.Fuzz(func(t *testing.T, line []byte) {
		id, _, _, err := DecodeReceiptRequest(line)
		if err == nil && id == 0 {
			t.Fatalf("accepted challenge %v", id)
		}
	})
}
