package registry

import (
	"fmt"
	"time"
)

// Rules are the registry's limits and clocks. Every registry node of one
// registry ring must use the same rules, or their snapshots differ.
type Rules struct {
	// MaxProviders is how many providers Resolve returns for one resource.
	// A record beyond it evicts the oldest record that is not a host
	// record (FIFO by created). Default 32.
	MaxProviders int
	// StaleAfter is how long a record lives without renewal before it is
	// stale: still returned, marked stale. Default 1h.
	StaleAfter time.Duration
	// ExpireAfter is how long a record (or tombstone) lives without renewal
	// before it is expired: dropped, and refused when it arrives. Default
	// 24h.
	ExpireAfter time.Duration
	// MaxSkew is how far in the future a created time may be, for clocks
	// that run ahead. Default 2m.
	MaxSkew time.Duration
	// Retain bounds the records (and tombstones) kept per resource,
	// evicted ones included, so that a tombstone of a newer record brings
	// an evicted one back the same way on every node. Beyond it the oldest
	// non-host entries are dropped for good. Default 4 × MaxProviders.
	Retain int
}

// DefaultRules returns the rules with every default set.
func DefaultRules() Rules {
	return Rules{
		MaxProviders: 32,
		StaleAfter:   time.Hour,
		ExpireAfter:  24 * time.Hour,
		MaxSkew:      2 * time.Minute,
		Retain:       4 * 32,
	}
}

// Validate checks that the rules make sense together.
func (r Rules) Validate() error {
	switch {
	case r.MaxProviders < 1:
		return fmt.Errorf("registry: MaxProviders must be at least 1, not %d", r.MaxProviders)
	case r.StaleAfter <= 0:
		return fmt.Errorf("registry: StaleAfter must be positive, not %s", r.StaleAfter)
	case r.ExpireAfter <= r.StaleAfter:
		return fmt.Errorf("registry: ExpireAfter (%s) must be longer than StaleAfter (%s)", r.ExpireAfter, r.StaleAfter)
	case r.MaxSkew < 0:
		return fmt.Errorf("registry: MaxSkew must not be negative, not %s", r.MaxSkew)
	case r.Retain < r.MaxProviders:
		return fmt.Errorf("registry: Retain (%d) must be at least MaxProviders (%d)", r.Retain, r.MaxProviders)
	}
	return nil
}
