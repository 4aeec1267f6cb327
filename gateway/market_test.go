package gateway

import (
	"context"
	"encoding/json"
	"net/http"
	"sync"
	"testing"
)

// fakeMarket is the network edge: it knows bucket 7 in cluster 3 and
// records the ids that reached it.
type fakeMarket struct {
	mu  sync.Mutex
	ids []uint64
}

var _ Market = (*fakeMarket)(nil)

// bigWei is above 2^53: a JSON number would lose it in a browser.
const bigWei = "1000000000000000001"

var testNodeJSON = MarketNode{NodeID: 1, Provider: testAddr, Avatar: testAddr, ClusterID: 3, VNodes: 2, Capacity: 100,
	Reserved: 10, RentPerUnit: "1000000000", Peer: testPeer, GatewayURL: "http://127.0.0.1:8090"}

func (f *fakeMarket) seen(id uint64) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.ids = append(f.ids, id)
}

func (f *fakeMarket) count() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.ids)
}

func (f *fakeMarket) Bucket(_ context.Context, id uint64) (*MarketBucket, error) {
	f.seen(id)
	if id != 7 {
		return nil, &codedErr{code: CodeNotFound, check: "bucket"}
	}
	return &MarketBucket{BucketID: 7, Owner: testAddr, Ring: testRing, ClusterID: 3, ClusterRing: testRing, Resource: 1,
		Rate: "4000000000", SettledUntil: 1700000000, Due: "0", PaidUntil: 1950000000, AccountDeposit: bigWei,
		AccountUnlocked: bigWei, AccountRate: "4000000000", Nodes: []MarketNode{testNodeJSON}}, nil
}

func (f *fakeMarket) Cluster(_ context.Context, id uint32) (*MarketCluster, error) {
	f.seen(uint64(id))
	if id != 3 {
		return nil, &codedErr{code: CodeNotFound, check: "cluster"}
	}
	return &MarketCluster{ClusterID: 3, Manager: testAddr, Ring: testRing, ManagementFeeBps: 500, VNodes: 2,
		ResourcePerVNode: 10, ResourceUsed: 1, RentPerUnit: "2000000000", Revenues: bigWei, Nodes: []MarketNode{testNodeJSON}}, nil
}

// TestMarketMethods: MarketBucket and MarketCluster, and their GET routes,
// answer the market's status with wei as decimal strings; a bad id is
// -32602 (400) before the market is asked, an unknown one the market's
// -32011 (404), and a gateway without a market -32011, check "market".
func TestMarketMethods(t *testing.T) {
	t.Parallel()
	fm := &fakeMarket{}
	ts := startServer(t, testConfig(), WithMarket(fm))
	bare := startServer(t, testConfig())

	type result struct {
		BucketID       *uint64 `json:"bucketId"`
		ClusterID      *uint32 `json:"clusterId"`
		AccountDeposit *string `json:"accountDeposit"`
		Revenues       *string `json:"revenues"`
		RentPerUnit    *string `json:"rentPerUnit"`
		Nodes          []map[string]any
	}
	for _, tc := range []struct {
		name, method, params string
		srv                  *testServer
		code                 int    // 0: a result
		check                string // of the error
		asked                bool   // the market was asked
	}{
		{name: "bucket by number", method: "MarketBucket", params: `{"bucket":7}`, asked: true},
		{name: "bucket by string", method: "MarketBucket", params: `{"bucket":"7"}`, asked: true},
		{name: "bucket in an array", method: "MarketBucket", params: `[{"bucket":7}]`, asked: true},
		{name: "bucket 2^64-1", method: "MarketBucket", params: `{"bucket":"18446744073709551615"}`, code: CodeNotFound, check: "bucket", asked: true},
		{name: "unknown bucket", method: "MarketBucket", params: `{"bucket":8}`, code: CodeNotFound, check: "bucket", asked: true},
		{name: "bucket 0", method: "MarketBucket", params: `{"bucket":0}`, code: CodeInvalidParams, check: "bucket"},
		{name: "bucket negative", method: "MarketBucket", params: `{"bucket":-1}`, code: CodeInvalidParams, check: "bucket"},
		{name: "bucket 2^64", method: "MarketBucket", params: `{"bucket":"18446744073709551616"}`, code: CodeInvalidParams, check: "bucket"},
		{name: "bucket fraction", method: "MarketBucket", params: `{"bucket":7.0}`, code: CodeInvalidParams, check: "bucket"},
		{name: "bucket exponent", method: "MarketBucket", params: `{"bucket":7e0}`, code: CodeInvalidParams, check: "bucket"},
		{name: "bucket leading zero", method: "MarketBucket", params: `{"bucket":"07"}`, code: CodeInvalidParams, check: "bucket"},
		{name: "bucket hex", method: "MarketBucket", params: `{"bucket":"0x7"}`, code: CodeInvalidParams, check: "bucket"},
		{name: "bucket empty string", method: "MarketBucket", params: `{"bucket":""}`, code: CodeInvalidParams, check: "bucket"},
		{name: "bucket bool", method: "MarketBucket", params: `{"bucket":true}`, code: CodeInvalidParams, check: "bucket"},
		{name: "bucket null", method: "MarketBucket", params: `{"bucket":null}`, code: CodeInvalidParams, check: "bucket"},
		{name: "bucket missing", method: "MarketBucket", params: `{}`, code: CodeInvalidParams, check: "bucket"},
		{name: "bucket no params", method: "MarketBucket", code: CodeInvalidParams, check: "params"},
		{name: "bucket unknown field", method: "MarketBucket", params: `{"bucket":7,"cluster":3}`, code: CodeInvalidParams, check: "cluster"},
		{name: "bucket duplicate", method: "MarketBucket", params: `{"bucket":7,"bucket":8}`, code: CodeInvalidParams, check: "bucket"},
		{name: "cluster", method: "MarketCluster", params: `{"cluster":3}`, asked: true},
		{name: "cluster by string", method: "MarketCluster", params: `{"cluster":"3"}`, asked: true},
		{name: "unknown cluster", method: "MarketCluster", params: `{"cluster":4294967295}`, code: CodeNotFound, check: "cluster", asked: true},
		{name: "cluster 2^32", method: "MarketCluster", params: `{"cluster":4294967296}`, code: CodeInvalidParams, check: "cluster"},
		{name: "cluster 0", method: "MarketCluster", params: `{"cluster":"0"}`, code: CodeInvalidParams, check: "cluster"},
		{name: "cluster negative", method: "MarketCluster", params: `{"cluster":"-3"}`, code: CodeInvalidParams, check: "cluster"},
		{name: "cluster named bucket", method: "MarketCluster", params: `{"bucket":3}`, code: CodeInvalidParams, check: "bucket"},
		{name: "no market, bucket", method: "MarketBucket", params: `{"bucket":7}`, srv: bare, code: CodeNotFound, check: "market"},
		{name: "no market, cluster", method: "MarketCluster", params: `{"cluster":3}`, srv: bare, code: CodeNotFound, check: "market"},
		{name: "no market, bad id first", method: "MarketCluster", params: `{"cluster":0}`, srv: bare, code: CodeInvalidParams, check: "cluster"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := tc.srv
			if srv == nil {
				srv = ts
			}
			req := map[string]any{"jsonrpc": "2.0", "id": 1, "method": tc.method}
			if tc.params != "" {
				req["params"] = json.RawMessage(tc.params)
			}
			before := fm.count()
			_, body := srv.rpc(t, mustJSON(t, req))
			if asked := fm.count() > before; srv == ts && asked != tc.asked {
				t.Errorf("market asked: %v, want %v", asked, tc.asked)
			}
			r := decodeResp(t, body)
			if tc.code != 0 {
				if r.Error == nil || r.Error.Code != tc.code || r.Error.Check() != tc.check {
					t.Fatalf("%s: %s, want error %d check %q", tc.params, body, tc.code, tc.check)
				}
				checkMessage(t, r.Error)
				return
			}
			if r.Error != nil {
				t.Fatalf("%s: %s", tc.params, body)
			}
			var res result
			if err := json.Unmarshal(r.Result, &res); err != nil {
				t.Fatal(err)
			}
			switch tc.method {
			case "MarketBucket":
				if res.BucketID == nil || *res.BucketID != 7 || res.AccountDeposit == nil || *res.AccountDeposit != bigWei || len(res.Nodes) != 1 {
					t.Fatalf("bucket: %s", r.Result)
				}
			default:
				if res.ClusterID == nil || *res.ClusterID != 3 || res.Revenues == nil || *res.Revenues != bigWei || res.RentPerUnit == nil {
					t.Fatalf("cluster: %s", r.Result)
				}
			}
			if rent, ok := res.Nodes[0]["rentPerUnit"].(string); !ok || rent != "1000000000" {
				t.Fatalf("node rent %v: must be a decimal string", res.Nodes[0]["rentPerUnit"])
			}
		})
	}

	for _, tc := range []struct {
		name, path string
		srv        *testServer
		status     int
		code       int
		check      string
	}{
		{name: "bucket", path: "/ring/market/bucket/7", status: http.StatusOK},
		{name: "cluster", path: "/ring/market/cluster/3", status: http.StatusOK},
		{name: "unknown bucket", path: "/ring/market/bucket/8", status: http.StatusNotFound, code: CodeNotFound, check: "bucket"},
		{name: "unknown cluster", path: "/ring/market/cluster/4", status: http.StatusNotFound, code: CodeNotFound, check: "cluster"},
		{name: "bucket 0", path: "/ring/market/bucket/0", status: http.StatusBadRequest, code: CodeInvalidParams, check: "bucket"},
		{name: "bucket word", path: "/ring/market/bucket/seven", status: http.StatusBadRequest, code: CodeInvalidParams, check: "bucket"},
		{name: "bucket 2^64", path: "/ring/market/bucket/18446744073709551616", status: http.StatusBadRequest, code: CodeInvalidParams, check: "bucket"},
		{name: "cluster negative", path: "/ring/market/cluster/-1", status: http.StatusBadRequest, code: CodeInvalidParams, check: "cluster"},
		{name: "cluster 2^32", path: "/ring/market/cluster/4294967296", status: http.StatusBadRequest, code: CodeInvalidParams, check: "cluster"},
		{name: "cluster plus", path: "/ring/market/cluster/+3", status: http.StatusBadRequest, code: CodeInvalidParams, check: "cluster"},
		{name: "no market", path: "/ring/market/bucket/7", srv: bare, status: http.StatusNotFound, code: CodeNotFound, check: "market"},
		// /ring/market is no ring: the {ring} route refuses it as before.
		{name: "market as a ring", path: "/ring/market", status: http.StatusBadRequest, code: CodeInvalidParams, check: "ring"},
		{name: "no such market route", path: "/ring/market/node/1", status: http.StatusNotFound, code: CodeMethodNotFound, check: "route"},
	} {
		t.Run("GET "+tc.name, func(t *testing.T) {
			srv := tc.srv
			if srv == nil {
				srv = ts
			}
			resp, body := do(t, http.MethodGet, srv.url+tc.path, "")
			if resp.StatusCode != tc.status {
				t.Fatalf("GET %s: %d %s, want %d", tc.path, resp.StatusCode, body, tc.status)
			}
			if tc.code == 0 {
				if resp.Header.Get("Cache-Control") != "no-cache" {
					t.Errorf("Cache-Control %q", resp.Header.Get("Cache-Control"))
				}
				var m map[string]any
				if err := json.Unmarshal(body, &m); err != nil || len(m["nodes"].([]any)) != 1 {
					t.Fatalf("GET %s: %s", tc.path, body)
				}
				return
			}
			var eb struct {
				Error *Error `json:"error"`
			}
			if err := json.Unmarshal(body, &eb); err != nil || eb.Error == nil || eb.Error.Code != tc.code || eb.Error.Check() != tc.check {
				t.Fatalf("GET %s: %s, want %d check %q", tc.path, body, tc.code, tc.check)
			}
			checkMessage(t, eb.Error)
		})
	}
}
