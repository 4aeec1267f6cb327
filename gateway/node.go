package gateway

import (
	"context"
	"encoding/json"
	"net/http"
)

// NodeInfo is the node behind a gateway as libp2p peers reach it: its peer
// ID and multiaddresses. A client that knows only a node's gateway URL (a
// replica found in the registry) uses it to connect to the node and fetch
// logs over the log sync protocol or bitswap.
type NodeInfo struct {
	Peer  string   `json:"peer"`
	Addrs []string `json:"addrs"`
}

// WithNode makes GET /ring/node and the NodeInfo method answer info(),
// read at each request. Without it they answer -32011 (404).
func WithNode(info func() NodeInfo) Option { return func(s *Server) { s.node = info } }

// errNoNode answers NodeInfo on a gateway that was not given one.
var errNoNode = newError(CodeNotFound, "node", "this gateway does not tell its node's peer ID and addresses")

func init() {
	rpcMethods["NodeInfo"] = func(_ context.Context, s *Server, raw json.RawMessage) (any, error) {
		if e := decodeNoParams(raw, s.lim); e != nil {
			return nil, e
		}
		return s.nodeInfo()
	}
}

// decodeNoParams accepts absent params, {} and [{}] (the request parser
// has refused null already: JSON-RPC params are structured).
func decodeNoParams(raw json.RawMessage, lim limits) *Error {
	if raw = trimSpace(raw); len(raw) == 0 || string(raw) == "null" {
		return nil
	}
	p := &params{lim: lim}
	p.top(raw)
	return p.err
}

func (s *Server) nodeInfo() (*NodeInfo, error) {
	if s.node == nil {
		return nil, errNoNode
	}
	info := s.node()
	if info.Addrs == nil {
		info.Addrs = []string{}
	}
	return &info, nil
}

// serveNode is GET /ring/node.
func (s *Server) serveNode(w http.ResponseWriter, r *http.Request) {
	info, err := s.nodeInfo()
	if err != nil {
		s.writeError(w, r, rpcError(err))
		return
	}
	s.writeJSON(w, r, http.StatusOK, info)
}
