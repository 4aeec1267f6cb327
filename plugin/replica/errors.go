package replica

import (
	"fmt"

	"github.com/mosaic-rings/rings/gateway"
)

// CheckError is a request that failed one of the replica's checks.
type CheckError struct {
	Code  int    // a gateway.Code* value
	Name  string // the failed check, e.g. "membership", "logNodes[2].signature"
	Msg   string
	Cause error
}

var _ gateway.Coded = (*CheckError)(nil)

func (e *CheckError) Error() string {
	if e.Cause != nil {
		return e.Msg + ": " + e.Cause.Error()
	}
	return e.Msg
}

// Unwrap returns the cause.
func (e *CheckError) Unwrap() error { return e.Cause }

// RPCCode implements gateway.Coded.
func (e *CheckError) RPCCode() int { return e.Code }

// Check implements gateway.Coded.
func (e *CheckError) Check() string { return e.Name }

func fail(code int, check string, format string, args ...any) *CheckError {
	return &CheckError{Code: code, Name: check, Msg: fmt.Sprintf(format, args...)}
}

func failWith(code int, check string, cause error, format string, args ...any) *CheckError {
	return &CheckError{Code: code, Name: check, Msg: fmt.Sprintf(format, args...), Cause: cause}
}
