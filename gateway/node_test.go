package gateway

import (
	"encoding/json"
	"net/http"
	"slices"
	"testing"
)

// TestNodeInfo: GET /ring/node and the NodeInfo method answer what
// WithNode gives, read at each request; params other than none or
// {} are refused; without WithNode both answer -32011 (404).
func TestNodeInfo(t *testing.T) {
	t.Parallel()
	addrs := []string{"/ip4/127.0.0.1/tcp/4001"}
	ts := startServer(t, testConfig(), WithNode(func() NodeInfo {
		return NodeInfo{Peer: "12D3KooWGRUVh4Q2v6UPnZ8AxfRrtKCDJWTX5ubkDwHQt1fnpHkH", Addrs: slices.Clone(addrs)}
	}))
	resp, body := do(t, http.MethodGet, ts.url+"/ring/node", "")
	var info NodeInfo
	if resp.StatusCode != http.StatusOK || json.Unmarshal(body, &info) != nil || info.Peer == "" || !slices.Equal(info.Addrs, addrs) {
		t.Fatalf("GET /ring/node: %d %s", resp.StatusCode, body)
	}
	addrs = append(addrs, "/ip4/127.0.0.1/udp/4001/quic-v1")
	for _, params := range []string{``, `,"params":{}`, `,"params":[{}]`} {
		_, body = do(t, http.MethodPost, ts.url+"/ring/rpc", `{"jsonrpc":"2.0","id":1,"method":"NodeInfo"`+params+`}`)
		var out struct {
			Result *NodeInfo `json:"result"`
		}
		if json.Unmarshal(body, &out) != nil || out.Result == nil || !slices.Equal(out.Result.Addrs, addrs) {
			t.Fatalf("NodeInfo with params %q: %s, want the addresses read now", params, body)
		}
	}
	_, body = do(t, http.MethodPost, ts.url+"/ring/rpc", `{"jsonrpc":"2.0","id":1,"method":"NodeInfo","params":{"peer":"x"}}`)
	var refused struct {
		Error *Error `json:"error"`
	}
	if json.Unmarshal(body, &refused) != nil || refused.Error == nil || refused.Error.Code != CodeInvalidParams {
		t.Fatalf("NodeInfo with a field: %s, want -32602", body)
	}

	bare := startServer(t, testConfig())
	resp, body = do(t, http.MethodGet, bare.url+"/ring/node", "")
	if resp.StatusCode != http.StatusNotFound || json.Unmarshal(body, &refused) != nil || refused.Error == nil || refused.Error.Code != CodeNotFound {
		t.Fatalf("GET /ring/node without a node: %d %s, want -32011 (404)", resp.StatusCode, body)
	}
}
