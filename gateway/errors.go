package gateway

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"

	boxogw "github.com/ipfs/boxo/gateway"
	"github.com/ipfs/boxo/namesys"
	"github.com/libp2p/go-libp2p/core/routing"
)

// JSON-RPC 2.0 error codes (https://www.jsonrpc.org/specification#error_object).
const (
	CodeParseError     = -32700 // the body is not valid JSON
	CodeInvalidRequest = -32600 // not a valid Request object, an empty or oversized batch, an oversized body
	CodeMethodNotFound = -32601 // no such method (or, on the REST routes, no such route)
	CodeInvalidParams  = -32602 // params of the wrong shape, type or format
	CodeInternal       = -32603 // the node failed, timed out or is shutting down
)

// Error is a JSON-RPC 2.0 error object. The gateway sends it as the "error"
// member of a JSON-RPC response and as {"error": Error} on the REST routes.
// It implements Coded, so a client can decode one and hand it on.
type Error struct {
	Code    int        `json:"code"`
	Message string     `json:"message"`
	Data    *ErrorData `json:"data,omitempty"`

	// cause is the error behind an internal error or a timeout: the
	// node's log gets it, the client never does (it may hold addresses
	// and Go error text).
	cause error
	// client marks a fault of the client's, such as a body that arrives
	// too slowly: logged at debug level only, so that no client can fill
	// the node's log.
	client bool
}

// ErrorData is the "data" member of every error the gateway sends.
type ErrorData struct {
	// Check names the failed check: a param ("mtx.seq", "logNodes[3]"), a
	// request member ("jsonrpc", "method", "id"), or one of "parse",
	// "batch", "size", "body", "rate", "timeout", "canceled", "internal".
	Check string `json:"check"`
}

var _ Coded = (*Error)(nil)

// Error returns e.Message.
func (e *Error) Error() string { return e.Message }

// RPCMessage returns e.Message.
func (e *Error) RPCMessage() string { return e.Message }

// RPCCode returns e.Code.
func (e *Error) RPCCode() int { return e.Code }

// Check returns e.Data.Check, or "" without data.
func (e *Error) Check() string {
	if e.Data == nil {
		return ""
	}
	return e.Data.Check
}

func newError(code int, check, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...), Data: &ErrorData{Check: check}}
}

// invalidParams is the -32602 error for the param at path.
func invalidParams(path, format string, args ...any) *Error {
	return newError(CodeInvalidParams, path, "invalid params: %s: %s", path, fmt.Sprintf(format, args...))
}

// Checks with a fixed meaning in httpStatus.
const (
	checkSize       = "size"
	checkBody       = "body"
	checkRate       = "rate"
	checkHTTPMethod = "http-method"
	checkTimeout    = "timeout"
	checkCanceled   = "canceled"
	checkInternal   = "internal"
)

// errRateLimited is what the rate limiter answers.
var errRateLimited = newError(CodeServer, checkRate, "rate limit exceeded: retry later")

// bodyError is a request body that could not be read to its end: the
// client sent it slower than Config.ReadTimeout allows, or stopped (closed
// the connection, or sent less than its Content-Length).
type bodyError struct{ err error }

func (e *bodyError) Error() string { return "reading the request body: " + e.err.Error() }
func (e *bodyError) Unwrap() error { return e.err }

// timeout reports whether the read deadline ended the body.
func (e *bodyError) timeout() bool {
	var ne net.Error
	return errors.As(e.err, &ne) && ne.Timeout()
}

// rpcError maps any error from decoding, the HTTP layer or the backend to
// the JSON-RPC error object the client gets. It is the only place that
// chooses codes for errors; httpStatus is the only place that chooses HTTP
// statuses for codes. A Coded error reaches the client as its RPCMessage;
// other errors reach it without their text (it may hold addresses and Go
// error text). The node's log has the whole error either way (logError).
func rpcError(err error) *Error {
	var coded Coded
	var tooBig *http.MaxBytesError
	var body *bodyError
	var e *Error
	switch {
	case err == nil:
		return nil
	case errors.As(err, &coded):
		if e, ok := coded.(*Error); ok && e == err {
			return e
		}
		e = newError(coded.RPCCode(), coded.Check(), "%s", coded.RPCMessage())
	case errors.As(err, &tooBig):
		return newError(CodeInvalidRequest, checkSize, "request body exceeds the limit of %d bytes", tooBig.Limit)
	case errors.As(err, &body) && body.timeout():
		e = newError(CodeInternal, checkTimeout, "timed out reading the request: the whole body must arrive within the gateway's read timeout (Gateway.ReadTimeout); send it again, at once")
		e.client = true
	case errors.As(err, &body):
		e = newError(CodeInvalidRequest, checkBody, "invalid request: the body could not be read whole (the connection closed, the body is shorter than its Content-Length, or its chunked encoding is broken); send the whole body again")
		e.client = true
	case errors.Is(err, context.DeadlineExceeded):
		e = newError(CodeInternal, checkTimeout, "timed out: the node did not finish the request in time; try again later")
	case errors.Is(err, context.Canceled):
		e = newError(CodeInternal, checkCanceled, "canceled: the request ended before the node finished it (the client left, or the gateway is shutting down)")
	default:
		e = newError(CodeInternal, checkInternal, "internal error: the node failed to handle the request; its log has the details under this response's X-Request-Id")
	}
	e.cause = err
	return e
}

// nameError maps an error of resolving an /ipns/ name (IPNS or DNSLink)
// to the status boxo's gateway answers, as an IPFS gateway user expects
// it: a resolution that ran out of time (the request's deadline, or the
// routing's) is 504; a name without a record (nobody published it, no
// DNSLink TXT record) is 404. boxo maps the errors of content retrieval
// itself (its webError); this is the one place for name resolution, which
// boxo would answer with 500.
func nameError(ctx context.Context, err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, context.DeadlineExceeded), errors.Is(ctx.Err(), context.DeadlineExceeded):
		// namesys reports a search that ran out of time as
		// ErrResolveFailed; the deadline tells them apart.
		return boxogw.NewErrorStatusCode(fmt.Errorf("resolving the name timed out, try again later: %w", err), http.StatusGatewayTimeout)
	case errors.Is(err, routing.ErrNotFound), errors.Is(err, namesys.ErrResolveFailed):
		return boxogw.NewErrorStatusCode(fmt.Errorf("no record of this name was found (was it published?): %w", err), http.StatusNotFound)
	default:
		return err
	}
}

// httpStatus is the HTTP status of an error on the REST and read routes
// (and of a rate-limited /ring/rpc request). See the table in doc.go.
func httpStatus(e *Error) int {
	switch e.Code {
	case CodeParseError, CodeInvalidParams:
		return http.StatusBadRequest
	case CodeInvalidRequest:
		if e.Check() == checkSize {
			return http.StatusRequestEntityTooLarge
		}
		return http.StatusBadRequest
	case CodeMethodNotFound:
		if e.Check() == checkHTTPMethod {
			return http.StatusMethodNotAllowed
		}
		return http.StatusNotFound
	case CodeInternal:
		switch e.Check() {
		case checkTimeout:
			return http.StatusGatewayTimeout
		case checkCanceled:
			return http.StatusServiceUnavailable
		}
		return http.StatusInternalServerError
	case CodeServer:
		if e.Check() == checkRate {
			return http.StatusTooManyRequests
		}
		return http.StatusInternalServerError
	case CodeUnknownRing, CodeNotFound, CodeNoRegistry:
		return http.StatusNotFound
	case CodeBadSignature, CodeNotMember, CodeNotAuthorized, CodeNotReplicaAdmin, CodeSession:
		return http.StatusForbidden
	case CodeFork, CodeStaleNonce:
		return http.StatusConflict
	case CodePayment:
		return http.StatusPaymentRequired
	case CodeRegistryRefused:
		if e.Check() == "sig" {
			return http.StatusForbidden
		}
		return http.StatusUnprocessableEntity
	case CodeInvalidLogNode, CodeIncomplete, CodeMtxMismatch, CodeExpired, CodeAlreadyOnChain, CodeTooDeep:
		return http.StatusUnprocessableEntity
	default:
		return http.StatusInternalServerError
	}
}
