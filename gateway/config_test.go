package gateway

import (
	"bytes"
	"encoding/json"
	"math"
	"net/http"
	"net/netip"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestDefaultConfig(t *testing.T) {
	t.Parallel()
	cfg := DefaultConfig()
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	st, err := cfg.settings()
	if err != nil {
		t.Fatal(err)
	}
	if st.network != "tcp4" || st.addr != "127.0.0.1:8090" || !st.anyOrigin || st.maxBody != 8<<20 ||
		st.readTimeout != 30*time.Second || st.writeTimeout != time.Minute || st.maxBatch != 100 || st.maxLogNodes != 10000 ||
		st.rate != (RateLimitConfig{PerSecond: 50, Burst: 100}) {
		t.Fatalf("defaults: %+v", st)
	}
}

// TestConfigJSON decodes a user's config over the defaults, as the plugin
// does.
func TestConfigJSON(t *testing.T) {
	t.Parallel()
	cfg := DefaultConfig()
	user := `{"Address": "/dns4/localhost/tcp/9000", "AllowedOrigins": ["https://app.example"], "RateLimit": {"PerSecond": 5}}`
	dec := json.NewDecoder(strings.NewReader(user))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&cfg); err != nil {
		t.Fatal(err)
	}
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	want := DefaultConfig()
	want.Address = "/dns4/localhost/tcp/9000"
	want.AllowedOrigins = []string{"https://app.example"}
	want.RateLimit.PerSecond = 5
	if !reflect.DeepEqual(cfg, want) {
		t.Fatalf("got %+v\nwant %+v", cfg, want)
	}
	// Field names are PascalCase, as in the rest of the Kubo config.
	b, err := json.Marshal(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{`"Address"`, `"AllowedOrigins"`, `"MaxRequestBytes"`, `"ReadTimeout"`, `"WriteTimeout"`, `"RateLimit"`, `"PerSecond"`, `"Burst"`, `"Disabled"`, `"MaxBatch"`, `"MaxLogNodes"`} {
		if !bytes.Contains(b, []byte(f)) {
			t.Errorf("no %s in %s", f, b)
		}
	}
}

func TestConfigValidate(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name string
		mod  func(c *Config)
		want []string // substrings of the error; none: valid
	}{
		{"ip6", func(c *Config) { c.Address = "/ip6/::1/tcp/0" }, nil},
		{"dns", func(c *Config) { c.Address = "/dns/localhost/tcp/8090" }, nil},
		{"dns6", func(c *Config) { c.Address = "/dns6/localhost/tcp/8090" }, nil},
		{"all interfaces", func(c *Config) { c.Address = "/ip4/0.0.0.0/tcp/8090" }, nil},
		{"origins", func(c *Config) { c.AllowedOrigins = []string{"http://localhost:3000", "chrome-extension://abcdef"} }, nil},
		{"no origins", func(c *Config) { c.AllowedOrigins = nil }, nil},
		{"rate disabled", func(c *Config) { c.RateLimit = RateLimitConfig{Disabled: true} }, nil},
		{"address not multiaddr", func(c *Config) { c.Address = "127.0.0.1:8090" }, []string{"Gateway.Address"}},
		{"address udp", func(c *Config) { c.Address = "/ip4/127.0.0.1/udp/8090" }, []string{"Gateway.Address"}},
		{"address no port", func(c *Config) { c.Address = "/ip4/127.0.0.1" }, []string{"Gateway.Address"}},
		{"address with more", func(c *Config) { c.Address = "/ip4/127.0.0.1/tcp/8090/http" }, []string{"Gateway.Address"}},
		{"address unix", func(c *Config) { c.Address = "/unix/tmp/gw.sock" }, []string{"Gateway.Address"}},
		{"address empty", func(c *Config) { c.Address = "" }, []string{"Gateway.Address"}},
		{"origin with path", func(c *Config) { c.AllowedOrigins = []string{"*", "https://app.example/"} }, []string{"Gateway.AllowedOrigins[1]"}},
		{"origin bare host", func(c *Config) { c.AllowedOrigins = []string{"app.example"} }, []string{"Gateway.AllowedOrigins[0]"}},
		{"origin null", func(c *Config) { c.AllowedOrigins = []string{"null"} }, []string{"Gateway.AllowedOrigins[0]"}},
		{"body zero", func(c *Config) { c.MaxRequestBytes = 0 }, []string{"Gateway.MaxRequestBytes"}},
		{"read timeout bad", func(c *Config) { c.ReadTimeout = "30" }, []string{"Gateway.ReadTimeout"}},
		{"write timeout negative", func(c *Config) { c.WriteTimeout = "-1s" }, []string{"Gateway.WriteTimeout"}},
		{"rate zero", func(c *Config) { c.RateLimit.PerSecond = 0 }, []string{"Gateway.RateLimit.PerSecond"}},
		{"rate NaN", func(c *Config) { c.RateLimit.PerSecond = math.NaN() }, []string{"Gateway.RateLimit.PerSecond"}},
		{"rate infinite", func(c *Config) { c.RateLimit.PerSecond = math.Inf(1) }, []string{"Gateway.RateLimit.PerSecond"}},
		{"burst zero", func(c *Config) { c.RateLimit.Burst = 0 }, []string{"Gateway.RateLimit.Burst"}},
		{"batch zero", func(c *Config) { c.MaxBatch = 0 }, []string{"Gateway.MaxBatch"}},
		{"log nodes zero", func(c *Config) { c.MaxLogNodes = 0 }, []string{"Gateway.MaxLogNodes"}},
		{"all at once", func(c *Config) { *c = Config{} }, []string{
			"Gateway.Address", "Gateway.MaxRequestBytes", "Gateway.ReadTimeout", "Gateway.WriteTimeout",
			"Gateway.RateLimit.PerSecond", "Gateway.RateLimit.Burst", "Gateway.MaxBatch", "Gateway.MaxLogNodes"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			cfg := DefaultConfig()
			tc.mod(&cfg)
			err := cfg.Validate()
			if len(tc.want) == 0 {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil {
				t.Fatal("valid")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not name %s", err, w)
				}
			}
		})
	}
}

func TestLimiter(t *testing.T) {
	t.Parallel()
	l := newLimiter(RateLimitConfig{PerSecond: 1, Burst: 2})
	a, b := netip.MustParseAddr("192.0.2.1"), netip.MustParseAddr("192.0.2.2")
	now := time.Unix(1000, 0)
	for i := range 2 {
		if ok, _ := l.allow(a, now); !ok {
			t.Fatalf("request %d limited", i)
		}
	}
	ok, wait := l.allow(a, now)
	if ok || wait != time.Second {
		t.Fatalf("third request: %v, wait %v", ok, wait)
	}
	if ok, _ := l.allow(b, now); !ok {
		t.Fatal("another client limited")
	}
	if ok, _ := l.allow(a, now.Add(time.Second)); !ok {
		t.Fatal("no token after a second")
	}
	// Idle clients are evicted at the next sweep.
	l.allow(b, now.Add(2*time.Minute))
	l.mu.Lock()
	n := len(l.clients)
	l.mu.Unlock()
	if n != 1 {
		t.Fatalf("%d clients after the sweep, want 1", n)
	}
}

func TestClientKey(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ remote, want string }{
		{"192.0.2.1:1234", "192.0.2.1"},
		{"[::ffff:192.0.2.1]:1234", "192.0.2.1"},
		{"[2001:db8:1:2:3:4:5:6]:1234", "2001:db8:1:2::"},
		{"[fe80::1%eth0]:1234", "fe80::"},
	} {
		r := &http.Request{RemoteAddr: tc.remote, Header: http.Header{"X-Forwarded-For": {"203.0.113.9"}}}
		if got := clientKey(r).String(); got != tc.want {
			t.Errorf("%s: key %s, want %s", tc.remote, got, tc.want)
		}
	}
}

func TestHTTPStatus(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		code   int
		check  string
		status int
	}{
		{CodeParseError, "parse", 400},
		{CodeInvalidRequest, "jsonrpc", 400},
		{CodeInvalidRequest, checkSize, 413},
		{CodeMethodNotFound, "method", 404},
		{CodeMethodNotFound, checkHTTPMethod, 405},
		{CodeInvalidParams, "mtx.seq", 400},
		{CodeInternal, checkInternal, 500},
		{CodeInternal, checkTimeout, 504},
		{CodeInternal, checkCanceled, 503},
		{CodeServer, "relay", 500},
		{CodeServer, checkRate, 429},
		{CodeUnknownRing, "", 404},
		{CodeBadSignature, "", 403},
		{CodeNotMember, "", 403},
		{CodeInvalidLogNode, "", 422},
		{CodeIncomplete, "", 422},
		{CodeFork, "", 409},
		{CodeMtxMismatch, "", 422},
		{CodeExpired, "", 422},
		{CodeStaleNonce, "", 409},
		{CodeTooDeep, "", 422},
		{CodeNotFound, "", 404},
		{CodeNotAuthorized, "", 403},
		{CodeAlreadyOnChain, "", 422},
		{CodeNotReplicaAdmin, "", 403},
		{-32099, "", 500},
		{42, "", 500},
	} {
		if got := httpStatus(&Error{Code: tc.code, Data: &ErrorData{Check: tc.check}}); got != tc.status {
			t.Errorf("httpStatus(%d, %q) = %d, want %d", tc.code, tc.check, got, tc.status)
		}
	}
}
