package replica_test

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/gateway"
	"github.com/mosaic-rings/rings/plugin/market"
	"github.com/mosaic-rings/rings/plugin/replica"
	"github.com/mosaic-rings/rings/plugin/ringkeys"
)

// TestEnforcedReplication runs a replica that enforces the market (the
// real Market contract on the fixture's dev chain, read through
// market.Enforcer) through a bucket's life, moving the chain's clock:
//
//   - ReplicateRing is refused, changing nothing, with no bucket, an
//     unknown one, one not allocated, another ring's, one of another
//     cluster, and one short of the prepaid minimum;
//   - a ring replicated before enforcement (no bucket) is suspended;
//   - a funded bucket is admitted, and flushes are taken while it is paid
//     and while it is in debt within the grace period;
//   - past the grace period the ring is suspended: flushes are refused
//     with -32018 and the ring's logs are unpinned;
//   - a deposit resumes it: the follower fetches the log back from the
//     head on chain, and flushes are taken again.
func TestEnforcedReplication(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	ctx := context.Background()
	relayer := f.dc.RelayerKey()
	gwei := big.NewInt(1_000_000_000)

	addr, _, err := chain.DeployMarket(ctx, f.dc.Client(), relayer, f.client.Factory(), 100)
	if err != nil {
		t.Fatal(err)
	}
	mk, err := chain.NewMarket(ctx, f.client, addr)
	if err != nil {
		t.Fatal(err)
	}
	// The relayer's account is the provider and the manager; the replica's
	// avatar is the node's, so the cluster's replica ring has it as member.
	me := crypto.PubkeyToAddress(relayer.PublicKey)
	nodeID, _, err := mk.NodeCreate(ctx, relayer, f.self.Address, []byte(f.node.Identity), chain.NodeParams{GatewayURL: "http://127.0.0.1:1", Capacity: 100, RentPerUnit: gwei})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := mk.NodeTrustManager(ctx, relayer, me, true); err != nil {
		t.Fatal(err)
	}
	clusterID, cluster, _, err := mk.ClusterCreate(ctx, relayer, []chain.ClusterNode{{NodeID: nodeID, VNodes: 1}}, 10, 0)
	if err != nil {
		t.Fatal(err)
	}
	ck, err := ringkeys.Generate(cluster, f.chainID, "cluster")
	if err != nil {
		t.Fatal(err)
	}
	if err := f.keys.Put(ck); err != nil {
		t.Fatal(err)
	}
	if _, err := f.client.Transfer(ctx, f.alice.addr, new(big.Int).Mul(gwei, big.NewInt(1e9))); err != nil {
		t.Fatal(err)
	}
	ring := f.unreplicated // alice's, with alice and bob as members
	bucket, _, err := mk.BucketCreate(ctx, f.alice.key, ring, clusterID)
	if err != nil {
		t.Fatal(err)
	}

	const grace = 10 * time.Minute
	opts := fixtureOptions()
	opts.Payments = market.NewEnforcer(mk, time.Hour, grace)
	opts.PaymentInterval = time.Hour // the test runs CheckPayments itself
	f.restart(t, opts)
	rep := f.rep

	key := f.ringKeys.ReplicaKey[:]
	ask := func(ring, rr common.Address, bucket uint64) (*gateway.ReplicateStatus, error) {
		p := f.replicateInto(t, f.alice, ring, rr, key, time.Hour)
		if bucket != 0 {
			p.Bucket = jsonUint(bucket)
		}
		return rep.ReplicateRing(ctx, p)
	}
	refused := func(what string, err error, want string) {
		t.Helper()
		var ce gateway.Coded
		if !errors.As(err, &ce) || ce.RPCCode() != gateway.CodePayment || ce.Check() != "bucket" || !strings.Contains(ce.RPCMessage(), want) {
			t.Fatalf("%s: %v; want -32018 bucket %q", what, err, want)
		}
		info := ringInfo(t, rep, ring)
		if info.Replicated {
			t.Fatalf("%s: the ring is replicated after the refusal", what)
		}
	}
	_, err = ask(ring, cluster, 0)
	refused("no bucket", err, "name the bucket that pays")
	_, err = ask(ring, cluster, 99)
	refused("unknown bucket", err, "no bucket 99")
	// Over HTTP the refusal is 402 Payment Required.
	cfg := gateway.DefaultConfig()
	cfg.Address = "/ip4/127.0.0.1/tcp/0"
	url := f.startGateway(t, cfg)
	p99 := f.replicateInto(t, f.alice, ring, cluster, key, time.Hour)
	p99.Bucket = jsonUint(99)
	status, body := post(t, url+"/ring/ReplicateRing", mustJSON(t, p99))
	var httpErr struct {
		Error *gateway.Error `json:"error"`
	}
	if err := json.Unmarshal(body, &httpErr); err != nil || status != http.StatusPaymentRequired || httpErr.Error == nil ||
		httpErr.Error.Code != gateway.CodePayment || httpErr.Error.Check() != "bucket" || !strings.Contains(httpErr.Error.Message, "no bucket 99") {
		t.Fatalf("POST /ring/ReplicateRing with bucket 99: HTTP %d %s", status, body)
	}
	refused("unknown bucket over HTTP", httpErr.Error, "no bucket 99")
	_, err = ask(ring, cluster, bucket)
	refused("not allocated", err, "no resource allocated")
	if _, _, err := mk.BucketAlloc(ctx, f.alice.key, bucket, 1, gwei); err != nil {
		t.Fatal(err)
	}
	_, err = ask(ring, f.replicaRing, bucket)
	refused("another cluster", err, "not this replica's "+f.replicaRing.Hex())
	// Half an hour of rent at 1 gwei/s, below the hour asked for.
	if _, err := mk.DepositFor(ctx, relayer, f.alice.addr, new(big.Int).Mul(gwei, big.NewInt(1800))); err != nil {
		t.Fatal(err)
	}
	_, err = ask(ring, cluster, bucket)
	refused("short of the minimum", err, "asks for 1h0m0s prepaid")
	p := f.replicateInto(t, f.alice, f.ring, cluster, key, time.Hour)
	p.Bucket = jsonUint(bucket)
	_, err = rep.ReplicateRing(ctx, p)
	var ce *replica.CheckError
	if !errors.As(err, &ce) || ce.Code != gateway.CodePayment || !strings.Contains(ce.Msg, "is for ring "+ring.Hex()) {
		t.Fatalf("another ring's bucket: %v", err)
	}

	// Two hours of rent in all: admitted.
	if _, err := mk.DepositFor(ctx, relayer, f.alice.addr, new(big.Int).Mul(gwei, big.NewInt(5400))); err != nil {
		t.Fatal(err)
	}
	st, err := ask(ring, cluster, bucket)
	if err != nil || st.Status != "replicating" || st.Bucket != "1" {
		t.Fatalf("funded bucket: %+v, %v", st, err)
	}

	// The fixture's ring, replicated before enforcement, is suspended.
	if err := rep.CheckPayments(ctx); err != nil {
		t.Fatal(err)
	}
	if info := ringInfo(t, rep, f.ring); !strings.Contains(info.Lapsed, "with no bucket") {
		t.Fatalf("the fixture's ring: lapsed %q, want suspended for having no bucket", info.Lapsed)
	}
	old := f.next(t, f.alice, nil, "before enforcement")
	fp, _ := f.validFlush(t, f.alice, old)
	fp.Blocks = [][]byte{old.data}
	if _, err := rep.FlushToRing(ctx, fp); !isPayment(err) {
		t.Fatalf("a flush for the ring with no bucket: %v, want -32018", err)
	}

	// Paid: a flush is taken and relayed.
	n1 := f.build(t, nodeSpec{ring: ring, author: f.alice, seq: 1, text: "paid"})
	flush := func(nodes ...logNode) (*gateway.FlushStatus, error) {
		now, err := f.client.HeadTime(ctx)
		if err != nil {
			t.Fatal(err)
		}
		fl := mtx(t, ring, f.alice, nodes[0], f.nonce(t, f.alice, ring))
		fl.Deadline = big.NewInt(max(now.Unix(), time.Now().Unix()) + 3600)
		p := flushParams(f.alice.addr, ring, fl, signMtx(t, fl, f.chainID, ring, f.alice.key), nodes...)
		for _, n := range nodes { // as the gateway decodes them
			p.Blocks = append(p.Blocks, n.data)
		}
		return rep.FlushToRing(ctx, p)
	}
	if st, err := flush(n1); err != nil {
		t.Fatalf("flush while paid: %v", err)
	} else {
		f.waitRelayed(t, st.ID)
	}

	// In debt since about two hours on, within the grace period: served.
	advance(t, f, 2*time.Hour+5*time.Minute)
	if err := rep.CheckPayments(ctx); err != nil {
		t.Fatal(err)
	}
	n2 := f.build(t, nodeSpec{ring: ring, author: f.alice, seq: 2, prev: &n1, text: "in debt, within the grace period"})
	if st, err := flush(n2, n1); err != nil {
		t.Fatalf("flush within the grace period: %v", err)
	} else {
		f.waitRelayed(t, st.ID)
	}
	if info := ringInfo(t, rep, ring); info.Lapsed != "" {
		t.Fatalf("suspended within the grace period: %s", info.Lapsed)
	}

	// Past the grace period: suspended, flushes refused, logs unpinned.
	advance(t, f, grace)
	if err := rep.CheckPayments(ctx); err != nil {
		t.Fatal(err)
	}
	info := ringInfo(t, rep, ring)
	if !strings.Contains(info.Lapsed, "past the grace period of 10m0s") || info.LapsedAt == nil || info.Bucket != bucket {
		t.Fatalf("after the grace period: %+v", info)
	}
	n3 := f.build(t, nodeSpec{ring: ring, author: f.alice, seq: 3, prev: &n2, text: "refused"})
	if _, err := flush(n3, n2); !isPayment(err) || !strings.Contains(err.Error(), "stopped serving ring "+ring.Hex()) {
		t.Fatalf("flush after the grace period: %v, want -32018", err)
	}
	if heads, err := f.logs.Heads(ctx, ring); err != nil || len(heads) != 0 {
		t.Fatalf("heads after the suspension: %v, %v; want none (logs released)", heads, err)
	}
	if _, pinned, err := f.node.Pinning.IsPinned(ctx, n2.cid); err != nil || pinned {
		t.Fatalf("the log head is still pinned (%v, %v)", pinned, err)
	}
	if _, err := f.keys.Get(ring); !errors.Is(err, ringkeys.ErrNoKeys) {
		t.Fatalf("the replica key is still in the key directory (%v): the node's sync would fetch the ring", err)
	}
	if rings, err := rep.Replicated(ctx); err != nil || len(rings) != 0 {
		t.Fatalf("Replicated while suspended: %v, %v; want none", rings, err)
	}

	// Paid again: resumed, the log fetched back from the chain's head.
	if _, err := mk.DepositFor(ctx, relayer, f.alice.addr, new(big.Int).Mul(gwei, big.NewInt(7200))); err != nil {
		t.Fatal(err)
	}
	if err := rep.CheckPayments(ctx); err != nil {
		t.Fatal(err)
	}
	if info := ringInfo(t, rep, ring); info.Lapsed != "" || info.LapsedAt != nil {
		t.Fatalf("after the deposit: %+v", info)
	}
	if k, err := f.keys.Get(ring); err != nil || k.ReplicaKey != f.ringKeys.ReplicaKey {
		t.Fatalf("the replica key after resuming: %v", err)
	}
	waitHead(t, f, ring, f.alice.addr, 2)
	if st, err := flush(n3, n2); err != nil {
		t.Fatalf("flush after resuming: %v", err)
	} else {
		f.waitRelayed(t, st.ID)
	}

	// Enforcement turned off: the ring suspended for having no bucket is
	// served again at the next start.
	f.restart(t, fixtureOptions())
	if info := ringInfo(t, f.rep, f.ring); info.Lapsed != "" || !info.Replicated {
		t.Fatalf("the fixture's ring after a start without enforcement: %+v", info)
	}
	if k, err := f.keys.Get(f.ring); err != nil || k.ReplicaKey != f.ringKeys.ReplicaKey {
		t.Fatalf("the fixture ring's replica key after a start without enforcement: %v", err)
	}
	if _, err := f.rep.FlushToRing(ctx, fp); err != nil {
		t.Fatalf("a flush for the fixture's ring after a start without enforcement: %v", err)
	}
}

// advance moves the fixture chain's clock by d.
func advance(t *testing.T, f *fixture, d time.Duration) {
	t.Helper()
	if _, err := f.dc.AdvanceTime(d); err != nil {
		t.Fatal(err)
	}
}

func ringInfo(t *testing.T, rep *replica.Replica, ring common.Address) *replica.RingInfoResult {
	t.Helper()
	v, err := rep.RingInfo(context.Background(), ring.Hex())
	if err != nil {
		t.Fatal(err)
	}
	return v.(*replica.RingInfoResult)
}

func isPayment(err error) bool {
	var ce *replica.CheckError
	return errors.As(err, &ce) && ce.Code == gateway.CodePayment
}

// waitHead waits until the replica's copy of member's log in ring reaches
// seq.
func waitHead(t *testing.T, f *fixture, ring, member common.Address, seq uint64) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		h, ok, err := f.logs.Head(context.Background(), ring, member)
		if err != nil {
			t.Fatal(err)
		}
		if ok && h.Seq >= seq {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the log of %s in %s did not reach seq %d in a minute", member.Hex(), ring.Hex(), seq)
		}
		<-tick.C
	}
}

func jsonUint(v uint64) json.Number { return json.Number(strconv.FormatUint(v, 10)) }
