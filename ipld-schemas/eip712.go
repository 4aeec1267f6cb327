package schemas

import (
	"math/big"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// EIP-712 domain of every Rings signature (DESIGN §5).
const (
	DomainName    = "Rings"
	DomainVersion = "1"
)

// EIP-712 type strings, exactly as their type hashes are computed, here and
// in the contracts.
const (
	EIP712DomainType = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
	FlushType        = "Flush(address ring,address avatar,bytes32 head,uint64 seq,uint256 nonce,uint256 deadline)"
	LogNodeType      = "LogNode(address ring,address author,uint64 seq,bytes32 prev,bytes32 refs,bytes32 body,uint64 time)"
	RingEntryType    = "RingEntry(address ring,uint64 index,bytes32 entry,bytes32 prev)"
	OutputsType      = "Outputs(address ring,uint256 nonce,bytes32 outputsHash)"
	MembershipType   = "Membership(address ring,address member,bool enter,uint256 nonce,uint256 deadline)"
)

var (
	domainTypeHash     = keccak([]byte(EIP712DomainType))
	flushTypeHash      = keccak([]byte(FlushType))
	logNodeTypeHash    = keccak([]byte(LogNodeType))
	ringEntryTypeHash  = keccak([]byte(RingEntryType))
	outputsTypeHash    = keccak([]byte(OutputsType))
	membershipTypeHash = keccak([]byte(MembershipType))
	nameHash           = keccak([]byte(DomainName))
	versionHash        = keccak([]byte(DomainVersion))
)

// Domain is the EIP-712 domain of one ring: {name: "Rings", version: "1",
// chainId: ChainID, verifyingContract: Ring}. It is comparable, so it can key
// a cache of Separator values.
type Domain struct {
	ChainID uint64
	Ring    common.Address
}

// Separator returns the EIP-712 domain separator hashStruct(domain).
func (d Domain) Separator() [32]byte {
	if c := lastSeparator.Load(); c != nil && c.domain == d {
		return c.sep
	}
	h := getHasher()
	w := h.words(5)
	w[0] = domainTypeHash
	w[1] = nameHash
	w[2] = versionHash
	putUint64(&w[3], d.ChainID)
	putAddress(&w[4], d.Ring)
	sep := h.sum(5)
	putHasher(h)
	lastSeparator.Store(&separatorEntry{domain: d, sep: sep})
	return sep
}

// lastSeparator caches the most recent Separator: verifiers check runs of
// nodes of one ring.
var lastSeparator atomic.Pointer[separatorEntry]

type separatorEntry struct {
	domain Domain
	sep    [32]byte
}

// TypedDataDomain returns d as the domain of an eth_signTypedData_v4 request.
func (d Domain) TypedDataDomain() apitypes.TypedDataDomain {
	return apitypes.TypedDataDomain{
		Name:              DomainName,
		Version:           DomainVersion,
		ChainId:           (*math.HexOrDecimal256)(new(big.Int).SetUint64(d.ChainID)),
		VerifyingContract: d.Ring.Hex(),
	}
}

// LogNodeDomain returns the domain a LogNode is signed in: its own Chain and
// Ring. n.Chain must be > 0 and n.Ring 20 bytes.
func LogNodeDomain(n *LogNode) (Domain, error) {
	if n == nil {
		return Domain{}, invalid("LogNode", "", "nil")
	}
	if n.Chain <= 0 {
		return Domain{}, invalid("LogNode", "chain", "%d, want > 0", n.Chain)
	}
	if len(n.Ring) != AddressSize {
		return Domain{}, invalid("LogNode", "ring", "%d bytes, want %d", len(n.Ring), AddressSize)
	}
	return Domain{ChainID: uint64(n.Chain), Ring: common.Address(n.Ring)}, nil
}

// LogNodeDigest returns the EIP-712 digest that n's author signs:
// LogNode(address ring,address author,uint64 seq,bytes32 prev,bytes32 refs,
// bytes32 body,uint64 time) in the domain of n.Chain and n.Ring, where prev
// is the digest of n.Prev (zero for seq 1), refs is keccak256 of the ref
// digests concatenated in node order, and body is keccak256(n.Body). It
// checks every rule of n.Validate but the signature's, so an unsigned node
// has a digest; n.Sig is ignored.
func LogNodeDigest(n *LogNode) ([32]byte, error) {
	if err := n.validateUnsigned(); err != nil {
		return [32]byte{}, err
	}
	return logNodeDigest(n), nil
}

// LogNodeClaim is the signed content of a LogNode as the contract sees it
// (RingLogs.LogNodeClaim, for reportFork): the LogNode struct of the
// EIP-712 digest without the ring, which is the contract itself.
type LogNodeClaim struct {
	Author common.Address
	Seq    uint64
	Prev   [32]byte // digest of the prev CID; zero for seq 1
	Refs   [32]byte // keccak256 of the ref digests concatenated
	Body   [32]byte // keccak256 of the body
	Time   uint64
}

// ClaimOf returns the claim n's signature covers. It fails as
// LogNodeDigest does.
func ClaimOf(n *LogNode) (LogNodeClaim, error) {
	if err := n.validateUnsigned(); err != nil {
		return LogNodeClaim{}, err
	}
	h := getHasher()
	defer putHasher(h)
	return claimOf(h, n), nil
}

func claimOf(h *hasher, n *LogNode) LogNodeClaim {
	c := LogNodeClaim{Author: common.Address(n.Author), Seq: uint64(n.Seq), Time: uint64(n.Time)}
	c.Body = h.hash(n.Body)
	// refs: keccak256(digest_0 || digest_1 || ...), batched through h.buf.
	h.st.Reset()
	for i := 0; i < len(n.Refs); {
		m := 0
		for ; i < len(n.Refs) && m+32 <= len(h.buf); i++ {
			m += copy(h.buf[m:], n.Refs[i].KeyString()[len(linkHeader):])
		}
		h.st.Write(h.buf[:m])
	}
	h.st.Read(h.out[:])
	c.Refs = h.out
	if n.Prev != nil {
		c.Prev = linkDigest(*n.Prev)
	}
	return c
}

// logNodeDigest is LogNodeDigest for a node that passed validateUnsigned.
func logNodeDigest(n *LogNode) [32]byte {
	sep := Domain{ChainID: uint64(n.Chain), Ring: common.Address(n.Ring)}.Separator()
	h := getHasher()
	c := claimOf(h, n)
	w := h.words(8)
	w[0] = logNodeTypeHash
	putAddress(&w[1], common.Address(n.Ring))
	putAddress(&w[2], c.Author)
	putUint64(&w[3], c.Seq)
	w[4] = c.Prev
	w[5] = c.Refs
	w[6] = c.Body
	putUint64(&w[7], c.Time)
	structHash := h.sum(8)

	d := h.typedDataHash(sep, structHash)
	putHasher(h)
	return d
}

// Flush is a member's signed request to set its log head on chain (the
// seed's mtx): Flush(address ring,address avatar,bytes32 head,uint64 seq,
// uint256 nonce,uint256 deadline).
type Flush struct {
	Ring     common.Address
	Avatar   common.Address
	Head     [32]byte // digest of the head LogNode's CID
	Seq      uint64   // seq of the head LogNode
	Nonce    *big.Int // uint256
	Deadline *big.Int // uint256, unix seconds
}

// FlushDigest returns the EIP-712 digest of f in domain d. f.Ring should be
// d.Ring: the contract checks both against its own address. It fails with
// ErrInvalid if Nonce or Deadline is nil or not a uint256.
func FlushDigest(d Domain, f Flush) ([32]byte, error) {
	var nonce, deadline [32]byte
	if err := putUint256(&nonce, f.Nonce, "Flush", "nonce"); err != nil {
		return [32]byte{}, err
	}
	if err := putUint256(&deadline, f.Deadline, "Flush", "deadline"); err != nil {
		return [32]byte{}, err
	}
	sep := d.Separator()
	h := getHasher()
	w := h.words(7)
	w[0] = flushTypeHash
	putAddress(&w[1], f.Ring)
	putAddress(&w[2], f.Avatar)
	w[3] = f.Head
	putUint64(&w[4], f.Seq)
	w[5] = nonce
	w[6] = deadline
	digest := h.typedDataHash(sep, h.sum(7))
	putHasher(h)
	return digest, nil
}

// RingEntryDigest returns the EIP-712 digest of a member's vote for a ring
// entry in domain d: RingEntry(address ring,uint64 index,bytes32 entry,
// bytes32 prev) with ring = d.Ring, entry the Digest of the RingEntry block's
// CID and prev the previous entry's (zero for index 0).
func RingEntryDigest(d Domain, index uint64, entry, prev [32]byte) [32]byte {
	sep := d.Separator()
	h := getHasher()
	w := h.words(5)
	w[0] = ringEntryTypeHash
	putAddress(&w[1], d.Ring)
	putUint64(&w[2], index)
	w[3] = entry
	w[4] = prev
	digest := h.typedDataHash(sep, h.sum(5))
	putHasher(h)
	return digest
}

// OutputsHash returns keccak256 of the concatenation, over outs in order, of
// each output's Pin as a 32-byte big-endian uint256 and its Data's Digest.
// It fails with ErrInvalid on a negative Pin or a Data without LinkPrefix.
func OutputsHash(outs []Output) ([32]byte, error) {
	for i, o := range outs {
		if err := o.validate(); err != nil {
			return [32]byte{}, invalid("Outputs", "outputs["+strconv.Itoa(i)+"]."+err.field, "%s", err.reason)
		}
	}
	h := getHasher()
	h.st.Reset()
	for i := 0; i < len(outs); {
		m := 0
		for ; i < len(outs) && m+64 <= len(h.buf); i++ {
			var pin [32]byte
			putUint64(&pin, uint64(outs[i].Pin))
			m += copy(h.buf[m:], pin[:])
			m += copy(h.buf[m:], outs[i].Data.KeyString()[len(linkHeader):])
		}
		h.st.Write(h.buf[:m])
	}
	h.st.Read(h.out[:])
	sum := h.out
	putHasher(h)
	return sum, nil
}

// OutputsDigest returns the EIP-712 digest of a vote to register outs in
// domain d: Outputs(address ring,uint256 nonce,bytes32 outputsHash) with ring
// = d.Ring and outputsHash = OutputsHash(outs). It fails with ErrInvalid if
// nonce is nil or not a uint256, or as OutputsHash does.
func OutputsDigest(d Domain, nonce *big.Int, outs []Output) ([32]byte, error) {
	var n [32]byte
	if err := putUint256(&n, nonce, "Outputs", "nonce"); err != nil {
		return [32]byte{}, err
	}
	oh, err := OutputsHash(outs)
	if err != nil {
		return [32]byte{}, err
	}
	sep := d.Separator()
	h := getHasher()
	w := h.words(4)
	w[0] = outputsTypeHash
	putAddress(&w[1], d.Ring)
	w[2] = n
	w[3] = oh
	digest := h.typedDataHash(sep, h.sum(4))
	putHasher(h)
	return digest, nil
}

// Membership is the owner's signed request to add (Enter) or remove a
// member: Membership(address ring,address member,bool enter,uint256 nonce,
// uint256 deadline).
type Membership struct {
	Ring     common.Address
	Member   common.Address
	Enter    bool     // true to enter, false to exit
	Nonce    *big.Int // uint256
	Deadline *big.Int // uint256, unix seconds
}

// MembershipDigest returns the EIP-712 digest of m in domain d. m.Ring
// should be d.Ring. It fails with ErrInvalid if Nonce or Deadline is nil or
// not a uint256.
func MembershipDigest(d Domain, m Membership) ([32]byte, error) {
	var nonce, deadline [32]byte
	if err := putUint256(&nonce, m.Nonce, "Membership", "nonce"); err != nil {
		return [32]byte{}, err
	}
	if err := putUint256(&deadline, m.Deadline, "Membership", "deadline"); err != nil {
		return [32]byte{}, err
	}
	sep := d.Separator()
	h := getHasher()
	w := h.words(6)
	w[0] = membershipTypeHash
	putAddress(&w[1], m.Ring)
	putAddress(&w[2], m.Member)
	w[3] = [32]byte{}
	if m.Enter {
		w[3][31] = 1
	}
	w[4] = nonce
	w[5] = deadline
	digest := h.typedDataHash(sep, h.sum(6))
	putHasher(h)
	return digest, nil
}

// TypedData builders: the exact requests a wallet signs with
// eth_signTypedData_v4 (marshal them as JSON); apitypes.TypedDataAndHash of
// each equals the matching digest function's result.

// LogNodeTypedData returns n's LogNodeDigest request as typed data.
func LogNodeTypedData(n *LogNode) (apitypes.TypedData, error) {
	if err := n.validateUnsigned(); err != nil {
		return apitypes.TypedData{}, err
	}
	d, _ := LogNodeDomain(n)
	var prev [32]byte
	if n.Prev != nil {
		prev = linkDigest(*n.Prev)
	}
	refs := make([]byte, 0, 32*len(n.Refs))
	for _, r := range n.Refs {
		refs = append(refs, r.KeyString()[len(linkHeader):]...)
	}
	refsHash, bodyHash := keccak(refs), keccak(n.Body)
	return typedData(d, "LogNode", LogNodeType, apitypes.TypedDataMessage{
		"ring":   d.Ring.Hex(),
		"author": common.Address(n.Author).Hex(),
		"seq":    uintString(uint64(n.Seq)),
		"prev":   hexutil.Encode(prev[:]),
		"refs":   hexutil.Encode(refsHash[:]),
		"body":   hexutil.Encode(bodyHash[:]),
		"time":   uintString(uint64(n.Time)),
	}), nil
}

// FlushTypedData returns f's FlushDigest request as typed data.
func FlushTypedData(d Domain, f Flush) (apitypes.TypedData, error) {
	var nonce, deadline [32]byte
	if err := putUint256(&nonce, f.Nonce, "Flush", "nonce"); err != nil {
		return apitypes.TypedData{}, err
	}
	if err := putUint256(&deadline, f.Deadline, "Flush", "deadline"); err != nil {
		return apitypes.TypedData{}, err
	}
	return typedData(d, "Flush", FlushType, apitypes.TypedDataMessage{
		"ring":     f.Ring.Hex(),
		"avatar":   f.Avatar.Hex(),
		"head":     hexutil.Encode(f.Head[:]),
		"seq":      uintString(f.Seq),
		"nonce":    f.Nonce.String(),
		"deadline": f.Deadline.String(),
	}), nil
}

// RingEntryTypedData returns RingEntryDigest's request as typed data.
func RingEntryTypedData(d Domain, index uint64, entry, prev [32]byte) apitypes.TypedData {
	return typedData(d, "RingEntry", RingEntryType, apitypes.TypedDataMessage{
		"ring":  d.Ring.Hex(),
		"index": uintString(index),
		"entry": hexutil.Encode(entry[:]),
		"prev":  hexutil.Encode(prev[:]),
	})
}

// OutputsTypedData returns OutputsDigest's request as typed data.
func OutputsTypedData(d Domain, nonce *big.Int, outs []Output) (apitypes.TypedData, error) {
	var n [32]byte
	if err := putUint256(&n, nonce, "Outputs", "nonce"); err != nil {
		return apitypes.TypedData{}, err
	}
	oh, err := OutputsHash(outs)
	if err != nil {
		return apitypes.TypedData{}, err
	}
	return typedData(d, "Outputs", OutputsType, apitypes.TypedDataMessage{
		"ring":        d.Ring.Hex(),
		"nonce":       nonce.String(),
		"outputsHash": hexutil.Encode(oh[:]),
	}), nil
}

// MembershipTypedData returns m's MembershipDigest request as typed data.
func MembershipTypedData(d Domain, m Membership) (apitypes.TypedData, error) {
	var nonce, deadline [32]byte
	if err := putUint256(&nonce, m.Nonce, "Membership", "nonce"); err != nil {
		return apitypes.TypedData{}, err
	}
	if err := putUint256(&deadline, m.Deadline, "Membership", "deadline"); err != nil {
		return apitypes.TypedData{}, err
	}
	return typedData(d, "Membership", MembershipType, apitypes.TypedDataMessage{
		"ring":     m.Ring.Hex(),
		"member":   m.Member.Hex(),
		"enter":    m.Enter,
		"nonce":    m.Nonce.String(),
		"deadline": m.Deadline.String(),
	}), nil
}

var domainFields = mustTypeFields(EIP712DomainType)

func typedData(d Domain, primary, typeString string, msg apitypes.TypedDataMessage) apitypes.TypedData {
	return typedDataIn(domainFields, d.TypedDataDomain(), primary, typeString, msg)
}

// typedDataIn is typedData in any domain: domainFields are the fields of
// its EIP712Domain type, domain their values.
func typedDataIn(domainFields []apitypes.Type, domain apitypes.TypedDataDomain, primary, typeString string, msg apitypes.TypedDataMessage) apitypes.TypedData {
	return apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": domainFields,
			primary:        mustTypeFields(typeString),
		},
		PrimaryType: primary,
		Domain:      domain,
		Message:     msg,
	}
}

// mustTypeFields parses "Name(type1 name1,type2 name2)" into its fields.
func mustTypeFields(s string) []apitypes.Type {
	open := -1
	for i := 0; i < len(s); i++ {
		if s[i] == '(' {
			open = i
			break
		}
	}
	if open < 0 || s[len(s)-1] != ')' {
		panic("schemas: bad EIP-712 type string " + s)
	}
	var fields []apitypes.Type
	start := open + 1
	for i := start; i < len(s); i++ {
		if s[i] != ',' && s[i] != ')' {
			continue
		}
		part := s[start:i]
		sp := -1
		for j := 0; j < len(part); j++ {
			if part[j] == ' ' {
				sp = j
			}
		}
		if sp <= 0 || sp == len(part)-1 {
			panic("schemas: bad EIP-712 type string " + s)
		}
		fields = append(fields, apitypes.Type{Name: part[sp+1:], Type: part[:sp]})
		start = i + 1
	}
	return fields
}

// hasher is a pooled keccak state with a scratch buffer, so that hashing
// does not allocate.
type hasher struct {
	st  crypto.KeccakState
	w   [8][32]byte // words of the struct being hashed
	buf [256]byte
	out [32]byte // Read target: a local array would escape through the interface
	sig [SignatureSize]byte
	dig [32]byte
	// elems holds the element hashes of an EIP-712 array (hashArray).
	elems [maxArrayLen][32]byte
}

var hasherPool = sync.Pool{New: func() any { return &hasher{st: crypto.NewKeccakState()} }}

func getHasher() *hasher  { return hasherPool.Get().(*hasher) }
func putHasher(h *hasher) { hasherPool.Put(h) }

// words returns the first n words of h.w, to fill before calling sum(n).
func (h *hasher) words(n int) [][32]byte {
	return h.w[:n:n]
}

// sum returns keccak256 of the first n words of h.w.
func (h *hasher) sum(n int) [32]byte {
	h.st.Reset()
	for i := range n {
		h.st.Write(h.w[i][:])
	}
	h.st.Read(h.out[:])
	return h.out
}

func (h *hasher) hash(b []byte) [32]byte {
	h.st.Reset()
	h.st.Write(b)
	h.st.Read(h.out[:])
	return h.out
}

// hashString returns keccak256 of s, copied through h.buf so that it does
// not allocate.
func (h *hasher) hashString(s string) [32]byte {
	h.st.Reset()
	for len(s) > 0 {
		n := copy(h.buf[:], s)
		h.st.Write(h.buf[:n])
		s = s[n:]
	}
	h.st.Read(h.out[:])
	return h.out
}

// hashArray returns the EIP-712 encoding of an array of n <= maxArrayLen
// dynamic values (bytes or string): keccak256 of the concatenated
// keccak256 of each, where elem(i) is the hash of element i (h.hash or
// h.hashString). An empty array hashes to keccak256("").
func (h *hasher) hashArray(n int, elem func(i int) [32]byte) [32]byte {
	for i := range n {
		h.elems[i] = elem(i)
	}
	h.st.Reset()
	for i := range n {
		h.st.Write(h.elems[i][:])
	}
	h.st.Read(h.out[:])
	return h.out
}

// typedDataHash returns keccak256(0x19 0x01 || separator || structHash).
func (h *hasher) typedDataHash(sep, structHash [32]byte) [32]byte {
	h.buf[0], h.buf[1] = 0x19, 0x01
	copy(h.buf[2:34], sep[:])
	copy(h.buf[34:66], structHash[:])
	return h.hash(h.buf[:66])
}

func keccak(b []byte) [32]byte {
	h := getHasher()
	out := h.hash(b)
	putHasher(h)
	return out
}

func putUint64(w *[32]byte, v uint64) {
	*w = [32]byte{}
	for i := 0; i < 8; i++ {
		w[31-i] = byte(v >> (8 * i))
	}
}

func putAddress(w *[32]byte, a common.Address) {
	*w = [32]byte{}
	copy(w[12:], a[:])
}

func putUint256(w *[32]byte, v *big.Int, typ, field string) error {
	switch {
	case v == nil:
		return invalid(typ, field, "missing")
	case v.Sign() < 0:
		return invalid(typ, field, "%s is negative, want a uint256", v)
	case v.BitLen() > 256:
		return invalid(typ, field, "%d bits, want a uint256", v.BitLen())
	}
	v.FillBytes(w[:])
	return nil
}

func uintString(v uint64) string { return strconv.FormatUint(v, 10) }
