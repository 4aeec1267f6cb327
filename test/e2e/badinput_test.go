package e2e

import (
	"sort"
	"strings"
	"testing"

	"github.com/ipfs/kubo/test/cli/harness"

	"github.com/mosaic-rings/rings/plugin/commands"
	"github.com/mosaic-rings/rings/plugin/ring"
)

// snapshot is everything a ring command could change: blocks, pins, local
// heads, chain heads and membership, and the rings this node knows.
type snapshot struct {
	blocks, pins, rings, local, chain, info string
}

func takeSnapshot(t *testing.T, n *harness.Node) snapshot {
	t.Helper()
	info := ipfsJSON[ring.Info](t, n, "ring", "info", "club")
	var members []string
	for _, m := range info.Members {
		members = append(members, m.Address.Hex())
	}
	return snapshot{
		blocks: sortedLines(n.IPFS("refs", "local").Stdout.String()),
		pins:   sortedLines(n.IPFS("pin", "ls", "--type=recursive").Stdout.String()),
		rings:  n.IPFS("ring", "ls").Stdout.String(),
		local:  n.IPFS("ring", "head", "club").Stdout.String(),
		chain:  n.IPFS("ring", "head", "club", "--source", "chain").Stdout.String(),
		info:   info.Owner.Hex() + " " + strings.Join(members, ","),
	}
}

func sortedLines(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// TestBadInputChangesNothing sends bad requests to a daemon and checks each
// one's error and that nothing was stored, pinned, sent or changed.
func TestBadInputChangesNothing(t *testing.T) {
	h, n := newNode(t, nil)
	n.StartDaemon()
	t.Cleanup(func() { stop(t, n) })

	for _, k := range []string{"alice", "bob", "carol"} {
		n.IPFS("key", "gen", "--type=secp256k1", k)
	}
	n.IPFS("key", "gen", "--type=ed25519", "eddie")
	ipfsJSON[ring.Created](t, n, "ring", "create", "club", "--from", "alice", "--members", "alice,bob")
	ipfsJSON[ring.Appended](t, n, "ring", "append", "club", "first", "--from", "alice")
	ipfsJSON[commands.FlushOutput](t, n, "ring", "flush", "club", "--from", "alice")
	keyFile := h.WriteToTemp("not a key file")
	big := strings.Repeat("x", 1<<20+1)

	cases := []struct {
		name  string
		args  []string
		stdin string // piped when set
		want  string
	}{
		{"append to an unknown ring name", []string{"ring", "append", "nope", "hi", "--from", "alice"}, "", "unknown ring"},
		{"append to an unknown ring address", []string{"ring", "append", "0x000000000000000000000000000000000000dEaD", "hi", "--from", "alice"}, "", "unknown ring"},
		{"append to a malformed address", []string{"ring", "append", "0x1234", "hi", "--from", "alice"}, "", "is not a 20-byte 0x address"},
		{"append as a non-member", []string{"ring", "append", "club", "hi", "--from", "carol"}, "", "not a member"},
		{"append as an unknown avatar", []string{"ring", "append", "club", "hi", "--from", "mallory"}, "", "no such key in this node's keystore"},
		{"append as an ed25519 key", []string{"ring", "append", "club", "hi", "--from", "eddie"}, "", "is not secp256k1"},
		{"append with a malformed avatar address", []string{"ring", "append", "club", "hi", "--from", "0xabc"}, "", "no such key"},
		{"append an oversized body", []string{"ring", "append", "club", "--from", "alice"}, big, "the limit is 1048576 bytes"},
		{"append without --from", []string{"ring", "append", "club", "hi"}, "", "--from is required"},
		{"enter by a non-owner", []string{"ring", "enter", "club", "carol", "--from", "bob"}, "", "not the owner of the ring"},
		{"enter a member twice", []string{"ring", "enter", "club", "bob", "--from", "alice"}, "", "already a member"},
		{"exit a non-member", []string{"ring", "exit", "club", "carol", "--from", "alice"}, "", "has no member"},
		{"enter a malformed address", []string{"ring", "enter", "club", "0x12", "--from", "alice"}, "", "is not a 20-byte 0x address"},
		{"flush a head the chain has", []string{"ring", "flush", "club", "--from", "alice"}, "", "the chain already has this head"},
		{"flush without a local log", []string{"ring", "flush", "club", "--from", "bob"}, "", "no local log"},
		{"create with a bad name", []string{"ring", "create", "1club", "--from", "alice", "--members", "alice"}, "", "ring name"},
		{"create a name twice", []string{"ring", "create", "club", "--from", "alice", "--members", "alice"}, "", "already exists"},
		{"create with a member twice", []string{"ring", "create", "other", "--from", "alice", "--members", "bob,bob"}, "", "listed twice"},
		{"create with a malformed member", []string{"ring", "create", "other", "--from", "alice", "--members", "0xnothex"}, "", "is not a 20-byte 0x address"},
		{"import a file that is not a key file", []string{"ring", "keys", "import", keyFile}, "", "not a ring key file"},
		{"head from an unknown source", []string{"ring", "head", "club", "--source", "moon"}, "", "--source must be local or chain"},
		{"log with a negative limit", []string{"ring", "log", "club", "--limit", "-1"}, "", "--limit must not be negative"},
	}
	before := takeSnapshot(t, n)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var res *harness.RunResult
			if tc.stdin != "" {
				res = n.RunPipeToIPFS(strings.NewReader(tc.stdin), tc.args...)
			} else {
				res = n.RunIPFS(tc.args...)
			}
			if res.Err == nil {
				t.Fatalf("succeeded, want an error with %q; stdout: %s", tc.want, res.Stdout.String())
			}
			mustContain(t, res.Stderr.String(), tc.want)
			if after := takeSnapshot(t, n); after != before {
				t.Fatalf("state changed:\nbefore %+v\nafter  %+v", before, after)
			}
		})
	}
}

// TestMembership adds and removes a member: the owner signs, the relayer
// sends, and the contract's membership decides who may append.
func TestMembership(t *testing.T) {
	_, n := newNode(t, nil)
	n.StartDaemon()
	t.Cleanup(func() { stop(t, n) })
	for _, k := range []string{"alice", "carol"} {
		n.IPFS("key", "gen", "--type=secp256k1", k)
	}
	ipfsJSON[ring.Created](t, n, "ring", "create", "club", "--from", "alice", "--members", "alice")
	mustContain(t, ipfsFails(t, n, "ring", "append", "club", "hi", "--from", "carol"), "not a member")

	entered := ipfsJSON[ring.Membership](t, n, "ring", "enter", "club", "carol", "--from", "alice")
	if !entered.Enter || entered.Tx == nil {
		t.Fatalf("enter: %+v", entered)
	}
	ipfsJSON[ring.Appended](t, n, "ring", "append", "club", "hi from carol", "--from", "carol")

	ipfsJSON[ring.Membership](t, n, "ring", "exit", "club", "carol", "--from", "alice")
	mustContain(t, ipfsFails(t, n, "ring", "append", "club", "again", "--from", "carol"), "not a member")

	info := ipfsJSON[ring.Info](t, n, "ring", "info", "club")
	if len(info.Members) != 1 || len(info.Others) != 1 || info.Others[0].Seq != 1 {
		t.Fatalf("after exit, info should list carol's log as a non-member's: %+v", info)
	}
	// Her log stays readable and valid.
	log := ipfsJSON[commands.LogOutput](t, n, "ring", "log", "club", "--member", "carol")
	if len(log.Entries) != 1 || *log.Entries[0].Text != "hi from carol" {
		t.Fatalf("carol's log: %+v", log)
	}
}
