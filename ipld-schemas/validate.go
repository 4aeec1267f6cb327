package schemas

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"github.com/ipfs/go-cid"
)

// Validate checks the semantic rules of a signed LogNode: Ring and Author are
// 20 bytes; Chain > 0; Seq >= 1; Prev is nil iff Seq == 1; Prev and every
// ref have LinkPrefix; at most MaxRefs refs, no two equal; Body at most
// MaxBodySize; Time >= 0; Sig is 65 bytes. It does not check the signature
// itself (see VerifyLogNode). Errors are *InvalidError.
func (n *LogNode) Validate() error {
	if err := n.validateUnsigned(); err != nil {
		return err
	}
	if len(n.Sig) != SignatureSize {
		return invalid("LogNode", "sig", "%d bytes, want %d", len(n.Sig), SignatureSize)
	}
	return nil
}

// validateUnsigned checks every rule of Validate but the signature's.
func (n *LogNode) validateUnsigned() error {
	const typ = "LogNode"
	if n == nil {
		return invalid(typ, "", "nil")
	}
	if len(n.Ring) != AddressSize {
		return invalid(typ, "ring", "%d bytes, want %d", len(n.Ring), AddressSize)
	}
	if n.Chain <= 0 {
		return invalid(typ, "chain", "%d, want > 0", n.Chain)
	}
	if len(n.Author) != AddressSize {
		return invalid(typ, "author", "%d bytes, want %d", len(n.Author), AddressSize)
	}
	if n.Seq < 1 {
		return invalid(typ, "seq", "%d, want >= 1", n.Seq)
	}
	if err := checkPrev(typ, n.Prev, n.Seq == 1, "seq is 1"); err != nil {
		return err
	}
	if len(n.Refs) > MaxRefs {
		return invalid(typ, "refs", "%d refs, want at most %d", len(n.Refs), MaxRefs)
	}
	for i, r := range n.Refs {
		if err := checkLink(r); err != nil {
			return invalid(typ, fmt.Sprintf("refs[%d]", i), "%v", err)
		}
	}
	if i, j, ok := duplicateLink(n.Refs); ok {
		return invalid(typ, fmt.Sprintf("refs[%d]", j), "duplicate of refs[%d]", i)
	}
	if len(n.Body) > MaxBodySize {
		return invalid(typ, "body", "%d bytes, want at most %d", len(n.Body), MaxBodySize)
	}
	if n.Time < 0 {
		return invalid(typ, "time", "%d, want >= 0", n.Time)
	}
	if n.Session != nil {
		return n.Session.validateSigned(typ, n.Author)
	}
	return nil
}

// checkPrev checks a nullable prev link: nil iff first, else a LinkPrefix CID.
func checkPrev(typ string, prev *cid.Cid, first bool, firstRule string) error {
	if first {
		if prev != nil {
			return invalid(typ, "prev", "set, want null when %s", firstRule)
		}
		return nil
	}
	if prev == nil {
		return invalid(typ, "prev", "null, want a link unless %s", firstRule)
	}
	if err := checkLink(*prev); err != nil {
		return invalid(typ, "prev", "%v", err)
	}
	return nil
}

// duplicateLink reports the first pair of equal CIDs in cs, for cs of at most
// MaxRefs LinkPrefix CIDs. It compares 8 digest bytes at a time first, so 64
// refs cost about a microsecond, and it does not allocate.
func duplicateLink(cs []cid.Cid) (i, j int, ok bool) {
	if len(cs) > MaxRefs {
		return 0, 0, false // rejected by the caller before this
	}
	var words [MaxRefs]uint64
	for k, c := range cs {
		words[k] = be64str(c.KeyString()[len(linkHeader):])
	}
	for j = 1; j < len(cs); j++ {
		for i = 0; i < j; i++ {
			if words[i] == words[j] && cs[i].KeyString() == cs[j].KeyString() {
				return i, j, true
			}
		}
	}
	return 0, 0, false
}

func be64str(s string) uint64 {
	_ = s[7]
	return uint64(s[0])<<56 | uint64(s[1])<<48 | uint64(s[2])<<40 | uint64(s[3])<<32 |
		uint64(s[4])<<24 | uint64(s[5])<<16 | uint64(s[6])<<8 | uint64(s[7])
}

// Validate checks the semantic rules of a Message: App, Domain and Type are
// non-empty UTF-8 of at most MaxStringSize bytes; Status, if set, too; and
// Payload is set (datamodel.Null is a value). Errors are *InvalidError.
func (m *Message) Validate() error {
	const typ = "Message"
	if m == nil {
		return invalid(typ, "", "nil")
	}
	for _, f := range [...]struct {
		name, v string
	}{{"app", m.App}, {"domain", m.Domain}, {"type", m.Type}} {
		if err := checkString(typ, f.name, f.v); err != nil {
			return err
		}
	}
	if m.Status != nil {
		if err := checkString(typ, "status", *m.Status); err != nil {
			return err
		}
	}
	if m.Payload == nil || m.Payload.IsAbsent() {
		return invalid(typ, "payload", "missing")
	}
	return nil
}

func checkString(typ, field, s string) error {
	return checkStringMax(typ, field, s, MaxStringSize)
}

// checkStringMax checks that s is non-empty UTF-8 of at most max bytes.
func checkStringMax(typ, field, s string, max int) error {
	switch {
	case s == "":
		return invalid(typ, field, "empty")
	case len(s) > max:
		return invalid(typ, field, "%d bytes, want at most %d", len(s), max)
	case !utf8.ValidString(s):
		return invalid(typ, field, "not UTF-8")
	}
	return nil
}

// Validate checks the semantic rules of a RingEntry: Ring is 20 bytes;
// Chain > 0; Index >= 0; Prev is nil iff Index == 0, else a LinkPrefix CID;
// at most MaxHeads heads, strictly ascending by Member, each with a 20-byte
// Member, Seq >= 1 and a LinkPrefix Head; at most MaxOutputs outputs,
// strictly ascending by Pin, each with Pin >= 0 and a LinkPrefix Data;
// Time >= 0. Errors are *InvalidError.
func (e *RingEntry) Validate() error {
	const typ = "RingEntry"
	if e == nil {
		return invalid(typ, "", "nil")
	}
	if len(e.Ring) != AddressSize {
		return invalid(typ, "ring", "%d bytes, want %d", len(e.Ring), AddressSize)
	}
	if e.Chain <= 0 {
		return invalid(typ, "chain", "%d, want > 0", e.Chain)
	}
	if e.Index < 0 {
		return invalid(typ, "index", "%d, want >= 0", e.Index)
	}
	if err := checkPrev(typ, e.Prev, e.Index == 0, "index is 0"); err != nil {
		return err
	}
	if len(e.Heads) > MaxHeads {
		return invalid(typ, "heads", "%d heads, want at most %d", len(e.Heads), MaxHeads)
	}
	for i, h := range e.Heads {
		if len(h.Member) != AddressSize {
			return invalid(typ, fmt.Sprintf("heads[%d].member", i), "%d bytes, want %d", len(h.Member), AddressSize)
		}
		if i > 0 && bytes.Compare(e.Heads[i-1].Member, h.Member) >= 0 {
			return invalid(typ, fmt.Sprintf("heads[%d].member", i), "not above heads[%d].member: heads must be strictly ascending by member", i-1)
		}
		if h.Seq < 1 {
			return invalid(typ, fmt.Sprintf("heads[%d].seq", i), "%d, want >= 1", h.Seq)
		}
		if err := checkLink(h.Head); err != nil {
			return invalid(typ, fmt.Sprintf("heads[%d].head", i), "%v", err)
		}
	}
	if len(e.Outputs) > MaxOutputs {
		return invalid(typ, "outputs", "%d outputs, want at most %d", len(e.Outputs), MaxOutputs)
	}
	for i, o := range e.Outputs {
		if err := o.validate(); err != nil {
			return invalid(typ, fmt.Sprintf("outputs[%d].%s", i, err.field), "%s", err.reason)
		}
		if i > 0 && e.Outputs[i-1].Pin >= o.Pin {
			return invalid(typ, fmt.Sprintf("outputs[%d].pin", i), "not above outputs[%d].pin: outputs must be strictly ascending by pin", i-1)
		}
	}
	if e.Time < 0 {
		return invalid(typ, "time", "%d, want >= 0", e.Time)
	}
	return nil
}

type fieldErr struct{ field, reason string }

func (o Output) validate() *fieldErr {
	if o.Pin < 0 {
		return &fieldErr{"pin", fmt.Sprintf("%d, want >= 0", o.Pin)}
	}
	if err := checkLink(o.Data); err != nil {
		return &fieldErr{"data", err.Error()}
	}
	return nil
}

// Validate checks the semantic rules of a ForkProof: Ring and Author are 20
// bytes; Chain > 0; Seq >= 1; A and B are different LinkPrefix CIDs. Errors
// are *InvalidError.
func (p *ForkProof) Validate() error {
	const typ = "ForkProof"
	if p == nil {
		return invalid(typ, "", "nil")
	}
	if len(p.Ring) != AddressSize {
		return invalid(typ, "ring", "%d bytes, want %d", len(p.Ring), AddressSize)
	}
	if p.Chain <= 0 {
		return invalid(typ, "chain", "%d, want > 0", p.Chain)
	}
	if len(p.Author) != AddressSize {
		return invalid(typ, "author", "%d bytes, want %d", len(p.Author), AddressSize)
	}
	if p.Seq < 1 {
		return invalid(typ, "seq", "%d, want >= 1", p.Seq)
	}
	if err := checkLink(p.A); err != nil {
		return invalid(typ, "a", "%v", err)
	}
	if err := checkLink(p.B); err != nil {
		return invalid(typ, "b", "%v", err)
	}
	if p.A == p.B {
		return invalid(typ, "b", "equals a")
	}
	return nil
}
