package replica

import (
	"errors"
	"fmt"

	"github.com/mosaic-rings/rings/gateway"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// CheckError is a request that failed one of the replica's checks. The
// client gets Msg (RPCMessage): what failed and what to do, in our words.
// Error, for the node's log and Go callers, adds the Cause, which may hold
// what no client should see: a chain RPC error with the endpoint's URL
// (and API key) and addresses, a network error, a library's text. Only a
// Cause worded for clients, such as ipld-schemas' decoding and field
// errors, reaches the client too (ShowCause).
type CheckError struct {
	Code  int    // a gateway.Code* value
	Name  string // the failed check, e.g. "membership", "logNodes[2].signature"
	Msg   string
	Cause error
	// ShowCause appends the Cause's text to the client's message.
	ShowCause bool
}

var _ gateway.Coded = (*CheckError)(nil)

// Error returns Msg and the Cause's text.
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

// RPCMessage implements gateway.Coded: Msg, with the Cause's text only if
// ShowCause.
func (e *CheckError) RPCMessage() string {
	if e.ShowCause {
		return e.Error()
	}
	return e.Msg
}

// fail is a failed check without a cause.
func fail(code int, check string, format string, args ...any) *CheckError {
	return &CheckError{Code: code, Name: check, Msg: fmt.Sprintf(format, args...)}
}

// failWith is a failed check whose cause only the node's log gets: the
// message must say all the client needs.
func failWith(code int, check string, cause error, format string, args ...any) *CheckError {
	return &CheckError{Code: code, Name: check, Msg: fmt.Sprintf(format, args...), Cause: cause}
}

// failShowing is a failed check whose cause the client gets too: only for
// causes in our words that hold nothing but what the client sent (the
// decoding and field errors of ipld-schemas).
func failShowing(code int, check string, cause error, format string, args ...any) *CheckError {
	return &CheckError{Code: code, Name: check, Msg: fmt.Sprintf(format, args...), Cause: cause, ShowCause: true}
}

// sigProblem says what is wrong with a signature that schemas.Recover or a
// Verify function refused, for the client: the signature errors' own words,
// not the curve library's text that ErrBadSignature may wrap.
func sigProblem(err error) string {
	var ws *schemas.WrongSignerError
	var ie *schemas.InvalidError
	switch {
	case errors.As(err, &ie):
		return ie.Error()
	case errors.Is(err, schemas.ErrSessionWindow):
		return "it is signed by a session key outside its session's window (" + err.Error() + ")"
	case errors.As(err, &ws):
		return fmt.Sprintf("it is signed by %s, not by %s", ws.Got.Hex(), ws.Want.Hex())
	case errors.Is(err, schemas.ErrSignatureLength):
		return "it must be 65 bytes, r || s || v"
	case errors.Is(err, schemas.ErrSignatureV):
		return "its v must be 27 or 28"
	case errors.Is(err, schemas.ErrHighS):
		return "its s is in the upper half of the curve order; sign again, or send the low-s form (s' = n - s, v flipped)"
	default:
		return "r or s is out of range, or no key recovers from it; sign again"
	}
}
