package schemas

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"unicode/utf8"

	"github.com/ipfs/go-cid"
)

// Errors of scanDagCBOR, each wrapped in ErrMalformed or ErrNonCanonical.
var (
	errTruncated  = errors.New("unexpected end of input")
	errIntRange   = errors.New("integer outside the int64 range")
	errReserved   = errors.New("reserved additional information value")
	errBreak      = errors.New("unexpected break")
	errMapKey     = errors.New("map key is not a text string")
	errDupKey     = errors.New("duplicate map key")
	errOddMap     = errors.New("indefinite map ends after a key")
	errTag        = errors.New("tag other than 42 (CID)")
	errTagContent = errors.New("tag 42 does not hold a byte string starting with 0x00")
	errSimple     = errors.New("simple value other than false, true or null")
	errFloat      = errors.New("NaN or infinite float")
	errUTF8       = errors.New("text string is not UTF-8")
	errChunk      = errors.New("indefinite string chunk of another type")
	errTooDeep    = errors.New("lists and maps nested too deep")
	errTooMany    = errors.New("collection longer than the input")
	errIndefinite = errors.New("indefinite length")
	errNonMinimal = errors.New("integer or length not in its shortest form")
	errShortFloat = errors.New("float not in 64-bit form")
	errKeyOrder   = errors.New("map keys not in length-first bytewise order")
	errTrailing   = errors.New("bytes after the end of the data item")
	errCIDChunks  = errors.New("tag 42 holds an indefinite-length byte string")
	errCID        = errors.New("tag 42 holds no valid CID")
)

// scanFrame is one open list or map.
type scanFrame struct {
	total   uint64 // items (keys and values for a map) of a definite collection
	n       uint64 // items started so far
	indef   bool   // indefinite length: ends with a break
	isMap   bool
	hasPrev bool // prevOff and prevLen locate the previous key of this map
	prevOff int
	prevLen int
}

// scanDagCBOR checks that b is exactly one well-formed dag-cbor data item,
// nested at most maxDepth deep. It returns an error wrapping ErrMalformed if
// b is not well-formed dag-cbor (truncated, reserved or unsupported
// encodings, tags other than 42, invalid CIDs, bad UTF-8, duplicate or
// non-string map keys, NaN or infinities, integers outside the int64 range,
// too deep), else an error wrapping ErrNonCanonical if b is not in
// dag-cbor's canonical form (non-minimal integers or lengths, indefinite
// lengths, short floats, unsorted map keys, trailing bytes), else nil. It
// allocates only to check CIDs and to nest deeper than 16.
//
// It runs before the schema decoder, so that non-canonical encodings, which
// that decoder also rejects, are reported as such, and so that hostile input
// is rejected in one linear pass without building anything.
func scanDagCBOR(b []byte, maxDepth int) error {
	var (
		buf       [16]scanFrame
		stack     = buf[:0]
		pos       int
		started   bool
		expectCID bool  // the previous item was tag 42
		nonCanon  error // first non-canonical encoding seen
	)
	noteNonCanon := func(err error) {
		if nonCanon == nil {
			nonCanon = err
		}
	}
	for {
		// Close finished definite collections (not between a tag and its
		// content).
		for len(stack) > 0 && !expectCID {
			f := &stack[len(stack)-1]
			if f.indef || f.n < f.total {
				break
			}
			stack = stack[:len(stack)-1]
		}
		if len(stack) == 0 && started && !expectCID {
			break
		}
		started = true
		if pos >= len(b) {
			return malformed(errTruncated)
		}
		hdr := b[pos]
		pos++

		var f *scanFrame
		if len(stack) > 0 {
			f = &stack[len(stack)-1]
		}
		if hdr == 0xff { // break
			if f == nil || !f.indef || expectCID {
				return malformed(errBreak)
			}
			if f.isMap && f.n%2 == 1 {
				return malformed(errOddMap)
			}
			stack = stack[:len(stack)-1]
			continue
		}
		// The content of a tag is part of the tag's item, not an item of f.
		isKey := f != nil && f.isMap && f.n%2 == 0 && !expectCID
		if f != nil && !expectCID {
			f.n++
		}
		major, info := hdr>>5, hdr&0x1f
		if isKey && major != 3 {
			return malformed(errMapKey)
		}
		if expectCID && major != 2 {
			return malformed(errTagContent)
		}

		if major == 7 {
			switch {
			case info == 20 || info == 21 || info == 22: // false, true, null
			case info == 25 || info == 26: // half and single floats
				n := 2 << (info - 25)
				if len(b)-pos < n {
					return malformed(errTruncated)
				}
				pos += n
				noteNonCanon(errShortFloat)
			case info == 27:
				if len(b)-pos < 8 {
					return malformed(errTruncated)
				}
				bits := be64(b[pos:])
				pos += 8
				if f := math.Float64frombits(bits); math.IsNaN(f) || math.IsInf(f, 0) {
					return malformed(errFloat)
				}
			case info >= 28 && info <= 30:
				return malformed(errReserved)
			default: // unassigned and undefined simple values
				return malformed(errSimple)
			}
			continue
		}

		if info == 31 { // indefinite length
			switch major {
			case 2, 3:
				noteNonCanon(errIndefinite)
				if expectCID {
					return malformed(errCIDChunks)
				}
				for {
					if pos >= len(b) {
						return malformed(errTruncated)
					}
					if b[pos] == 0xff {
						pos++
						break
					}
					ch := b[pos]
					pos++
					if ch>>5 != major || ch&0x1f == 31 {
						return malformed(errChunk)
					}
					n, minimal, err := readArg(b, &pos, ch&0x1f)
					if err != nil {
						return err
					}
					if !minimal {
						noteNonCanon(errNonMinimal)
					}
					if n > uint64(len(b)-pos) {
						return malformed(errTruncated)
					}
					if major == 3 && !utf8.Valid(b[pos:pos+int(n)]) {
						return malformed(errUTF8)
					}
					pos += int(n)
				}
				if isKey {
					f.hasPrev = false // order of such keys is not checked
				}
			case 4, 5:
				noteNonCanon(errIndefinite)
				if len(stack) >= maxDepth {
					return malformed(errTooDeep)
				}
				stack = append(stack, scanFrame{indef: true, isMap: major == 5})
			default:
				return malformed(errReserved)
			}
			continue
		}

		arg, minimal, err := readArg(b, &pos, info)
		if err != nil {
			return err
		}
		if !minimal {
			noteNonCanon(errNonMinimal)
		}
		rest := uint64(len(b) - pos)
		switch major {
		case 0, 1: // integers: IPLD Int is int64 here, as in go-ipld-prime
			if arg > math.MaxInt64 {
				return malformed(errIntRange)
			}
		case 2: // byte string
			if arg > rest {
				return malformed(errTruncated)
			}
			if expectCID {
				if arg == 0 || b[pos] != 0 {
					return malformed(errTagContent)
				}
				if _, err := cid.Cast(b[pos+1 : pos+int(arg)]); err != nil {
					return malformed(hidden{errCID, err})
				}
				expectCID = false
			}
			pos += int(arg)
		case 3: // text string
			if arg > rest {
				return malformed(errTruncated)
			}
			s := b[pos : pos+int(arg)]
			pos += int(arg)
			if !utf8.Valid(s) {
				return malformed(errUTF8)
			}
			if isKey {
				if f.hasPrev {
					switch compareKeys(b[f.prevOff:f.prevOff+f.prevLen], s) {
					case 0:
						return malformed(errDupKey)
					case 1:
						noteNonCanon(errKeyOrder)
					}
				}
				f.prevOff, f.prevLen, f.hasPrev = pos-len(s), len(s), true
			}
		case 4, 5: // list, map
			total := arg
			if major == 5 {
				if arg > rest/2 {
					return malformed(errTooMany)
				}
				total = 2 * arg
			} else if arg > rest {
				return malformed(errTooMany)
			}
			if len(stack) >= maxDepth {
				return malformed(errTooDeep)
			}
			stack = append(stack, scanFrame{total: total, isMap: major == 5})
		case 6: // tag
			if arg != 42 {
				return malformed(errTag)
			}
			expectCID = true
		}
	}
	if pos != len(b) {
		noteNonCanon(errTrailing)
	}
	if nonCanon != nil {
		return fmt.Errorf("%w: %w", ErrNonCanonical, nonCanon)
	}
	return nil
}

func malformed(err error) error { return fmt.Errorf("%w: %w", ErrMalformed, err) }

// readArg reads the argument of a header whose additional information is
// info (< 31), advancing pos, and reports whether it was encoded minimally.
func readArg(b []byte, pos *int, info byte) (arg uint64, minimal bool, err error) {
	p := *pos
	switch {
	case info < 24:
		return uint64(info), true, nil
	case info == 24:
		if len(b)-p < 1 {
			return 0, false, malformed(errTruncated)
		}
		arg = uint64(b[p])
		*pos = p + 1
		return arg, arg >= 24, nil
	case info == 25:
		if len(b)-p < 2 {
			return 0, false, malformed(errTruncated)
		}
		arg = uint64(b[p])<<8 | uint64(b[p+1])
		*pos = p + 2
		return arg, arg > math.MaxUint8, nil
	case info == 26:
		if len(b)-p < 4 {
			return 0, false, malformed(errTruncated)
		}
		arg = uint64(b[p])<<24 | uint64(b[p+1])<<16 | uint64(b[p+2])<<8 | uint64(b[p+3])
		*pos = p + 4
		return arg, arg > math.MaxUint16, nil
	case info == 27:
		if len(b)-p < 8 {
			return 0, false, malformed(errTruncated)
		}
		arg = be64(b[p:])
		*pos = p + 8
		return arg, arg > math.MaxUint32, nil
	default:
		return 0, false, malformed(errReserved)
	}
}

func be64(b []byte) uint64 {
	_ = b[7]
	return uint64(b[0])<<56 | uint64(b[1])<<48 | uint64(b[2])<<40 | uint64(b[3])<<32 |
		uint64(b[4])<<24 | uint64(b[5])<<16 | uint64(b[6])<<8 | uint64(b[7])
}

// compareKeys orders map keys as dag-cbor does: shorter first, then bytewise.
func compareKeys(a, b []byte) int {
	if len(a) != len(b) {
		if len(a) < len(b) {
			return -1
		}
		return 1
	}
	return bytes.Compare(a, b)
}
