package gateway

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"reflect"
	"strings"
	"testing"
)

// want is one expected Response object: its id verbatim, and the error code
// and check (code 0: a result).
type want struct {
	id    string
	code  int
	check string
}

func checkResp(t *testing.T, got rpcResp, w want) {
	t.Helper()
	if string(got.ID) != w.id {
		t.Errorf("id = %s, want %s", got.ID, w.id)
	}
	if w.code == 0 {
		if got.Error != nil || got.Result == nil {
			t.Errorf("want a result, got error %+v", got.Error)
		}
		return
	}
	if got.Error == nil {
		t.Fatalf("want error %d, got result %s", w.code, got.Result)
	}
	if got.Error.Code != w.code || got.Error.Check() != w.check || got.Error.Message == "" {
		t.Errorf("error = %d %q (%s), want %d %q", got.Error.Code, got.Error.Check(), got.Error.Message, w.code, w.check)
	}
	checkMessage(t, got.Error)
}

// TestRPCSpec covers the rules of the JSON-RPC 2.0 specification.
func TestRPCSpec(t *testing.T) {
	t.Parallel()
	ts := startServer(t, testConfig())
	ringInfo := `{"jsonrpc":"2.0","method":"RingInfo","params":{"ring":"` + testRing + `"}`
	cases := []struct {
		name   string
		body   string
		status int
		batch  bool   // the response is an array
		want   []want // nil with status 204
	}{
		{name: "parse error", body: `{"jsonrpc": "2.0", "method": "foobar, "params": "bar", "baz]`, status: 200,
			want: []want{{"null", CodeParseError, "parse"}}},
		{name: "parse error in batch", body: `[{"jsonrpc": "2.0", "method": "sum", "params": [1,2,4], "id": "1"},{"jsonrpc": "2.0", "method"]`, status: 200,
			want: []want{{"null", CodeParseError, "parse"}}},
		{name: "empty body", body: ``, status: 200, want: []want{{"null", CodeParseError, "parse"}}},
		{name: "trailing data", body: ringInfo + `,"id":1} {}`, status: 200, want: []want{{"null", CodeParseError, "parse"}}},
		{name: "number not object", body: `1`, status: 200, want: []want{{"null", CodeInvalidRequest, "request"}}},
		{name: "string not object", body: `"foo"`, status: 200, want: []want{{"null", CodeInvalidRequest, "request"}}},
		{name: "null not object", body: `null`, status: 200, want: []want{{"null", CodeInvalidRequest, "request"}}},
		{name: "jsonrpc 1.0", body: `{"jsonrpc":"1.0","method":"RingInfo","params":{"ring":"` + testRing + `"},"id":1}`, status: 200,
			want: []want{{"1", CodeInvalidRequest, "jsonrpc"}}},
		{name: "jsonrpc number", body: `{"jsonrpc":2.0,"method":"RingInfo","id":"a"}`, status: 200,
			want: []want{{`"a"`, CodeInvalidRequest, "jsonrpc"}}},
		{name: "jsonrpc missing", body: `{"method":"RingInfo","params":{"ring":"` + testRing + `"},"id":2}`, status: 200,
			want: []want{{"2", CodeInvalidRequest, "jsonrpc"}}},
		{name: "method not string", body: `{"jsonrpc": "2.0", "method": 1, "params": "bar"}`, status: 200,
			want: []want{{"null", CodeInvalidRequest, "method"}}},
		{name: "method missing", body: `{"jsonrpc": "2.0", "id": 4}`, status: 200,
			want: []want{{"4", CodeInvalidRequest, "method"}}},
		{name: "params string", body: `{"jsonrpc":"2.0","method":"RingInfo","params":"bar","id":3}`, status: 200,
			want: []want{{"3", CodeInvalidRequest, "params"}}},
		{name: "params null", body: `{"jsonrpc":"2.0","method":"RingInfo","params":null,"id":3}`, status: 200,
			want: []want{{"3", CodeInvalidRequest, "params"}}},
		{name: "id object", body: ringInfo + `,"id":{"a":1}}`, status: 200, want: []want{{"null", CodeInvalidRequest, "id"}}},
		{name: "id array", body: ringInfo + `,"id":[1]}`, status: 200, want: []want{{"null", CodeInvalidRequest, "id"}}},
		{name: "id bool", body: ringInfo + `,"id":true}`, status: 200, want: []want{{"null", CodeInvalidRequest, "id"}}},
		{name: "duplicate member", body: `{"jsonrpc":"2.0","method":"RingInfo","method":"Log","id":1}`, status: 200,
			want: []want{{"null", CodeInvalidRequest, "method"}}},
		{name: "case-variant member", body: `{"jsonrpc":"2.0","Method":"RingInfo","id":1}`, status: 200,
			want: []want{{"1", CodeInvalidRequest, "method"}}},
		{name: "empty batch", body: `[]`, status: 200, want: []want{{"null", CodeInvalidRequest, "batch"}}},
		{name: "empty batch with space", body: " [ ] ", status: 200, want: []want{{"null", CodeInvalidRequest, "batch"}}},
		{name: "batch of invalid", body: `[1,2,3]`, status: 200, batch: true, want: []want{
			{"null", CodeInvalidRequest, "request"}, {"null", CodeInvalidRequest, "request"}, {"null", CodeInvalidRequest, "request"}}},
		{name: "batch of one invalid", body: `[1]`, status: 200, batch: true, want: []want{{"null", CodeInvalidRequest, "request"}}},
		{name: "mixed batch", status: 200, batch: true, body: `[
			` + ringInfo + `,"id":"1"},
			` + ringInfo + `},
			{"jsonrpc":"2.0","method":"FlushStatus","params":{"id":"0x12"},"id":2},
			{"foo":"boo"},
			{"jsonrpc":"2.0","method":"foo.get","params":{"name":"myself"},"id":"5"},
			{"jsonrpc":"2.0","method":"Log","params":{"ring":"` + testRing + `","member":"` + testAddr + `"},"id":9}
		]`, want: []want{
			{`"1"`, 0, ""},
			{"2", CodeInvalidParams, "id"},
			{"null", CodeInvalidRequest, "jsonrpc"},
			{`"5"`, CodeMethodNotFound, "method"},
			{"9", 0, ""},
		}},
		{name: "batch of notifications", body: `[` + ringInfo + `},` + ringInfo + `}]`, status: 204},
		{name: "notification", body: ringInfo + `}`, status: 204},
		{name: "notification of unknown method", body: `{"jsonrpc":"2.0","method":"nope"}`, status: 204},
		{name: "notification with bad params", body: `{"jsonrpc":"2.0","method":"RingInfo","params":{"ring":1}}`, status: 204},
		{name: "id string", body: ringInfo + `,"id":"abc"}`, status: 200, want: []want{{`"abc"`, 0, ""}}},
		{name: "id string unescaped", body: ringInfo + `,"id":"<a&b>\u00e9"}`, status: 200, want: []want{{`"<a&b>\u00e9"`, 0, ""}}},
		{name: "id number", body: ringInfo + `,"id":42}`, status: 200, want: []want{{"42", 0, ""}}},
		{name: "id negative", body: ringInfo + `,"id":-7}`, status: 200, want: []want{{"-7", 0, ""}}},
		{name: "id fraction", body: ringInfo + `,"id":1.50e3}`, status: 200, want: []want{{"1.50e3", 0, ""}}},
		{name: "id big", body: ringInfo + `,"id":123456789012345678901234567890}`, status: 200, want: []want{{"123456789012345678901234567890", 0, ""}}},
		{name: "id null", body: ringInfo + `,"id":null}`, status: 200, want: []want{{"null", 0, ""}}},
		{name: "extra member ignored", body: ringInfo + `,"id":1,"x":true}`, status: 200, want: []want{{"1", 0, ""}}},
		{name: "unknown method", body: `{"jsonrpc":"2.0","method":"foobar","id":"1"}`, status: 200,
			want: []want{{`"1"`, CodeMethodNotFound, "method"}}},
		{name: "reserved method", body: `{"jsonrpc":"2.0","method":"rpc.discover","id":1}`, status: 200,
			want: []want{{"1", CodeMethodNotFound, "method"}}},
		{name: "method case matters", body: `{"jsonrpc":"2.0","method":"ringinfo","params":{"ring":"` + testRing + `"},"id":1}`, status: 200,
			want: []want{{"1", CodeMethodNotFound, "method"}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := ts.rpc(t, tc.body)
			if resp.StatusCode != tc.status {
				t.Fatalf("status = %d, want %d; body %s", resp.StatusCode, tc.status, body)
			}
			if tc.status == http.StatusNoContent {
				if len(body) != 0 {
					t.Fatalf("204 with body %q", body)
				}
				return
			}
			if ct := resp.Header.Get("Content-Type"); ct != "application/json" {
				t.Errorf("Content-Type = %q", ct)
			}
			if !tc.batch {
				if strings.HasPrefix(strings.TrimSpace(string(body)), "[") {
					t.Fatalf("want one response object, got %s", body)
				}
				checkResp(t, decodeResp(t, body), tc.want[0])
				return
			}
			var raws []json.RawMessage
			if err := json.Unmarshal(body, &raws); err != nil {
				t.Fatalf("want an array, got %s", body)
			}
			if len(raws) != len(tc.want) {
				t.Fatalf("%d responses, want %d: %s", len(raws), len(tc.want), body)
			}
			for i, raw := range raws {
				checkResp(t, decodeResp(t, raw), tc.want[i])
			}
		})
	}
}

// TestRPCNotificationsRun checks that notifications are executed, in
// order, though nothing is answered.
func TestRPCNotificationsRun(t *testing.T) {
	t.Parallel()
	ts := startServer(t, testConfig())
	body := `[{"jsonrpc":"2.0","method":"FlushToRing","params":` + mustJSON(t, validFlush()) + `},
		{"jsonrpc":"2.0","method":"FlushStatus","params":{"id":"` + testID + `"}}]`
	resp, b := ts.rpc(t, body)
	if resp.StatusCode != http.StatusNoContent || len(b) != 0 {
		t.Fatalf("status %d body %q", resp.StatusCode, b)
	}
	if got := ts.backend.called(); !reflect.DeepEqual(got, []string{"FlushToRing", "FlushStatus"}) {
		t.Fatalf("backend calls = %v", got)
	}
}

func TestRPCMaxBatch(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.MaxBatch = 2
	ts := startServer(t, cfg)
	one := `{"jsonrpc":"2.0","method":"FlushStatus","params":{"id":"` + testID + `"},"id":1}`
	resp, body := ts.rpc(t, "["+one+","+one+"]")
	if resp.StatusCode != 200 || !strings.HasPrefix(string(body), "[") {
		t.Fatalf("batch of 2: %d %s", resp.StatusCode, body)
	}
	resp, body = ts.rpc(t, "["+one+","+one+","+one+"]")
	if resp.StatusCode != 200 {
		t.Fatalf("status %d", resp.StatusCode)
	}
	checkResp(t, decodeResp(t, body), want{"null", CodeInvalidRequest, "batch"})
	if n := len(ts.backend.called()); n != 2 {
		t.Fatalf("backend called %d times, want 2", n)
	}
}

// TestParams checks every params validation and the check it names.
func TestParams(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.MaxLogNodes = 3
	ts := startServer(t, cfg)

	flush := func(mod func(p map[string]any)) string {
		p := validFlush()
		mod(p)
		return mustJSON(t, p)
	}
	mtx := func(mod func(m map[string]any)) string {
		return flush(func(p map[string]any) { mod(p["mtx"].(map[string]any)) })
	}
	repl := func(mod func(p map[string]any)) string {
		p := validReplicate()
		mod(p)
		return mustJSON(t, p)
	}
	nodes := func(n ...any) string {
		return flush(func(p map[string]any) { p["logNodes"] = append([]any{}, n...) })
	}
	max := base64.StdEncoding.EncodeToString(make([]byte, maxBlockBytes))
	big := base64.StdEncoding.EncodeToString(make([]byte, maxBlockBytes+1))

	cases := []struct {
		name, method, params string // params "" omits the member
		check                string // "" wants success
		code                 int    // default CodeInvalidParams
	}{
		{name: "flush valid", method: "FlushToRing", params: flush(func(map[string]any) {})},
		{name: "flush as array", method: "FlushToRing", params: "[" + flush(func(map[string]any) {}) + "]"},
		{name: "flush array of two", method: "FlushToRing", params: "[{},{}]", check: "params"},
		{name: "flush empty array", method: "FlushToRing", params: "[]", check: "params"},
		{name: "flush array of number", method: "FlushToRing", params: "[1]", check: "params"},
		{name: "flush no params", method: "FlushToRing", params: "", check: "params"},
		{name: "flush unknown field", method: "FlushToRing", params: flush(func(p map[string]any) { p["foo"] = 1 }), check: "foo"},
		{name: "flush case-variant field", method: "FlushToRing", params: flush(func(p map[string]any) { p["Avatar"] = p["avatar"]; delete(p, "avatar") }), check: "Avatar"},
		{name: "flush duplicate field", method: "FlushToRing", params: `{"avatar":"` + testAddr + `","avatar":"` + testAddr + `"}`, check: "avatar"},
		{name: "avatar missing", method: "FlushToRing", params: flush(func(p map[string]any) { delete(p, "avatar") }), check: "avatar"},
		{name: "avatar null", method: "FlushToRing", params: flush(func(p map[string]any) { p["avatar"] = nil }), check: "avatar"},
		{name: "avatar number", method: "FlushToRing", params: flush(func(p map[string]any) { p["avatar"] = 1 }), check: "avatar"},
		{name: "avatar short", method: "FlushToRing", params: flush(func(p map[string]any) { p["avatar"] = testAddr[:41] }), check: "avatar"},
		{name: "avatar long", method: "FlushToRing", params: flush(func(p map[string]any) { p["avatar"] = testAddr + "0" }), check: "avatar"},
		{name: "avatar no 0x", method: "FlushToRing", params: flush(func(p map[string]any) { p["avatar"] = "00" + testAddr[2:] }), check: "avatar"},
		{name: "avatar 0X", method: "FlushToRing", params: flush(func(p map[string]any) { p["avatar"] = "0X" + testAddr[2:] }), check: "avatar"},
		{name: "avatar not hex", method: "FlushToRing", params: flush(func(p map[string]any) { p["avatar"] = testAddr[:41] + "g" }), check: "avatar"},
		{name: "avatar mixed case", method: "FlushToRing", params: flush(func(p map[string]any) { p["avatar"] = "0xAbCdEf0000000000000000000000000000000000" })},
		{name: "ring bad", method: "FlushToRing", params: flush(func(p map[string]any) { p["ring"] = "ring" }), check: "ring"},
		{name: "mtx missing", method: "FlushToRing", params: flush(func(p map[string]any) { delete(p, "mtx") }), check: "mtx"},
		{name: "mtx not object", method: "FlushToRing", params: flush(func(p map[string]any) { p["mtx"] = []any{} }), check: "mtx"},
		{name: "mtx unknown field", method: "FlushToRing", params: mtx(func(m map[string]any) { m["foo"] = 1 }), check: "mtx.foo"},
		{name: "mtx.ring bad", method: "FlushToRing", params: mtx(func(m map[string]any) { m["ring"] = "0x1" }), check: "mtx.ring"},
		{name: "mtx.avatar missing", method: "FlushToRing", params: mtx(func(m map[string]any) { delete(m, "avatar") }), check: "mtx.avatar"},
		{name: "mtx.head short", method: "FlushToRing", params: mtx(func(m map[string]any) { m["head"] = testHead[:64] }), check: "mtx.head"},
		{name: "mtx.seq max", method: "FlushToRing", params: mtx(func(m map[string]any) { m["seq"] = json.Number("18446744073709551615") })},
		{name: "mtx.seq string", method: "FlushToRing", params: mtx(func(m map[string]any) { m["seq"] = "18446744073709551615" })},
		{name: "mtx.seq zero", method: "FlushToRing", params: mtx(func(m map[string]any) { m["seq"] = 0 })},
		{name: "mtx.seq 2^64", method: "FlushToRing", params: mtx(func(m map[string]any) { m["seq"] = json.Number("18446744073709551616") }), check: "mtx.seq"},
		{name: "mtx.seq negative", method: "FlushToRing", params: mtx(func(m map[string]any) { m["seq"] = -1 }), check: "mtx.seq"},
		{name: "mtx.seq fraction", method: "FlushToRing", params: mtx(func(m map[string]any) { m["seq"] = 1.5 }), check: "mtx.seq"},
		{name: "mtx.seq exponent", method: "FlushToRing", params: mtx(func(m map[string]any) { m["seq"] = json.Number("1e3") }), check: "mtx.seq"},
		{name: "mtx.seq leading zero", method: "FlushToRing", params: mtx(func(m map[string]any) { m["seq"] = "07" }), check: "mtx.seq"},
		{name: "mtx.seq hex", method: "FlushToRing", params: mtx(func(m map[string]any) { m["seq"] = "0x7" }), check: "mtx.seq"},
		{name: "mtx.seq empty string", method: "FlushToRing", params: mtx(func(m map[string]any) { m["seq"] = "" }), check: "mtx.seq"},
		{name: "mtx.seq plus", method: "FlushToRing", params: mtx(func(m map[string]any) { m["seq"] = "+7" }), check: "mtx.seq"},
		{name: "mtx.seq bool", method: "FlushToRing", params: mtx(func(m map[string]any) { m["seq"] = true }), check: "mtx.seq"},
		{name: "mtx.seq null", method: "FlushToRing", params: mtx(func(m map[string]any) { m["seq"] = nil }), check: "mtx.seq"},
		{name: "mtx.nonce 2^256-1", method: "FlushToRing", params: mtx(func(m map[string]any) {
			m["nonce"] = "115792089237316195423570985008687907853269984665640564039457584007913129639935"
		})},
		{name: "mtx.nonce 2^256", method: "FlushToRing", params: mtx(func(m map[string]any) {
			m["nonce"] = "115792089237316195423570985008687907853269984665640564039457584007913129639936"
		}), check: "mtx.nonce"},
		{name: "mtx.nonce 79 digits", method: "FlushToRing", params: mtx(func(m map[string]any) { m["nonce"] = strings.Repeat("1", 79) }), check: "mtx.nonce"},
		{name: "mtx.deadline missing", method: "FlushToRing", params: mtx(func(m map[string]any) { delete(m, "deadline") }), check: "mtx.deadline"},
		{name: "mtx_sig short", method: "FlushToRing", params: flush(func(p map[string]any) { p["mtx_sig"] = testSig[:130] }), check: "mtx_sig"},
		{name: "mtx_sig missing", method: "FlushToRing", params: flush(func(p map[string]any) { delete(p, "mtx_sig") }), check: "mtx_sig"},
		{name: "logNodes missing", method: "FlushToRing", params: flush(func(p map[string]any) { delete(p, "logNodes") }), check: "logNodes"},
		{name: "logNodes not array", method: "FlushToRing", params: flush(func(p map[string]any) { p["logNodes"] = testNode0 }), check: "logNodes"},
		{name: "logNodes empty", method: "FlushToRing", params: nodes()},
		{name: "logNodes number", method: "FlushToRing", params: nodes(testNode0, 1), check: "logNodes[1]"},
		{name: "logNodes not base64", method: "FlushToRing", params: nodes("!!!!"), check: "logNodes[0]"},
		{name: "logNodes unpadded", method: "FlushToRing", params: nodes(testNode0, "bm9kZQ"), check: "logNodes[1]"},
		{name: "logNodes url-safe", method: "FlushToRing", params: nodes("-_-_"), check: "logNodes[0]"},
		{name: "logNodes non-canonical", method: "FlushToRing", params: nodes("bm9kZR=="), check: "logNodes[0]"},
		{name: "logNodes newline", method: "FlushToRing", params: nodes("bm9k\nZQ=="), check: "logNodes[0]"},
		{name: "logNodes empty block", method: "FlushToRing", params: nodes(""), check: "logNodes[0]"},
		{name: "logNodes largest block", method: "FlushToRing", params: nodes(max)},
		{name: "logNodes block too big", method: "FlushToRing", params: nodes(testNode0, testNode0, big), check: "logNodes[2]"},
		{name: "logNodes at limit", method: "FlushToRing", params: nodes(testNode0, testNode0, testNode0)},
		{name: "logNodes over limit", method: "FlushToRing", params: nodes(testNode0, testNode0, testNode0, "not even base64"), check: "logNodes", code: CodeTooDeep},

		{name: "session valid", method: "FlushToRing", params: flush(func(p map[string]any) { p["session"] = validSession() })},
		{name: "session null", method: "FlushToRing", params: flush(func(p map[string]any) { p["session"] = nil })},
		{name: "session not object", method: "FlushToRing", params: flush(func(p map[string]any) { p["session"] = "0x" }), check: "session"},
		{name: "session unknown field", method: "FlushToRing", params: flush(func(p map[string]any) { s := validSession(); s["author"] = testAddr; p["session"] = s }), check: "session.author"},
		{name: "session key missing", method: "FlushToRing", params: flush(func(p map[string]any) { s := validSession(); delete(s, "key"); p["session"] = s }), check: "session.key"},
		{name: "session expiry 2^53", method: "FlushToRing", params: flush(func(p map[string]any) {
			s := validSession()
			s["expiry"] = json.Number("9007199254740992")
			p["session"] = s
		}), check: "session.expiry"},
		{name: "session notBefore string", method: "FlushToRing", params: flush(func(p map[string]any) { s := validSession(); s["notBefore"] = "1700000000"; p["session"] = s })},
		{name: "session sig short", method: "FlushToRing", params: flush(func(p map[string]any) { s := validSession(); s["sig"] = testSig[:130]; p["session"] = s }), check: "session.sig"},

		{name: "revoke valid", method: "RevokeSession", params: `{"ring":"` + testRing + `","author":"` + testAddr + `","key":"` + testAddr + `","sig":"` + testSig + `"}`},
		{name: "revoke key missing", method: "RevokeSession", params: `{"ring":"` + testRing + `","author":"` + testAddr + `","sig":"` + testSig + `"}`, check: "key"},
		{name: "revoke sig bad", method: "RevokeSession", params: `{"ring":"` + testRing + `","author":"` + testAddr + `","key":"` + testAddr + `","sig":"0x00"}`, check: "sig"},
		{name: "revoke unknown field", method: "RevokeSession", params: `{"ring":"` + testRing + `","author":"` + testAddr + `","key":"` + testAddr + `","sig":"` + testSig + `","expiry":1}`, check: "expiry"},

		{name: "replicate valid", method: "ReplicateRing", params: repl(func(map[string]any) {})},
		{name: "replicate unknown field", method: "ReplicateRing", params: repl(func(p map[string]any) { p["replicaRing"] = testAddr }), check: "replicaRing"},
		{name: "replica_ring bad", method: "ReplicateRing", params: repl(func(p map[string]any) { p["replica_ring"] = "" }), check: "replica_ring"},
		{name: "replica_key bad", method: "ReplicateRing", params: repl(func(p map[string]any) { p["replica_key"] = testAddr }), check: "replica_key"},
		{name: "replicate with bucket", method: "ReplicateRing", params: repl(func(p map[string]any) { p["bucket"] = "3" })},
		{name: "replicate with numeric bucket", method: "ReplicateRing", params: repl(func(p map[string]any) { p["bucket"] = 3 })},
		{name: "bucket not a number", method: "ReplicateRing", params: repl(func(p map[string]any) { p["bucket"] = "one" }), check: "bucket"},
		{name: "bucket above uint64", method: "ReplicateRing", params: repl(func(p map[string]any) { p["bucket"] = "18446744073709551616" }), check: "bucket"},
		{name: "replicate mtx.replicaKeyHash bad", method: "ReplicateRing", params: repl(func(p map[string]any) {
			p["mtx"].(map[string]any)["replicaKeyHash"] = 5
		}), check: "mtx.replicaKeyHash"},
		{name: "replicate mtx.deadline bad", method: "ReplicateRing", params: repl(func(p map[string]any) {
			p["mtx"].(map[string]any)["deadline"] = "soon"
		}), check: "mtx.deadline"},
		{name: "replicate mtx unknown", method: "ReplicateRing", params: repl(func(p map[string]any) {
			p["mtx"].(map[string]any)["seq"] = 1
		}), check: "mtx.seq"},
		{name: "replicate mtx_sig bad", method: "ReplicateRing", params: repl(func(p map[string]any) { p["mtx_sig"] = testSig + "00" }), check: "mtx_sig"},

		{name: "status valid", method: "FlushStatus", params: `{"id":"` + testID + `"}`},
		{name: "status as array", method: "FlushStatus", params: `[{"id":"` + testID + `"}]`},
		{name: "status id missing", method: "FlushStatus", params: `{}`, check: "id"},
		{name: "status id bad", method: "FlushStatus", params: `{"id":"` + testAddr + `"}`, check: "id"},
		{name: "status params positional", method: "FlushStatus", params: `["` + testID + `"]`, check: "params"},

		{name: "info valid", method: "RingInfo", params: `{"ring":"` + testRing + `"}`},
		{name: "info ring bad", method: "RingInfo", params: `{"ring":"my-ring"}`, check: "ring"},

		{name: "timeline valid", method: "Timeline", params: `{"ring":"` + testRing + `"}`},
		{name: "timeline cursor and limit", method: "Timeline", params: `{"ring":"` + testRing + `","cursor":"` + testAddr + `:2","limit":"3"}`},
		{name: "timeline cursor not string", method: "Timeline", params: `{"ring":"` + testRing + `","cursor":5}`, check: "cursor"},
		{name: "timeline cursor bad", method: "Timeline", params: `{"ring":"` + testRing + `","cursor":"` + testAddr + `:x"}`, check: "cursor"},
		{name: "timeline limit over max", method: "Timeline", params: `{"ring":"` + testRing + `","limit":4}`, check: "limit"},
		{name: "timeline unknown field", method: "Timeline", params: `{"ring":"` + testRing + `","since":1}`, check: "since"},
		{name: "log valid", method: "Log", params: `{"ring":"` + testRing + `","member":"` + testAddr + `"}`},
		{name: "log since and limit", method: "Log", params: `{"ring":"` + testRing + `","member":"` + testAddr + `","since":"5","limit":3}`},
		{name: "log since null", method: "Log", params: `{"ring":"` + testRing + `","member":"` + testAddr + `","since":null}`},
		{name: "log since negative", method: "Log", params: `{"ring":"` + testRing + `","member":"` + testAddr + `","since":-1}`, check: "since"},
		{name: "log limit over max", method: "Log", params: `{"ring":"` + testRing + `","member":"` + testAddr + `","limit":4}`, check: "limit"},
		{name: "log member bad", method: "Log", params: `{"ring":"` + testRing + `","member":"me"}`, check: "member"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			req := `{"jsonrpc":"2.0","method":"` + tc.method + `","id":1`
			if tc.params != "" {
				req += `,"params":` + tc.params
			}
			resp, body := ts.rpc(t, req+"}")
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("status %d", resp.StatusCode)
			}
			w := want{id: "1"}
			if tc.check != "" {
				w.code, w.check = CodeInvalidParams, tc.check
				if tc.code != 0 {
					w.code = tc.code
				}
			}
			checkResp(t, decodeResp(t, body), w)
		})
	}
}

func validSession() map[string]any {
	return map[string]any{"key": testAddr, "notBefore": 1700000000, "expiry": json.Number("1700086400"), "sig": testSig}
}

// TestFlushDecoded checks what the backend receives.
func TestFlushDecoded(t *testing.T) {
	t.Parallel()
	ts := startServer(t, testConfig())
	resp, body := ts.rpc(t, `{"jsonrpc":"2.0","method":"FlushToRing","id":1,"params":`+mustJSON(t, validFlush())+`}`)
	if resp.StatusCode != 200 {
		t.Fatalf("status %d", resp.StatusCode)
	}
	var st FlushStatus
	if err := json.Unmarshal(decodeResp(t, body).Result, &st); err != nil {
		t.Fatal(err)
	}
	if st.Status != "received" || st.Stored != 2 || st.Ring != testRing {
		t.Fatalf("result %+v", st)
	}
	p := ts.backend.flush[0]
	wantP := &FlushToRingParams{
		Avatar:   testAddr,
		Ring:     testRing,
		Mtx:      Mtx{Ring: testRing, Avatar: testAddr, Head: testHead, Seq: "7", Nonce: "3", Deadline: "1700000000"},
		MtxSig:   testSig,
		LogNodes: []string{testNode0, testNode1},
		Blocks:   [][]byte{{0, 1, 2}, []byte("node")},
	}
	if !reflect.DeepEqual(p, wantP) {
		t.Fatalf("backend got\n%+v\nwant\n%+v", p, wantP)
	}

	withSession := validFlush()
	withSession["session"] = validSession()
	if resp, _ := ts.rpc(t, `{"jsonrpc":"2.0","method":"FlushToRing","id":2,"params":`+mustJSON(t, withSession)+`}`); resp.StatusCode != 200 {
		t.Fatalf("status %d", resp.StatusCode)
	}
	wantS := &Session{Key: testAddr, NotBefore: "1700000000", Expiry: "1700086400", Sig: testSig}
	if got := ts.backend.flush[1].Session; !reflect.DeepEqual(got, wantS) {
		t.Fatalf("backend got session %+v, want %+v", got, wantS)
	}
}

const internalMessage = "internal error: the node failed to handle the request; its log has the details under this response's X-Request-Id"

// TestBackendErrors checks the mapping of backend errors, on /ring/rpc and
// on the REST aliases.
func TestBackendErrors(t *testing.T) {
	t.Parallel()
	ts := startServer(t, testConfig())
	cases := []struct {
		name    string
		err     error
		code    int
		check   string
		message string // "" : err.Error() (then the same as RPCMessage)
		status  int    // on the REST aliases
	}{
		{"unknown ring", &codedErr{CodeUnknownRing, "replica key"}, CodeUnknownRing, "replica key", "", 404},
		{"bad signature", &codedErr{CodeBadSignature, "mtx_sig"}, CodeBadSignature, "mtx_sig", "", 403},
		{"not member", &codedErr{CodeNotMember, "isMember"}, CodeNotMember, "isMember", "", 403},
		{"invalid log node", &codedErr{CodeInvalidLogNode, "logNodes[1].sig"}, CodeInvalidLogNode, "logNodes[1].sig", "", 422},
		{"incomplete", &codedErr{CodeIncomplete, "prev"}, CodeIncomplete, "prev", "", 422},
		{"fork", &codedErr{CodeFork, "seq"}, CodeFork, "seq", "", 409},
		{"mtx mismatch", &codedErr{CodeMtxMismatch, "mtx.head"}, CodeMtxMismatch, "mtx.head", "", 422},
		{"expired", &codedErr{CodeExpired, "mtx.deadline"}, CodeExpired, "mtx.deadline", "", 422},
		{"stale nonce", &codedErr{CodeStaleNonce, "mtx.nonce"}, CodeStaleNonce, "mtx.nonce", "", 409},
		{"too deep", &codedErr{CodeTooDeep, "logNodes"}, CodeTooDeep, "logNodes", "", 422},
		{"not found", &codedErr{CodeNotFound, "id"}, CodeNotFound, "id", "", 404},
		{"not authorized", &codedErr{CodeNotAuthorized, "owner"}, CodeNotAuthorized, "owner", "", 403},
		{"already on chain", &codedErr{CodeAlreadyOnChain, "logNodeHeads"}, CodeAlreadyOnChain, "logNodeHeads", "", 422},
		{"not replica admin", &codedErr{CodeNotReplicaAdmin, "replica ring"}, CodeNotReplicaAdmin, "replica ring", "", 403},
		{"server", &codedErr{CodeServer, "relay"}, CodeServer, "relay", "", 500},
		{"backend invalid params", &codedErr{CodeInvalidParams, "mtx.ring"}, CodeInvalidParams, "mtx.ring", "", 400},
		{"wrapped coded", fmt.Errorf("flush: %w", &codedErr{CodeFork, "seq"}), CodeFork, "seq", "check seq failed", 409},
		{"coded with a cause", &causedErr{codedErr{CodeInvalidLogNode, "logNodes[0]"}, errors.New(`bindnode TODO: invalid key: "a"`)}, CodeInvalidLogNode, "logNodes[0]", "check logNodes[0] failed", 422},
		{"chain with a cause", &causedErr{codedErr{CodeServer, "chain"}, chainDown}, CodeServer, "chain", "check chain failed", 500},
		{"deadline", fmt.Errorf("relaying: %w", context.DeadlineExceeded), CodeInternal, "timeout", "timed out: the node did not finish the request in time; try again later", 504},
		{"canceled", context.Canceled, CodeInternal, "canceled", "canceled: the request ended before the node finished it (the client left, or the gateway is shutting down)", 503},
		{"plain", errors.New("disk full"), CodeInternal, "internal", internalMessage, 500},
		{"network", fmt.Errorf("reading the chain: %w", &net.OpError{Op: "dial", Net: "tcp4", Addr: &net.TCPAddr{IP: net.IPv4(10, 0, 0, 7), Port: 8545}, Err: errors.New("connection refused")}), CodeInternal, "internal", internalMessage, 500},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			msg := tc.message
			if msg == "" {
				msg = tc.err.Error()
			}
			ts.backend.mu.Lock()
			ts.backend.err = tc.err
			ts.backend.mu.Unlock()

			_, body := ts.rpc(t, `{"jsonrpc":"2.0","method":"FlushToRing","id":"x","params":`+mustJSON(t, validFlush())+`}`)
			got := decodeResp(t, body)
			checkResp(t, got, want{`"x"`, tc.code, tc.check})
			if got.Error.Message != msg {
				t.Errorf("message = %q, want %q", got.Error.Message, msg)
			}

			for _, alias := range []struct{ path, body string }{
				{"/ring/FlushToRing", mustJSON(t, validFlush())},
				{"/ring/ReplicateRing", mustJSON(t, validReplicate())},
				{"/ring/UnreplicateRing", mustJSON(t, validUnreplicate())},
			} {
				resp, body := do(t, http.MethodPost, ts.url+alias.path, alias.body)
				if resp.StatusCode != tc.status {
					t.Errorf("%s: status %d, want %d", alias.path, resp.StatusCode, tc.status)
				}
				var eb struct{ Error *Error }
				if err := json.Unmarshal(body, &eb); err != nil || eb.Error == nil {
					t.Fatalf("%s: body %s", alias.path, body)
				}
				if eb.Error.Code != tc.code || eb.Error.Check() != tc.check || eb.Error.Message != msg {
					t.Errorf("%s: error %+v", alias.path, eb.Error)
				}
				checkMessage(t, eb.Error)
			}
		})
	}
}

func TestUnreplicateRingDecodes(t *testing.T) {
	ok := `{"ring":"` + testRing + `","mtx":{"ring":"` + testRing + `","deadline":"99"},"mtx_sig":"0x` + strings.Repeat("1b", 65) + `"}`
	p, e := decodeUnreplicateRing(json.RawMessage(ok), limits{maxBatch: 10, maxLogNodes: 8})
	if e != nil || p.Mtx.Deadline.String() != "99" {
		t.Fatalf("decode: %+v %v", p, e)
	}
	for name, in := range map[string]string{
		"missing mtx":   `{"ring":"` + testRing + `","mtx_sig":"0x` + strings.Repeat("1b", 65) + `"}`,
		"short sig":     `{"ring":"` + testRing + `","mtx":{"ring":"` + testRing + `","deadline":"1"},"mtx_sig":"0x1b"}`,
		"unknown field": `{"ring":"` + testRing + `","mtx":{"ring":"` + testRing + `","deadline":"1","x":1},"mtx_sig":"0x` + strings.Repeat("1b", 65) + `"}`,
	} {
		if _, e := decodeUnreplicateRing(json.RawMessage(in), limits{maxBatch: 10, maxLogNodes: 8}); e == nil || e.Code != CodeInvalidParams {
			t.Errorf("%s: got %v, want -32602", name, e)
		}
	}
}
