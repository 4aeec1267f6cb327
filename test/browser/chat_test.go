package browser

import (
	"slices"
	"strings"
	"testing"
)

// TestTwoProfilesChat: two browser profiles, each on its own daemon's
// gateway (the member node and the replica), join by the links
// `ipfs ring invite` prints; A signs with the test wallet through one
// session, B with a page key that the owner lets in with `ipfs ring
// enter`. Each sees the other's messages with the right text and author,
// in one causal order, every message ends final, and A's wallet was asked
// for exactly one signature for the whole conversation.
func TestTwoProfilesChat(t *testing.T) {
	needBrowser(t)
	t.Parallel()
	w := newWallet(t, testChainID)
	r := newChatRing(t, w.addr)
	a := newProfile(t, "A (wallet, member node)", w)
	b := newProfile(t, "B (page key, replica)", nil)

	joinWithWallet(t, a, w, r.invite(t, r.memberGW))
	bAddr := joinWithPageKey(t, b, r.invite(t, r.replGW))

	// B is not a member yet: the page says so, with the command that
	// fixes it, and does not let B send.
	s := b.waitState(uiWait, "#notice says the page key is not a member, and how to fix it", func(s pageState) bool {
		return s.Notice != nil && s.Notice.Visible && strings.Contains(s.Notice.Text, "ipfs ring enter") &&
			strings.Contains(strings.ToLower(s.Notice.Text), bAddr)
	})
	if s.SendOK {
		t.Errorf("B: #send is enabled before B is a member; page: %s", s)
	}
	r.enter(t, bAddr)
	b.waitState(chatWait, "B may send once it is a member (#send enabled, no error notice)", func(s pageState) bool {
		return s.SendOK && (s.Notice == nil || !s.Notice.Visible || s.Notice.Kind != "error")
	})

	// A conversation, each line sent after the sender saw the one before,
	// so the timeline's causal order is the order of the lines.
	type line struct {
		from   *profile
		author string
		text   string
	}
	lines := []line{
		{a, w.address(), "hello from A, through the member node"},
		{b, bAddr, "hi A, this is B through the replica"},
		{a, w.address(), "A again: ünïcödé & <b>not bold</b>"},
		{b, bAddr, "B: bye"},
	}
	for i, l := range lines {
		l.from.send(l.text)
		// The sender shows it at once, as pending or further along.
		waitMessage(t, l.from, uiWait, l.text, l.author, "")
		// The other side receives it with its author.
		other := a
		if l.from == a {
			other = b
		}
		waitMessage(t, other, chatWait, l.text, l.author, "")
		t.Logf("line %d shown on both sides", i+1)
	}
	for _, p := range []*profile{a, b} {
		s := p.waitState(chatWait, "every line final", func(s pageState) bool {
			for _, l := range lines {
				if m, ok := s.message(l.text); !ok || m.State != "final" || m.Author != l.author {
					return false
				}
			}
			return true
		})
		var got []string
		for _, m := range s.Messages {
			if slices.ContainsFunc(lines, func(l line) bool { return l.text == m.Text }) {
				got = append(got, m.Text)
			}
		}
		want := []string{lines[0].text, lines[1].text, lines[2].text, lines[3].text}
		if !slices.Equal(got, want) {
			t.Errorf("%s: #messages order %q, want the causal order %q", p.name, got, want)
		}
		for _, m := range s.Messages {
			if m.CID == "" || m.Seq == "" {
				t.Errorf("%s: a final message without data-cid or data-seq: %+v", p.name, m)
			}
		}
		// The member list from the chain: the owner, A and B, with the
		// user's own row marked.
		me := map[*profile]string{a: w.address(), b: bAddr}[p]
		var members []string
		mine := ""
		for _, m := range s.Members {
			members = append(members, m.Address)
			if m.Me {
				mine = m.Address
			}
		}
		for _, want := range []string{strings.ToLower(r.owner.Hex()), w.address(), bAddr} {
			if !slices.Contains(members, want) {
				t.Errorf("%s: #members %q lacks %s", p.name, members, want)
			}
		}
		if mine != me {
			t.Errorf("%s: the #members row with data-me is %q, want %s", p.name, mine, me)
		}
		if s.Outbox != "0" {
			t.Errorf("%s: #outbox[data-count] = %q after every line is final, want 0", p.name, s.Outbox)
		}
	}
	if n := w.count("eth_signTypedData_v4"); n != 1 {
		t.Errorf("the wallet was asked for %d typed-data signatures for the whole conversation, want 1:\n%s", n, w.callsString())
	}

	// Screenshots, as a person would see the page: A on a desktop, both
	// on a phone.
	a.screenshot("chat-A-desktop", 1280, 900, false)
	for name, p := range map[string]*profile{"chat-A-phone": a, "chat-B-phone": b} {
		p.screenshot(name, 375, 812, true)
		// At phone width nothing runs off the side.
		if w := mustJS[int](p, uiWait, `document.documentElement.scrollWidth`); w > 375 {
			t.Errorf("%s: at 375 px the page is %d px wide (it scrolls sideways)", p.name, w)
		}
	}
}
