package gateway

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// sseHeartbeat is the interval of the comment lines that keep an idle event
// stream (and the proxies in front of it) alive.
const sseHeartbeat = 15 * time.Second

// ErrServerClosed is returned by Start after Close.
var ErrServerClosed = errors.New("ring gateway: server closed")

// Server is the /ring/ HTTP gateway. Make one with NewServer, then Start it
// and Close it, or mount Handler in a server of your own.
type Server struct {
	cfg     *settings
	lim     limits
	backend Backend
	ipfs    http.Handler
	// registry serves the registry's methods; nil on a node that is
	// not a registry node.
	registry Registry
	// market serves the market's read methods; nil on a node that knows
	// no market.
	market Market
	// node tells the node's peer ID and addresses; nil: not told.
	node func() NodeInfo
	// app is the web app served at /ring/app/; nil: none (WithApp).
	app fs.FS
	reg prometheus.Registerer
	log *slog.Logger

	metrics   *metrics
	limiter   *limiter // nil when rate limiting is disabled
	handler   http.Handler
	heartbeat time.Duration

	// ctx is the base context of every request; canceled when Close gives
	// up waiting for in-flight requests.
	ctx    context.Context
	cancel context.CancelFunc
	// streams ends the event streams; canceled as soon as Close starts.
	streams     context.Context
	stopStreams context.CancelFunc

	inflight inflight

	mu     sync.Mutex
	srv    *http.Server
	ln     net.Listener
	served chan struct{} // closed when the Serve goroutine returns
	closed bool
}

// Option configures a Server.
type Option func(*Server)

// WithIPFS mounts h, normally boxo's gateway handler (see IPFSHandler), at
// /ipfs/ and /ipns/. Without it those paths answer 404.
func WithIPFS(h http.Handler) Option { return func(s *Server) { s.ipfs = h } }

// WithRegisterer registers the gateway's metrics with reg instead of
// prometheus.DefaultRegisterer (which Kubo serves at
// /debug/metrics/prometheus). Collectors already registered there by
// another Server are reused.
func WithRegisterer(reg prometheus.Registerer) Option { return func(s *Server) { s.reg = reg } }

// logSubsystem is the "logger" attribute of the gateway's default logger.
// In Kubo, whose go-log installs slog.Default(), it names the gateway's
// subsystem, so that its level is set like any other's (`ipfs log level
// ring/gateway debug`, GOLOG_LOG_LEVEL); the default level shows errors
// only.
const logSubsystem = "ring/gateway"

// WithLogger logs to l instead of slog.Default().With("logger",
// "ring/gateway"). The gateway logs its own failures at Error, what may be
// the node's or its chain's trouble (timeouts, an unreachable chain) at
// Warn, and the faults of clients (a slow or cut-off body, a client that
// leaves a download) at Debug only, so that no client can fill the log.
func WithLogger(l *slog.Logger) Option { return func(s *Server) { s.log = l } }

// NewServer validates cfg and builds a gateway serving backend. It does not
// listen yet; see Start.
func NewServer(cfg Config, backend Backend, opts ...Option) (*Server, error) {
	if backend == nil {
		return nil, errors.New("ring gateway: nil Backend")
	}
	st, err := cfg.settings()
	if err != nil {
		return nil, fmt.Errorf("ring gateway config: %w", err)
	}
	s := &Server{
		cfg:       st,
		lim:       limits{maxBatch: st.maxBatch, maxLogNodes: st.maxLogNodes},
		backend:   backend,
		reg:       prometheus.DefaultRegisterer,
		log:       slog.Default().With("logger", logSubsystem),
		heartbeat: sseHeartbeat,
	}
	for _, o := range opts {
		o(s)
	}
	if s.reg == nil {
		s.reg = prometheus.DefaultRegisterer
	}
	if s.log == nil {
		s.log = slog.Default().With("logger", logSubsystem)
	}
	if s.metrics, err = newMetrics(s.reg); err != nil {
		return nil, fmt.Errorf("ring gateway metrics: %w", err)
	}
	if !st.rate.Disabled {
		s.limiter = newLimiter(st.rate)
	}
	s.ctx, s.cancel = context.WithCancel(context.Background())
	s.streams, s.stopStreams = context.WithCancel(s.ctx)
	s.handler = s.routes()
	return s, nil
}

// Handler is the gateway as an http.Handler, for tests and for mounting in
// another server. Close still ends its event streams.
func (s *Server) Handler() http.Handler { return s.handler }

// Start listens on Config.Address and serves in a goroutine the Server owns
// until Close. It fails if the address is taken, or if the Server was
// started or closed before.
func (s *Server) Start() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return ErrServerClosed
	}
	if s.srv != nil {
		return errors.New("ring gateway: already started")
	}
	ln, err := net.Listen(s.cfg.network, s.cfg.addr)
	if err != nil {
		return fmt.Errorf("ring gateway: listen: %w", err)
	}
	srv := &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: s.cfg.readTimeout,
		ReadTimeout:       s.cfg.readTimeout,
		WriteTimeout:      s.cfg.writeTimeout,
		IdleTimeout:       2 * time.Minute,
		BaseContext:       func(net.Listener) context.Context { return s.ctx },
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelError),
	}
	s.srv, s.ln, s.served = srv, ln, make(chan struct{})
	go func() {
		defer close(s.served)
		if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
			s.log.Error("ring gateway stopped serving", "addr", ln.Addr().String(), "err", err.Error())
		}
	}()
	s.log.Info("ring gateway listening", "addr", ln.Addr().String())
	return nil
}

// Addr is the host:port the Server listens on ("" before Start), e.g. the
// port picked for port 0.
func (s *Server) Addr() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ln == nil {
		return ""
	}
	return s.ln.Addr().String()
}

// Close shuts the gateway down, in this order: it stops accepting
// connections and ends every event stream; waits for in-flight requests
// until ctx ends; then cancels the requests still running and closes their
// connections; and finally waits for the serving goroutine and the
// remaining handlers to return. It returns ctx's error if the grace period
// ran out. The Backend is the caller's to close, after Close. Close is
// idempotent.
func (s *Server) Close(ctx context.Context) error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil
	}
	s.closed = true
	srv, served := s.srv, s.served
	s.mu.Unlock()

	s.stopStreams()
	var err error
	if srv != nil {
		if err = srv.Shutdown(ctx); err != nil {
			s.cancel()
			_ = srv.Close()
		}
		<-served
	}
	s.cancel()
	s.inflight.closeAndWait()
	return err
}

// inflight counts running handlers so that Close can wait for them after
// net/http has let go of their connections.
type inflight struct {
	mu     sync.Mutex
	closed bool
	wg     sync.WaitGroup
}

func (a *inflight) enter() bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.closed {
		return false
	}
	a.wg.Add(1)
	return true
}

func (a *inflight) leave() { a.wg.Done() }

func (a *inflight) closeAndWait() {
	a.mu.Lock()
	a.closed = true
	a.mu.Unlock()
	a.wg.Wait()
}
