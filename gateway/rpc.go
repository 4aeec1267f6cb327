package gateway

import (
	"context"
	"encoding/json"
	"net/http"
)

// rpcMethods are the JSON-RPC methods; the REST aliases use the same
// functions. Each decodes and checks its params, then calls the backend.
var rpcMethods = map[string]func(ctx context.Context, s *Server, params json.RawMessage) (any, error){
	"FlushToRing": func(ctx context.Context, s *Server, raw json.RawMessage) (any, error) {
		p, e := decodeFlushToRing(raw, s.lim)
		if e != nil {
			return nil, e
		}
		return s.backend.FlushToRing(ctx, p)
	},
	"ReplicateRing": func(ctx context.Context, s *Server, raw json.RawMessage) (any, error) {
		p, e := decodeReplicateRing(raw, s.lim)
		if e != nil {
			return nil, e
		}
		return s.backend.ReplicateRing(ctx, p)
	},
	"UnreplicateRing": func(ctx context.Context, s *Server, raw json.RawMessage) (any, error) {
		p, e := decodeUnreplicateRing(raw, s.lim)
		if e != nil {
			return nil, e
		}
		return s.backend.UnreplicateRing(ctx, p)
	},
	"RevokeSession": func(ctx context.Context, s *Server, raw json.RawMessage) (any, error) {
		p, e := decodeRevokeSession(raw, s.lim)
		if e != nil {
			return nil, e
		}
		return s.backend.RevokeSession(ctx, p)
	},
	"FlushStatus": func(ctx context.Context, s *Server, raw json.RawMessage) (any, error) {
		p, e := decodeFlushStatus(raw, s.lim)
		if e != nil {
			return nil, e
		}
		return s.backend.FlushStatus(ctx, p.ID)
	},
	"RingInfo": func(ctx context.Context, s *Server, raw json.RawMessage) (any, error) {
		p, e := decodeRingInfo(raw, s.lim)
		if e != nil {
			return nil, e
		}
		return s.backend.RingInfo(ctx, p.Ring)
	},
	"Log": func(ctx context.Context, s *Server, raw json.RawMessage) (any, error) {
		p, e := decodeLog(raw, s.lim)
		if e != nil {
			return nil, e
		}
		return s.backend.Log(ctx, p.Ring, p.Member, p.Since, p.Limit)
	},
	"Timeline": func(ctx context.Context, s *Server, raw json.RawMessage) (any, error) {
		p, e := decodeTimeline(raw, s.lim)
		if e != nil {
			return nil, e
		}
		return s.backend.Timeline(ctx, p.Ring, p.Cursor, p.Limit)
	},
}

// response is a JSON-RPC 2.0 Response object: exactly one of Result and
// Error is set, and ID is the request's id verbatim (null if unknown).
type response struct {
	JSONRPC string          `json:"jsonrpc"`
	Result  json.RawMessage `json:"result,omitempty"`
	Error   *Error          `json:"error,omitempty"`
	ID      json.RawMessage `json:"id"`
}

var null = json.RawMessage("null")

// serveRPC is POST /ring/rpc. Every processed request is answered with
// HTTP 200, errors included (the error is in the JSON-RPC response, as
// JSON-RPC over HTTP expects); notifications alone get 204 and no body.
// An oversized body is a -32600 error with data {"check":"size"}, also
// with 200. Only a rate-limited request, which is not processed at all,
// gets another status: 429.
func (s *Server) serveRPC(w http.ResponseWriter, r *http.Request) {
	body, err := s.readBody(w, r)
	if err != nil {
		s.writeRPCError(w, r, rpcError(err))
		return
	}
	calls, batch, e := parseBody(body, s.lim)
	if e != nil {
		s.metrics.rpcCall("invalid", e)
		s.writeRPCError(w, r, e)
		return
	}
	// Calls run one after another, in order: a batch of flushes of one log
	// is applied oldest first as sent.
	var out []response
	for i := range calls {
		if resp, ok := s.dispatch(r, &calls[i]); ok {
			out = append(out, resp)
		}
	}
	var v any = out
	switch {
	case len(out) == 0:
		w.WriteHeader(http.StatusNoContent)
		return
	case !batch:
		v = out[0]
	}
	b, err := encodeJSON(v)
	if err != nil { // cannot happen: results are already encoded
		s.writeRPCError(w, r, rpcError(err))
		return
	}
	writeBody(w, http.StatusOK, b)
}

// dispatch runs one call; ok is false for a notification.
func (s *Server) dispatch(r *http.Request, c *call) (resp response, ok bool) {
	method, e := "invalid", c.err
	var result json.RawMessage
	if e == nil {
		run, known := rpcMethods[c.method]
		if known {
			method = c.method
			res, err := run(r.Context(), s, c.params)
			if err == nil {
				result, err = encodeJSON(res)
			}
			e = rpcError(err)
		} else {
			method = "unknown"
			name := c.method
			if len(name) > 64 {
				name = name[:64] + "…"
			}
			e = newError(CodeMethodNotFound, "method", "method not found: %q", name)
		}
	}
	s.metrics.rpcCall(method, e)
	if e != nil {
		s.logError(r, method, e)
		result = nil
	}
	if c.notification() {
		return response{}, false
	}
	id := c.id
	if id == nil {
		id = null
	}
	return response{JSONRPC: "2.0", Result: result, Error: e, ID: id}, true
}

// writeRPCError answers the whole request with one error response (id
// null): HTTP 200, or 429 when rate limited.
func (s *Server) writeRPCError(w http.ResponseWriter, r *http.Request, e *Error) {
	s.logError(r, "", e)
	status := http.StatusOK
	if st := httpStatus(e); st == http.StatusTooManyRequests {
		status = st
	}
	b, err := encodeJSON(response{JSONRPC: "2.0", Error: e, ID: null})
	if err != nil { // cannot happen: e is strings and ints
		http.Error(w, e.Message, http.StatusInternalServerError)
		return
	}
	writeBody(w, status, b)
}
