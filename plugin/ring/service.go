package ring

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"
	"github.com/ipld/go-ipld-prime/codec/dagjson"
	"github.com/ipld/go-ipld-prime/datamodel"
	"github.com/ipld/go-ipld-prime/node/basicnode"

	"github.com/mosaic-rings/rings/contracts/chain"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/avatar"
	"github.com/mosaic-rings/rings/plugin/ringkeys"
	"github.com/mosaic-rings/rings/plugin/ringlog"
)

// Chain is what the service needs of the ring contracts. *chain.Client
// implements it.
type Chain interface {
	ChainID() uint64
	CreateRing(ctx context.Context, owner common.Address, members []common.Address) (common.Address, *chain.Receipt, error)
	State(ctx context.Context, ring common.Address) (*chain.RingState, error)
	IsMember(ctx context.Context, ring, who common.Address) (bool, error)
	Flush(ctx context.Context, ring common.Address, f schemas.Flush, sig []byte) (*chain.Receipt, error)
	ChangeMembership(ctx context.Context, ring common.Address, m schemas.Membership, sig []byte) (*chain.Receipt, error)
	Nonce(ctx context.Context, ring, who common.Address) (*big.Int, error)
	ReportFork(ctx context.Context, ring common.Address, a, b *schemas.LogNode) (*chain.Receipt, error)
	ForkReported(ctx context.Context, ring, author common.Address, seq uint64) (bool, error)
	CommitEntry(ctx context.Context, ring common.Address, index uint64, entry, prev [32]byte, sigs [][]byte) (*chain.Receipt, error)
	Entries(ctx context.Context, ring common.Address) (*chain.Entries, error)
	RegisterOutputs(ctx context.Context, ring common.Address, outs []schemas.Output, sigs [][]byte) (*chain.Receipt, error)
	OutputsNonce(ctx context.Context, ring common.Address) (*big.Int, error)
	// Output is one eth_call of outputs(pin); LatestOutputs one eth_call
	// and a log query of one block. RegisteredOutputs from block 0 scans
	// the whole chain: only `ring outputs --history` asks for it.
	Output(ctx context.Context, ring common.Address, pin *big.Int) ([32]byte, error)
	LatestOutputs(ctx context.Context, ring common.Address) (*chain.Registered, error)
	RegisteredOutputs(ctx context.Context, ring common.Address, from uint64) ([]chain.Registered, error)
	// HeadTime is the latest block's time, against which deadlines are
	// checked on chain.
	HeadTime(ctx context.Context) (time.Time, error)
	// SessionRevokedAt and RevokeSession: see docs/protocol.md, "Session
	// keys".
	SessionRevokedAt(ctx context.Context, ring, author, key common.Address) (uint64, error)
	RevokeSession(ctx context.Context, ring, author, key common.Address, sig []byte) (*chain.Receipt, error)
}

var _ Chain = (*chain.Client)(nil)

// Options are the service's tunables; zero values take the defaults.
type Options struct {
	// FlushDeadline is how long a signed flush or membership change stays
	// valid on chain. Default 1h.
	FlushDeadline time.Duration
	// MaxBodySize bounds a sealed message body. Default and maximum
	// schemas.MaxBodySize.
	MaxBodySize int
	// Now is the clock; default time.Now.
	Now func() time.Time
	// Sources lists where Sync fetches logs from, best first (peers
	// speaking the log sync protocol, then bitswap). Without it, Sync
	// fails.
	Sources func() []ringlog.Source
	// Heads is the node's cache of rings' contract state; without it, every
	// read of a ring's state is a call to the chain.
	Heads HeadCache
	// Voters asks other members' nodes for their votes on ring entries and
	// outputs; without it, only this node's avatars vote.
	Voters Voters
	// CheckOutputs, when set, is asked before this node signs outputs for
	// a ring (RegisterOutputs, VoteOutputs): an error refuses the vote.
	// The registry uses it to vote for its snapshot only when it rebuilds
	// the same root.
	CheckOutputs func(ctx context.Context, ring common.Address, outs []schemas.Output) error
	// Announcer tells members' nodes of each append at once; without it,
	// they learn of new nodes from the chain's heads after a flush.
	Announcer Announcer
	// Connector connects to members' nodes before a sync or a vote;
	// without it, only peers already connected are asked.
	Connector Connector
}

// Service is the ring core of one node.
type Service struct {
	chain   Chain
	logs    *ringlog.Store
	keys    *ringkeys.Dir
	avatars avatar.Keystore
	opts    Options

	memberMu sync.Mutex
	members  map[common.Address]map[common.Address]bool // last membership read per ring
}

// New returns a Service.
func New(c Chain, logs *ringlog.Store, keys *ringkeys.Dir, avatars avatar.Keystore, opts Options) *Service {
	if opts.FlushDeadline == 0 {
		opts.FlushDeadline = time.Hour
	}
	if opts.MaxBodySize == 0 || opts.MaxBodySize > schemas.MaxBodySize {
		opts.MaxBodySize = schemas.MaxBodySize
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	return &Service{chain: c, logs: logs, keys: keys, avatars: avatars, opts: opts,
		members: map[common.Address]map[common.Address]bool{}}
}

// isMember asks the chain; when the chain cannot be reached it answers
// from the last answer it got, so members can write while offline.
func (s *Service) isMember(ctx context.Context, ring, who common.Address) (bool, error) {
	ok, err := s.chain.IsMember(ctx, ring, who)
	s.memberMu.Lock()
	defer s.memberMu.Unlock()
	if err == nil {
		if s.members[ring] == nil {
			s.members[ring] = map[common.Address]bool{}
		}
		s.members[ring][who] = ok
		return ok, nil
	}
	if known, seen := s.members[ring][who]; seen && !errors.Is(err, chain.ErrNotARing) && ctx.Err() == nil {
		return known, nil
	}
	return false, err
}

// ChainID is the chain the service's rings live on.
func (s *Service) ChainID() uint64 { return s.chain.ChainID() }

// Logs is the service's log store.
func (s *Service) Logs() *ringlog.Store { return s.logs }

var nameRE = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9._-]{0,63}$`)

// Ring is a ring this node holds keys for.
type Ring struct {
	Name    string         `json:"name,omitempty"`
	Address common.Address `json:"address"`
	Chain   uint64         `json:"chain"`
}

// Created is the result of Create.
type Created struct {
	Ring
	Owner   common.Address   `json:"owner"`
	Members []common.Address `json:"members"`
	Tx      *chain.Receipt   `json:"tx"`
}

// Create deploys a new ring through the factory, owned by the avatar
// ownerName, with the given members (keystore names or 0x addresses), and
// stores its fresh read and replica keys under the local name.
func (s *Service) Create(ctx context.Context, name, ownerName string, memberNames []string) (*Created, error) {
	if !nameRE.MatchString(name) {
		return nil, fmt.Errorf("%w: ring name %q: use 1-64 letters, digits, '.', '_' or '-', starting with a letter", ErrBadArgument, name)
	}
	if _, err := s.resolveRing(name); err == nil {
		return nil, fmt.Errorf("%w: a ring named %q already exists here", ErrBadArgument, name)
	}
	owner, err := avatar.Load(s.avatars, ownerName)
	if err != nil {
		return nil, err
	}
	members, err := s.resolveMembers(memberNames)
	if err != nil {
		return nil, err
	}
	addr, rcpt, err := s.chain.CreateRing(ctx, owner.Address, members)
	if err != nil {
		return nil, err
	}
	k, err := ringkeys.Generate(addr, s.chain.ChainID(), name)
	if err != nil {
		return nil, err
	}
	if err := s.keys.Put(k); err != nil {
		return nil, fmt.Errorf("ring %s was created on chain but its keys could not be stored: %w", addr.Hex(), err)
	}
	return &Created{Ring: Ring{Name: name, Address: addr, Chain: k.Chain}, Owner: owner.Address, Members: members, Tx: rcpt}, nil
}

func (s *Service) resolveMembers(names []string) ([]common.Address, error) {
	seen := map[common.Address]bool{}
	var out []common.Address
	for _, n := range names {
		n = strings.TrimSpace(n)
		if n == "" {
			continue
		}
		a, err := s.resolveAccount(n)
		if err != nil {
			return nil, err
		}
		if seen[a] {
			return nil, fmt.Errorf("%w: member %s is listed twice", ErrBadArgument, a.Hex())
		}
		seen[a] = true
		out = append(out, a)
	}
	return out, nil
}

// hexAddress parses s when it is written as an address (0x…): isAddr
// tells whether it is, and err whether it is a well-formed 20-byte one.
// Anything else is a name.
func hexAddress(s string) (addr common.Address, isAddr bool, err error) {
	if !strings.HasPrefix(s, "0x") && !strings.HasPrefix(s, "0X") {
		return common.Address{}, false, nil
	}
	if !common.IsHexAddress(s) || len(s) != 42 {
		return common.Address{}, true, fmt.Errorf("%w: %q is not a 20-byte 0x address", ErrBadArgument, s)
	}
	return common.HexToAddress(s), true, nil
}

// resolveAccount takes a 0x address or the name of a keystore avatar.
func (s *Service) resolveAccount(s0 string) (common.Address, error) {
	if addr, isAddr, err := hexAddress(s0); isAddr {
		return addr, err
	}
	a, err := avatar.Load(s.avatars, s0)
	if errors.Is(err, avatar.ErrNotFound) {
		return common.Address{}, fmt.Errorf("%w: %q; give the account's 0x address, or make a key with `ipfs key gen --type=secp256k1 %s`", avatar.ErrNotFound, s0, s0)
	}
	if err != nil {
		return common.Address{}, err
	}
	return a.Address, nil
}

// resolveRing takes a local ring name or a 0x address of a ring this node
// holds keys for (Local.ResolveRing).
func (s *Service) resolveRing(nameOrAddr string) (ringkeys.Keys, error) {
	return s.Local().ResolveRing(nameOrAddr)
}

// Local is the service's repo reads: its ring keys and avatars.
func (s *Service) Local() Local { return Local{Keys: s.keys, Avatars: s.avatars} }

// resolveReadable is resolveRing for reading: it also takes the 0x address
// of a ring this node holds no keys for (any ring's heads and logs can be
// read and verified; only the bodies stay sealed).
func (s *Service) resolveReadable(nameOrAddr string) (ringkeys.Keys, error) {
	k, err := s.resolveRing(nameOrAddr)
	if addr, isAddr, _ := hexAddress(nameOrAddr); isAddr && errors.Is(err, ErrUnknownRing) {
		return ringkeys.Keys{Ring: addr, Chain: s.chain.ChainID()}, nil
	}
	return k, err
}

// List returns the rings this node holds keys for.
func (s *Service) List(ctx context.Context) ([]Ring, error) { return s.Local().List() }

// MemberInfo is one member of a ring, with its heads on chain and here.
type MemberInfo struct {
	Address    common.Address `json:"address"`
	Avatar     string         `json:"avatar,omitempty"` // keystore name, when the key is on this node
	ChainSeq   uint64         `json:"chainSeq"`
	ChainHead  *cid.Cid       `json:"chainHead,omitempty"`
	LocalSeq   uint64         `json:"localSeq"`
	LocalHead  *cid.Cid       `json:"localHead,omitempty"`
	Unflushed  uint64         `json:"unflushed"` // local nodes the chain does not have yet
	ChainNonce *big.Int       `json:"nonce"`
}

// Info describes a ring: its contract state and the local heads.
type Info struct {
	Ring
	Owner        common.Address `json:"owner"`
	Block        uint64         `json:"block"`
	Members      []MemberInfo   `json:"members"`
	EntryCount   uint64         `json:"entryCount"`
	RingNodeHead *cid.Cid       `json:"ringNodeHead,omitempty"`
	// Others are local logs of accounts that are no longer members.
	Others []ringlog.Head `json:"others,omitempty"`
	// Forks are the forks this node has caught in the ring's logs.
	Forks []ringlog.Fork `json:"forks,omitempty"`
}

// Info reads the ring's state from the chain (one call, one block) and
// joins the local heads.
func (s *Service) Info(ctx context.Context, ringName string) (*Info, error) {
	k, err := s.resolveReadable(ringName)
	if err != nil {
		return nil, err
	}
	st, err := s.chain.State(ctx, k.Ring)
	if err != nil {
		return nil, err
	}
	local, err := s.logs.Heads(ctx, k.Ring)
	if err != nil {
		return nil, err
	}
	byMember := map[common.Address]ringlog.Head{}
	for _, h := range local {
		byMember[h.Member] = h
	}
	names := s.avatarNames()
	info := &Info{
		Ring:       Ring{Name: k.Name, Address: k.Ring, Chain: k.Chain},
		Owner:      st.Owner,
		Block:      st.Block,
		EntryCount: st.EntryCount,
		Members:    []MemberInfo{},
	}
	if st.RingNodeHead != (common.Hash{}) {
		c := schemas.CIDFromDigest(st.RingNodeHead)
		info.RingNodeHead = &c
	}
	for _, m := range st.Members {
		mi := MemberInfo{Address: m.Member, Avatar: names[m.Member], ChainSeq: m.Seq, ChainNonce: m.Nonce}
		if m.Head != (common.Hash{}) {
			c := schemas.CIDFromDigest(m.Head)
			mi.ChainHead = &c
		}
		if h, ok := byMember[m.Member]; ok {
			c := h.CID
			mi.LocalSeq, mi.LocalHead = h.Seq, &c
			if h.Seq > m.Seq {
				mi.Unflushed = h.Seq - m.Seq
			}
			delete(byMember, m.Member)
		}
		info.Members = append(info.Members, mi)
	}
	for _, h := range byMember {
		info.Others = append(info.Others, h)
	}
	sort.Slice(info.Others, func(i, j int) bool { return info.Others[i].Member.Cmp(info.Others[j].Member) < 0 })
	if info.Forks, err = s.logs.Forks(ctx, k.Ring); err != nil {
		return nil, err
	}
	return info, nil
}

func (s *Service) avatarNames() map[common.Address]string {
	out := map[common.Address]string{}
	all, err := avatar.List(s.avatars)
	if err != nil {
		return out
	}
	for _, a := range all {
		out[a.Address] = a.Name
	}
	return out
}

// Avatars lists the keystore's secp256k1 keys with their addresses and
// PeerIDs.
func (s *Service) Avatars(ctx context.Context) ([]*avatar.Avatar, error) {
	return s.Local().AvatarList()
}

// Membership is the result of Enter and Exit.
type Membership struct {
	Ring   common.Address `json:"ring"`
	Member common.Address `json:"member"`
	Enter  bool           `json:"enter"`
	Tx     *chain.Receipt `json:"tx"`
}

// ChangeMembership adds (enter) or removes a member. The owner avatar
// signs the change; the node's relayer pays for it.
func (s *Service) ChangeMembership(ctx context.Context, ringName, memberName, ownerName string, enter bool) (*Membership, error) {
	k, err := s.resolveRing(ringName)
	if err != nil {
		return nil, err
	}
	member, err := s.resolveAccount(memberName)
	if err != nil {
		return nil, err
	}
	owner, err := avatar.Load(s.avatars, ownerName)
	if err != nil {
		return nil, err
	}
	st, err := s.chain.State(ctx, k.Ring)
	if err != nil {
		return nil, err
	}
	if st.Owner != owner.Address {
		verb := "exit"
		if enter {
			verb = "enter"
		}
		args := verb + " " + ringArg(k) + " " + s.accountArg(member)
		return nil, fmt.Errorf("%w: %s does not own %s; %s", ErrNotOwner, s.accountLabel(owner.Address), ringLabel(k),
			s.ownerStep(st.Owner, "change its members", args))
	}
	_, isMember := st.Member(member)
	switch {
	case enter && isMember:
		return nil, fmt.Errorf("%w: %s is already a member of %s", ErrMembership, s.accountLabel(member), ringLabel(k))
	case !enter && !isMember:
		return nil, fmt.Errorf("%w: %s has no member %s; `ipfs ring info %s` lists the members", ErrMembership, ringLabel(k), s.accountLabel(member), ringArg(k))
	}
	// The owner need not be a member, so its nonce is read on its own.
	nonce, err := s.chain.Nonce(ctx, k.Ring, owner.Address)
	if err != nil {
		return nil, err
	}
	m := schemas.Membership{
		Ring:     k.Ring,
		Member:   member,
		Enter:    enter,
		Nonce:    nonce,
		Deadline: s.deadline(ctx),
	}
	d := schemas.Domain{ChainID: k.Chain, Ring: k.Ring}
	digest, err := schemas.MembershipDigest(d, m)
	if err != nil {
		return nil, err
	}
	sig, err := schemas.Sign(digest, owner.PrivateKey())
	if err != nil {
		return nil, err
	}
	rcpt, err := s.chain.ChangeMembership(ctx, k.Ring, m, sig)
	if err != nil {
		return nil, err
	}
	return &Membership{Ring: k.Ring, Member: member, Enter: enter, Tx: rcpt}, nil
}

// AppendRequest is one message to append.
type AppendRequest struct {
	Ring    string // local name or 0x address
	Avatar  string // keystore name or 0x address
	App     string // application domain separator; default "ipfs-ring"
	Domain  string // message domain separator; default "ring"
	Type    string // message type; default "text"
	Payload []byte // stored as a string when valid UTF-8, bytes otherwise
}

// Appended is the result of Append.
type Appended struct {
	Ring   common.Address `json:"ring"`
	Author common.Address `json:"author"`
	Seq    uint64         `json:"seq"`
	CID    cid.Cid        `json:"cid"`
}

// Append seals the message with the ring's read key, signs it with the
// avatar and stores it as the next node of the avatar's log. The avatar
// must be a member according to the contract.
func (s *Service) Append(ctx context.Context, req AppendRequest) (*Appended, error) {
	msg := &schemas.Message{
		App:     orDefault(req.App, "ipfs-ring"),
		Domain:  orDefault(req.Domain, "ring"),
		Type:    orDefault(req.Type, "text"),
		Payload: payloadNode(req.Payload),
	}
	return s.appendMessage(ctx, req.Ring, req.Avatar, msg, len(req.Payload))
}

// AppendMessage is Append for a message built by the caller, such as a
// registry operation whose payload is a block as bytes (Append would store
// a payload that is valid UTF-8 as a string). It makes the same checks:
// the ring's read key is held, the avatar is a member, and the payload is
// within Limits.MaxBodySize.
func (s *Service) AppendMessage(ctx context.Context, ring, avatarName string, msg *schemas.Message) (*Appended, error) {
	out, err := s.AppendMessages(ctx, ring, avatarName, []*schemas.Message{msg})
	if err != nil {
		return nil, err
	}
	return out[0], nil
}

// AppendMessages appends msgs, in order, as the next nodes of the
// avatar's log, in one commit (one synced write, however many): a caller
// with many messages at once, such as a registry node taking many
// operations, pays for one durable write. The checks are AppendMessage's;
// one message that fails them appends nothing.
func (s *Service) AppendMessages(ctx context.Context, ring, avatarName string, msgs []*schemas.Message) ([]*Appended, error) {
	if len(msgs) == 0 {
		return nil, fmt.Errorf("%w: no messages to append", ErrBadArgument)
	}
	sizes := make([]int, len(msgs))
	for i, msg := range msgs {
		if msg == nil || msg.Payload == nil {
			return nil, fmt.Errorf("%w: a message needs a payload", ErrBadArgument)
		}
		switch msg.Payload.Kind() {
		case datamodel.Kind_Bytes:
			b, _ := msg.Payload.AsBytes()
			sizes[i] = len(b)
		case datamodel.Kind_String:
			t, _ := msg.Payload.AsString()
			sizes[i] = len(t)
		}
	}
	return s.appendMessages(ctx, ring, avatarName, msgs, sizes)
}

// appendMessage is Append's one message; size is the payload's length.
func (s *Service) appendMessage(ctx context.Context, ring, avatarName string, msg *schemas.Message, size int) (*Appended, error) {
	out, err := s.appendMessages(ctx, ring, avatarName, []*schemas.Message{msg}, []int{size})
	if err != nil {
		return nil, err
	}
	return out[0], nil
}

// appendMessages is Append and AppendMessages: sizes are the payloads'
// lengths, checked against the body limit before the membership call.
func (s *Service) appendMessages(ctx context.Context, ring, avatarName string, msgs []*schemas.Message, sizes []int) ([]*Appended, error) {
	k, err := s.resolveRing(ring)
	if err != nil {
		return nil, err
	}
	if !k.HasReadKey() {
		return nil, fmt.Errorf("%w: %s; import the ring's keys with `ipfs ring keys import`", ErrNoReadKey, k.Ring.Hex())
	}
	av, err := avatar.Load(s.avatars, avatarName)
	if err != nil {
		return nil, err
	}
	for _, size := range sizes {
		if size > s.opts.MaxBodySize {
			return nil, fmt.Errorf("%w: the message is %d bytes, the limit is %d bytes sealed", ringlog.ErrBodyTooLarge, size, s.opts.MaxBodySize)
		}
	}
	ok, err := s.isMember(ctx, k.Ring, av.Address)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, s.notMember(ctx, k, av.Address)
	}
	refs, err := s.refs(ctx, k.Ring, av.Address)
	if err != nil {
		return nil, err
	}
	now := s.opts.Now()
	entries := make([]ringlog.Entry, len(msgs))
	for i, msg := range msgs {
		entries[i] = ringlog.Entry{
			Ring:    k.Ring,
			Chain:   k.Chain,
			Author:  av.PrivateKey(),
			ReadKey: k.ReadKey[:],
			Message: msg,
			Refs:    refs,
			Time:    now,
			MaxBody: s.opts.MaxBodySize,
		}
	}
	heads, err := s.logs.CommitMany(ctx, nil, entries, nil)
	if err != nil {
		return nil, err
	}
	last := heads[len(heads)-1]
	s.announce(ctx, k.Ring, av.Address, last)
	out := make([]*Appended, len(heads))
	for i, h := range heads {
		out[i] = &Appended{Ring: k.Ring, Author: av.Address, Seq: h.Seq, CID: h.CID}
	}
	return out, nil
}

// refs are the local heads of the other members' logs, newest seq first,
// at most schemas.MaxRefs.
func (s *Service) refs(ctx context.Context, ring, author common.Address) ([]cid.Cid, error) {
	heads, err := s.logs.Heads(ctx, ring)
	if err != nil {
		return nil, err
	}
	refs := []cid.Cid{}
	for _, h := range heads {
		if h.Member != author && len(refs) < schemas.MaxRefs {
			refs = append(refs, h.CID)
		}
	}
	return refs, nil
}

func orDefault(v, d string) string {
	if v == "" {
		return d
	}
	return v
}

// payloadNode stores valid UTF-8 as a string, anything else as bytes.
func payloadNode(p []byte) datamodel.Node {
	if utf8.Valid(p) {
		return basicnode.NewString(string(p))
	}
	return basicnode.NewBytes(p)
}

// LogEntry is one node of a log, decrypted when the read key is held.
type LogEntry struct {
	Seq     uint64         `json:"seq"`
	CID     cid.Cid        `json:"cid"`
	Author  common.Address `json:"author"`
	Time    time.Time      `json:"time"`
	Refs    []cid.Cid      `json:"refs,omitempty"`
	App     string         `json:"app,omitempty"`
	Domain  string         `json:"domain,omitempty"`
	Type    string         `json:"type,omitempty"`
	Status  string         `json:"status,omitempty"`
	Text    *string        `json:"text,omitempty"`
	Bytes   []byte         `json:"bytes,omitempty"`
	Payload any            `json:"payload,omitempty"`
	Sealed  bool           `json:"sealed,omitempty"` // true when the body could not be opened here
}

// LogRequest selects part of a member's log.
type LogRequest struct {
	Ring   string
	Member string // keystore name or 0x address; default: every local log
	Since  uint64 // only nodes with seq > Since
	Limit  int    // at most this many nodes per log, newest first; 0 = all
}

// Log walks local logs newest first, verifies every node it returns and
// opens the bodies when this node holds the read key. A node that fails
// verification ends the walk with an error naming it. One member's log
// comes newest first; every member's (no Member) comes merged in the
// ring's timeline order (ringlog.OrderTimeline, oldest first), as
// GET /ring/{ring}/timeline gives it.
func (s *Service) Log(ctx context.Context, req LogRequest) ([]LogEntry, error) {
	k, err := s.resolveReadable(req.Ring)
	if err != nil {
		return nil, err
	}
	heads, err := s.selectHeads(ctx, k, req.Member)
	if err != nil {
		return nil, err
	}
	var nodes []ringlog.TimelineNode
	for _, h := range heads {
		n := 0
		want := h.Seq
		err := s.logs.Walk(ctx, h.CID, func(c cid.Cid, node *schemas.LogNode) error {
			if uint64(node.Seq) <= req.Since || (req.Limit > 0 && n >= req.Limit) {
				return ringlog.ErrStop
			}
			if err := ringlog.CheckNode(node, k.Ring, k.Chain, h.Member, want); err != nil {
				return fmt.Errorf("log of %s is invalid at seq %d (%s): %w; run `ipfs ring verify`", h.Member.Hex(), want, c, err)
			}
			want--
			n++
			nodes = append(nodes, ringlog.TimelineNode{CID: c, Node: node})
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	if req.Member == "" {
		nodes = ringlog.OrderTimeline(nodes)
	}
	out := make([]LogEntry, 0, len(nodes))
	for _, n := range nodes {
		out = append(out, s.entry(k, n.CID, n.Node))
	}
	return out, nil
}

func (s *Service) selectHeads(ctx context.Context, k ringkeys.Keys, member string) ([]ringlog.Head, error) {
	if member == "" {
		return s.logs.Heads(ctx, k.Ring)
	}
	m, err := s.resolveAccount(member)
	if err != nil {
		return nil, err
	}
	h, ok, err := s.logs.Head(ctx, k.Ring, m)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, s.noLog(ctx, k, m, false)
	}
	return []ringlog.Head{h}, nil
}

func (s *Service) entry(k ringkeys.Keys, c cid.Cid, n *schemas.LogNode) LogEntry {
	author := common.BytesToAddress(n.Author)
	e := LogEntry{Seq: uint64(n.Seq), CID: c, Author: author, Time: time.UnixMilli(n.Time).UTC(), Refs: n.Refs}
	pos := ringlog.Position{Ring: k.Ring, Chain: k.Chain, Author: author, Seq: uint64(n.Seq)}
	plain, err := ringlog.Open(k.ReadKey[:], pos, n.Body)
	if err != nil {
		e.Sealed = true
		return e
	}
	msg, err := schemas.DecodeMessage(plain)
	if err != nil {
		e.Sealed = true
		return e
	}
	e.App, e.Domain, e.Type = msg.App, msg.Domain, msg.Type
	if msg.Status != nil {
		e.Status = *msg.Status
	}
	switch msg.Payload.Kind() {
	case datamodel.Kind_String:
		t, _ := msg.Payload.AsString()
		e.Text = &t
	case datamodel.Kind_Bytes:
		e.Bytes, _ = msg.Payload.AsBytes()
	default:
		// Maps, lists, numbers...: as DAG-JSON, what any IPLD tool shows.
		var buf bytes.Buffer
		if err := dagjson.Encode(msg.Payload, &buf); err == nil {
			e.Payload = json.RawMessage(buf.Bytes())
		} else {
			e.Payload = fmt.Sprintf("(%s payload)", msg.Payload.Kind())
		}
	}
	return e
}

// HeadInfo is one member's head from one source.
type HeadInfo struct {
	Member common.Address `json:"member"`
	Source string         `json:"source"` // "local" or "chain"
	Seq    uint64         `json:"seq"`
	Head   *cid.Cid       `json:"head,omitempty"`
	Block  uint64         `json:"block,omitempty"` // chain source: the block read
	// Final (chain source) is whether the head has the configured number
	// of confirmations.
	Final bool `json:"final,omitempty"`
}

// Heads returns members' heads from the local store or the chain.
func (s *Service) Heads(ctx context.Context, ringName, member, source string) ([]HeadInfo, error) {
	k, err := s.resolveReadable(ringName)
	if err != nil {
		return nil, err
	}
	var want *common.Address
	if member != "" {
		m, err := s.resolveAccount(member)
		if err != nil {
			return nil, err
		}
		want = &m
	}
	out := []HeadInfo{}
	switch source {
	case "", "local":
		heads, err := s.logs.Heads(ctx, k.Ring)
		if err != nil {
			return nil, err
		}
		for _, h := range heads {
			if want != nil && h.Member != *want {
				continue
			}
			c := h.CID
			out = append(out, HeadInfo{Member: h.Member, Source: "local", Seq: h.Seq, Head: &c})
		}
		if want != nil && len(out) == 0 {
			return nil, s.noLog(ctx, k, *want, false)
		}
	case "chain":
		st, err := s.cachedState(ctx, k.Ring, false)
		if err != nil {
			return nil, err
		}
		final := st
		if s.opts.Heads != nil {
			if final, err = s.opts.Heads.Final(k.Ring); err != nil {
				return nil, err
			}
		}
		for _, m := range st.Members {
			if want != nil && m.Member != *want {
				continue
			}
			fm, _ := final.Member(m.Member)
			hi := HeadInfo{Member: m.Member, Source: "chain", Seq: m.Seq, Block: st.Block, Final: fm.Seq == m.Seq && fm.Head == m.Head}
			if m.Head != (common.Hash{}) {
				c := schemas.CIDFromDigest(m.Head)
				hi.Head = &c
			}
			out = append(out, hi)
		}
		if want != nil && len(out) == 0 {
			return nil, s.notMember(ctx, k, *want)
		}
	default:
		return nil, fmt.Errorf("%w: --source must be local or chain, not %q", ErrBadArgument, source)
	}
	return out, nil
}

// Flushed is the result of Flush.
type Flushed struct {
	Ring   common.Address `json:"ring"`
	Avatar common.Address `json:"avatar"`
	Seq    uint64         `json:"seq"`
	Head   cid.Cid        `json:"head"`
	Nonce  *big.Int       `json:"nonce"`
	Tx     *chain.Receipt `json:"tx"`
}

// Flush signs the avatar's local head as an EIP-712 Flush and relays it to
// the ring contract through the node's relayer account.
func (s *Service) Flush(ctx context.Context, ringName, avatarName string) (*Flushed, error) {
	k, err := s.resolveRing(ringName)
	if err != nil {
		return nil, err
	}
	av, err := avatar.Load(s.avatars, avatarName)
	if err != nil {
		return nil, err
	}
	h, ok, err := s.logs.Head(ctx, k.Ring, av.Address)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, s.noLog(ctx, k, av.Address, true)
	}
	st, err := s.cachedState(ctx, k.Ring, false)
	if err != nil {
		return nil, err
	}
	m, isMember := st.Member(av.Address)
	if !isMember {
		return nil, s.notMember(ctx, k, av.Address)
	}
	if m.Seq >= h.Seq {
		return nil, fmt.Errorf("%w: the chain holds seq %d and the local head is seq %d", ErrAlreadyFlushed, m.Seq, h.Seq)
	}
	digest, err := schemas.Digest(h.CID)
	if err != nil {
		return nil, err
	}
	f := schemas.Flush{
		Ring:     k.Ring,
		Avatar:   av.Address,
		Head:     digest,
		Seq:      h.Seq,
		Nonce:    m.Nonce,
		Deadline: s.deadline(ctx),
	}
	fd, err := schemas.FlushDigest(schemas.Domain{ChainID: k.Chain, Ring: k.Ring}, f)
	if err != nil {
		return nil, err
	}
	sig, err := schemas.Sign(fd, av.PrivateKey())
	if err != nil {
		return nil, err
	}
	rcpt, err := s.chain.Flush(ctx, k.Ring, f, sig)
	if err != nil {
		return nil, err
	}
	out := &Flushed{Ring: k.Ring, Avatar: av.Address, Seq: h.Seq, Head: h.CID, Nonce: m.Nonce, Tx: rcpt}
	if err := s.recordAnchored(ctx, out); err != nil {
		return nil, fmt.Errorf("the flush was mined (tx %s) but recording it failed: %w", rcpt.TxHash.Hex(), err)
	}
	return out, nil
}

// Verify checks whole local logs of a ring (one member's, or all).
func (s *Service) Verify(ctx context.Context, ringName, member string) ([]*ringlog.Report, error) {
	k, err := s.resolveReadable(ringName)
	if err != nil {
		return nil, err
	}
	heads, err := s.selectHeads(ctx, k, member)
	if err != nil {
		return nil, err
	}
	out := []*ringlog.Report{}
	for _, h := range heads {
		r, err := s.logs.Verify(ctx, k.Ring, k.Chain, h.Member, h.CID, h.Seq)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}

// ExportKeys returns a ring's keys in the export format.
func (s *Service) ExportKeys(ringName string) (ringkeys.Keys, error) {
	return s.resolveRing(ringName)
}

// ImportKeys stores keys exported by another member's node. name, when set,
// replaces the file's local name.
func (s *Service) ImportKeys(data []byte, name string) (*Ring, error) {
	k, err := ringkeys.Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadArgument, err)
	}
	if k.Chain != s.chain.ChainID() {
		return nil, fmt.Errorf("%w: the keys are for chain %d, this node is on chain %d", ErrBadArgument, k.Chain, s.chain.ChainID())
	}
	if name != "" {
		k.Name = name
	}
	if k.Name != "" {
		if !nameRE.MatchString(k.Name) {
			return nil, fmt.Errorf("%w: ring name %q", ErrBadArgument, k.Name)
		}
		if other, err := s.resolveRing(k.Name); err == nil && other.Ring != k.Ring {
			return nil, fmt.Errorf("%w: the name %q is taken by ring %s here; pass --name", ErrBadArgument, k.Name, other.Ring.Hex())
		}
	}
	if err := s.keys.Put(k); err != nil {
		return nil, err
	}
	return &Ring{Name: k.Name, Address: k.Ring, Chain: k.Chain}, nil
}

// deadline is the deadline of a request this node signs: FlushDeadline
// after the later of this machine's clock and the chain's latest block,
// since the contract checks it against the block's time. If the chain
// cannot be read, this machine's clock.
func (s *Service) deadline(ctx context.Context) *big.Int {
	now := s.opts.Now()
	if head, err := s.chain.HeadTime(ctx); err == nil && head.After(now) {
		now = head
	}
	return big.NewInt(now.Add(s.opts.FlushDeadline).Unix())
}
