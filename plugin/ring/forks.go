package ring

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/plugin/ringlog"
)

// ForkReport is what ReportForks did with one recorded fork.
type ForkReport struct {
	ringlog.Fork
	// Status is "reported" (this call sent reportFork), "known" (the
	// chain already had it) or "failed" (see Error).
	Status string `json:"status"`
	Error  string `json:"error,omitempty"`
}

// Forks lists a ring's recorded forks.
func (s *Service) Forks(ctx context.Context, ringName string) ([]ringlog.Fork, error) {
	k, err := s.resolveReadable(ringName)
	if err != nil {
		return nil, err
	}
	return s.logs.Forks(ctx, k.Ring)
}

// ReportForks submits reportFork for every recorded fork of a ring (the
// empty name: of every ring) that the chain does not know of yet, from the
// node's relayer, and records the outcome. A fork that fails to report is
// listed with its error and tried again by the next call.
func (s *Service) ReportForks(ctx context.Context, ringName string) ([]ForkReport, error) {
	var ring common.Address
	if ringName != "" {
		k, err := s.resolveReadable(ringName)
		if err != nil {
			return nil, err
		}
		ring = k.Ring
	}
	forks, err := s.logs.Forks(ctx, ring)
	if err != nil {
		return nil, err
	}
	out := []ForkReport{}
	for _, f := range forks {
		if f.Reported() {
			continue
		}
		r := ForkReport{Fork: f}
		tx, err := s.reportFork(ctx, f)
		switch {
		case err != nil:
			r.Status, r.Error = "failed", err.Error()
		case tx == "":
			r.Status = "known"
		default:
			r.Status = "reported"
		}
		if err == nil {
			if err := s.logs.MarkForkReported(ctx, f, tx); err != nil {
				return nil, err
			}
			r.Fork.ReportTx = tx
		}
		out = append(out, r)
	}
	return out, nil
}

// reportFork sends one fork to the chain; it returns the transaction, or
// "" if the chain already had the fork.
func (s *Service) reportFork(ctx context.Context, f ringlog.Fork) (string, error) {
	if known, err := s.chain.ForkReported(ctx, f.Ring, f.Member, f.Seq); err != nil {
		return "", err
	} else if known {
		return "", nil
	}
	a, b, err := ringlog.ForkNodes(f)
	if err != nil {
		return "", err
	}
	rc, err := s.chain.ReportFork(ctx, f.Ring, a, b)
	var rev *chain.RevertError
	if errors.As(err, &rev) && rev.Name == "ForkAlreadyReported" {
		return "", nil // someone else was faster
	}
	if err != nil {
		return "", fmt.Errorf("reporting the fork of %s at seq %d: %w", f.Member.Hex(), f.Seq, err)
	}
	return rc.TxHash.Hex(), nil
}
