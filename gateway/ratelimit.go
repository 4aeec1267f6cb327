package gateway

import (
	"math"
	"net"
	"net/http"
	"net/netip"
	"strconv"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

const (
	// sweepEvery is how often idle clients are evicted (on a request, not by
	// a goroutine).
	sweepEvery = time.Minute
	// maxClients bounds the table; when a sweep leaves it full it is
	// cleared, which only makes the limiter more generous for a moment.
	maxClients = 1 << 16
)

// limiter is a token bucket per client: an IPv4 address or an IPv6 /64.
type limiter struct {
	limit rate.Limit
	burst int
	idle  time.Duration // a client unseen this long has a full bucket again

	mu        sync.Mutex
	clients   map[netip.Addr]*client
	lastSweep time.Time
}

type client struct {
	lim  *rate.Limiter
	seen time.Time
}

func newLimiter(c RateLimitConfig) *limiter {
	idle := time.Minute
	if refill := float64(c.Burst) / c.PerSecond; refill > idle.Seconds() {
		idle = time.Duration(min(refill, 24*3600) * float64(time.Second))
	}
	return &limiter{
		limit:   rate.Limit(c.PerSecond),
		burst:   c.Burst,
		idle:    idle,
		clients: map[netip.Addr]*client{},
	}
}

// allow takes a token for key at now, or says how long until one is there.
func (l *limiter) allow(key netip.Addr, now time.Time) (bool, time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if now.Sub(l.lastSweep) >= sweepEvery || len(l.clients) >= maxClients {
		l.sweep(now)
	}
	c := l.clients[key]
	if c == nil {
		c = &client{lim: rate.NewLimiter(l.limit, l.burst)}
		l.clients[key] = c
	}
	c.seen = now
	res := c.lim.ReserveN(now, 1)
	if !res.OK() {
		return false, l.idle
	}
	if d := res.DelayFrom(now); d > 0 {
		res.CancelAt(now)
		return false, d
	}
	return true, 0
}

func (l *limiter) sweep(now time.Time) {
	l.lastSweep = now
	for k, c := range l.clients {
		if now.Sub(c.seen) >= l.idle {
			delete(l.clients, k)
		}
	}
	if len(l.clients) >= maxClients {
		clear(l.clients)
	}
}

// clientKey is the rate-limit key of a request: its peer address, never a
// header (X-Forwarded-For is not trusted); IPv6 addresses are grouped by /64.
func clientKey(r *http.Request) netip.Addr {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	a, err := netip.ParseAddr(host)
	if err != nil {
		return netip.Addr{}
	}
	a = a.Unmap().WithZone("")
	if a.Is6() {
		p, _ := a.Prefix(64)
		return p.Addr()
	}
	return a
}

// rateLimit rejects requests over the client's rate with reject's answer
// (HTTP 429 and Retry-After).
func (s *Server) rateLimit(reject func(http.ResponseWriter, *http.Request, *Error)) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		if s.limiter == nil {
			return next
		}
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			ok, wait := s.limiter.allow(clientKey(r), time.Now())
			if !ok {
				secs := int64(math.Ceil(wait.Seconds()))
				w.Header().Set("Retry-After", strconv.FormatInt(max(secs, 1), 10))
				reject(w, r, errRateLimited)
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}
