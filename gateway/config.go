package gateway

import (
	"errors"
	"fmt"
	"math"
	"net/url"
	"strings"
	"time"

	ma "github.com/multiformats/go-multiaddr"
	manet "github.com/multiformats/go-multiaddr/net"
)

// Config is the gateway's configuration. Users write it in the Kubo config
// at Plugins.Plugins.ring.Config.Gateway; decode it over DefaultConfig (a
// field left out keeps its default) and call Validate. Example:
//
//	"Gateway": {
//	  "Address": "/ip4/0.0.0.0/tcp/8090",
//	  "AllowedOrigins": ["https://app.example"],
//	  "RateLimit": {"PerSecond": 10, "Burst": 20}
//	}
type Config struct {
	// Address is the multiaddr the gateway listens on:
	// /ip4/<ip>/tcp/<port>, /ip6/<ip>/tcp/<port> or
	// /dns|dns4|dns6/<host>/tcp/<port>. Port 0 picks a free port.
	// Default "/ip4/127.0.0.1/tcp/8090" (loopback only).
	Address string `json:"Address"`
	// AllowedOrigins are the origins ("https://app.example", no path) whose
	// web pages may call the gateway (CORS). "*" allows every origin; an
	// empty list sends no CORS headers, so browsers block cross-origin
	// calls. Default ["*"].
	AllowedOrigins []string `json:"AllowedOrigins"`
	// MaxRequestBytes is the largest request body accepted. A larger body
	// gets HTTP 413 on the REST routes and JSON-RPC error -32600 with
	// data {"check":"size"} on /ring/rpc. Default 8388608 (8 MiB).
	MaxRequestBytes int64 `json:"MaxRequestBytes"`
	// ReadTimeout bounds reading a whole request, as a Go duration.
	// Default "30s".
	ReadTimeout string `json:"ReadTimeout"`
	// WriteTimeout bounds writing a response, as a Go duration. Streamed
	// responses (events, CAR) are not cut by it: each write gets this long
	// instead. Default "60s".
	WriteTimeout string `json:"WriteTimeout"`
	// RateLimit limits the /ring/ routes per client IP address (IPv6 per
	// /64). /ipfs/ and /ipns/ are not limited here.
	RateLimit RateLimitConfig `json:"RateLimit"`
	// MaxBatch is the most calls one JSON-RPC batch may hold. Default 100.
	MaxBatch int `json:"MaxBatch"`
	// MaxLogNodes is the most log nodes one FlushToRing may carry and the
	// largest page a Log call may ask for; more log nodes fail with
	// CodeTooDeep before any is decoded. Default 10000.
	MaxLogNodes int `json:"MaxLogNodes"`
}

// RateLimitConfig is a token bucket per client IP address.
type RateLimitConfig struct {
	// PerSecond is the sustained request rate. Default 50.
	PerSecond float64 `json:"PerSecond"`
	// Burst is the bucket size: requests allowed at once. Default 100.
	Burst int `json:"Burst"`
	// Disabled turns rate limiting off. Default false.
	Disabled bool `json:"Disabled"`
}

// Defaults, as documented on Config.
const (
	defaultAddress         = "/ip4/127.0.0.1/tcp/8090"
	defaultMaxRequestBytes = 8 << 20
	defaultReadTimeout     = "30s"
	defaultWriteTimeout    = "60s"
	defaultRatePerSecond   = 50
	defaultRateBurst       = 100
	defaultMaxBatch        = 100
	defaultMaxLogNodes     = 10000
)

// DefaultConfig is the configuration with every default filled in.
func DefaultConfig() Config {
	return Config{
		Address:         defaultAddress,
		AllowedOrigins:  []string{"*"},
		MaxRequestBytes: defaultMaxRequestBytes,
		ReadTimeout:     defaultReadTimeout,
		WriteTimeout:    defaultWriteTimeout,
		RateLimit:       RateLimitConfig{PerSecond: defaultRatePerSecond, Burst: defaultRateBurst},
		MaxBatch:        defaultMaxBatch,
		MaxLogNodes:     defaultMaxLogNodes,
	}
}

// Validate reports every invalid field, each naming its path under the
// plugin's config (Gateway.…).
func (c *Config) Validate() error {
	_, err := c.settings()
	return err
}

// settings are a validated Config, parsed.
type settings struct {
	network, addr string // for net.Listen
	origins       map[string]bool
	anyOrigin     bool
	maxBody       int64
	readTimeout   time.Duration
	writeTimeout  time.Duration
	rate          RateLimitConfig
	maxBatch      int
	maxLogNodes   int
}

func (c *Config) settings() (*settings, error) {
	var errs []error
	s := &settings{
		maxBody:     c.MaxRequestBytes,
		rate:        c.RateLimit,
		maxBatch:    c.MaxBatch,
		maxLogNodes: c.MaxLogNodes,
		origins:     map[string]bool{},
	}
	var err error
	if s.network, s.addr, err = listenArgs(c.Address); err != nil {
		errs = append(errs, fmt.Errorf("Gateway.Address %q: %w", c.Address, err))
	}
	for i, o := range c.AllowedOrigins {
		if o == "*" {
			s.anyOrigin = true
			continue
		}
		if err := checkOrigin(o); err != nil {
			errs = append(errs, fmt.Errorf("Gateway.AllowedOrigins[%d] %q: %w", i, o, err))
			continue
		}
		s.origins[strings.ToLower(o)] = true
	}
	if c.MaxRequestBytes <= 0 {
		errs = append(errs, fmt.Errorf("Gateway.MaxRequestBytes must be positive, got %d", c.MaxRequestBytes))
	}
	if s.readTimeout, err = positiveDuration(c.ReadTimeout); err != nil {
		errs = append(errs, fmt.Errorf("Gateway.ReadTimeout: %w", err))
	}
	if s.writeTimeout, err = positiveDuration(c.WriteTimeout); err != nil {
		errs = append(errs, fmt.Errorf("Gateway.WriteTimeout: %w", err))
	}
	if !c.RateLimit.Disabled {
		if r := c.RateLimit.PerSecond; !(r > 0) || math.IsInf(r, 0) {
			errs = append(errs, fmt.Errorf("Gateway.RateLimit.PerSecond must be a positive number, got %v (set Gateway.RateLimit.Disabled to turn limiting off)", r))
		}
		if c.RateLimit.Burst < 1 {
			errs = append(errs, fmt.Errorf("Gateway.RateLimit.Burst must be at least 1, got %d", c.RateLimit.Burst))
		}
	}
	if c.MaxBatch < 1 {
		errs = append(errs, fmt.Errorf("Gateway.MaxBatch must be at least 1, got %d", c.MaxBatch))
	}
	if c.MaxLogNodes < 1 {
		errs = append(errs, fmt.Errorf("Gateway.MaxLogNodes must be at least 1, got %d", c.MaxLogNodes))
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return s, nil
}

// listenArgs accepts /ip4|/ip6|/dns|/dns4|/dns6/…/tcp/PORT and returns the
// arguments of net.Listen.
func listenArgs(addr string) (network, hostport string, err error) {
	m, err := ma.NewMultiaddr(addr)
	if err != nil {
		return "", "", err
	}
	ps := m.Protocols()
	if len(ps) != 2 || ps[1].Code != ma.P_TCP {
		return "", "", errors.New("must be /ip4|/ip6|/dns|/dns4|/dns6/<host>/tcp/<port>")
	}
	switch ps[0].Code {
	case ma.P_IP4, ma.P_IP6, ma.P_DNS, ma.P_DNS4, ma.P_DNS6:
	default:
		return "", "", errors.New("must be /ip4|/ip6|/dns|/dns4|/dns6/<host>/tcp/<port>")
	}
	return manet.DialArgs(m)
}

// checkOrigin accepts a serialized origin: scheme://host[:port].
func checkOrigin(o string) error {
	u, err := url.Parse(o)
	if err != nil {
		return err
	}
	if u.Scheme == "" || u.Host == "" || u.User != nil || u.Path != "" || u.RawQuery != "" || u.Fragment != "" || u.Opaque != "" || o != u.Scheme+"://"+u.Host {
		return errors.New(`must be "*" or an origin such as "https://app.example:8443" (scheme and host, no path or trailing slash)`)
	}
	return nil
}

func positiveDuration(s string) (time.Duration, error) {
	d, err := time.ParseDuration(s)
	if err != nil {
		return 0, fmt.Errorf("%q is not a Go duration such as \"30s\"", s)
	}
	if d <= 0 {
		return 0, fmt.Errorf("%q must be positive", s)
	}
	return d, nil
}
