package gateway

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"runtime/debug"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/go-chi/chi/v5"
)

// routes builds the handler. Every route runs, outermost first: in-flight
// tracking, request id, metrics, panic recovery, CORS, then (on /ring/)
// the rate limit and the method check.
//
// Routing is chi's: method-agnostic paths, each handler checking its
// methods, so that a wrong method gets a JSON 405 with Allow; literal
// routes (/ring/rpc) win over /ring/{ring}; chi sets r.PathValue.
func (s *Server) routes() http.Handler {
	return s.track(requestID(s.router()))
}

// router is the routes of docs/protocol.md's route table (a test holds
// the two together), without the outer middleware.
func (s *Server) router() chi.Router {
	mux := chi.NewRouter()
	rest := s.rateLimit(s.writeError)
	rpc := s.rateLimit(s.writeRPCError)
	get := allow(s, http.MethodGet, http.MethodHead)
	post := allow(s, http.MethodPost)

	s.route(mux, "/ring/rpc", "rpc", http.HandlerFunc(s.serveRPC), rpc, post)
	s.route(mux, "/ring/FlushToRing", "FlushToRing", s.serveAlias("FlushToRing"), rest, post)
	s.route(mux, "/ring/ReplicateRing", "ReplicateRing", s.serveAlias("ReplicateRing"), rest, post)
	s.route(mux, "/ring/UnreplicateRing", "UnreplicateRing", s.serveAlias("UnreplicateRing"), rest, post)
	s.route(mux, "/ring/RevokeSession", "RevokeSession", s.serveAlias("RevokeSession"), rest, post)
	s.route(mux, "/ring/registry/{resource}", "registry", http.HandlerFunc(s.serveRegistry), rest, get)
	s.route(mux, "/ring/market/bucket/{bucket}", "market", s.serveMarket("bucket", 64, (*Server).marketBucket), rest, get)
	s.route(mux, "/ring/market/cluster/{cluster}", "market", s.serveMarket("cluster", 32, (*Server).marketCluster), rest, get)
	s.route(mux, "/ring/node", "node", http.HandlerFunc(s.serveNode), rest, get)
	s.route(mux, "/ring/app", "app", http.HandlerFunc(s.serveAppRoot), rest, get)
	s.route(mux, "/ring/app/*", "app", http.HandlerFunc(s.serveApp), rest, get)
	s.route(mux, "/ring/{ring}", "ring", http.HandlerFunc(s.serveRing), rest, get)
	s.route(mux, "/ring/{ring}/log/{member}", "log", http.HandlerFunc(s.serveLog), rest, get)
	s.route(mux, "/ring/{ring}/timeline", "timeline", http.HandlerFunc(s.serveTimeline), rest, get)
	s.route(mux, "/ring/{ring}/events", "events", http.HandlerFunc(s.serveEvents), rest, allow(s, http.MethodGet))
	s.route(mux, "/ipfs/*", "ipfs", http.HandlerFunc(s.serveIPFS))
	s.route(mux, "/ipns/*", "ipns", http.HandlerFunc(s.serveIPFS))
	mux.NotFound(s.wrap("notfound", http.HandlerFunc(s.serveNotFound)).ServeHTTP)
	return mux
}

// route mounts h at pattern, named name in metrics, behind the common
// middleware and then mw (outermost first).
func (s *Server) route(mux chi.Router, pattern, name string, h http.Handler, mw ...func(http.Handler) http.Handler) {
	mux.Handle(pattern, s.wrap(name, h, mw...))
}

// wrap puts h behind the common middleware and then mw (outermost first).
func (s *Server) wrap(name string, h http.Handler, mw ...func(http.Handler) http.Handler) http.Handler {
	for i := len(mw) - 1; i >= 0; i-- {
		h = mw[i](h)
	}
	h = s.cors(h)
	h = s.recoverer(h)
	return s.metrics.instrument(name)(h)
}

func (s *Server) track(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !s.inflight.enter() {
			s.writeError(w, r, newError(CodeInternal, checkCanceled, "the gateway is shutting down"))
			return
		}
		defer s.inflight.leave()
		next.ServeHTTP(w, r)
	})
}

// allow answers 405 for other methods, and 204 with Allow to a plain
// OPTIONS (CORS preflights are answered before).
func allow(s *Server, methods ...string) func(http.Handler) http.Handler {
	allowHeader := strings.Join(append(methods, http.MethodOptions), ", ")
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			for _, m := range methods {
				if r.Method == m {
					next.ServeHTTP(w, r)
					return
				}
			}
			w.Header().Set("Allow", allowHeader)
			if r.Method == http.MethodOptions {
				w.WriteHeader(http.StatusNoContent)
				return
			}
			s.writeError(w, r, newError(CodeMethodNotFound, checkHTTPMethod, "method %s not allowed; use %s", r.Method, allowHeader))
		})
	}
}

type ctxKey int

const requestIDKey ctxKey = 0

var (
	requestIDPrefix = func() string {
		var b [6]byte
		_, _ = rand.Read(b[:])
		return hex.EncodeToString(b[:])
	}()
	requestIDCounter atomic.Uint64
)

// requestID keeps a client's X-Request-Id if it is short and plain, else
// makes one, and returns it in the response's X-Request-Id.
func requestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.Header.Get("X-Request-Id")
		if !plainID(id) {
			id = fmt.Sprintf("%s-%06d", requestIDPrefix, requestIDCounter.Add(1))
		}
		w.Header().Set("X-Request-Id", id)
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), requestIDKey, id)))
	})
}

func plainID(id string) bool {
	if id == "" || len(id) > 64 {
		return false
	}
	for _, c := range []byte(id) {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '-' || c == '_' || c == '.') {
			return false
		}
	}
	return true
}

func reqID(r *http.Request) string {
	id, _ := r.Context().Value(requestIDKey).(string)
	return id
}

// recoverer turns a handler's panic into a logged 500 (or a cut response if
// one had started). http.ErrAbortHandler passes through: it is how a
// handler aborts a response on purpose.
func (s *Server) recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &statusRecorder{ResponseWriter: w}
		defer func() {
			v := recover()
			if v == nil {
				return
			}
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.log.Error("ring gateway: panic", "panic", fmt.Sprint(v), "path", r.URL.Path, "request_id", reqID(r), "stack", string(debug.Stack()))
			if rec.status != 0 {
				panic(http.ErrAbortHandler)
			}
			s.writeError(w, r, newError(CodeInternal, checkInternal, "internal error"))
		}()
		next.ServeHTTP(rec, r)
	})
}

const (
	corsMethods = "GET, POST, OPTIONS"
	corsHeaders = "Content-Type, Accept"
	corsExpose  = "Content-Length, Content-Range, Retry-After, X-Request-Id, X-Ipfs-Path, X-Ipfs-Roots, X-Stream-Output"
)

// cors answers preflights and adds Access-Control-Allow-Origin for allowed
// origins. No credentials are allowed.
func (s *Server) cors(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		h := w.Header()
		if !s.cfg.anyOrigin {
			h.Add("Vary", "Origin")
		}
		if origin == "" {
			next.ServeHTTP(w, r)
			return
		}
		allowed, value := s.cfg.anyOrigin, "*"
		if !allowed {
			allowed, value = s.cfg.origins[strings.ToLower(origin)], origin
		}
		if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
			h.Add("Vary", "Access-Control-Request-Method")
			h.Add("Vary", "Access-Control-Request-Headers")
			switch r.Header.Get("Access-Control-Request-Method") {
			case http.MethodGet, http.MethodHead, http.MethodPost:
			default:
				allowed = false
			}
			if !allowed {
				w.WriteHeader(http.StatusForbidden)
				return
			}
			h.Set("Access-Control-Allow-Origin", value)
			h.Set("Access-Control-Allow-Methods", corsMethods)
			h.Set("Access-Control-Allow-Headers", corsHeaders)
			h.Set("Access-Control-Max-Age", "600")
			w.WriteHeader(http.StatusNoContent)
			return
		}
		if allowed {
			h.Set("Access-Control-Allow-Origin", value)
			h.Set("Access-Control-Expose-Headers", corsExpose)
		}
		next.ServeHTTP(w, r)
	})
}

// readBody reads the request body up to Config.MaxRequestBytes; a larger
// body fails with *http.MaxBytesError, one that does not arrive whole
// (too slow for Config.ReadTimeout, or cut off) with *bodyError.
func (s *Server) readBody(w http.ResponseWriter, r *http.Request) ([]byte, error) {
	if r.ContentLength > s.cfg.maxBody {
		return nil, &http.MaxBytesError{Limit: s.cfg.maxBody}
	}
	b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.cfg.maxBody))
	var tooBig *http.MaxBytesError
	if err != nil && !errors.As(err, &tooBig) {
		return nil, &bodyError{err}
	}
	return b, err
}

// encodeJSON is json.Marshal without HTML escaping (ids are echoed byte for
// byte) and without the trailing newline.
func encodeJSON(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

func writeBody(w http.ResponseWriter, status int, body []byte) {
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Length", strconv.Itoa(len(body)+1))
	w.WriteHeader(status)
	_, _ = w.Write(append(body, '\n'))
}

// writeJSON answers v with status, or the encoding error.
func (s *Server) writeJSON(w http.ResponseWriter, r *http.Request, status int, v any) {
	b, err := encodeJSON(v)
	if err != nil {
		s.writeError(w, r, rpcError(fmt.Errorf("encoding the response: %w", err)))
		return
	}
	writeBody(w, status, b)
}

// writeError answers {"error": e} with httpStatus(e).
func (s *Server) writeError(w http.ResponseWriter, r *http.Request, e *Error) {
	s.logError(r, "", e)
	b, err := encodeJSON(struct {
		Error *Error `json:"error"`
	}{e})
	if err != nil { // cannot happen: e is strings and ints
		http.Error(w, e.Message, http.StatusInternalServerError)
		return
	}
	writeBody(w, httpStatus(e), b)
}

// logError logs the failures that are the node's, not the client's, with
// their cause: its own at Error, timeouts and server errors (such as an
// unreachable chain) at Warn. The client's faults that look like the
// node's (a body too slow or cut off), and the backend's checks a request
// failed (a Coded error, whose cause the client may not have got), go to
// Debug only, so that no client can fill the log.
func (s *Server) logError(r *http.Request, method string, e *Error) {
	level := slog.LevelWarn
	switch {
	case e.client:
		level = slog.LevelDebug
	case e.Check() == checkRate, e.Check() == checkCanceled:
		return
	case e.Code == CodeInternal && e.Check() == checkInternal:
		level = slog.LevelError
	case e.Code == CodeInternal, e.Code == CodeServer:
	case e.cause != nil:
		level = slog.LevelDebug
	default:
		return
	}
	cause := e.Message
	if e.cause != nil {
		cause = e.cause.Error()
	}
	s.log.Log(r.Context(), level, "ring gateway: request failed", "path", r.URL.Path, "method", method, "request_id", reqID(r), "code", e.Code, "check", e.Check(), "err", cause)
}

func (s *Server) serveNotFound(w http.ResponseWriter, r *http.Request) {
	s.writeError(w, r, newError(CodeMethodNotFound, "route", "no route %s %s", r.Method, r.URL.Path))
}

func (s *Server) serveIPFS(w http.ResponseWriter, r *http.Request) {
	if s.ipfs == nil {
		s.writeError(w, r, newError(CodeMethodNotFound, "route", "this gateway serves no /ipfs/ or /ipns/ content"))
		return
	}
	s.ipfs.ServeHTTP(w, r)
}

// pathAddress reads the address in path segment name.
func pathAddress(r *http.Request, name string) (string, *Error) {
	v := r.PathValue(name)
	if !isHex(v, 20) {
		return "", invalidParams(name, "must be an address (0x and 40 hex digits)")
	}
	return v, nil
}

// serveRing is GET /ring/{ring}.
func (s *Server) serveRing(w http.ResponseWriter, r *http.Request) {
	ring, e := pathAddress(r, "ring")
	if e != nil {
		s.writeError(w, r, e)
		return
	}
	info, err := s.backend.RingInfo(r.Context(), ring)
	if err != nil {
		s.writeError(w, r, rpcError(err))
		return
	}
	w.Header().Set("Cache-Control", "no-cache")
	s.writeJSON(w, r, http.StatusOK, info)
}

const carContentType = "application/vnd.ipld.car; version=1"

// serveLog is GET /ring/{ring}/log/{member}?since=SEQ&limit=N, as JSON or,
// with Accept: application/vnd.ipld.car (or ?format=car), as a CARv1.
func (s *Server) serveLog(w http.ResponseWriter, r *http.Request) {
	w.Header().Add("Vary", "Accept")
	ring, e := pathAddress(r, "ring")
	if e != nil {
		s.writeError(w, r, e)
		return
	}
	member, e := pathAddress(r, "member")
	if e != nil {
		s.writeError(w, r, e)
		return
	}
	q := r.URL.Query()
	since, limit, e := checkPage(q.Get("since"), q.Get("limit"), s.lim)
	if e != nil {
		s.writeError(w, r, e)
		return
	}
	s.serveJSONOrCAR(w, r, func() (any, error) {
		return s.backend.Log(r.Context(), ring, member, since, limit)
	}, func(cw io.Writer) error {
		return s.backend.LogCAR(r.Context(), ring, member, since, limit, cw)
	}, "ring", ring, "member", member)
}

// serveTimeline is GET /ring/{ring}/timeline?cursor=C&limit=N, as JSON or,
// with Accept: application/vnd.ipld.car (or ?format=car), as a CARv1.
func (s *Server) serveTimeline(w http.ResponseWriter, r *http.Request) {
	w.Header().Add("Vary", "Accept")
	ring, e := pathAddress(r, "ring")
	if e != nil {
		s.writeError(w, r, e)
		return
	}
	q := r.URL.Query()
	cursor := q.Get("cursor")
	if e := checkCursor(cursor); e != nil {
		s.writeError(w, r, e)
		return
	}
	_, limit, e := checkPage("", q.Get("limit"), s.lim)
	if e != nil {
		s.writeError(w, r, e)
		return
	}
	s.serveJSONOrCAR(w, r, func() (any, error) {
		return s.backend.Timeline(r.Context(), ring, cursor, limit)
	}, func(cw io.Writer) error {
		return s.backend.TimelineCAR(r.Context(), ring, cursor, limit, cw)
	}, "ring", ring)
}

// serveJSONOrCAR answers a read route uncached: with the CAR write
// produces when the request asks for one (wantsCAR), else with get's JSON.
func (s *Server) serveJSONOrCAR(w http.ResponseWriter, r *http.Request, get func() (any, error), write func(io.Writer) error, logArgs ...any) {
	car, e := wantsCAR(r)
	if e != nil {
		s.writeError(w, r, e)
		return
	}
	w.Header().Set("Cache-Control", "no-cache")
	if car {
		s.streamCAR(w, r, write, logArgs...)
		return
	}
	res, err := get()
	if err != nil {
		s.writeError(w, r, rpcError(err))
		return
	}
	s.writeJSON(w, r, http.StatusOK, res)
}

// streamCAR answers with the CAR write produces; an error before the
// first byte is an error response, after it a cut transfer. logArgs name
// the request in the log.
func (s *Server) streamCAR(w http.ResponseWriter, r *http.Request, write func(io.Writer) error, logArgs ...any) {
	cw := &streamWriter{w: w, timeout: s.cfg.writeTimeout, contentType: carContentType}
	err := write(cw)
	switch {
	case err != nil && !cw.started:
		s.writeError(w, r, rpcError(err))
	case err != nil:
		// The status is sent: cut the response so that the client sees a
		// broken transfer, not a short CAR. A client that left or stopped
		// reading is no failure of the node's: debug level.
		level := slog.LevelError
		if cw.err != nil || r.Context().Err() != nil {
			level = slog.LevelDebug
		}
		s.log.Log(r.Context(), level, "ring gateway: CAR stream failed", append(logArgs, "request_id", reqID(r), "err", err.Error())...)
		panic(http.ErrAbortHandler)
	case !cw.started:
		cw.start()
	}
}

// wantsCAR reads ?format=car|json, else the Accept header.
func wantsCAR(r *http.Request) (bool, *Error) {
	switch r.URL.Query().Get("format") {
	case "car":
		return true, nil
	case "json":
		return false, nil
	case "":
	default:
		return false, invalidParams("format", `must be "car" or "json"`)
	}
	for _, part := range strings.Split(r.Header.Get("Accept"), ",") {
		mt, ps, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil || mt != "application/vnd.ipld.car" {
			continue
		}
		if v, ok := ps["version"]; ok && v != "1" {
			continue
		}
		if q, ok := ps["q"]; ok {
			if f, err := strconv.ParseFloat(q, 64); err != nil || f <= 0 {
				continue
			}
		}
		return true, nil
	}
	return false, nil
}

// serveAlias is POST /ring/FlushToRing, /ring/ReplicateRing,
// /ring/UnreplicateRing and /ring/RevokeSession: the body is the params object, the answer the
// result or {"error": …}.
func (s *Server) serveAlias(method string) http.Handler {
	run := rpcMethods[method]
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := s.readBody(w, r)
		if err != nil {
			s.writeError(w, r, rpcError(err))
			return
		}
		if !json.Valid(body) {
			e := newError(CodeParseError, "parse", "parse error: the body is not valid JSON")
			s.metrics.rpcCall(method, e)
			s.writeError(w, r, e)
			return
		}
		res, err := run(r.Context(), s, body)
		var resBody []byte
		if err == nil {
			resBody, err = encodeJSON(res)
		}
		if err != nil {
			e := rpcError(err)
			s.metrics.rpcCall(method, e)
			s.writeError(w, r, e)
			return
		}
		s.metrics.rpcCall(method, nil)
		writeBody(w, http.StatusOK, resBody)
	})
}
