package gateway

import (
	"encoding/json"
	"reflect"
	"strconv"
	"testing"
)

// FuzzDecodeRequest feeds raw /ring/rpc bodies to the whole request
// decoder: envelope, batch, and every method's params. It must never
// panic; what it accepts must be well formed; and a FlushToRingParams or
// ReplicateRingParams it accepts must encode and decode to itself.
func FuzzDecodeRequest(f *testing.F) {
	for _, seed := range []string{
		`{"jsonrpc":"2.0","method":"FlushToRing","id":1,"params":` + mustJSON(f, validFlush()) + `}`,
		`{"jsonrpc":"2.0","method":"FlushToRing","id":"a","params":[` + mustJSON(f, validFlush()) + `]}`,
		`{"jsonrpc":"2.0","method":"ReplicateRing","id":null,"params":` + mustJSON(f, validReplicate()) + `}`,
		`[{"jsonrpc":"2.0","method":"FlushStatus","params":{"id":"` + testID + `"}},{"jsonrpc":"2.0","method":"RingInfo","id":2,"params":{"ring":"` + testRing + `"}}]`,
		`{"jsonrpc":"2.0","method":"Log","id":3,"params":{"ring":"` + testRing + `","member":"` + testAddr + `","since":"5","limit":10}}`,
		`{"jsonrpc":"2.0","method":"CreateResource","id":4,"params":` + mustJSON(f, validResource()) + `}`,
		`{"jsonrpc":"2.0","method":"RegisterProvider","id":5,"params":` + mustJSON(f, validRecord()) + `}`,
		`{"jsonrpc":"2.0","method":"UnregisterProvider","id":6,"params":` + mustJSON(f, validTombstone()) + `}`,
		`[{"jsonrpc":"2.0","method":"ResolveProviders","id":7,"params":{"resource":"` + testResID + `"}},{"jsonrpc":"2.0","method":"GetResource","id":8,"params":{"label":"chat","owner":"` + testAddr + `"}}]`,
		`{"jsonrpc":"2.0","method":"Timeline","id":9,"params":{"ring":"` + testRing + `","cursor":"` + testAddr + `:3,` + testRing + `:1","limit":"2"}}`,
		`{"jsonrpc":"2.0","method":"Timeline","id":10,"params":[{"ring":"` + testRing + `"}]}`,
		`{"jsonrpc":"2.0","method":"Timeline","id":11,"params":{"ring":"` + testRing + `","cursor":"` + testAddr + `:01"}}`,
		`{"jsonrpc":"2.0","method":"FlushToRing","id":12,"params":` + mustJSON(f, withSession(validFlush())) + `}`,
		`[{"jsonrpc":"2.0","method":"MarketBucket","id":13,"params":{"bucket":"18446744073709551615"}},{"jsonrpc":"2.0","method":"MarketCluster","id":14,"params":[{"cluster":7}]}]`,
		`{"jsonrpc":"2.0","method":"MarketBucket","id":15,"params":{"bucket":0}}`,
		`[1,2,3]`,
		`[]`,
		`{"jsonrpc":"2.0","method":"FlushToRing","params":{"avatar":1,"avatar":2}}`,
		`{"jsonrpc":"2.0","method":"FlushToRing","id":1,"params":{"mtx":{"seq":1e3}}}`,
		`{"jsonrpc": "2.0", "method": "foobar, "params": "bar", "baz]`,
	} {
		f.Add([]byte(seed))
	}
	lim := limits{maxBatch: 10, maxLogNodes: 8}
	f.Fuzz(func(t *testing.T, body []byte) {
		calls, batch, e := parseBody(body, lim)
		if e != nil {
			if calls != nil || e.Data == nil {
				t.Fatalf("error %+v with calls %v", e, calls)
			}
			if _, err := encodeJSON(response{JSONRPC: "2.0", Error: e, ID: null}); err != nil {
				t.Fatal(err)
			}
			return
		}
		if len(calls) == 0 || (!batch && len(calls) != 1) || len(calls) > lim.maxBatch {
			t.Fatalf("%d calls, batch %v", len(calls), batch)
		}
		for _, c := range calls {
			if c.err != nil {
				if c.err.Code != CodeInvalidRequest {
					t.Fatalf("invalid request with code %d", c.err.Code)
				}
				continue
			}
			if c.id != nil && !json.Valid(c.id) {
				t.Fatalf("id %q", c.id)
			}
			switch c.method {
			case "FlushToRing":
				p, e := decodeFlushToRing(c.params, lim)
				if e != nil {
					checkParamsError(t, e)
					continue
				}
				checkFlush(t, p, lim)
				// Round trip: what the gateway accepted, encoded as a
				// client would, decodes to the same params.
				again, e := decodeFlushToRing(json.RawMessage(mustJSON(t, p)), lim)
				if e != nil {
					t.Fatalf("re-decoding %+v: %v", p, e)
				}
				if !reflect.DeepEqual(p, again) {
					t.Fatalf("round trip:\n%+v\n%+v", p, again)
				}
			case "ReplicateRing":
				p, e := decodeReplicateRing(c.params, lim)
				if e != nil {
					checkParamsError(t, e)
					continue
				}
				again, e := decodeReplicateRing(json.RawMessage(mustJSON(t, p)), lim)
				if e != nil || !reflect.DeepEqual(p, again) {
					t.Fatalf("round trip of %+v: %+v, %v", p, again, e)
				}
			case "FlushStatus":
				if p, e := decodeFlushStatus(c.params, lim); e != nil {
					checkParamsError(t, e)
				} else if !isHex(p.ID, 32) {
					t.Fatalf("id %q", p.ID)
				}
			case "RingInfo":
				if p, e := decodeRingInfo(c.params, lim); e != nil {
					checkParamsError(t, e)
				} else if !isHex(p.Ring, 20) {
					t.Fatalf("ring %q", p.Ring)
				}
			case "CreateResource":
				if p, e := decodeResource(c.params, lim); e != nil {
					checkParamsError(t, e)
				} else if again, e := decodeResource(json.RawMessage(mustJSON(t, p)), lim); e != nil || !reflect.DeepEqual(p, again) || !isHex(p.Owner, 20) || !isHex(p.Sig, 65) {
					t.Fatalf("resource %+v, again %+v, %v", p, again, e)
				}
			case "RegisterProvider":
				if p, e := decodeProviderRecord(c.params, lim); e != nil {
					checkParamsError(t, e)
				} else if again, e := decodeProviderRecord(json.RawMessage(mustJSON(t, p)), lim); e != nil || !reflect.DeepEqual(p, again) || !isHex(p.Resource, 32) || !isHex(p.Issuer, 20) {
					t.Fatalf("record %+v, again %+v, %v", p, again, e)
				}
			case "UnregisterProvider":
				if p, e := decodeTombstone(c.params, lim); e != nil {
					checkParamsError(t, e)
				} else if again, e := decodeTombstone(json.RawMessage(mustJSON(t, p)), lim); e != nil || !reflect.DeepEqual(p, again) {
					t.Fatalf("tombstone %+v, again %+v, %v", p, again, e)
				}
			case "ResolveProviders", "GetResource":
				if q, e := decodeResourceQuery(c.params, lim); e != nil {
					checkParamsError(t, e)
				} else if (q.Resource == "") == (q.Owner == "") || q.Resource != "" && !isHex(q.Resource, 32) || q.Owner != "" && !isHex(q.Owner, 20) {
					t.Fatalf("query %+v", q)
				}
			case "Timeline":
				if p, e := decodeTimeline(c.params, lim); e != nil {
					checkParamsError(t, e)
				} else if !isHex(p.Ring, 20) || p.Limit < 0 || p.Limit > lim.maxLogNodes || checkCursor(p.Cursor) != nil {
					t.Fatalf("timeline params %+v", p)
				} else if again, e := decodeTimeline(json.RawMessage(mustJSON(t, p)), lim); e != nil || !reflect.DeepEqual(p, again) {
					t.Fatalf("round trip of %+v: %+v, %v", p, again, e)
				}
			case "MarketBucket", "MarketCluster":
				name, bits := "bucket", 64
				if c.method == "MarketCluster" {
					name, bits = "cluster", 32
				}
				decode := decodeMarketID(name, bits)
				if p, e := decode(c.params, lim); e != nil {
					checkParamsError(t, e)
				} else if p.id == 0 || bits == 32 && p.id > 1<<32-1 {
					t.Fatalf("%s id %d", name, p.id)
				} else if again, e := decode(json.RawMessage(`{"`+name+`":`+strconv.FormatUint(p.id, 10)+`}`), lim); e != nil || again.id != p.id {
					t.Fatalf("round trip of %s %d: %+v, %v", name, p.id, again, e)
				}
			case "Log":
				if p, e := decodeLog(c.params, lim); e != nil {
					checkParamsError(t, e)
				} else if !isHex(p.Ring, 20) || !isHex(p.Member, 20) || p.Limit < 0 || p.Limit > lim.maxLogNodes {
					t.Fatalf("log params %+v", p)
				}
			}
		}
	})
}

func checkParamsError(t *testing.T, e *Error) {
	t.Helper()
	if (e.Code != CodeInvalidParams && e.Code != CodeTooDeep) || e.Check() == "" {
		t.Fatalf("params error %+v", e)
	}
}

// checkFlush re-validates accepted params.
func checkFlush(t *testing.T, p *FlushToRingParams, lim limits) {
	t.Helper()
	for _, a := range []string{p.Avatar, p.Ring, p.Mtx.Ring, p.Mtx.Avatar} {
		if !isHex(a, 20) {
			t.Fatalf("address %q", a)
		}
	}
	if !isHex(p.Mtx.Head, 32) || !isHex(p.MtxSig, 65) {
		t.Fatalf("head %q sig %q", p.Mtx.Head, p.MtxSig)
	}
	if !isUint(string(p.Mtx.Seq), 64) || !isUint(string(p.Mtx.Nonce), 256) || !isUint(string(p.Mtx.Deadline), 256) {
		t.Fatalf("numbers %+v", p.Mtx)
	}
	if len(p.LogNodes) != len(p.Blocks) || len(p.Blocks) > lim.maxLogNodes {
		t.Fatalf("%d log nodes, %d blocks", len(p.LogNodes), len(p.Blocks))
	}
	for i, b := range p.Blocks {
		if len(b) == 0 || len(b) > maxBlockBytes {
			t.Fatalf("block %d: %d bytes", i, len(b))
		}
	}
}

func withSession(p map[string]any) map[string]any {
	p["session"] = validSession()
	return p
}
