package browser

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// Waits: the page and the daemons run on loopback, but a message reaches
// the other daemon through the chain (relay, follow, fetch), and a busy
// 2-core machine runs other tests beside.
const (
	uiWait   = 30 * time.Second // the page's own reaction
	chatWait = 90 * time.Second // a message through replica, chain and the other daemon
)

// joinWithWallet opens the invite link in p and chooses the wallet: the
// page then shows the wallet's account in #me and lets it send.
func joinWithWallet(t testing.TB, p *profile, w *wallet, link string) pageState {
	t.Helper()
	p.open(link)
	p.waitState(uiWait, "the signer choice (#signer) after a valid invite", func(s pageState) bool { return s.Signer })
	p.click("#use-wallet")
	return p.waitState(uiWait, "#me[data-address] is the wallet's account and #send is enabled", func(s pageState) bool {
		return s.Me == w.address() && s.SendOK
	})
}

// joinWithPageKey opens the invite link in p and chooses a page key; it
// returns the key's address, which the page shows in #me.
func joinWithPageKey(t testing.TB, p *profile, link string) string {
	t.Helper()
	p.open(link)
	p.waitState(uiWait, "the signer choice (#signer) after a valid invite", func(s pageState) bool { return s.Signer })
	p.click("#use-page-key")
	s := p.waitState(uiWait, "#me[data-address] shows the page key's address", func(s pageState) bool {
		return len(s.Me) == 42 && strings.HasPrefix(s.Me, "0x")
	})
	return s.Me
}

// waitMessage waits until p shows a message with text by author in state
// (any state if state is ""), and returns it.
func waitMessage(t testing.TB, p *profile, within time.Duration, text, author, state string) messageView {
	t.Helper()
	s := p.waitState(within, fmt.Sprintf("li.message with .text %q by %s in state %q", text, author, state), func(s pageState) bool {
		m, ok := s.message(text)
		return ok && m.Author == author && (state == "" || m.State == state)
	})
	m, _ := s.message(text)
	return m
}

// isError reports whether the page shows an error notice whose text holds
// every one of words (case-insensitive).
func isError(s pageState, words ...string) bool {
	if s.Notice == nil || !s.Notice.Visible || s.Notice.Kind != "error" {
		return false
	}
	text := strings.ToLower(s.Notice.Text)
	for _, w := range words {
		if !strings.Contains(text, strings.ToLower(w)) {
			return false
		}
	}
	return true
}

// pending reports whether every text is shown and not yet final.
func pending(s pageState, texts ...string) bool {
	for _, t := range texts {
		m, ok := s.message(t)
		if !ok || m.State == "final" || m.State == "rejected" {
			return false
		}
	}
	return true
}

// countText counts the texts shown exactly once each.
func countText(s pageState, texts ...string) int {
	n := 0
	for _, t := range texts {
		c := 0
		for _, m := range s.Messages {
			if m.Text == t {
				c++
			}
		}
		if c == 1 {
			n++
		}
	}
	return n
}

// stateOf is the data-state of the message with CID c, "" if none.
func stateOf(s pageState, c string) string {
	for _, m := range s.Messages {
		if m.CID == c {
			return m.State
		}
	}
	return ""
}
