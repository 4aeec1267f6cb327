package gateway_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/mosaic-rings/rings/gateway"
)

// exampleBackend knows one ring and nothing else.
type exampleBackend struct{}

var _ gateway.Backend = exampleBackend{}

// errUnknownRing is a Coded error, as a real backend returns them.
type errUnknownRing string

func (e errUnknownRing) Error() string      { return e.RPCMessage() }
func (e errUnknownRing) RPCMessage() string { return "ring " + string(e) + " is not replicated here" }
func (errUnknownRing) RPCCode() int         { return gateway.CodeUnknownRing }
func (errUnknownRing) Check() string        { return "ring" }

func (exampleBackend) RingInfo(ctx context.Context, ring string) (any, error) {
	if ring != "0x1111111111111111111111111111111111111111" {
		return nil, errUnknownRing(ring)
	}
	return map[string]any{"ring": ring, "members": 3}, nil
}

func (exampleBackend) FlushToRing(context.Context, *gateway.FlushToRingParams) (*gateway.FlushStatus, error) {
	return nil, errUnknownRing("")
}
func (exampleBackend) FlushStatus(context.Context, string) (*gateway.FlushStatus, error) {
	return nil, errUnknownRing("")
}
func (exampleBackend) ReplicateRing(context.Context, *gateway.ReplicateRingParams) (*gateway.ReplicateStatus, error) {
	return nil, errUnknownRing("")
}
func (exampleBackend) UnreplicateRing(context.Context, *gateway.UnreplicateRingParams) (*gateway.ReplicateStatus, error) {
	return nil, errUnknownRing("")
}
func (exampleBackend) RevokeSession(context.Context, *gateway.RevokeSessionParams) (*gateway.SessionStatus, error) {
	return nil, errUnknownRing("")
}
func (exampleBackend) Log(context.Context, string, string, uint64, int) (any, error) {
	return nil, errUnknownRing("")
}
func (exampleBackend) LogCAR(context.Context, string, string, uint64, int, io.Writer) error {
	return errUnknownRing("")
}
func (exampleBackend) Timeline(context.Context, string, string, int) (any, error) {
	return nil, errUnknownRing("")
}
func (exampleBackend) TimelineCAR(context.Context, string, string, int, io.Writer) error {
	return errUnknownRing("")
}
func (exampleBackend) Subscribe(context.Context, string) (<-chan gateway.Event, error) {
	return nil, errUnknownRing("")
}

func ExampleNewServer() {
	cfg := gateway.DefaultConfig()
	cfg.Address = "/ip4/127.0.0.1/tcp/0" // any free port
	srv, err := gateway.NewServer(cfg, exampleBackend{},
		gateway.WithRegisterer(prometheus.NewRegistry()),
		gateway.WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		panic(err)
	}
	if err := srv.Start(); err != nil {
		panic(err)
	}
	defer srv.Close(context.Background())

	call := func(body string) {
		resp, err := http.Post("http://"+srv.Addr()+"/ring/rpc", "application/json", strings.NewReader(body))
		if err != nil {
			panic(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		fmt.Print(resp.StatusCode, " ", string(b))
	}
	call(`{"jsonrpc":"2.0","id":1,"method":"RingInfo","params":{"ring":"0x1111111111111111111111111111111111111111"}}`)
	call(`{"jsonrpc":"2.0","id":2,"method":"RingInfo","params":{"ring":"0x2222222222222222222222222222222222222222"}}`)
	call(`{"jsonrpc":"2.0","id":3,"method":"RingInfo","params":{"ring":"0x22"}}`)
	// Output:
	// 200 {"jsonrpc":"2.0","result":{"members":3,"ring":"0x1111111111111111111111111111111111111111"},"id":1}
	// 200 {"jsonrpc":"2.0","error":{"code":-32001,"message":"ring 0x2222222222222222222222222222222222222222 is not replicated here","data":{"check":"ring"}},"id":2}
	// 200 {"jsonrpc":"2.0","error":{"code":-32602,"message":"invalid params: ring: must be an address (0x and 40 hex digits)","data":{"check":"ring"}},"id":3}
}
