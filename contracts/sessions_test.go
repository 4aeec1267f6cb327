package contracts_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/mosaic-rings/rings/contracts/bindings"
)

// noSession is the Session of a request or node its author signed itself.
var noSession = bindings.RingLogsSession{}

// maxSessionTime is the contract's MAX_SESSION_TIME, 2^53 - 1.
const maxSessionTime = 1<<53 - 1

// now is the time of the chain's latest block, unix seconds. The next block is at least a
// second later (and about the wall clock, plus any advance).
func (e *env) now() uint64 {
	e.tb.Helper()
	return e.blockTime(nil)
}

// session is author's Session for the key sk from notBefore to expiry, signed by the key
// signer (the author, unless a test says otherwise) under dom.
func (e *env) session(dom domain, author, sk, signer int, notBefore, expiry uint64) bindings.RingLogsSession {
	e.tb.Helper()
	return bindings.RingLogsSession{
		Key:       e.addr(sk),
		NotBefore: notBefore,
		Expiry:    expiry,
		Sig:       sign(e.tb, e.keys[signer], dom.session(e.addr(author), e.addr(sk), notBefore, expiry)),
	}
}

// liveSession is author's session for sk in ring, from a minute ago to an hour from now.
func (e *env) liveSession(ring common.Address, author, sk int) bindings.RingLogsSession {
	e.tb.Helper()
	now := e.now()
	return e.session(e.domain(ring), author, sk, author, now-60, now+3600)
}

func (e *env) revokedAt(ring, author, key common.Address) uint64 {
	e.tb.Helper()
	return call(e, ring, ringABI.PackSessionRevokedAt(author, key), ringABI.UnpackSessionRevokedAt)
}

// sessionFlush is the flush of member k signed by signer (a session key, or k itself).
func (e *env) sessionFlush(ring common.Address, k, signer int, seq uint64, nonce int64) (bindings.RingLogsFlushRequest, []byte) {
	e.tb.Helper()
	f := e.flushReq(k, seq, nonce)
	return f, sign(e.tb, e.keys[signer], e.domain(ring).flush(f))
}

func TestFlushWithSession(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	a := e.addr(2)
	k12 := e.addr(12)

	// A call is a flush of member 2 (seq 1, nonce 0 unless said) signed by sigBy under
	// session s; the ring has members 2, 3, 4.
	type call struct {
		f   bindings.RingLogsFlushRequest
		sig []byte
		s   bindings.RingLogsSession
	}
	by := func(e *env, ring common.Address, sigBy int, s bindings.RingLogsSession) call {
		f, sig := e.sessionFlush(ring, 2, sigBy, 1, 0)
		return call{f, sig, s}
	}
	// window is member 2's session for key 12 from now+from to now+to, signed by signer under dom.
	window := func(e *env, dom domain, signer int, from, to int64) bindings.RingLogsSession {
		now := int64(e.now())
		return e.session(dom, 2, 12, signer, uint64(now+from), uint64(now+to))
	}
	type sessionCase struct {
		name    string
		prepare func(e *env, ring common.Address)
		make    func(e *env, ring common.Address) call
		want    func(e *env, ring common.Address) any // nil: success
	}
	fixed := func(err any) func(*env, common.Address) any { return func(*env, common.Address) any { return err } }
	revoke := func(e *env, ring common.Address) { e.send(e.keys[2], ring, ringABI.PackRevokeSession(k12)) }
	foreign := func(dom func(e *env, ring common.Address) domain) (func(*env, common.Address) call, func(*env, common.Address) any) {
		var s bindings.RingLogsSession
		return func(e *env, ring common.Address) call {
				s = window(e, dom(e, ring), 2, -60, 3600)
				return by(e, ring, 12, s)
			}, func(e *env, ring common.Address) any {
				signer := recoverAddr(e.tb, e.domain(ring).session(a, k12, s.NotBefore, s.Expiry), s.Sig)
				return &bindings.RingSignerMismatch{Signer: signer, Expected: a}
			}
	}
	otherRing, otherRingWant := foreign(otherDomain)
	otherChain, otherChainWant := foreign(otherChainDomain)
	var expired, early bindings.RingLogsSession

	cases := []sessionCase{
		{name: "signed by the session key", make: func(e *env, ring common.Address) call {
			return by(e, ring, 12, e.liveSession(ring, 2, 12))
		}},
		{name: "the session's second flush", prepare: func(e *env, ring common.Address) {
			f, sig := e.sessionFlush(ring, 2, 12, 1, 0)
			e.send(e.relayer(), ring, ringABI.PackFlushWithSession(f, sig, e.liveSession(ring, 2, 12)))
		}, make: func(e *env, ring common.Address) call {
			f, sig := e.sessionFlush(ring, 2, 12, 2, 1)
			return call{f, sig, e.liveSession(ring, 2, 12)}
		}},
		{name: "a session that ends at the 2^53-1 limit", make: func(e *env, ring common.Address) call {
			return by(e, ring, 12, e.session(e.domain(ring), 2, 12, 2, 0, maxSessionTime))
		}},
		{name: "no session: signed by the author", make: func(e *env, ring common.Address) call {
			return by(e, ring, 2, noSession)
		}},
		{name: "another key of the author still flushes after one is revoked", prepare: revoke,
			make: func(e *env, ring common.Address) call { return by(e, ring, 13, e.liveSession(ring, 2, 13)) }},

		{
			name: "expired",
			make: func(e *env, ring common.Address) call {
				expired = window(e, e.domain(ring), 2, -7200, -3600)
				return by(e, ring, 12, expired)
			},
			want: func(*env, common.Address) any { return &bindings.RingSessionExpired{Expiry: expired.Expiry} },
		},
		{
			name: "not yet valid",
			make: func(e *env, ring common.Address) call {
				early = window(e, e.domain(ring), 2, 3600, 7200)
				return by(e, ring, 12, early)
			},
			want: func(*env, common.Address) any { return &bindings.RingSessionNotYetValid{NotBefore: early.NotBefore} },
		},
		{name: "session for another ring", make: otherRing, want: otherRingWant},
		{name: "session for another chain id", make: otherChain, want: otherChainWant},
		{
			name: "revoked", prepare: revoke,
			make: func(e *env, ring common.Address) call { return by(e, ring, 12, e.liveSession(ring, 2, 12)) },
			want: func(e *env, ring common.Address) any {
				return &bindings.RingSessionKeyRevoked{Key: k12, RevokedAt: e.revokedAt(ring, a, k12)}
			},
		},
		{
			name: "revoked by the key itself", prepare: func(e *env, ring common.Address) {
				sig := sign(e.tb, e.keys[12], e.domain(ring).sessionRevocation(a, k12))
				e.send(e.relayer(), ring, ringABI.PackRevokeSessionFor(a, k12, sig))
			},
			make: func(e *env, ring common.Address) call { return by(e, ring, 12, e.liveSession(ring, 2, 12)) },
			want: func(e *env, ring common.Address) any {
				return &bindings.RingSessionKeyRevoked{Key: k12, RevokedAt: e.revokedAt(ring, a, k12)}
			},
		},
		{
			name: "the author is not a member",
			make: func(e *env, ring common.Address) call {
				f, sig := e.sessionFlush(ring, 5, 12, 1, 0)
				return call{f, sig, e.liveSession(ring, 5, 12)}
			},
			want: fixed(&bindings.RingNotMember{Account: e.addr(5)}),
		},
		{
			name: "session signed by another member",
			make: func(e *env, ring common.Address) call {
				return by(e, ring, 12, window(e, e.domain(ring), 3, -60, 3600))
			},
			want: fixed(&bindings.RingSignerMismatch{Signer: e.addr(3), Expected: a}),
		},
		{
			name: "session signed by the session key",
			make: func(e *env, ring common.Address) call {
				return by(e, ring, 12, window(e, e.domain(ring), 12, -60, 3600))
			},
			want: fixed(&bindings.RingSignerMismatch{Signer: k12, Expected: a}),
		},
		{
			name: "flush signed by the author, with a session",
			make: func(e *env, ring common.Address) call { return by(e, ring, 2, e.liveSession(ring, 2, 12)) },
			want: fixed(&bindings.RingSignerMismatch{Signer: a, Expected: k12}),
		},
		{
			name: "flush signed by another key than the session's",
			make: func(e *env, ring common.Address) call { return by(e, ring, 13, e.liveSession(ring, 2, 12)) },
			want: fixed(&bindings.RingSignerMismatch{Signer: e.addr(13), Expected: k12}),
		},
		{
			name: "no session, flush signed by a session key",
			make: func(e *env, ring common.Address) call { return by(e, ring, 12, noSession) },
			want: fixed(&bindings.RingSignerMismatch{Signer: k12, Expected: a}),
		},
		{
			name: "the session key is the author",
			make: func(e *env, ring common.Address) call {
				now := e.now()
				return by(e, ring, 2, e.session(e.domain(ring), 2, 2, 2, now-60, now+3600))
			},
			want: fixed(&bindings.RingBadSessionKey{Key: a}),
		},
		{
			name: "window ends before it starts",
			make: func(e *env, ring common.Address) call {
				return by(e, ring, 12, window(e, e.domain(ring), 2, 3600, -60))
			},
			want: fixed(&bindings.RingBadSessionWindow{}),
		},
		{
			name: "expiry past 2^53-1",
			make: func(e *env, ring common.Address) call {
				return by(e, ring, 12, e.session(e.domain(ring), 2, 12, 2, 0, maxSessionTime+1))
			},
			want: fixed(&bindings.RingBadSessionWindow{}),
		},
		{
			name: "session signature with high s",
			make: func(e *env, ring common.Address) call {
				s := e.liveSession(ring, 2, 12)
				s.Sig = highS(s.Sig)
				return by(e, ring, 12, s)
			},
			want: fixed(&bindings.RingHighS{}),
		},
		{
			name: "session signature missing",
			make: func(e *env, ring common.Address) call {
				s := e.liveSession(ring, 2, 12)
				s.Sig = nil
				return by(e, ring, 12, s)
			},
			want: fixed(&bindings.RingBadSignatureLength{}),
		},
		{
			name: "replayed nonce", prepare: func(e *env, ring common.Address) {
				f, sig := e.sessionFlush(ring, 2, 12, 1, 0)
				e.send(e.relayer(), ring, ringABI.PackFlushWithSession(f, sig, e.liveSession(ring, 2, 12)))
			},
			make: func(e *env, ring common.Address) call { return by(e, ring, 12, e.liveSession(ring, 2, 12)) },
			want: fixed(&bindings.RingBadNonce{Expected: big.NewInt(1), Got: big.NewInt(0)}),
		},
		{
			name: "past the flush's deadline",
			make: func(e *env, ring common.Address) call {
				f := e.flushReq(2, 1, 0)
				f.Deadline = big.NewInt(1_000_000)
				return call{f, sign(e.tb, e.keys[12], e.domain(ring).flush(f)), e.liveSession(ring, 2, 12)}
			},
			want: fixed(&bindings.RingExpired{Deadline: big.NewInt(1_000_000)}),
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := e.with(t)
			ring := e.deployRing(2, 3, 4)
			if tc.prepare != nil {
				tc.prepare(e, ring)
			}
			c := tc.make(e, ring)
			data := ringABI.PackFlushWithSession(c.f, c.sig, c.s)
			if tc.want != nil {
				e.expectRevert(e.relayer(), ring, data, tc.want(e, ring))
				return
			}
			r := e.send(e.relayer(), ring, data)
			ev, err := ringABI.UnpackLogHeadUpdatedEvent(r.Logs[0])
			if err != nil {
				t.Fatal(err)
			}
			if ev.Avatar != c.f.Avatar || ev.Head != c.f.Head || ev.Seq != c.f.Seq || ev.Nonce.Cmp(c.f.Nonce) != 0 {
				t.Fatalf("LogHeadUpdated = %+v, want %+v", ev, c.f)
			}
			if h := e.logHead(ring, c.f.Avatar); h.Head != c.f.Head || h.Seq != c.f.Seq {
				t.Fatalf("logNodeHeads = %+v", h)
			}
		})
	}

	t.Run("session ends while in flight", func(t *testing.T) {
		e := e.with(t)
		ring := e.deployRing(2)
		now := e.now()
		s := e.session(e.domain(ring), 2, 12, 2, now-60, now+60)
		f, sig := e.sessionFlush(ring, 2, 12, 1, 0)
		e.advance(2 * time.Minute)
		e.backend.Commit()
		e.expectRevert(e.relayer(), ring, ringABI.PackFlushWithSession(f, sig, s), &bindings.RingSessionExpired{Expiry: s.Expiry})
	})
	t.Run("session begins while in flight", func(t *testing.T) {
		e := e.with(t)
		ring := e.deployRing(2)
		now := e.now()
		s := e.session(e.domain(ring), 2, 12, 2, now+60, now+3600)
		f, sig := e.sessionFlush(ring, 2, 12, 1, 0)
		e.expectRevert(e.relayer(), ring, ringABI.PackFlushWithSession(f, sig, s), &bindings.RingSessionNotYetValid{NotBefore: s.NotBefore})
		e.advance(2 * time.Minute)
		e.send(e.relayer(), ring, ringABI.PackFlushWithSession(f, sig, s))
	})
}

func TestFlushManyWithSessions(t *testing.T) {
	t.Parallel()
	e := newEnv(t)

	t.Run("session and author signatures mixed, several per avatar", func(t *testing.T) {
		e := e.with(t)
		ring := e.deployRing(2, 3, 4)
		s2, s4 := e.liveSession(ring, 2, 12), e.liveSession(ring, 4, 13)
		var (
			fs   []bindings.RingLogsFlushRequest
			sigs [][]byte
			ss   []bindings.RingLogsSession
		)
		add := func(k, signer int, seq uint64, nonce int64, s bindings.RingLogsSession) {
			f, sig := e.sessionFlush(ring, k, signer, seq, nonce)
			fs, sigs, ss = append(fs, f), append(sigs, sig), append(ss, s)
		}
		add(2, 12, 1, 0, s2)
		add(3, 3, 4, 0, noSession)
		add(2, 2, 2, 1, noSession) // the author itself, beside its session
		add(4, 13, 9, 0, s4)
		add(2, 12, 3, 2, s2)
		r := e.send(e.relayer(), ring, ringABI.PackFlushManyWithSessions(fs, sigs, ss))
		if len(r.Logs) != 5 {
			t.Fatalf("%d logs, want 5", len(r.Logs))
		}
		heads := call(e, ring, ringABI.PackGetHeads(), ringABI.UnpackGetHeads)
		want := []bindings.RingLogsMemberHead{
			{Member: e.addr(2), Head: headHash(e.addr(2), 3), Seq: 3, Nonce: big.NewInt(3)},
			{Member: e.addr(3), Head: headHash(e.addr(3), 4), Seq: 4, Nonce: big.NewInt(1)},
			{Member: e.addr(4), Head: headHash(e.addr(4), 9), Seq: 9, Nonce: big.NewInt(1)},
		}
		if jsonOf(t, heads) != jsonOf(t, want) {
			t.Fatalf("getHeads = %s\nwant %s", jsonOf(t, heads), jsonOf(t, want))
		}
	})

	t.Run("empty batch", func(t *testing.T) {
		e := e.with(t)
		ring := e.deployRing(2)
		e.send(e.relayer(), ring, ringABI.PackFlushManyWithSessions(nil, nil, nil))
	})

	type batch struct {
		fs   []bindings.RingLogsFlushRequest
		sigs [][]byte
		ss   []bindings.RingLogsSession
	}
	// two is member 2's flush by session key 12 then member 3's own flush.
	two := func(e *env, ring common.Address, s bindings.RingLogsSession) batch {
		f2, sig2 := e.sessionFlush(ring, 2, 12, 1, 0)
		f3, sig3 := e.sessionFlush(ring, 3, 3, 1, 0)
		return batch{[]bindings.RingLogsFlushRequest{f2, f3}, [][]byte{sig2, sig3}, []bindings.RingLogsSession{s, noSession}}
	}
	var expired bindings.RingLogsSession
	for _, tc := range []struct {
		name string
		make func(e *env, ring common.Address) batch
		want func(e *env, ring common.Address) any
	}{
		{
			name: "one expired session, none applied",
			make: func(e *env, ring common.Address) batch {
				now := e.now()
				expired = e.session(e.domain(ring), 2, 12, 2, now-7200, now-3600)
				return two(e, ring, expired)
			},
			want: func(*env, common.Address) any { return &bindings.RingSessionExpired{Expiry: expired.Expiry} },
		},
		{
			name: "a zero-key entry signed by a session key",
			make: func(e *env, ring common.Address) batch {
				b := two(e, ring, e.liveSession(ring, 2, 12))
				b.ss[0] = noSession
				return b
			},
			want: func(e *env, _ common.Address) any {
				return &bindings.RingSignerMismatch{Signer: e.addr(12), Expected: e.addr(2)}
			},
		},
		{
			name: "the last one's author is not a member",
			make: func(e *env, ring common.Address) batch {
				b := two(e, ring, e.liveSession(ring, 2, 12))
				f, sig := e.sessionFlush(ring, 5, 13, 1, 0)
				b.fs, b.sigs, b.ss = append(b.fs, f), append(b.sigs, sig), append(b.ss, e.liveSession(ring, 5, 13))
				return b
			},
			want: func(e *env, _ common.Address) any { return &bindings.RingNotMember{Account: e.addr(5)} },
		},
		{
			name: "fewer sessions than requests",
			make: func(e *env, ring common.Address) batch {
				b := two(e, ring, e.liveSession(ring, 2, 12))
				b.ss = b.ss[:1]
				return b
			},
			want: func(*env, common.Address) any { return &bindings.RingLengthMismatch{} },
		},
		{
			name: "more sessions than requests",
			make: func(e *env, ring common.Address) batch {
				b := two(e, ring, e.liveSession(ring, 2, 12))
				b.ss = append(b.ss, noSession)
				return b
			},
			want: func(*env, common.Address) any { return &bindings.RingLengthMismatch{} },
		},
		{
			name: "fewer signatures than requests",
			make: func(e *env, ring common.Address) batch {
				b := two(e, ring, e.liveSession(ring, 2, 12))
				b.sigs = b.sigs[:1]
				return b
			},
			want: func(*env, common.Address) any { return &bindings.RingLengthMismatch{} },
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := e.with(t)
			ring := e.deployRing(2, 3, 4)
			b := tc.make(e, ring)
			e.expectRevert(e.relayer(), ring, ringABI.PackFlushManyWithSessions(b.fs, b.sigs, b.ss), tc.want(e, ring))
		})
	}
}

// forkSession is author 2's session for key 12 around claim times (e.claim: 1.7e12 ms + seq),
// from notBefore to expiry in unix seconds.
const (
	forkNotBefore = 1_699_999_000
	forkExpiry    = 1_700_001_000
)

func TestReportForkWithSessions(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	a2, k12 := e.addr(2), e.addr(12)

	// node is one signed LogNode with its session.
	type node struct {
		c   bindings.RingLogsLogNodeClaim
		sig []byte
		s   bindings.RingLogsSession
	}
	bySession := func(e *env, ring common.Address, c bindings.RingLogsLogNodeClaim, sk int, s bindings.RingLogsSession) node {
		return node{c, sign(e.tb, e.keys[sk], e.domain(ring).logNode(c)), s}
	}
	s12 := func(e *env, ring common.Address) bindings.RingLogsSession {
		return e.session(e.domain(ring), 2, 12, 2, forkNotBefore, forkExpiry)
	}
	at := func(c bindings.RingLogsLogNodeClaim, ms uint64) bindings.RingLogsLogNodeClaim { c.Time = ms; return c }
	report := func(x, y node) []byte {
		return ringABI.PackReportForkWithSessions(x.c, x.sig, x.s, y.c, y.sig, y.s)
	}

	type forkCase struct {
		name    string
		prepare func(e *env, ring common.Address)
		make    func(e *env, ring common.Address) (node, node)
		want    func(e *env, ring common.Address) any // nil: recorded as author 2's fork
	}
	fixed := func(err any) func(*env, common.Address) any { return func(*env, common.Address) any { return err } }
	// revokedNow revokes key 12 of author 2 in ring: sessionRevokedAt is then the chain's time.
	revokedNow := func(e *env, ring common.Address) { e.send(e.keys[2], ring, ringABI.PackRevokeSession(k12)) }
	// afterRevocation is a fork whose node b is signed by key 12 at its revocation's second,
	// under a session that covers it.
	afterRevocation := func(bMs func(revokedAt uint64) uint64) func(e *env, ring common.Address) (node, node) {
		return func(e *env, ring common.Address) (node, node) {
			r := e.revokedAt(ring, a2, k12)
			s := e.session(e.domain(ring), 2, 12, 2, r-100, r+100)
			x := bySession(e, ring, at(e.claim(2, 1, "a"), (r-50)*1000), 12, s)
			y := bySession(e, ring, at(e.claim(2, 1, "b"), bMs(r)), 12, s)
			return x, y
		}
	}
	var other bindings.RingLogsSession

	cases := []forkCase{
		{name: "both nodes signed by a session key", make: func(e *env, ring common.Address) (node, node) {
			return bySession(e, ring, e.claim(2, 1, "a"), 12, s12(e, ring)), bySession(e, ring, e.claim(2, 1, "b"), 12, s12(e, ring))
		}},
		{name: "one node by the author, one by a session key", make: func(e *env, ring common.Address) (node, node) {
			return bySession(e, ring, e.claim(2, 1, "a"), 2, noSession), bySession(e, ring, e.claim(2, 1, "b"), 12, s12(e, ring))
		}},
		{name: "two session keys of one author", make: func(e *env, ring common.Address) (node, node) {
			s13 := e.session(e.domain(ring), 2, 13, 2, forkNotBefore, forkExpiry)
			return bySession(e, ring, e.claim(2, 1, "a"), 12, s12(e, ring)), bySession(e, ring, e.claim(2, 1, "b"), 13, s13)
		}},
		{name: "both nodes by the author", make: func(e *env, ring common.Address) (node, node) {
			return bySession(e, ring, e.claim(2, 1, "a"), 2, noSession), bySession(e, ring, e.claim(2, 1, "b"), 2, noSession)
		}},
		{name: "nodes at the window's edges", make: func(e *env, ring common.Address) (node, node) {
			return bySession(e, ring, at(e.claim(2, 1, "a"), forkNotBefore*1000), 12, s12(e, ring)),
				bySession(e, ring, at(e.claim(2, 1, "b"), forkExpiry*1000), 12, s12(e, ring))
		}},
		{name: "nodes made before the key's revocation", prepare: revokedNow,
			make: afterRevocation(func(r uint64) uint64 { return r*1000 - 1 })},
		{name: "a session of a former member", prepare: func(e *env, ring common.Address) {
			e.send(e.owner(), ring, ringABI.PackExit(a2))
		}, make: func(e *env, ring common.Address) (node, node) {
			return bySession(e, ring, e.claim(2, 1, "a"), 12, s12(e, ring)), bySession(e, ring, e.claim(2, 1, "b"), 12, s12(e, ring))
		}},

		{
			name: "a node before its session's window",
			make: func(e *env, ring common.Address) (node, node) {
				return bySession(e, ring, e.claim(2, 1, "a"), 12, s12(e, ring)),
					bySession(e, ring, at(e.claim(2, 1, "b"), forkNotBefore*1000-1), 12, s12(e, ring))
			},
			want: fixed(&bindings.RingSessionNotYetValid{NotBefore: forkNotBefore}),
		},
		{
			name: "a node after its session's window",
			make: func(e *env, ring common.Address) (node, node) {
				return bySession(e, ring, at(e.claim(2, 1, "a"), forkExpiry*1000+1), 12, s12(e, ring)),
					bySession(e, ring, e.claim(2, 1, "b"), 12, s12(e, ring))
			},
			want: fixed(&bindings.RingSessionExpired{Expiry: forkExpiry}),
		},
		{
			name: "a node made at the key's revocation", prepare: revokedNow,
			make: afterRevocation(func(r uint64) uint64 { return r * 1000 }),
			want: func(e *env, ring common.Address) any {
				return &bindings.RingSessionKeyRevoked{Key: k12, RevokedAt: e.revokedAt(ring, a2, k12)}
			},
		},
		{
			name: "session for another ring",
			make: func(e *env, ring common.Address) (node, node) {
				other = e.session(otherDomain(e, ring), 2, 12, 2, forkNotBefore, forkExpiry)
				return bySession(e, ring, e.claim(2, 1, "a"), 12, s12(e, ring)), bySession(e, ring, e.claim(2, 1, "b"), 12, other)
			},
			want: func(e *env, ring common.Address) any {
				return &bindings.RingSignerMismatch{Signer: recoverAddr(e.tb, e.domain(ring).session(a2, k12, forkNotBefore, forkExpiry), other.Sig), Expected: a2}
			},
		},
		{
			name: "session signed by another member",
			make: func(e *env, ring common.Address) (node, node) {
				s := e.session(e.domain(ring), 2, 12, 3, forkNotBefore, forkExpiry)
				return bySession(e, ring, e.claim(2, 1, "a"), 2, noSession), bySession(e, ring, e.claim(2, 1, "b"), 12, s)
			},
			want: fixed(&bindings.RingSignerMismatch{Signer: e.addr(3), Expected: a2}),
		},
		{
			name: "no session, node signed by a session key",
			make: func(e *env, ring common.Address) (node, node) {
				return bySession(e, ring, e.claim(2, 1, "a"), 2, noSession), bySession(e, ring, e.claim(2, 1, "b"), 12, noSession)
			},
			want: fixed(&bindings.RingSignerMismatch{Signer: k12, Expected: a2}),
		},
		{
			name: "node signed by the author, with a session",
			make: func(e *env, ring common.Address) (node, node) {
				return bySession(e, ring, e.claim(2, 1, "a"), 2, s12(e, ring)), bySession(e, ring, e.claim(2, 1, "b"), 12, s12(e, ring))
			},
			want: fixed(&bindings.RingSignerMismatch{Signer: a2, Expected: k12}),
		},
		{
			name: "one node under two sessions",
			make: func(e *env, ring common.Address) (node, node) {
				s13 := e.session(e.domain(ring), 2, 13, 2, forkNotBefore, forkExpiry)
				return bySession(e, ring, e.claim(2, 1, "a"), 12, s12(e, ring)), bySession(e, ring, e.claim(2, 1, "a"), 13, s13)
			},
			want: fixed(&bindings.RingNotAFork{}),
		},
		{
			name: "different seqs",
			make: func(e *env, ring common.Address) (node, node) {
				return bySession(e, ring, e.claim(2, 1, "a"), 12, s12(e, ring)), bySession(e, ring, e.claim(2, 2, "b"), 12, s12(e, ring))
			},
			want: fixed(&bindings.RingNotAFork{}),
		},
		{
			name: "already reported without sessions", prepare: func(e *env, ring common.Address) {
				x, y := e.claim(2, 1, "x"), e.claim(2, 1, "y")
				d := e.domain(ring)
				e.send(e.relayer(), ring, ringABI.PackReportFork(x, sign(e.tb, e.keys[2], d.logNode(x)), y, sign(e.tb, e.keys[2], d.logNode(y))))
			},
			make: func(e *env, ring common.Address) (node, node) {
				return bySession(e, ring, e.claim(2, 1, "a"), 12, s12(e, ring)), bySession(e, ring, e.claim(2, 1, "b"), 12, s12(e, ring))
			},
			want: fixed(&bindings.RingForkAlreadyReported{}),
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := e.with(t)
			ring := e.deployRing(2, 3)
			if tc.prepare != nil {
				tc.prepare(e, ring)
			}
			x, y := tc.make(e, ring)
			if tc.want != nil {
				e.expectRevert(e.keys[5], ring, report(x, y), tc.want(e, ring))
				return
			}
			r := e.send(e.keys[5], ring, report(x, y))
			ev, err := ringABI.UnpackForkReportedEvent(r.Logs[0])
			if err != nil {
				t.Fatal(err)
			}
			dom := e.domain(ring)
			want := &bindings.RingForkReported{
				Author: a2, Seq: x.c.Seq,
				NodeA: digest(t, dom.logNode(x.c)), NodeB: digest(t, dom.logNode(y.c)),
				Reporter: e.addr(5),
			}
			ev.Raw = nil
			if jsonOf(t, ev) != jsonOf(t, want) {
				t.Fatalf("ForkReported = %s\nwant %s", jsonOf(t, ev), jsonOf(t, want))
			}
			if !call(e, ring, ringABI.PackForkReported(a2, x.c.Seq), ringABI.UnpackForkReported) {
				t.Fatal("forkReported = false")
			}
			// A second report is refused.
			e.expectRevert(e.keys[5], ring, report(x, y), &bindings.RingForkAlreadyReported{})
		})
	}
}

func TestRevokeSession(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	a2, k12 := e.addr(2), e.addr(12)

	// checkRevoked checks that r revoked author's key at its block's time, and returns it.
	checkRevoked := func(e *env, ring common.Address, r *types.Receipt, author, key common.Address) uint64 {
		e.tb.Helper()
		if len(r.Logs) != 1 {
			e.tb.Fatalf("%d logs, want 1", len(r.Logs))
		}
		ev, err := ringABI.UnpackSessionRevokedEvent(r.Logs[0])
		if err != nil {
			e.tb.Fatal(err)
		}
		when := e.blockTime(r.BlockNumber)
		if ev.Author != author || ev.Key != key || ev.RevokedAt != when {
			e.tb.Fatalf("SessionRevoked = %+v, want %s %s at %d", ev, author, key, when)
		}
		if got := e.revokedAt(ring, author, key); got != when {
			e.tb.Fatalf("sessionRevokedAt = %d, want %d", got, when)
		}
		return when
	}
	revocation := func(e *env, ring common.Address, signer int) []byte {
		return ringABI.PackRevokeSessionFor(a2, k12, sign(e.tb, e.keys[signer], e.domain(ring).sessionRevocation(a2, k12)))
	}

	for _, tc := range []struct {
		name string
		key  int // the sender
		data func(e *env, ring common.Address) []byte
	}{
		{"revokeSession by the author", 2, func(*env, common.Address) []byte { return ringABI.PackRevokeSession(k12) }},
		{"revokeSessionFor signed by the author", 0, func(e *env, ring common.Address) []byte { return revocation(e, ring, 2) }},
		{"revokeSessionFor signed by the key", 0, func(e *env, ring common.Address) []byte { return revocation(e, ring, 12) }},
		{"revokeSessionFor sent by the key itself", 12, func(e *env, ring common.Address) []byte { return revocation(e, ring, 12) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := e.with(t)
			ring := e.deployRing(2, 3)
			if got := e.revokedAt(ring, a2, k12); got != 0 {
				t.Fatalf("sessionRevokedAt before = %d", got)
			}
			first := checkRevoked(e, ring, e.send(e.keys[tc.key], ring, tc.data(e, ring)), a2, k12)

			// Idempotent: again, by any route and later, changes nothing and emits nothing.
			e.advance(time.Minute)
			for _, again := range []struct {
				sender int
				data   []byte
			}{
				{tc.key, tc.data(e, ring)},
				{2, ringABI.PackRevokeSession(k12)},
				{0, revocation(e, ring, 2)},
				{0, revocation(e, ring, 12)},
			} {
				before := e.ringSnapshot(ring)
				if r := e.send(e.keys[again.sender], ring, again.data); len(r.Logs) != 0 {
					t.Fatalf("a repeated revocation emitted %d logs", len(r.Logs))
				}
				if after := e.ringSnapshot(ring); jsonOf(t, before) != jsonOf(t, after) {
					t.Fatalf("a repeated revocation changed the state:\nbefore %s\nafter  %s", jsonOf(t, before), jsonOf(t, after))
				}
			}
			if got := e.revokedAt(ring, a2, k12); got != first {
				t.Fatalf("sessionRevokedAt = %d after repeats, want the first %d", got, first)
			}
			// Only that key of that author.
			if got := e.revokedAt(ring, a2, e.addr(13)); got != 0 {
				t.Fatalf("key 13's sessionRevokedAt = %d", got)
			}
			if got := e.revokedAt(ring, e.addr(3), k12); got != 0 {
				t.Fatalf("author 3's sessionRevokedAt = %d", got)
			}
		})
	}

	t.Run("an outsider revokes its own key", func(t *testing.T) {
		e := e.with(t)
		ring := e.deployRing(2, 3)
		checkRevoked(e, ring, e.send(e.keys[5], ring, ringABI.PackRevokeSession(k12)), e.addr(5), k12)
	})

	for _, tc := range []struct {
		name string
		key  int
		data func(e *env, ring common.Address) []byte
		want func(e *env, ring common.Address) any
	}{
		{
			name: "signed by another member", key: 0,
			data: func(e *env, ring common.Address) []byte { return revocation(e, ring, 3) },
			want: func(e *env, _ common.Address) any {
				return &bindings.RingSignerMismatch{Signer: e.addr(3), Expected: a2}
			},
		},
		{
			name: "signed for another ring", key: 0,
			data: func(e *env, ring common.Address) []byte {
				return ringABI.PackRevokeSessionFor(a2, k12, sign(e.tb, e.keys[2], otherDomain(e, ring).sessionRevocation(a2, k12)))
			},
			want: func(e *env, ring common.Address) any {
				sig := sign(e.tb, e.keys[2], otherDomain(e, ring).sessionRevocation(a2, k12))
				return &bindings.RingSignerMismatch{Signer: recoverAddr(e.tb, e.domain(ring).sessionRevocation(a2, k12), sig), Expected: a2}
			},
		},
		{
			name: "signed for another key", key: 0,
			data: func(e *env, ring common.Address) []byte {
				return ringABI.PackRevokeSessionFor(a2, k12, sign(e.tb, e.keys[2], e.domain(ring).sessionRevocation(a2, e.addr(13))))
			},
			want: func(e *env, ring common.Address) any {
				sig := sign(e.tb, e.keys[2], e.domain(ring).sessionRevocation(a2, e.addr(13)))
				return &bindings.RingSignerMismatch{Signer: recoverAddr(e.tb, e.domain(ring).sessionRevocation(a2, k12), sig), Expected: a2}
			},
		},
		{
			name: "high s", key: 0,
			data: func(e *env, ring common.Address) []byte {
				return ringABI.PackRevokeSessionFor(a2, k12, highS(sign(e.tb, e.keys[2], e.domain(ring).sessionRevocation(a2, k12))))
			},
			want: func(*env, common.Address) any { return &bindings.RingHighS{} },
		},
		{
			name: "revokeSession of the zero key", key: 2,
			data: func(*env, common.Address) []byte { return ringABI.PackRevokeSession(common.Address{}) },
			want: func(*env, common.Address) any { return &bindings.RingBadSessionKey{} },
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := e.with(t)
			ring := e.deployRing(2, 3)
			e.expectRevert(e.keys[tc.key], ring, tc.data(e, ring), tc.want(e, ring))
		})
	}
}
