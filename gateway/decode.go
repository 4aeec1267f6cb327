package gateway

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strconv"
	"strings"
)

// maxBlockBytes is the largest log node block accepted: a 1 MiB sealed body
// plus room for the node's other fields.
const maxBlockBytes = 1<<20 + 16<<10

// limits are the decoder's bounds, from Config.
type limits struct {
	maxBatch    int
	maxLogNodes int
}

// call is one Request object of a JSON-RPC request.
type call struct {
	id     json.RawMessage // the id member verbatim; nil when absent
	method string
	params json.RawMessage // nil when absent
	err    *Error          // set when the Request object is invalid
}

// notification reports whether the call gets no response.
func (c *call) notification() bool { return c.id == nil && c.err == nil }

// parseBody splits a JSON-RPC body into calls. A non-nil *Error is the one
// response to the whole body (parse error, empty or oversized batch).
func parseBody(body []byte, lim limits) (calls []call, batch bool, e *Error) {
	body = trimSpace(body)
	if !json.Valid(body) {
		return nil, false, newError(CodeParseError, "parse", "parse error: the body is not valid JSON")
	}
	if body[0] != '[' {
		return []call{parseCall(body)}, false, nil
	}
	var raws []json.RawMessage
	if err := json.Unmarshal(body, &raws); err != nil {
		return nil, false, newError(CodeParseError, "parse", "parse error: %v", err)
	}
	if len(raws) == 0 {
		return nil, false, newError(CodeInvalidRequest, "batch", "invalid request: empty batch")
	}
	if len(raws) > lim.maxBatch {
		return nil, false, newError(CodeInvalidRequest, "batch", "invalid request: a batch of %d calls is more than the limit of %d", len(raws), lim.maxBatch)
	}
	calls = make([]call, len(raws))
	for i, raw := range raws {
		calls[i] = parseCall(raw)
	}
	return calls, true, nil
}

func invalidRequest(check, format string, args ...any) *Error {
	return newError(CodeInvalidRequest, check, "invalid request: %s", fmt.Sprintf(format, args...))
}

// parseCall checks one Request object. Members other than jsonrpc, method,
// params and id are ignored, as the specification does not forbid them.
func parseCall(raw json.RawMessage) call {
	m, _, err := members(raw)
	if err != nil {
		var dup duplicateError
		if errors.As(err, &dup) {
			name := fieldName("", string(dup))
			return call{err: invalidRequest(name, "duplicate member %s", name)}
		}
		return call{err: invalidRequest("request", "a request must be a JSON object")}
	}
	var c call
	if id, ok := m["id"]; ok {
		switch id[0] {
		case '"', 'n', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
			c.id = id
		default:
			return call{err: invalidRequest("id", "id must be a string, a number or null")}
		}
	}
	if v, ok := jsonString(m["jsonrpc"]); !ok || v != "2.0" {
		c.err = invalidRequest("jsonrpc", `jsonrpc must be "2.0"`)
		return c
	}
	method, ok := jsonString(m["method"])
	if !ok {
		c.err = invalidRequest("method", "method must be a string")
		return c
	}
	c.method = method
	if p, ok := m["params"]; ok {
		if p[0] != '{' && p[0] != '[' {
			c.err = invalidRequest("params", "params must be an object or an array")
			return c
		}
		c.params = p
	}
	return c
}

// fieldName is the check naming member k of the object at path: never
// empty, and short whatever the client sent.
func fieldName(path, k string) string {
	switch {
	case k == "":
		k = `""`
	case len(k) > 64:
		k = strings.ToValidUTF8(k[:64], "") + "…"
	}
	return path + k
}

// duplicateError names a member that occurs twice in one object.
type duplicateError string

func (d duplicateError) Error() string { return fmt.Sprintf("duplicate member %q", string(d)) }

var errNotObject = errors.New("not a JSON object")

// members reads a JSON object's members, exactly (case-sensitive names, no
// duplicates), keeping their order in keys. Values have no leading space.
func members(raw []byte) (m map[string]json.RawMessage, keys []string, err error) {
	raw = trimSpace(raw)
	if len(raw) == 0 || raw[0] != '{' {
		return nil, nil, errNotObject
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	if _, err := dec.Token(); err != nil {
		return nil, nil, err
	}
	m = map[string]json.RawMessage{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, nil, err
		}
		k, ok := tok.(string)
		if !ok {
			return nil, nil, errNotObject
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, nil, err
		}
		if _, dup := m[k]; dup {
			return nil, nil, duplicateError(k)
		}
		m[k] = trimSpace(v)
		keys = append(keys, k)
	}
	if _, err := dec.Token(); err != nil {
		return nil, nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, nil, errNotObject
	}
	return m, keys, nil
}

func trimSpace(b []byte) []byte { return bytes.Trim(b, " \t\r\n") }

// jsonString decodes raw if it is a JSON string.
func jsonString(raw json.RawMessage) (string, bool) {
	if len(raw) == 0 || raw[0] != '"' {
		return "", false
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", false
	}
	return s, true
}

// params reads the params of one call with a sticky error: after the first
// failure every method returns zero values, and err names that failure.
type params struct {
	lim limits
	err *Error
}

// obj is one JSON object of the params; path prefixes its member names in
// checks ("" at the top, "mtx." inside mtx).
type obj struct {
	path string
	m    map[string]json.RawMessage
}

// top opens the params object: given as an object, or as an array holding
// exactly one object.
func (p *params) top(raw json.RawMessage, allowed ...string) obj {
	raw = trimSpace(raw)
	if len(raw) == 0 {
		p.fail(invalidParams("params", "missing: this method takes a params object"))
		return obj{}
	}
	if raw[0] == '[' {
		var arr []json.RawMessage
		if err := json.Unmarshal(raw, &arr); err != nil || len(arr) != 1 {
			p.fail(invalidParams("params", "must be an object or an array holding one object"))
			return obj{}
		}
		raw = arr[0]
	}
	return p.object(raw, "", "params", allowed...)
}

// object opens the object raw found at name (the check for a non-object).
func (p *params) object(raw json.RawMessage, path, name string, allowed ...string) obj {
	if p.err != nil {
		return obj{}
	}
	m, keys, err := members(raw)
	if err != nil {
		var dup duplicateError
		if errors.As(err, &dup) {
			p.fail(invalidParams(fieldName(path, string(dup)), "duplicate field"))
		} else {
			p.fail(invalidParams(name, "must be a JSON object"))
		}
		return obj{}
	}
	for _, k := range keys {
		known := false
		for _, a := range allowed {
			known = known || k == a
		}
		if !known {
			p.fail(invalidParams(fieldName(path, k), "unknown field"))
			return obj{}
		}
	}
	return obj{path: path, m: m}
}

func (p *params) fail(e *Error) {
	if p.err == nil {
		p.err = e
	}
}

// value returns member name of o; a missing or null member fails when
// required, else returns nil.
func (p *params) value(o obj, name string, required bool) json.RawMessage {
	if p.err != nil {
		return nil
	}
	v, ok := o.m[name]
	if !ok || string(v) == "null" {
		if required {
			p.fail(invalidParams(o.path+name, "required"))
		}
		return nil
	}
	return v
}

// child opens the required object member name of o.
func (p *params) child(o obj, name string, allowed ...string) obj {
	v := p.value(o, name, true)
	return p.object(v, o.path+name+".", o.path+name, allowed...)
}

// address reads a required 0x-prefixed 20-byte hex address (any case; the
// EIP-55 checksum is not checked).
func (p *params) address(o obj, name string) string {
	return p.hex(o, name, 20, "an address (0x and 40 hex digits)")
}

// hex reads a required 0x-prefixed hex string of n bytes.
func (p *params) hex(o obj, name string, n int, what string) string {
	v := p.value(o, name, true)
	if v == nil {
		return ""
	}
	s, ok := jsonString(v)
	if !ok || !isHex(s, n) {
		p.fail(invalidParams(o.path+name, "must be %s", what))
		return ""
	}
	return s
}

func isHex(s string, n int) bool {
	if len(s) != 2+2*n || s[0] != '0' || s[1] != 'x' {
		return false
	}
	for _, c := range []byte(s[2:]) {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

// number reads a non-negative decimal integer below 2^bits, given as a JSON
// number or a decimal string. A missing optional number is "".
func (p *params) number(o obj, name string, bits int, required bool) json.Number {
	v := p.value(o, name, required)
	if v == nil {
		return ""
	}
	s := string(v)
	if v[0] == '"' {
		s, _ = jsonString(v)
	}
	if !isUint(s, bits) {
		p.fail(invalidParams(o.path+name, "must be a non-negative decimal integer below 2^%d, as a JSON number or a decimal string", bits))
		return ""
	}
	return json.Number(s)
}

// isUint reports whether s is a canonical decimal integer (no sign, no
// leading zeros, no fraction or exponent) below 2^bits.
func isUint(s string, bits int) bool {
	if s == "" || len(s) > 78 || (s[0] == '0' && len(s) > 1) { // 2^256-1 has 78 digits
		return false
	}
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return false
		}
	}
	if bits <= 64 {
		_, err := strconv.ParseUint(s, 10, bits)
		return err == nil
	}
	n, ok := new(big.Int).SetString(s, 10)
	return ok && n.BitLen() <= bits
}

// logNodes reads the required array of base64 log node blocks.
func (p *params) logNodes(o obj, name string) ([]string, [][]byte) {
	v := p.value(o, name, true)
	if v == nil {
		return nil, nil
	}
	var items []json.RawMessage
	if v[0] != '[' || json.Unmarshal(v, &items) != nil {
		p.fail(invalidParams(o.path+name, "must be an array of base64 strings"))
		return nil, nil
	}
	if len(items) > p.lim.maxLogNodes {
		p.fail(newError(CodeTooDeep, o.path+name, "too many log nodes: %d, the limit is %d", len(items), p.lim.maxLogNodes))
		return nil, nil
	}
	nodes := make([]string, len(items))
	blocks := make([][]byte, len(items))
	for i, it := range items {
		check := fmt.Sprintf("%s%s[%d]", o.path, name, i)
		s, ok := jsonString(it)
		if !ok {
			p.fail(invalidParams(check, "must be a base64 string"))
			return nil, nil
		}
		if base64.StdEncoding.DecodedLen(len(s)) > maxBlockBytes+3 {
			p.fail(invalidParams(check, "a block is at most %d bytes", maxBlockBytes))
			return nil, nil
		}
		b, err := base64.StdEncoding.Strict().DecodeString(s)
		switch {
		case strings.ContainsAny(s, "\r\n"): // the decoder skips them
			p.fail(invalidParams(check, "not standard base64: line breaks"))
			return nil, nil
		case err != nil:
			p.fail(invalidParams(check, "not standard base64 (RFC 4648, padded): %v", err))
			return nil, nil
		case len(b) == 0:
			p.fail(invalidParams(check, "empty block"))
			return nil, nil
		case len(b) > maxBlockBytes:
			p.fail(invalidParams(check, "a block is at most %d bytes, got %d", maxBlockBytes, len(b)))
			return nil, nil
		}
		nodes[i], blocks[i] = s, b
	}
	return nodes, blocks
}

func decodeFlushToRing(raw json.RawMessage, lim limits) (*FlushToRingParams, *Error) {
	p := &params{lim: lim}
	o := p.top(raw, "avatar", "ring", "mtx", "mtx_sig", "logNodes", "session")
	var r FlushToRingParams
	r.Avatar = p.address(o, "avatar")
	r.Ring = p.address(o, "ring")
	m := p.child(o, "mtx", "ring", "avatar", "head", "seq", "nonce", "deadline")
	r.Mtx.Ring = p.address(m, "ring")
	r.Mtx.Avatar = p.address(m, "avatar")
	r.Mtx.Head = p.hex(m, "head", 32, "bytes32 (0x and 64 hex digits)")
	r.Mtx.Seq = p.number(m, "seq", 64, true)
	r.Mtx.Nonce = p.number(m, "nonce", 256, true)
	r.Mtx.Deadline = p.number(m, "deadline", 256, true)
	r.MtxSig = p.hex(o, "mtx_sig", 65, "a 65-byte signature (0x and 130 hex digits)")
	r.LogNodes, r.Blocks = p.logNodes(o, "logNodes")
	if p.value(o, "session", false) != nil {
		s := p.child(o, "session", "key", "notBefore", "expiry", "sig")
		r.Session = &Session{
			Key:       p.address(s, "key"),
			NotBefore: p.number(s, "notBefore", 53, true),
			Expiry:    p.number(s, "expiry", 53, true),
			Sig:       p.hex(s, "sig", 65, "a 65-byte signature (0x and 130 hex digits)"),
		}
	}
	if p.err != nil {
		return nil, p.err
	}
	return &r, nil
}

func decodeReplicateRing(raw json.RawMessage, lim limits) (*ReplicateRingParams, *Error) {
	p := &params{lim: lim}
	o := p.top(raw, "ring", "replica_ring", "replica_key", "mtx", "mtx_sig", "bucket")
	var r ReplicateRingParams
	r.Ring = p.address(o, "ring")
	r.ReplicaRing = p.address(o, "replica_ring")
	r.ReplicaKey = p.hex(o, "replica_key", 32, "a 32-byte key (0x and 64 hex digits)")
	m := p.child(o, "mtx", "ring", "replicaRing", "replicaKeyHash", "deadline")
	r.Mtx.Ring = p.address(m, "ring")
	r.Mtx.ReplicaRing = p.address(m, "replicaRing")
	r.Mtx.ReplicaKeyHash = p.hex(m, "replicaKeyHash", 32, "bytes32 (0x and 64 hex digits)")
	r.Mtx.Deadline = p.number(m, "deadline", 256, true)
	r.MtxSig = p.hex(o, "mtx_sig", 65, "a 65-byte signature (0x and 130 hex digits)")
	r.Bucket = p.number(o, "bucket", 64, false)
	if p.err != nil {
		return nil, p.err
	}
	return &r, nil
}

func decodeUnreplicateRing(raw json.RawMessage, lim limits) (*UnreplicateRingParams, *Error) {
	p := &params{lim: lim}
	o := p.top(raw, "ring", "mtx", "mtx_sig")
	var r UnreplicateRingParams
	r.Ring = p.address(o, "ring")
	m := p.child(o, "mtx", "ring", "deadline")
	r.Mtx.Ring = p.address(m, "ring")
	r.Mtx.Deadline = p.number(m, "deadline", 256, true)
	r.MtxSig = p.hex(o, "mtx_sig", 65, "a 65-byte signature (0x and 130 hex digits)")
	if p.err != nil {
		return nil, p.err
	}
	return &r, nil
}

func decodeRevokeSession(raw json.RawMessage, lim limits) (*RevokeSessionParams, *Error) {
	p := &params{lim: lim}
	o := p.top(raw, "ring", "author", "key", "sig")
	r := RevokeSessionParams{
		Ring:   p.address(o, "ring"),
		Author: p.address(o, "author"),
		Key:    p.address(o, "key"),
		Sig:    p.hex(o, "sig", 65, "a 65-byte signature (0x and 130 hex digits)"),
	}
	if p.err != nil {
		return nil, p.err
	}
	return &r, nil
}

// flushStatusParams are the params of FlushStatus.
type flushStatusParams struct {
	ID string `json:"id"` // bytes32
}

func decodeFlushStatus(raw json.RawMessage, lim limits) (*flushStatusParams, *Error) {
	p := &params{lim: lim}
	o := p.top(raw, "id")
	r := flushStatusParams{ID: p.hex(o, "id", 32, "a flush id (0x and 64 hex digits)")}
	if p.err != nil {
		return nil, p.err
	}
	return &r, nil
}

// ringInfoParams are the params of RingInfo.
type ringInfoParams struct {
	Ring string `json:"ring"`
}

func decodeRingInfo(raw json.RawMessage, lim limits) (*ringInfoParams, *Error) {
	p := &params{lim: lim}
	o := p.top(raw, "ring")
	r := ringInfoParams{Ring: p.address(o, "ring")}
	if p.err != nil {
		return nil, p.err
	}
	return &r, nil
}

// logParams are the params of Log and the query of GET /ring/{ring}/log/{member}.
type logParams struct {
	Ring   string `json:"ring"`
	Member string `json:"member"`
	Since  uint64 `json:"since,omitempty"` // optional, default 0
	Limit  int    `json:"limit,omitempty"` // optional, 0..MaxLogNodes, 0: the backend's default
}

func decodeLog(raw json.RawMessage, lim limits) (*logParams, *Error) {
	p := &params{lim: lim}
	o := p.top(raw, "ring", "member", "since", "limit")
	var r logParams
	r.Ring = p.address(o, "ring")
	r.Member = p.address(o, "member")
	since := p.number(o, "since", 64, false)
	limit := p.number(o, "limit", 64, false)
	if p.err != nil {
		return nil, p.err
	}
	var e *Error
	if r.Since, r.Limit, e = checkPage(string(since), string(limit), lim); e != nil {
		return nil, e
	}
	return &r, nil
}

// MaxCursorMembers bounds the members a timeline cursor names.
const MaxCursorMembers = 1024

// timelineParams are the params of Timeline and the query of
// GET /ring/{ring}/timeline.
type timelineParams struct {
	Ring   string `json:"ring"`
	Cursor string `json:"cursor,omitempty"` // optional, default "": the start
	Limit  int    `json:"limit,omitempty"`  // optional, 0..MaxLogNodes, 0: the backend's default
}

func decodeTimeline(raw json.RawMessage, lim limits) (*timelineParams, *Error) {
	p := &params{lim: lim}
	o := p.top(raw, "ring", "cursor", "limit")
	var r timelineParams
	r.Ring = p.address(o, "ring")
	var cursor string
	if v := p.value(o, "cursor", false); v != nil {
		s, ok := jsonString(v)
		if !ok {
			p.fail(invalidParams("cursor", "must be a string"))
		}
		cursor = s
	}
	limit := p.number(o, "limit", 64, false)
	if p.err != nil {
		return nil, p.err
	}
	if e := checkCursor(cursor); e != nil {
		return nil, e
	}
	var e *Error
	if _, r.Limit, e = checkPage("", string(limit), lim); e != nil {
		return nil, e
	}
	r.Cursor = cursor
	return &r, nil
}

// checkCursor checks a timeline cursor's shape: "" or "0x<address>:<seq>"
// pairs joined by ",", each member once (any hex case), at most
// MaxCursorMembers, seq a canonical decimal below 2^64.
func checkCursor(s string) *Error {
	if s == "" {
		return nil
	}
	parts := strings.Split(s, ",")
	if len(parts) > MaxCursorMembers {
		return invalidParams("cursor", "names more than %d members", MaxCursorMembers)
	}
	seen := make(map[string]bool, len(parts))
	for _, part := range parts {
		addr, seq, ok := strings.Cut(part, ":")
		if !ok || !isHex(addr, 20) || !isUint(seq, 64) {
			return invalidParams("cursor", "must be pairs 0x<member>:<seq> joined by commas, as a timeline page's next cursor")
		}
		if k := strings.ToLower(addr); seen[k] {
			return invalidParams("cursor", "names a member twice")
		} else {
			seen[k] = true
		}
	}
	return nil
}

// checkPage parses since and limit (decimal, "" for absent).
func checkPage(since, limit string, lim limits) (uint64, int, *Error) {
	var s uint64
	if since != "" {
		var err error
		if s, err = strconv.ParseUint(since, 10, 64); err != nil || !isUint(since, 64) {
			return 0, 0, invalidParams("since", "must be a non-negative decimal integer below 2^64")
		}
	}
	var l int
	if limit != "" {
		n, err := strconv.ParseUint(limit, 10, 64)
		if err != nil || !isUint(limit, 64) || n > uint64(lim.maxLogNodes) {
			return 0, 0, invalidParams("limit", "must be a decimal integer from 0 (the default page) to %d", lim.maxLogNodes)
		}
		l = int(n)
	}
	return s, l, nil
}
