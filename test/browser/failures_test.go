package browser

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mosaic-rings/rings/contracts/chain"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// Bad input and failures (issue 10 point 6): each gets a clear
// #notice[data-kind=error] and loses nothing that waits in the outbox.

// TestMalformedInviteLink: every malformed link (as the page gets it in
// its URL or pasted into #invite-input) shows the join form and an error
// that says what is wrong and to ask for a new link; a message waiting in
// the outbox of the same browser is still there, and is sent, when the
// good link is opened again.
func TestMalformedInviteLink(t *testing.T) {
	needBrowser(t)
	t.Parallel()
	r := newChatRing(t)
	// The page from the member's gateway, sending through the replica, so
	// that the page loads while the replica is down.
	page := r.memberGW + "/ring/app/"
	good := r.inviteTo(t, r.replGW, page)
	p := newProfile(t, "P", nil)
	addr := joinWithPageKey(t, p, good)
	r.enter(t, addr)
	p.waitState(chatWait, "#send enabled once a member", func(s pageState) bool { return s.SendOK })
	r.stop(t, r.replica)
	const queued = "written while the replica was down, before a bad link"
	p.send(queued)
	p.waitState(uiWait, "the message waits in #outbox", func(s pageState) bool { return s.Outbox == "1" })

	frag := good[strings.Index(good, "#")+1:]
	key := regexp.MustCompile(`key=[0-9a-f]{64}`).FindString(frag)
	ringParam := regexp.MustCompile(`ring=0x[0-9a-f]{40}`).FindString(frag)
	for _, c := range []struct {
		name, fragment, says string
	}{
		{"missing ring", strings.Replace(frag, ringParam+"&", "", 1), "ring"},
		{"short ring", strings.Replace(frag, ringParam, ringParam[:20], 1), "ring"},
		{"missing key", strings.Replace(frag, "&"+key, "", 1), "key"},
		{"short key", strings.Replace(frag, key, key[:30], 1), "key"},
		{"chain not a number", regexp.MustCompile(`chain=\d+`).ReplaceAllString(frag, "chain=mainnet"), "chain"},
		{"unknown version", strings.Replace(frag, "v=1", "v=7", 1), "version"},
		{"cut off after the ring", frag[:strings.Index(frag, "&chain")], "chain"},
		{"no invite at all", "hello", "version"},
	} {
		t.Run(c.name, func(t *testing.T) {
			parent := p.t
			p.t = t
			defer func() { p.t = parent }()
			p.open("about:blank")
			p.open(page + "#" + c.fragment)
			s := p.waitState(uiWait, "#notice[data-kind=error] says the link is malformed and what to do", func(s pageState) bool {
				return isError(s, "malformed", c.says) && s.Join
			})
			if !strings.Contains(strings.ToLower(s.Notice.Text), "new link") {
				t.Errorf("the notice %q does not say what to do (ask for a new link)", s.Notice.Text)
			}
			if s.SendOK {
				t.Errorf("#send is enabled on a malformed link; page: %s", s)
			}
		})
	}

	// Pasted into the join form: the same error, and the page stays.
	p.fill("#invite-input", page+"#v=1&ring=0x1234&chain=31337")
	p.click("#join-button")
	p.waitState(uiWait, "a pasted malformed link: #notice[data-kind=error]", func(s pageState) bool {
		return isError(s, "malformed") && s.Join
	})
	p.screenshot("malformed-link-phone", 375, 812, true)

	// The good link, pasted: the page joins, and the queued message is
	// still waiting; it goes once the replica is back.
	p.fill("#invite-input", good)
	p.click("#join-button")
	s := p.waitState(uiWait, "the good link pasted: the chat with the queued message pending", func(s pageState) bool {
		m, ok := s.message(queued)
		return ok && m.State == "pending" && s.Outbox == "1" && s.Me == addr
	})
	if s.Join {
		t.Errorf("#join is still shown after a good link; page: %s", s)
	}
	r.start(t, r.replica)
	waitMessage(t, p, chatWait, queued, addr, "final")
	p.waitState(uiWait, "#outbox[data-count=0]", func(s pageState) bool { return s.Outbox == "0" })
}

// TestWrongReadKey: an invite link whose read key is not the ring's shows
// every other member's message as rejected, never its text, and says that
// the link's key is wrong.
func TestWrongReadKey(t *testing.T) {
	needBrowser(t)
	t.Parallel()
	r := newChatRing(t)
	const secret = "a line only the ring's read key opens"
	r.member.IPFS("ring", "append", "club", secret, "--from", "owner")
	link := r.invite(t, r.memberGW)
	wrong := make([]byte, 32)
	rand.Read(wrong)
	bad := regexp.MustCompile(`key=[0-9a-f]{64}`).ReplaceAllString(link, "key="+hex.EncodeToString(wrong))
	if bad == link {
		t.Fatalf("no key in the link %s", link)
	}
	p := newProfile(t, "P", nil)
	joinWithPageKey(t, p, bad)
	s := p.waitState(chatWait, "#notice[data-kind=error] says the link's read key is wrong, and the owner's message is rejected", func(s pageState) bool {
		return isError(s, "read key") && len(s.Messages) == 1 && s.Messages[0].State == "rejected"
	})
	m := s.Messages[0]
	if strings.Contains(m.Text, secret) || !strings.Contains(strings.ToLower(m.Text), "read key") {
		t.Errorf("the rejected message shows %q: want the reason (the read key), never the text", m.Text)
	}
	if m.Author != strings.ToLower(r.owner.Hex()) {
		t.Errorf("the rejected message is listed under %s, want the owner %s", m.Author, strings.ToLower(r.owner.Hex()))
	}
	if !strings.Contains(strings.ToLower(s.Notice.Text), "new one") && !strings.Contains(strings.ToLower(s.Notice.Text), "new link") {
		t.Errorf("the notice %q does not say what to do (ask for a new link)", s.Notice.Text)
	}

	// The right link in the same browser reads it.
	p.open("about:blank")
	p.open(link)
	waitMessage(t, p, chatWait, secret, strings.ToLower(r.owner.Hex()), "")
	// (The page key is no member, so the page says that; not a word about
	// the key.)
	p.waitState(uiWait, "no error notice about the read key with the right one", func(s pageState) bool { return !isError(s, "read key") })
}

// TestNonMemberWallet: a wallet whose account is not a member is told so,
// with the command that fixes it, and cannot send; once the owner lets it
// in, it sends with the session it signed before: one prompt in all.
func TestNonMemberWallet(t *testing.T) {
	needBrowser(t)
	t.Parallel()
	w := newWallet(t, testChainID)
	r := newChatRing(t)
	p := newProfile(t, "P", w)
	p.open(r.invite(t, r.memberGW))
	p.click("#use-wallet")
	s := p.waitState(uiWait, "#notice[data-kind=error]: the wallet's account is not a member, with `ipfs ring enter`", func(s pageState) bool {
		return s.Me == w.address() && isError(s, "not a member", "ipfs ring enter", w.address())
	})
	if s.SendOK {
		t.Errorf("#send is enabled for a non-member; page: %s", s)
	}
	r.enter(t, w.address())
	p.waitState(chatWait, "#send enabled and the error gone once the owner let the account in", func(s pageState) bool {
		return s.SendOK && !isError(s)
	})
	const text = "the wallet writes once it is a member"
	p.send(text)
	waitMessage(t, p, chatWait, text, w.address(), "final")
	if n := w.count("eth_signTypedData_v4"); n != 1 {
		t.Errorf("%d typed-data signatures, want 1:\n%s", n, w.callsString())
	}
}

// TestExpiredSession: the wallet's session runs out while a message waits
// (the gateway down). The page says so, as an error that says what to do,
// keeps the message, and sends it after one more prompt, with the new
// session, when the gateway is back.
//
// The page's clock, not the chain's, moves: the session is signed with the
// page's clock a day and 10 minutes behind (so it ended 10 minutes ago in
// real time), and the message is written then; then the clock is put
// right, as if the day had passed.
func TestExpiredSession(t *testing.T) {
	needBrowser(t)
	t.Parallel()
	w := newWallet(t, testChainID)
	r := newChatRing(t, w.addr)
	p := newProfile(t, "P", w)
	behind := -(24*time.Hour + 10*time.Minute)
	p.shiftClock(behind)
	joinWithWallet(t, p, w, r.invite(t, r.memberGW))

	r.stop(t, r.member)
	const text = "written in the session's last hours"
	p.send(text)
	p.waitState(uiWait, "the message waits in #outbox", func(s pageState) bool {
		m, ok := s.message(text)
		return ok && m.State == "pending" && s.Outbox == "1"
	})
	p.setClock(0)
	s := p.waitState(uiWait, "#notice[data-kind=error]: the session expired, use the wallet again", func(s pageState) bool {
		return isError(s, "expired", "use wallet")
	})
	if s.SendOK || !s.Signer || s.Outbox != "1" {
		t.Errorf("with the session expired: #send enabled %t (want false), #signer shown %t (want true), #outbox %q (want 1); page: %s",
			s.SendOK, s.Signer, s.Outbox, s)
	}
	p.screenshot("session-expired-phone", 375, 812, true)
	r.start(t, r.member)
	p.waitState(uiWait, "the page reconnects (#connection live), the message still waiting", func(s pageState) bool {
		return s.Connection == "live" && s.Outbox == "1"
	})
	p.click("#use-wallet")
	waitMessage(t, p, chatWait, text, w.address(), "final")
	p.waitState(uiWait, "#outbox[data-count=0], no error", func(s pageState) bool { return s.Outbox == "0" && !isError(s) })
	if n := w.count("eth_signTypedData_v4"); n != 2 {
		t.Errorf("%d typed-data signatures, want 2 (the session, then its renewal):\n%s", n, w.callsString())
	}
}

// TestRevokedSession: the author revokes its session key on chain
// (revokeSessionFor, signed by the wallet's key, relayed). The next
// message is refused by the replica; the page says so and keeps it, and
// sends it, signed anew, after one more prompt.
func TestRevokedSession(t *testing.T) {
	needBrowser(t)
	t.Parallel()
	w := newWallet(t, testChainID)
	r := newChatRing(t, w.addr)
	p := newProfile(t, "P", w)
	joinWithWallet(t, p, w, r.invite(t, r.memberGW))
	const before = "written with the session"
	p.send(before)
	waitMessage(t, p, chatWait, before, w.address(), "final")

	key := sessionKey(t, w)
	d := schemas.Domain{ChainID: testChainID, Ring: r.ring}
	digest := schemas.SessionRevocationDigest(d, w.addr, key)
	sig, err := crypto.Sign(digest[:], w.key)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	cl, err := chain.New(context.Background(), r.chain.dc.Client(), r.chain.dc.RelayerKey(), r.chain.factory)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := cl.RevokeSession(context.Background(), r.ring, w.addr, key, sig); err != nil {
		t.Fatalf("revoking the session key %s: %v", key.Hex(), err)
	}
	if at, err := cl.SessionRevokedAt(context.Background(), r.ring, w.addr, key); err != nil || at == 0 {
		t.Fatalf("sessionRevokedAt = %d, %v after the revocation", at, err)
	}

	const after = "written after the revocation"
	p.send(after)
	s := p.waitState(chatWait, "#notice[data-kind=error]: the session is refused, use the wallet again", func(s pageState) bool {
		return isError(s, "session") && s.Signer
	})
	if m, ok := s.message(after); !ok || m.State == "final" || s.Outbox != "1" {
		t.Errorf("the refused message: %+v (shown %t), #outbox %q; want it waiting, 1; page: %s", m, ok, s.Outbox, s)
	}
	p.click("#use-wallet")
	waitMessage(t, p, chatWait, after, w.address(), "final")
	p.waitState(uiWait, "#outbox[data-count=0], no error", func(s pageState) bool { return s.Outbox == "0" && !isError(s) })
	if n := w.count("eth_signTypedData_v4"); n != 2 {
		t.Errorf("%d typed-data signatures, want 2 (the session, then a new one):\n%s", n, w.callsString())
	}
}

// sessionKey is the session key of the wallet's last Session signature.
func sessionKey(t testing.TB, w *wallet) common.Address {
	t.Helper()
	calls := w.requests()
	for i := len(calls) - 1; i >= 0; i-- {
		c := calls[i]
		if c.Method != "eth_signTypedData_v4" {
			continue
		}
		var ps []json.RawMessage
		var typed string
		if json.Unmarshal(c.Params, &ps) != nil || len(ps) != 2 || json.Unmarshal(ps[1], &typed) != nil {
			continue
		}
		var td struct {
			PrimaryType string `json:"primaryType"`
			Message     struct {
				Key string `json:"key"`
			} `json:"message"`
		}
		if json.Unmarshal([]byte(typed), &td) == nil && td.PrimaryType == "Session" && common.IsHexAddress(td.Message.Key) {
			return common.HexToAddress(td.Message.Key)
		}
	}
	t.Fatalf("the wallet signed no Session:\n%s", w.callsString())
	return common.Address{}
}

// TestReplicaAnswersErrors: the gateway the page sends through stops
// replicating the ring (its owner took it back), so FlushToRing answers
// -32001. The page says so, keeps the message, and sends it once the ring
// is replicated again.
func TestReplicaAnswersErrors(t *testing.T) {
	needBrowser(t)
	t.Parallel()
	r := newChatRing(t)
	p := newProfile(t, "P", nil)
	addr := joinWithPageKey(t, p, r.invite(t, r.replGW))
	r.enter(t, addr)
	p.waitState(chatWait, "#send enabled once a member", func(s pageState) bool { return s.SendOK })
	const before = "sent while the gateway replicates"
	p.send(before)
	waitMessage(t, p, chatWait, before, addr, "final")

	type status struct {
		Status string `json:"status"`
	}
	if st := ipfsJSON[status](t, r.member, "ring", "unreplicate", "club", "--from", "owner", "--via", r.replGW); st.Status != "unreplicated" {
		t.Fatalf("unreplicate: %+v", st)
	}
	const refused = "sent while the gateway refuses"
	p.send(refused)
	s := p.waitState(chatWait, "#notice[data-kind=error]: the gateway does not replicate the ring", func(s pageState) bool {
		return isError(s, "replicate")
	})
	if m, ok := s.message(refused); !ok || m.State == "final" || s.Outbox != "1" {
		t.Errorf("the refused message: %+v (shown %t), #outbox %q; want it waiting, 1; page: %s", m, ok, s.Outbox, s)
	}
	if st := ipfsJSON[status](t, r.member, "ring", "replicate", "club", "--from", "owner", "--via", r.replGW, "--replica-ring", r.replicaRing.Hex()); st.Status != "replicating" {
		t.Fatalf("replicate again: %+v", st)
	}
	waitMessage(t, p, chatWait, refused, addr, "final")
	p.waitState(uiWait, "#outbox[data-count=0], no error", func(s pageState) bool { return s.Outbox == "0" && !isError(s) })
}

// TestReplicaDown: the gateway the page sends through goes down. The page
// says so in #notice as an error and in #connection, keeps what is
// written meanwhile, and sends it when the gateway is back.
func TestReplicaDown(t *testing.T) {
	needBrowser(t)
	t.Parallel()
	r := newChatRing(t)
	p := newProfile(t, "P", nil)
	addr := joinWithPageKey(t, p, r.inviteTo(t, r.replGW, r.memberGW+"/ring/app/"))
	r.enter(t, addr)
	p.waitState(chatWait, "#send enabled once a member", func(s pageState) bool { return s.SendOK })
	r.stop(t, r.replica)
	const text = "written while the replica is down"
	p.send(text)
	p.waitState(chatWait, "#connection[data-state=offline] and the message in #outbox", func(s pageState) bool {
		return s.Connection == "offline" && s.Outbox == "1"
	})
	s := p.waitState(uiWait, "#notice[data-kind=error] about the gateway that cannot be reached", func(s pageState) bool {
		return isError(s)
	})
	t.Logf("the notice while the replica is down: %q", s.Notice.Text)
	r.start(t, r.replica)
	waitMessage(t, p, chatWait, text, addr, "final")
	p.waitState(uiWait, "#outbox[data-count=0], #connection live, no error", func(s pageState) bool {
		return s.Outbox == "0" && s.Connection == "live" && !isError(s)
	})
}

// TestWalletOnAnotherChainAndDeclines: the wallet is on another chain.
// The page asks it to switch (MetaMask signs typed data only for its
// active chain); when the person declines the switch, then the signature,
// the page says what to do each time; once both are accepted the page
// joins with one session, signed in the ring's chain, and sends.
func TestWalletOnAnotherChainAndDeclines(t *testing.T) {
	needBrowser(t)
	t.Parallel()
	w := newWallet(t, 1)
	r := newChatRing(t, w.addr)
	p := newProfile(t, "P", w)
	p.open(r.invite(t, r.memberGW))
	declined := &rpcError{4001, "User rejected the request."}

	// Each step waits for the wallet to have answered before it looks at
	// the page, so that it never reads the notice of the step before.
	w.refuseMethod("wallet_switchEthereumChain", declined)
	p.click("#use-wallet")
	poll(t, uiWait, "the wallet refused the chain switch", func() (bool, string) {
		return w.refused("wallet_switchEthereumChain") == 1, w.callsString()
	})
	p.waitState(uiWait, "#notice[data-kind=error]: switch the wallet to the ring's chain", func(s pageState) bool {
		return isError(s, "switch", "31337") && s.Me == "" && s.Signer
	})
	w.refuseMethod("wallet_switchEthereumChain", nil)
	w.refuseMethod("eth_signTypedData_v4", declined)
	p.click("#use-wallet")
	poll(t, uiWait, "the wallet refused the signature", func() (bool, string) {
		return w.refused("eth_signTypedData_v4") == 1, w.callsString()
	})
	p.waitState(uiWait, "#notice[data-kind=error]: the signature was declined, try again", func(s pageState) bool {
		return isError(s, "declined the request", "use wallet") && s.Me == "" && s.Signer
	})
	w.refuseMethod("eth_signTypedData_v4", nil)
	p.click("#use-wallet")
	p.waitState(uiWait, "joined: #me is the wallet's account, no error", func(s pageState) bool {
		return s.Me == w.address() && s.SendOK && !isError(s)
	})
	const text = "signed in the ring's chain after a switch"
	p.send(text)
	waitMessage(t, p, chatWait, text, w.address(), "final")

	var signed, switched int
	for _, c := range w.requests() {
		switch {
		case c.Method == "eth_signTypedData_v4" && c.Err == nil:
			signed++
			if !strings.Contains(string(c.Params), `\"chainId\":31337`) {
				t.Errorf("a typed-data request not in the ring's chain: %s", c.Params)
			}
		case c.Method == "wallet_switchEthereumChain" && c.Err == nil:
			switched++
		}
	}
	if signed != 1 || switched != 1 {
		t.Errorf("%d signatures and %d chain switches granted, want 1 and 1:\n%s", signed, switched, w.callsString())
	}
}
