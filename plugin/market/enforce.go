package market

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/plugin/replica"
)

// Enforcer is the market as a replica that enforces it reads it
// (replica.Payments, config Market.Enforce): a ring is paid for in a
// replica ring while the ring's bucket in that replica ring's cluster is
// allocated and its owner's account is not short, or short for less than
// the grace period. Time is the chain's: the newest block's, which the
// market's rent runs on.
type Enforcer struct {
	m          *chain.Market
	minPrepaid time.Duration
	grace      time.Duration
}

var _ replica.Payments = (*Enforcer)(nil)

// NewEnforcer reads m. A ReplicateRing needs minPrepaid of rent in the
// owner's account; a ring is suspended after grace in debt.
func NewEnforcer(m *chain.Market, minPrepaid, grace time.Duration) *Enforcer {
	return &Enforcer{m: m, minPrepaid: minPrepaid, grace: grace}
}

// Standing is a bucket's standing as an enforcing replica judges it, at
// the chain time Now.
type Standing struct {
	Now time.Time
	// PaidUntil is when the owner's unlocked deposit runs out at the
	// account's rate (all its buckets); zero when it is short already.
	PaidUntil time.Time
	// DebtSince is when the account's deposit ran out, if it has: the
	// rent accrued beyond it, at the account's rate, back from Now; or
	// when the bucket lost its allocation (evicted, or none yet).
	DebtSince time.Time
}

// Admit implements replica.Payments: bucket must be ring's, in rr's
// cluster, allocated, and its owner's unlocked deposit must cover
// minPrepaid of the account's rent.
func (e *Enforcer) Admit(ctx context.Context, ring, rr common.Address, bucket uint64) error {
	b, a, _, err := e.read(ctx, ring, rr, bucket)
	if err != nil {
		return err
	}
	if b.Rate == nil || b.Rate.Sign() == 0 {
		return fmt.Errorf("%w: bucket %d has no resource allocated; its owner allocates with `ipfs ring market bucket alloc %d --resource N`", replica.ErrUnpaid, bucket, bucket)
	}
	need := new(big.Int).Mul(a.Rate, big.NewInt(int64(e.minPrepaid/time.Second)))
	if a.Unlocked.Cmp(need) < 0 {
		short := new(big.Int).Sub(need, a.Unlocked)
		return fmt.Errorf("%w: bucket %d's owner %s has %s unlocked, which pays %s of the account's rent (%s/s); this replica asks for %s prepaid: deposit at least %s more with `ipfs ring market account deposit %s --from %s`",
			replica.ErrUnpaid, bucket, b.Owner.Hex(), FormatAmount(a.Unlocked), covered(a.Unlocked, a.Rate), FormatAmount(a.Rate), e.minPrepaid,
			FormatAmount(short), short, b.Owner.Hex())
	}
	return nil
}

// Standing implements replica.Payments: an error wrapping
// replica.ErrUnpaid once the bucket has been in debt (or unallocated) for
// the grace period, or is not ring's in rr's cluster any more.
func (e *Enforcer) Standing(ctx context.Context, ring, rr common.Address, bucket uint64) error {
	b, a, now, err := e.read(ctx, ring, rr, bucket)
	if err != nil {
		return err
	}
	s := judge(b, a, now)
	if s.DebtSince.IsZero() || now.Before(s.DebtSince.Add(e.grace)) {
		return nil
	}
	if b.Rate == nil || b.Rate.Sign() == 0 {
		return fmt.Errorf("%w: bucket %d has had no resource allocated since %s, past the grace period of %s", replica.ErrUnpaid, bucket, s.DebtSince.UTC().Format(time.RFC3339), e.grace)
	}
	return fmt.Errorf("%w: bucket %d's owner %s has been in debt since %s (chain time), past the grace period of %s",
		replica.ErrUnpaid, bucket, b.Owner.Hex(), s.DebtSince.UTC().Format(time.RFC3339), e.grace)
}

// read reads a bucket, its owner's account and the chain's time, and
// checks that the bucket is ring's in rr's cluster.
func (e *Enforcer) read(ctx context.Context, ring, rr common.Address, bucket uint64) (*chain.MarketBucket, *chain.MarketAccount, time.Time, error) {
	b, err := e.m.Bucket(ctx, bucket)
	if errors.Is(err, chain.ErrMarketUnknown) {
		return nil, nil, time.Time{}, fmt.Errorf("%w: the market %s has no bucket %d", replica.ErrUnpaid, e.m.Address().Hex(), bucket)
	} else if err != nil {
		return nil, nil, time.Time{}, err
	}
	if b.Ring != ring {
		return nil, nil, time.Time{}, fmt.Errorf("%w: bucket %d is for ring %s, not %s", replica.ErrUnpaid, bucket, b.Ring.Hex(), ring.Hex())
	}
	if b.ClusterRing != rr {
		return nil, nil, time.Time{}, fmt.Errorf("%w: bucket %d is in cluster %d, whose replica ring is %s, not this replica's %s", replica.ErrUnpaid, bucket, b.ClusterID, b.ClusterRing.Hex(), rr.Hex())
	}
	a, err := e.m.Account(ctx, b.Owner)
	if err != nil {
		return nil, nil, time.Time{}, err
	}
	now, err := e.m.Client().HeadTime(ctx)
	if err != nil {
		return nil, nil, time.Time{}, err
	}
	return b, a, now, nil
}

// judge is a bucket's standing at chain time now, from its view and its
// owner's account.
func judge(b *chain.MarketBucket, a *chain.MarketAccount, now time.Time) Standing {
	s := Standing{Now: now}
	if b.Rate == nil || b.Rate.Sign() == 0 {
		s.DebtSince = time.Unix(int64(b.SettledUntil), 0)
		return s
	}
	// The account's rate includes this bucket's, so it is above zero.
	if a.Accrued.Cmp(a.Deposit) <= 0 {
		s.PaidUntil = now.Add(secondsOf(new(big.Int).Quo(a.Unlocked, a.Rate)))
		return s
	}
	// Short by accrued - deposit: at the account's rate that took
	// (accrued - deposit) / rate seconds, rounded down (the later start).
	behind := new(big.Int).Quo(new(big.Int).Sub(a.Accrued, a.Deposit), a.Rate)
	s.DebtSince = now.Add(-secondsOf(behind))
	return s
}

// secondsOf is n seconds, capped at 100 years.
func secondsOf(n *big.Int) time.Duration {
	const limit = 100 * 365 * 24 * time.Hour
	if !n.IsInt64() || n.Int64() > int64(limit/time.Second) {
		return limit
	}
	return time.Duration(n.Int64()) * time.Second
}

// covered is how long amount pays rent at rate, in words.
func covered(amount, rate *big.Int) string {
	if rate.Sign() == 0 {
		return "any length"
	}
	return secondsOf(new(big.Int).Quo(amount, rate)).String()
}
