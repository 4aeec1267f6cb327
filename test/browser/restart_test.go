package browser

import (
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// TestReplicaRestartLosesNoQueuedMessage: the daemon a page sends through
// stops; what the person writes meanwhile waits in the outbox (IndexedDB),
// also across a reload of the page, and every message arrives and becomes
// final once the daemon is back; the chain then holds the whole log.
func TestReplicaRestartLosesNoQueuedMessage(t *testing.T) {
	needBrowser(t)
	t.Parallel()
	r := newChatRing(t)
	// The page comes from the member's gateway and sends through the
	// replica's, so that it reloads while the replica is down.
	p := newProfile(t, "P", nil)
	addr := joinWithPageKey(t, p, r.inviteTo(t, r.replGW, r.memberGW+"/ring/app/"))
	r.enter(t, addr)
	p.waitState(chatWait, "#send enabled once a member", func(s pageState) bool { return s.SendOK })
	texts := []string{"before the restart"}
	p.send(texts[0])
	waitMessage(t, p, chatWait, texts[0], addr, "final")

	r.stop(t, r.replica)
	for i := 1; i <= 2; i++ {
		texts = append(texts, fmt.Sprintf("queued %d while the replica is down", i))
		p.send(texts[i])
	}
	p.waitState(chatWait, "two messages pending in #outbox[data-count=2]", func(s pageState) bool {
		return s.Outbox == "2" && pending(s, texts[1:]...)
	})
	p.reload()
	p.waitState(uiWait, "after a reload: still two in #outbox, shown pending", func(s pageState) bool {
		return s.Outbox == "2" && pending(s, texts[1:]...) && s.Me == addr
	})
	// Written after the reload, the replica still down: it waits too.
	// (Checked, not required, for the rest: what was queued before must
	// arrive either way.)
	if _, ok := p.checkState(uiWait, "#send enabled after the reload with the replica down", func(s pageState) bool { return s.SendOK }); ok {
		texts = append(texts, "queued 3, after the reload")
		p.send(texts[3])
		p.waitState(uiWait, "three in #outbox", func(s pageState) bool { return s.Outbox == "3" && pending(s, texts[1:]...) })
	}

	r.start(t, r.replica)
	for _, text := range texts {
		waitMessage(t, p, chatWait, text, addr, "final")
	}
	s := p.waitState(uiWait, "#outbox[data-count=0]", func(s pageState) bool { return s.Outbox == "0" })
	if n := countText(s, texts...); n != len(texts) {
		t.Errorf("%d of the %d messages shown once each; page: %s", n, len(texts), s)
	}
	m, _ := r.chain.state(t, r.ring).Member(common.HexToAddress(addr))
	if m.Seq != uint64(len(texts)) {
		t.Errorf("the chain holds seq %d of the page key's log, want %d", m.Seq, len(texts))
	}
}
