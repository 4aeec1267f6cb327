// Package leakcheck holds what no error message a client gets from the
// ring gateway may contain: the addresses and ports the node listens on or
// connects to (a chain RPC URL may even carry an API key), Go package
// paths and source lines, Go's own error text, and the internals of the
// libraries behind the node (bindnode, the Go runtime). Tests of every
// table of hostile input hold each decoded message to it: the gateway's
// (package gateway), the replica's (plugin/replica).
//
// It matches patterns, so it finds what they describe and nothing else: a
// message can still say too much in words of its own. It is a helper for
// tests only.
package leakcheck

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// leaks are the patterns, each with what it finds.
var leaks = []struct {
	what string
	re   *regexp.Regexp
}{
	{"an IPv4 address", regexp.MustCompile(`\d+\.\d+\.\d+\.\d+`)},
	{"an IPv6 address", regexp.MustCompile(`\[[0-9a-fA-F.%]*:[0-9a-fA-F:.%]*\]`)},
	{"a port", regexp.MustCompile(`:\d{2,5}\b`)},
	{"a URL", regexp.MustCompile(`(?i)\b(https?|wss?)://`)},
	{"a Go package path or source file", regexp.MustCompile(`github\.com/|golang\.org/|\.go:\d`)},
	{"Go error text", regexp.MustCompile(`(read|write|dial) (tcp|udp|unix)|i/o timeout|context deadline exceeded|context canceled|unexpected EOF|connection reset|connection refused|broken pipe|use of closed network connection`)},
	{"a library's internals", regexp.MustCompile(`bindnode|func called on wrong kind|\bTODO\b|\bAssign(Int|String|Bytes|Link|Null|Bool|Float|Node)\b|\bBegin(Map|List)\b|datamodel\.|runtime error|goroutine \d|\(\*\w+\)\.\w|interface \{\}`)},
}

// Leaked names what msg leaks, or returns "".
func Leaked(msg string) string {
	for _, l := range leaks {
		if m := l.re.FindString(msg); m != "" {
			return fmt.Sprintf("%s (%q)", l.what, m)
		}
	}
	return ""
}

// Repeated returns words that msg says twice, or "": four words in a row,
// all plain words (no numbers, addresses or CIDs, which a message may well
// name twice), as an error wrapped in another that says the same shows
// ("no ring contract at 0x…: chain: no ring contract at this address").
func Repeated(msg string) string {
	words := strings.FieldsFunc(msg, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '-' && r != '_'
	})
	plain := func(w string) bool {
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '\'' && r != '-' {
				return false
			}
		}
		return true
	}
	const n = 4
	seen := map[string]bool{}
	for i := 0; i+n <= len(words); i++ {
		run := words[i : i+n]
		if slices.ContainsFunc(run, func(w string) bool { return !plain(w) }) {
			continue
		}
		k := strings.ToLower(strings.Join(run, " "))
		if seen[k] {
			return k
		}
		seen[k] = true
	}
	return ""
}

// Check fails tb if msg, an error message a client got, leaks anything or
// says a part of itself twice. what names the error in the failure, e.g.
// "error -32004".
func Check(tb testing.TB, what, msg string) {
	tb.Helper()
	if l := Leaked(msg); l != "" {
		tb.Errorf("%s %q: the message holds %s", what, msg, l)
	}
	if r := Repeated(msg); r != "" {
		tb.Errorf("%s %q: the message says %q twice", what, msg, r)
	}
}
