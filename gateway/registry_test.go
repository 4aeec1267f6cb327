package gateway

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"
)

const (
	testPeer   = "QmNnooDu7bfjPFoTZYxMNLWUQJyrVwtbZg5gBMjTezGAJN"
	testRelay  = "QmQCU2EcMqAqQPR2i9bChDtGNJchTbq5TbXJJ16u19uLTa"
	testResID  = "0x2222222222222222222222222222222222222222222222222222222222222222"
	testResSig = "0x" + "11111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111" + "1b"
)

// fakeRegistry is the network edge: it records what reached it and
// answers err when set.
type fakeRegistry struct {
	mu    sync.Mutex
	calls []any
	err   error
}

var _ Registry = (*fakeRegistry)(nil)

func (f *fakeRegistry) record(p any) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls = append(f.calls, p)
	return f.err
}

func (f *fakeRegistry) last() any {
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.calls) == 0 {
		return nil
	}
	return f.calls[len(f.calls)-1]
}

func (f *fakeRegistry) count() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.calls)
}

var testResource = RegistryResource{ID: testResID, Chain: 1337, Label: "chat", Owner: testAddr, Created: time.UnixMilli(1700000000123).UTC(), Sig: testResSig}

func (f *fakeRegistry) CreateResource(_ context.Context, p *ResourceParams) (*RegistryResource, error) {
	if err := f.record(p); err != nil {
		return nil, err
	}
	r := testResource
	return &r, nil
}

func (f *fakeRegistry) RegisterProvider(_ context.Context, p *ProviderRecordParams) (*Registration, error) {
	if err := f.record(p); err != nil {
		return nil, err
	}
	return &Registration{Resource: p.Resource, Peer: p.Peer, Issuer: p.Issuer}, nil
}

func (f *fakeRegistry) UnregisterProvider(_ context.Context, p *TombstoneParams) (*Registration, error) {
	if err := f.record(p); err != nil {
		return nil, err
	}
	return &Registration{Resource: p.Resource, Peer: p.Peer, Issuer: p.Issuer, Removed: true}, nil
}

func (f *fakeRegistry) ResolveProviders(_ context.Context, q *ResourceQuery) (*Resolved, error) {
	if err := f.record(q); err != nil {
		return nil, err
	}
	return &Resolved{Resource: testResource, Providers: []RegistryProvider{{Value: "https://chat.example", Peer: testPeer, Issuer: testAddr, Sig: testResSig}}}, nil
}

func (f *fakeRegistry) GetResource(_ context.Context, q *ResourceQuery) (*RegistryResource, error) {
	if err := f.record(q); err != nil {
		return nil, err
	}
	r := testResource
	return &r, nil
}

func validResource() map[string]any {
	return map[string]any{"chain": 1337, "label": "chat", "owner": testAddr, "created": "1700000000123", "sig": testResSig}
}

func validRecord() map[string]any {
	return map[string]any{"chain": "1337", "resource": testResID, "value": "https://chat.example", "peer": testPeer,
		"relays": []string{testRelay}, "services": []string{"chat"}, "issuer": testAddr, "created": 1700000000123, "sig": testResSig}
}

func validTombstone() map[string]any {
	return map[string]any{"chain": 1337, "resource": testResID, "peer": testPeer, "issuer": testAddr, "created": 1700000000123, "sig": testResSig}
}

func with(m map[string]any, k string, v any) map[string]any {
	if v == nil {
		delete(m, k)
	} else {
		m[k] = v
	}
	return m
}

func regCall(method string, params any) string {
	b, _ := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": method, "params": params})
	return string(b)
}

// TestRegistryMethods runs each registry method, valid and with bad
// params, against a fake Registry.
func TestRegistryMethods(t *testing.T) {
	t.Parallel()
	reg := &fakeRegistry{}
	ts := startServer(t, testConfig(), WithRegistry(reg))
	cases := []struct {
		name   string
		method string
		params any
		code   int
		check  string
		got    func(t *testing.T, p any) // what reached the registry
	}{
		{name: "CreateResource", method: "CreateResource", params: validResource(), got: func(t *testing.T, p any) {
			r := p.(*ResourceParams)
			if r.Chain != "1337" || r.Created != "1700000000123" || r.Label != "chat" || r.Owner != testAddr || r.Sig != testResSig {
				t.Errorf("params = %+v", r)
			}
		}},
		{name: "RegisterProvider", method: "RegisterProvider", params: validRecord(), got: func(t *testing.T, p any) {
			r := p.(*ProviderRecordParams)
			if r.Peer != testPeer || len(r.Relays) != 1 || r.Relays[0] != testRelay || len(r.Services) != 1 || r.Value != "https://chat.example" || r.Created != "1700000000123" {
				t.Errorf("params = %+v", r)
			}
		}},
		{name: "RegisterProvider without value, relays or services", method: "RegisterProvider",
			params: with(with(with(validRecord(), "value", nil), "relays", nil), "services", nil)},
		{name: "UnregisterProvider", method: "UnregisterProvider", params: validTombstone()},
		{name: "ResolveProviders by id", method: "ResolveProviders", params: map[string]any{"resource": testResID}, got: func(t *testing.T, p any) {
			if q := p.(*ResourceQuery); q.Resource != testResID {
				t.Errorf("query = %+v", q)
			}
		}},
		{name: "ResolveProviders by label", method: "ResolveProviders", params: []any{map[string]any{"label": "chat", "owner": testAddr}}, got: func(t *testing.T, p any) {
			if q := p.(*ResourceQuery); q.Label != "chat" || q.Owner != testAddr || q.Resource != "" {
				t.Errorf("query = %+v", q)
			}
		}},
		{name: "GetResource", method: "GetResource", params: map[string]any{"resource": testResID}},

		{name: "resource without sig", method: "CreateResource", params: with(validResource(), "sig", nil), code: CodeInvalidParams, check: "sig"},
		{name: "resource short sig", method: "CreateResource", params: with(validResource(), "sig", "0x1234"), code: CodeInvalidParams, check: "sig"},
		{name: "resource bad owner", method: "CreateResource", params: with(validResource(), "owner", "alice"), code: CodeInvalidParams, check: "owner"},
		{name: "resource label not a string", method: "CreateResource", params: with(validResource(), "label", 7), code: CodeInvalidParams, check: "label"},
		{name: "resource huge label", method: "CreateResource", params: with(validResource(), "label", strings.Repeat("a", 2000)), code: CodeInvalidParams, check: "label"},
		{name: "resource negative chain", method: "CreateResource", params: with(validResource(), "chain", -1), code: CodeInvalidParams, check: "chain"},
		{name: "resource chain above int64", method: "CreateResource", params: with(validResource(), "chain", "9223372036854775808"), code: CodeInvalidParams, check: "chain"},
		{name: "resource fractional created", method: "CreateResource", params: with(validResource(), "created", 1.5), code: CodeInvalidParams, check: "created"},
		{name: "resource unknown field", method: "CreateResource", params: with(validResource(), "id", testResID), code: CodeInvalidParams, check: "id"},
		{name: "resource not an object", method: "CreateResource", params: "chat", code: CodeInvalidRequest, check: "params"},
		{name: "record bad peer", method: "RegisterProvider", params: with(validRecord(), "peer", "not-a-peer"), code: CodeInvalidParams, check: "peer"},
		{name: "record bad relay", method: "RegisterProvider", params: with(validRecord(), "relays", []string{testRelay, "x"}), code: CodeInvalidParams, check: "relays[1]"},
		{name: "record relays not an array", method: "RegisterProvider", params: with(validRecord(), "relays", testRelay), code: CodeInvalidParams, check: "relays"},
		{name: "record service not a string", method: "RegisterProvider", params: with(validRecord(), "services", []any{"chat", 3}), code: CodeInvalidParams, check: "services[1]"},
		{name: "record too many services", method: "RegisterProvider", params: with(validRecord(), "services", make([]string, 65)), code: CodeInvalidParams, check: "services"},
		{name: "record short resource", method: "RegisterProvider", params: with(validRecord(), "resource", "0x22"), code: CodeInvalidParams, check: "resource"},
		{name: "record without issuer", method: "RegisterProvider", params: with(validRecord(), "issuer", nil), code: CodeInvalidParams, check: "issuer"},
		{name: "tombstone with value", method: "UnregisterProvider", params: with(validTombstone(), "value", ""), code: CodeInvalidParams, check: "value"},
		{name: "tombstone without peer", method: "UnregisterProvider", params: with(validTombstone(), "peer", nil), code: CodeInvalidParams, check: "peer"},
		{name: "query empty", method: "ResolveProviders", params: map[string]any{}, code: CodeInvalidParams, check: "resource"},
		{name: "query id and label", method: "ResolveProviders", params: map[string]any{"resource": testResID, "label": "chat"}, code: CodeInvalidParams, check: "resource"},
		{name: "query label without owner", method: "GetResource", params: map[string]any{"label": "chat"}, code: CodeInvalidParams, check: "owner"},
		{name: "query bad id", method: "GetResource", params: map[string]any{"resource": "chat"}, code: CodeInvalidParams, check: "resource"},
		{name: "query without params", method: "GetResource", code: CodeInvalidParams, check: "params"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			before := reg.count()
			var body string
			if c.params == nil {
				body = `{"jsonrpc":"2.0","id":1,"method":"` + c.method + `"}`
			} else {
				body = regCall(c.method, c.params)
			}
			resp, raw := ts.rpc(t, body)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("status %d", resp.StatusCode)
			}
			checkResp(t, decodeResp(t, raw), want{"1", c.code, c.check})
			if c.code != 0 {
				if reg.count() != before {
					t.Error("a bad request reached the registry")
				}
				return
			}
			if c.got != nil {
				c.got(t, reg.last())
			}
		})
	}
}

// TestRegistryBatch runs every registry method in one batch, in order.
func TestRegistryBatch(t *testing.T) {
	t.Parallel()
	reg := &fakeRegistry{}
	ts := startServer(t, testConfig(), WithRegistry(reg))
	body := "[" + strings.Join([]string{
		regCall("CreateResource", validResource()),
		regCall("RegisterProvider", validRecord()),
		regCall("ResolveProviders", map[string]any{"resource": testResID}),
		regCall("UnregisterProvider", with(validTombstone(), "sig", "0x")),
		regCall("GetResource", map[string]any{"label": "chat", "owner": testAddr}),
	}, ",") + "]"
	_, raw := ts.rpc(t, body)
	var resps []json.RawMessage
	if err := json.Unmarshal(raw, &resps); err != nil || len(resps) != 5 {
		t.Fatalf("batch response %s: %v", raw, err)
	}
	for i, w := range []want{{"1", 0, ""}, {"1", 0, ""}, {"1", 0, ""}, {"1", CodeInvalidParams, "sig"}, {"1", 0, ""}} {
		checkResp(t, decodeResp(t, resps[i]), w)
	}
	if n := reg.count(); n != 4 {
		t.Errorf("the registry got %d calls, want 4", n)
	}
	var res Resolved
	if err := json.Unmarshal(decodeResp(t, resps[2]).Result, &res); err != nil || len(res.Providers) != 1 || res.Providers[0].Sig != testResSig || res.Resource.ID != testResID {
		t.Errorf("ResolveProviders result %s: %v", decodeResp(t, resps[2]).Result, err)
	}
}

// TestRegistryRefusal passes the registry's coded errors on.
func TestRegistryRefusal(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		code   int
		check  string
		status int
	}{
		{CodeRegistryRefused, "sig", http.StatusForbidden},
		{CodeRegistryRefused, "created", http.StatusUnprocessableEntity},
		{CodeRegistryRefused, "resource", http.StatusUnprocessableEntity},
		{CodeRegistryRefused, "chain", http.StatusUnprocessableEntity},
		{CodeNotFound, "resource", http.StatusNotFound},
	} {
		t.Run(c.check, func(t *testing.T) {
			t.Parallel()
			ts := startServer(t, testConfig(), WithRegistry(&fakeRegistry{err: &codedErr{code: c.code, check: c.check}}))
			_, raw := ts.rpc(t, regCall("RegisterProvider", validRecord()))
			checkResp(t, decodeResp(t, raw), want{"1", c.code, c.check})
			resp, raw := do(t, http.MethodGet, ts.url+"/ring/registry/"+testResID, "")
			if e := errorBody(t, raw); resp.StatusCode != c.status || e.Code != c.code || e.Check() != c.check {
				t.Errorf("GET: %d %+v, want %d %d %s", resp.StatusCode, e, c.status, c.code, c.check)
			}
		})
	}
}

// TestRegistryNotConfigured: without WithRegistry every method and the
// route answer CodeNoRegistry, after the params are checked.
func TestRegistryNotConfigured(t *testing.T) {
	t.Parallel()
	ts := startServer(t, testConfig())
	for method, params := range map[string]any{
		"CreateResource":     validResource(),
		"RegisterProvider":   validRecord(),
		"UnregisterProvider": validTombstone(),
		"ResolveProviders":   map[string]any{"resource": testResID},
		"GetResource":        map[string]any{"label": "chat", "owner": testAddr},
	} {
		_, raw := ts.rpc(t, regCall(method, params))
		checkResp(t, decodeResp(t, raw), want{"1", CodeNoRegistry, "registry"})
	}
	_, raw := ts.rpc(t, regCall("GetResource", map[string]any{}))
	checkResp(t, decodeResp(t, raw), want{"1", CodeInvalidParams, "resource"})
	resp, raw := do(t, http.MethodGet, ts.url+"/ring/registry/"+testResID, "")
	if e := errorBody(t, raw); resp.StatusCode != http.StatusNotFound || e.Code != CodeNoRegistry {
		t.Errorf("GET: %d %+v", resp.StatusCode, e)
	}
}

// TestRegistryRoute covers GET /ring/registry/{resource}.
func TestRegistryRoute(t *testing.T) {
	t.Parallel()
	reg := &fakeRegistry{}
	ts := startServer(t, testConfig(), WithRegistry(reg))
	cases := []struct {
		name   string
		method string
		path   string
		status int
		check  string
		query  ResourceQuery
	}{
		{name: "by id", path: "/ring/registry/" + testResID, status: 200, query: ResourceQuery{Resource: testResID}},
		{name: "by label", path: "/ring/registry/chat?owner=" + testAddr, status: 200, query: ResourceQuery{Label: "chat", Owner: testAddr}},
		{name: "label with a space", path: "/ring/registry/my%20chat?owner=" + testAddr, status: 200, query: ResourceQuery{Label: "my chat", Owner: testAddr}},
		{name: "label without owner", path: "/ring/registry/chat", status: 400, check: "resource"},
		{name: "bad owner", path: "/ring/registry/chat?owner=alice", status: 400, check: "owner"},
		{name: "short id", path: "/ring/registry/0x22", status: 400, check: "resource"},
		{name: "events is no ring", path: "/ring/registry/events", status: 400, check: "resource"},
		{name: "POST", method: http.MethodPost, path: "/ring/registry/" + testResID, status: 405, check: checkHTTPMethod},
		{name: "the registry is no ring", path: "/ring/registry", status: 400, check: "ring"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := c.method
			if m == "" {
				m = http.MethodGet
			}
			resp, raw := do(t, m, ts.url+c.path, "")
			if resp.StatusCode != c.status {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, c.status, raw)
			}
			if c.status != 200 {
				if e := errorBody(t, raw); e.Check() != c.check {
					t.Errorf("check %q, want %q", e.Check(), c.check)
				}
				return
			}
			if q := reg.last().(*ResourceQuery); *q != c.query {
				t.Errorf("query %+v, want %+v", *q, c.query)
			}
			var res Resolved
			if err := json.Unmarshal(raw, &res); err != nil || len(res.Providers) != 1 {
				t.Errorf("body %s: %v", raw, err)
			}
		})
	}
}
