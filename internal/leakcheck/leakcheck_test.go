package leakcheck

import "testing"

// TestLeaked checks the patterns against messages the gateway and the
// replica used to send, and against good messages that must pass.
func TestLeaked(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, msg string
		leaks     bool
	}{
		{"read timeout", "internal error: read tcp4 127.0.0.1:8090->127.0.0.1:51234: i/o timeout", true},
		{"ipv6 peer", "internal error: read tcp6 [::1]:8090->[::1]:51234: connection reset by peer", true},
		{"port alone", "dial localhost:8545 failed", true},
		{"cut body", "internal error: unexpected EOF", true},
		{"context", "internal error: timed out: relaying: context deadline exceeded", true},
		{"package path", "panic in github.com/mosaic-rings/rings/gateway.(*Server).serveRPC", true},
		{"method", "(*Replica).FlushToRing failed", true},
		{"source line", "at routes.go:217", true},
		{"chain RPC URL", `the chain is unreachable: Post "https://mainnet.example.org/v3/key": dial tcp: lookup mainnet.example.org: no such host`, true},
		{"chain RPC URL without a port", "the chain is unreachable: https://rpc.example.org/key", true},
		{"connection refused", "the chain is unreachable: connection refused", true},
		{"bindnode invalid key", `log node 0 does not decode: schemas: decode LogNode: malformed dag-cbor: bindnode TODO: invalid key: "a" is not a field in type LogNode`, true},
		{"bindnode wrong kind", `log node 0 does not decode: schemas: decode LogNode: malformed dag-cbor: func called on wrong kind: "AssignInt" called on a LogNode node (kind: map), but only makes sense on int`, true},
		{"invalid params", "invalid params: logNodes[3]: not standard base64 (RFC 4648, padded)", false},
		{"size", "request body exceeds the limit of 8388608 bytes", false},
		{"node check", "the mtx expired at 1700000000 (unix), it is now 1700000100", false},
		{"cid", "log node 1 repeats log node 0 (bafyreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy)", false},
		{"field rule", "log node 0 does not decode: schemas: invalid LogNode.author: 19 bytes, want 20", false},
		{"shape", "log node 0 does not decode: schemas: decode LogNode: malformed dag-cbor: seq is a string, want an int", false},
		{"address", "0x00000000000000000000000000000000DeaDBeef is not a member of ring 0x1111111111111111111111111111111111111111 (contract state at block 12)", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := Leaked(tc.msg) != ""; got != tc.leaks {
				t.Errorf("Leaked(%q) = %q, want a leak: %v", tc.msg, Leaked(tc.msg), tc.leaks)
			}
		})
	}
}

func TestRepeated(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, msg, want string
	}{
		{"wrapped twice", "no ring contract at 0x00000000000000000000000000000000DeaDBeef: chain: no ring contract at this address: 0x00000000000000000000000000000000DeaDBeef on chain 1337", "no ring contract at"},
		{"once", "no ring contract at 0x00000000000000000000000000000000DeaDBeef on chain 1337: check the address, and that this replica is on the ring's chain", ""},
		{"an address twice", "log node 0 is for ring 0x3346729fF0a8a61cd55660EEc50D6917b03f4524 on chain 1338, not ring 0x3346729fF0a8a61cd55660EEc50D6917b03f4524 on chain 1337", ""},
		{"a CID twice", "the mtx names seq 4 head bafyreids6lvlt6adxrinno6zwvywi772inoygq7cbfpmv4ouyfxxm6ajym, but the newest log node is seq 3 bafyreids6lvlt6adxrinno6zwvywi772inoygq7cbfpmv4ouyfxxm6ajym", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := Repeated(tc.msg); got != tc.want {
				t.Errorf("Repeated(%q) = %q, want %q", tc.msg, got, tc.want)
			}
		})
	}
}
