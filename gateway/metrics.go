package gateway

import (
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// metrics are the gateway's Prometheus collectors. Several servers in one
// process (tests) share them through AlreadyRegisteredError.
type metrics struct {
	requests *prometheus.CounterVec   // route, code (HTTP status)
	duration *prometheus.HistogramVec // route
	rpcCalls *prometheus.CounterVec   // method, code (JSON-RPC code, "ok" on success)
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	requests, err := register(reg, prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "ring_gateway_requests_total",
		Help: "HTTP requests to the ring gateway, by route and HTTP status code.",
	}, []string{"route", "code"}))
	if err != nil {
		return nil, err
	}
	duration, err := register(reg, prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name:    "ring_gateway_request_duration_seconds",
		Help:    "Time to serve a ring gateway request, by route (streams: until they end).",
		Buckets: prometheus.DefBuckets,
	}, []string{"route"}))
	if err != nil {
		return nil, err
	}
	rpcCalls, err := register(reg, prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "ring_gateway_rpc_calls_total",
		Help: `JSON-RPC calls (batch entries count one each), by method and JSON-RPC error code ("ok" on success).`,
	}, []string{"method", "code"}))
	if err != nil {
		return nil, err
	}
	return &metrics{requests: requests, duration: duration, rpcCalls: rpcCalls}, nil
}

// register registers c, or returns the collector already registered under
// its descriptor.
func register[C prometheus.Collector](reg prometheus.Registerer, c C) (C, error) {
	err := reg.Register(c)
	if err == nil {
		return c, nil
	}
	var are prometheus.AlreadyRegisteredError
	if errors.As(err, &are) {
		if existing, ok := are.ExistingCollector.(C); ok {
			return existing, nil
		}
	}
	var zero C
	return zero, err
}

// instrument counts and times the requests of one route.
func (m *metrics) instrument(route string) func(http.Handler) http.Handler {
	duration := m.duration.WithLabelValues(route)
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			start := time.Now()
			rec := &statusRecorder{ResponseWriter: w}
			defer func() {
				duration.Observe(time.Since(start).Seconds())
				code := rec.status
				if code == 0 {
					code = http.StatusOK // nothing written: net/http sends 200
				}
				m.requests.WithLabelValues(route, strconv.Itoa(code)).Inc()
			}()
			next.ServeHTTP(rec, r)
		})
	}
}

// rpcCall counts one JSON-RPC call; e is nil on success.
func (m *metrics) rpcCall(method string, e *Error) {
	code := "ok"
	if e != nil {
		code = strconv.Itoa(e.Code)
	}
	m.rpcCalls.WithLabelValues(method, code).Inc()
}

// statusRecorder remembers the status a handler writes. Unwrap lets
// http.ResponseController reach the connection (Flush, deadlines).
type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) {
	if r.status == 0 && code >= 200 {
		r.status = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *statusRecorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	return r.ResponseWriter.Write(b)
}

// Flush is here for handlers that assert http.Flusher (boxo's).
func (r *statusRecorder) Flush() {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	_ = http.NewResponseController(r.ResponseWriter).Flush()
}

func (r *statusRecorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

var _ http.Flusher = (*statusRecorder)(nil)
