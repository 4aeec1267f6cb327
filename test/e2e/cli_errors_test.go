package e2e

import (
	"strings"
	"testing"

	"github.com/mosaic-rings/rings/plugin/ring"
)

// TestCLIErrorsSayWhatToDo runs every `ipfs ring` command into the failures
// a new user meets (no daemon, an unknown ring, a missing key, an account
// that is not a member, a member with no log here) and checks that each
// message names the problem and the next step.
func TestCLIErrorsSayWhatToDo(t *testing.T) {
	_, n := newNode(t, nil)
	for _, k := range []string{"alice", "bob", "carol"} {
		n.IPFS("key", "gen", "--type=secp256k1", k)
	}

	noDaemon := []string{"none is running for " + n.Dir, "start it with `ipfs daemon`"}
	for _, args := range [][]string{
		{"ring", "create", "club", "--from", "alice", "--members", "alice"},
		{"ring", "append", "club", "hi", "--from", "alice"},
		{"ring", "flush", "club", "--from", "alice"},
		{"ring", "sync", "club"},
	} {
		t.Run("no daemon: "+strings.Join(args[1:], " "), func(t *testing.T) {
			mustContainAll(t, ipfsFails(t, n, args...), noDaemon...)
		})
	}

	n.StartDaemon()
	t.Cleanup(func() { stop(t, n) })
	ipfsJSON[ring.Created](t, n, "ring", "create", "club", "--from", "alice", "--members", "alice,bob")
	ipfsJSON[ring.Appended](t, n, "ring", "append", "club", "hi", "--from", "alice")
	via := gatewayURL(t, n)
	const dead = "0x000000000000000000000000000000000000dEaD"

	notMember := []string{"club (0x", "has no member carol (0x", "its owner alice can add carol: `ipfs ring enter club carol --from alice`"}
	unknownRing := []string{`no ring is named "nope" on this node`, "`ipfs ring ls` lists them", "`ipfs ring keys import FILE`"}
	noSigner := []string{`no such key in this node's keystore: "mallory"`, "`ipfs key gen --type=secp256k1 mallory`"}
	noAccount := []string{`no such key in this node's keystore: "mallory"`, "give the account's 0x address"}
	cases := []struct {
		name string
		args []string
		want []string
	}{
		{"append as a non-member", []string{"append", "club", "hi", "--from", "carol"}, notMember},
		{"flush as a non-member", []string{"flush", "club", "--from", "carol"}, notMember},
		{"flush via a replica as a non-member", []string{"flush", "club", "--from", "carol", "--via", via}, notMember},
		{"log of a non-member", []string{"log", "club", "--member", "carol"}, notMember},
		{"local head of a non-member", []string{"head", "club", "--member", "carol"}, notMember},
		{"chain head of a non-member", []string{"head", "club", "--member", "carol", "--source", "chain"}, notMember},
		{"verify a non-member", []string{"verify", "club", "--member", "carol"}, notMember},
		{"replicate as a non-member", []string{"replicate", "club", "--from", "carol", "--via", via, "--replica-ring", dead},
			[]string{"carol (0x", "neither owns club (0x", "nor is a member", "`ipfs ring info club`"}},
		{"unreplicate as a non-owner", []string{"unreplicate", "club", "--from", "bob", "--via", via},
			[]string{"bob (0x", "does not own club (0x", "its owner alice can unreplicate it: `ipfs ring unreplicate club --via " + via + " --from alice`"}},
		{"enter by a non-owner", []string{"enter", "club", "carol", "--from", "bob"},
			[]string{"bob (0x", "does not own club (0x", "`ipfs ring enter club carol --from alice`"}},
		{"exit a non-member", []string{"exit", "club", "carol", "--from", "alice"},
			[]string{"has no member carol (0x", "`ipfs ring info club` lists the members"}},
		{"enter a member twice", []string{"enter", "club", "bob", "--from", "alice"}, []string{"bob (0x", "is already a member of club (0x"}},

		{"flush with no local log", []string{"flush", "club", "--from", "bob"},
			[]string{"bob (0x", "has no log in club (0x", "append first: `ipfs ring append club TEXT --from bob`"}},
		{"flush via a replica with no local log", []string{"flush", "club", "--from", "bob", "--via", via},
			[]string{"has no log in club (0x", "`ipfs ring append club TEXT --from bob`"}},
		{"log of a member with no log here", []string{"log", "club", "--member", "bob"},
			[]string{"bob (0x", "has no log in club (0x", "`ipfs ring sync club`"}},

		{"info of an unknown ring", []string{"info", "nope"}, unknownRing},
		{"append to an unknown ring", []string{"append", "nope", "hi", "--from", "alice"}, unknownRing},
		{"flush to an unknown ring", []string{"flush", "nope", "--from", "alice"}, unknownRing},
		{"log of an unknown ring", []string{"log", "nope"}, unknownRing},
		{"head of an unknown ring", []string{"head", "nope"}, unknownRing},
		{"verify an unknown ring", []string{"verify", "nope"}, unknownRing},
		{"enter an unknown ring", []string{"enter", "nope", "carol", "--from", "alice"}, unknownRing},
		{"exit an unknown ring", []string{"exit", "nope", "bob", "--from", "alice"}, unknownRing},
		{"export an unknown ring's keys", []string{"keys", "export", "nope"}, unknownRing},
		{"replicate an unknown ring", []string{"replicate", "nope", "--from", "alice", "--via", via, "--replica-ring", dead}, unknownRing},
		{"unreplicate an unknown ring", []string{"unreplicate", "nope", "--from", "alice", "--via", via}, unknownRing},
		{"sync an unknown ring", []string{"sync", "nope"}, unknownRing},
		{"commit an unknown ring", []string{"commit", "nope"}, unknownRing},
		{"entries of an unknown ring", []string{"entries", "nope"}, unknownRing},
		{"outputs of an unknown ring", []string{"outputs", "nope"}, unknownRing},
		{"forks of an unknown ring", []string{"forks", "nope"}, unknownRing},
		{"append to a ring address without keys", []string{"append", dead, "hi", "--from", "alice"},
			[]string{"holds no keys for ring " + dead, "`ipfs ring keys import FILE`"}},
		{"sync an address that is no ring", []string{"sync", dead},
			[]string{"no ring contract at this address", "check the address"}},

		{"append with a missing key", []string{"append", "club", "hi", "--from", "mallory"}, noSigner},
		{"flush with a missing key", []string{"flush", "club", "--from", "mallory"}, noSigner},
		{"create with a missing key", []string{"create", "other", "--from", "mallory", "--members", "alice"}, noSigner},
		{"enter with a missing owner key", []string{"enter", "club", "carol", "--from", "mallory"}, noSigner},
		{"replicate with a missing key", []string{"replicate", "club", "--from", "mallory", "--via", via, "--replica-ring", dead}, noSigner},
		{"unreplicate with a missing key", []string{"unreplicate", "club", "--from", "mallory", "--via", via}, noSigner},
		{"create with a missing member key", []string{"create", "other", "--from", "alice", "--members", "mallory"}, noAccount},
		{"enter a missing member key", []string{"enter", "club", "mallory", "--from", "alice"}, noAccount},
		{"log of a missing member key", []string{"log", "club", "--member", "mallory"}, noAccount},
		{"sign with a malformed address", []string{"append", "club", "hi", "--from", "0xabc"},
			[]string{`"0xabc" is neither a key name here nor a 20-byte 0x address`}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			mustContainAll(t, ipfsFails(t, n, append([]string{"ring"}, tc.args...)...), tc.want...)
		})
	}
}

func mustContainAll(t *testing.T, got string, want ...string) {
	t.Helper()
	for _, w := range want {
		mustContain(t, got, w)
	}
}
