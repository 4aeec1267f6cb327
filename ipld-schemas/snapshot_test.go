package schemas

import (
	"bytes"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// testSnapshotEntry returns an entry of testResource with n copies of
// testProviderRecord's record for distinct peers (signatures not redone:
// Validate checks their size only).
func testSnapshotEntry(tb testing.TB, n int) SnapshotEntry {
	tb.Helper()
	e := SnapshotEntry{Resource: *testResource(tb), Hosts: int64(min(n, 1))}
	for i := range n {
		p := *testProviderRecord(tb, 0, 1)
		p.Peer = testPeer(tb, i)
		e.Providers = append(e.Providers, p)
	}
	return e
}

func testSnapshotRoot() *SnapshotRoot {
	return &SnapshotRoot{Chain: 31337, Time: 1_700_000_100_000, StaleAfter: 3_600_000, Resources: 3, Root: testLink("trie"),
		Heads: []SnapshotHead{
			{Author: bytes.Repeat([]byte{0x11}, AddressSize), Seq: 4, Head: testLink("log a")},
			{Author: bytes.Repeat([]byte{0x22}, AddressSize), Seq: 1, Head: testLink("log b")},
		}}
}

// maxSnapshotRoot returns the largest SnapshotRoot: every number at its
// limit and MaxHeads heads.
func maxSnapshotRoot() *SnapshotRoot {
	r := &SnapshotRoot{Chain: 1 << 62, Time: MaxCreated, StaleAfter: MaxCreated, Resources: 1 << 62, Root: testLink("r")}
	for i := range MaxHeads {
		a := make([]byte, AddressSize)
		a[0], a[1] = byte(i>>8), byte(i)
		r.Heads = append(r.Heads, SnapshotHead{Author: a, Seq: 1 << 62, Head: testLink(string(a))})
	}
	return r
}

func testSnapshotInner() *SnapshotShard {
	return &SnapshotShard{Children: []SnapshotChild{{Index: 0, Shard: testLink("a")}, {Index: 7, Shard: testLink("b")}, {Index: 255, Shard: testLink("c")}}}
}

// TestSnapshotEntryFitsLeaf checks the bound the layout relies on: an
// entry of MaxSnapshotProviders records with every field at its limit, for
// a resource with the longest label, fits a leaf alone.
func TestSnapshotEntryFitsLeaf(t *testing.T) {
	res := testResource(t)
	res.Label = strings.Repeat("l", MaxLabelSize)
	id := res.ID()
	e := SnapshotEntry{Resource: *res}
	for i := range MaxSnapshotProviders {
		p := *maxProviderRecord(t)
		p.Resource = id[:]
		p.Peer = maxPeer(byte(100 + i))
		e.Providers = append(e.Providers, p)
	}
	b, err := EncodeSnapshotShard(&SnapshotShard{Entries: []SnapshotEntry{e}})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("largest entry: %d bytes (limit %d)", len(b), MaxSnapshotShardSize)
	if len(b) > MaxSnapshotShardSize*3/4 {
		t.Fatalf("largest entry is %d bytes: too close to MaxSnapshotShardSize", len(b))
	}
	inner := &SnapshotShard{}
	for i := range SnapshotFanout {
		inner.Children = append(inner.Children, SnapshotChild{Index: int64(i), Shard: testLink(string(rune(i)))})
	}
	if b, err = EncodeSnapshotShard(inner); err != nil {
		t.Fatal(err)
	}
	t.Logf("full inner node: %d bytes", len(b))
	if b, err = EncodeSnapshotRoot(maxSnapshotRoot()); err != nil {
		t.Fatal(err)
	}
	t.Logf("largest root: %d bytes (limit %d)", len(b), MaxSnapshotRootSize)
}

func TestSnapshotRoundTrip(t *testing.T) {
	e1, e2 := testSnapshotEntry(t, 3), testSnapshotEntry(t, 0)
	e2.Resource.Label = "other"
	leaf := &SnapshotShard{Entries: []SnapshotEntry{e1, e2}}
	if a, b := e1.Resource.ID(), e2.Resource.ID(); bytes.Compare(a[:], b[:]) > 0 {
		leaf.Entries[0], leaf.Entries[1] = e2, e1
	}
	for name, s := range map[string]*SnapshotShard{"leaf": leaf, "inner": testSnapshotInner(), "empty": {}} {
		b, err := EncodeSnapshotShard(s)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got, err := DecodeSnapshotShard(b)
		if err != nil || !reflect.DeepEqual(normalizeShard(s), got) {
			t.Fatalf("%s: decode: %v\n got %+v\nwant %+v", name, err, got, s)
		}
	}
	b, err := EncodeSnapshotRoot(testSnapshotRoot())
	if err != nil {
		t.Fatal(err)
	}
	if got, err := DecodeSnapshotRoot(b); err != nil || !reflect.DeepEqual(got, testSnapshotRoot()) {
		t.Fatalf("root: %v, %+v", err, got)
	}
	noHeads := testSnapshotRoot()
	noHeads.Heads = nil
	if b, err = EncodeSnapshotRoot(noHeads); err != nil {
		t.Fatal(err)
	}
	if got, err := DecodeSnapshotRoot(b); err != nil || !reflect.DeepEqual(got, noHeads) {
		t.Fatalf("root with no heads: %v, %+v", err, got)
	}
}

// normalizeShard returns s as a decoder builds it: empty lists as nil.
func normalizeShard(s *SnapshotShard) *SnapshotShard {
	out := *s
	if len(out.Entries) == 0 {
		out.Entries = nil
	}
	if len(out.Children) == 0 {
		out.Children = nil
	}
	for i := range out.Entries {
		e := &out.Entries[i]
		if len(e.Providers) == 0 {
			e.Providers = nil
		}
		for j := range e.Providers {
			if len(e.Providers[j].Relays) == 0 {
				e.Providers[j].Relays = nil
			}
		}
	}
	return &out
}

func TestSnapshotInvalid(t *testing.T) {
	other := testSnapshotEntry(t, 1)
	other.Providers[0].Resource = bytes.Repeat([]byte{1}, 32)
	for _, tc := range []struct {
		name, field string
		shard       *SnapshotShard
		root        *SnapshotRoot
	}{
		{"both", "", &SnapshotShard{Entries: []SnapshotEntry{testSnapshotEntry(t, 1)}, Children: testSnapshotInner().Children}, nil},
		{"too many entries", "entries", &SnapshotShard{Entries: slices.Repeat([]SnapshotEntry{testSnapshotEntry(t, 0)}, SnapshotLeafEntries+1)}, nil},
		{"duplicate entry", "entries[1]", &SnapshotShard{Entries: slices.Repeat([]SnapshotEntry{testSnapshotEntry(t, 0)}, 2)}, nil},
		{"record of another resource", "entries[0].providers[0].resource", &SnapshotShard{Entries: []SnapshotEntry{other}}, nil},
		{"duplicate provider", "entries[0].providers[1]", func() *SnapshotShard {
			e := testSnapshotEntry(t, 2)
			e.Providers[1].Peer = e.Providers[0].Peer
			return &SnapshotShard{Entries: []SnapshotEntry{e}}
		}(), nil},
		{"hosts", "entries[0].hosts", func() *SnapshotShard {
			e := testSnapshotEntry(t, 2)
			e.Hosts = 3
			return &SnapshotShard{Entries: []SnapshotEntry{e}}
		}(), nil},
		{"bad resource", "entries[0].resource.label", func() *SnapshotShard {
			e := testSnapshotEntry(t, 0)
			e.Resource.Label = ""
			return &SnapshotShard{Entries: []SnapshotEntry{e}}
		}(), nil},
		{"too many providers", "entries[0].providers", &SnapshotShard{Entries: []SnapshotEntry{testSnapshotEntry(t, MaxSnapshotProviders+1)}}, nil},
		{"child order", "children[2].index", func() *SnapshotShard {
			s := testSnapshotInner()
			s.Children[2].Index = 7
			return s
		}(), nil},
		{"child index", "children[2].index", func() *SnapshotShard {
			s := testSnapshotInner()
			s.Children[2].Index = 256
			return s
		}(), nil},
		{"child link", "children[0].shard", func() *SnapshotShard {
			s := testSnapshotInner()
			s.Children[0].Shard = otherCID(t, 1, 0x55, 0x12, "raw")
			return s
		}(), nil},
		{"root time", "time", nil, func() *SnapshotRoot { r := testSnapshotRoot(); r.Time = -1; return r }()},
		{"root staleAfter", "staleAfter", nil, func() *SnapshotRoot { r := testSnapshotRoot(); r.StaleAfter = 0; return r }()},
		{"root resources", "resources", nil, func() *SnapshotRoot { r := testSnapshotRoot(); r.Resources = -1; return r }()},
		{"root chain", "chain", nil, func() *SnapshotRoot { r := testSnapshotRoot(); r.Chain = 0; return r }()},
		{"head author size", "heads[1].author", nil, func() *SnapshotRoot { r := testSnapshotRoot(); r.Heads[1].Author = r.Heads[1].Author[:19]; return r }()},
		{"head order", "heads[1].author", nil, func() *SnapshotRoot {
			r := testSnapshotRoot()
			r.Heads[0], r.Heads[1] = r.Heads[1], r.Heads[0]
			return r
		}()},
		{"duplicate head", "heads[1].author", nil, func() *SnapshotRoot { r := testSnapshotRoot(); r.Heads[1] = r.Heads[0]; return r }()},
		{"head seq", "heads[0].seq", nil, func() *SnapshotRoot { r := testSnapshotRoot(); r.Heads[0].Seq = 0; return r }()},
		{"head link", "heads[1].head", nil, func() *SnapshotRoot {
			r := testSnapshotRoot()
			r.Heads[1].Head = otherCID(t, 1, 0x55, 0x12, "raw")
			return r
		}()},
		{"too many heads", "heads", nil, func() *SnapshotRoot {
			r := maxSnapshotRoot()
			r.Heads = append(r.Heads, SnapshotHead{Author: bytes.Repeat([]byte{0xff}, AddressSize), Seq: 1, Head: testLink("x")})
			return r
		}()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var err error
			var unchecked []byte
			if tc.shard != nil {
				_, err = EncodeSnapshotShard(tc.shard)
				unchecked = encodeSnapshotUnchecked(t, tc.shard)
				_, derr := DecodeSnapshotShard(unchecked)
				if !errors.Is(derr, ErrInvalid) {
					t.Fatalf("decode: %v, want ErrInvalid", derr)
				}
			} else {
				_, err = EncodeSnapshotRoot(tc.root)
				unchecked = encodeSnapshotUnchecked(t, tc.root)
				if _, derr := DecodeSnapshotRoot(unchecked); !errors.Is(derr, ErrInvalid) {
					t.Fatalf("decode: %v, want ErrInvalid", derr)
				}
			}
			var ie *InvalidError
			if !errors.As(err, &ie) || ie.Field != tc.field {
				t.Fatalf("encode: %v, want an InvalidError of field %q", err, tc.field)
			}
		})
	}
	big := SnapshotEntry{Resource: *testResource(t)}
	for i := range MaxSnapshotProviders {
		p := *maxProviderRecord(t)
		p.Peer = maxPeer(byte(100 + i))
		big.Providers = append(big.Providers, p)
	}
	if _, err := EncodeSnapshotShard(&SnapshotShard{Entries: []SnapshotEntry{big, big}}); !errors.Is(err, ErrInvalid) {
		t.Fatalf("two equal entries: %v", err)
	}
	if _, err := DecodeSnapshotShard(make([]byte, MaxSnapshotShardSize+1)); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("oversized shard: %v, want ErrTooLarge", err)
	}
}

func snapshotShardSeeds(tb testing.TB) [][]byte {
	var seeds [][]byte
	for _, s := range []*SnapshotShard{{Entries: []SnapshotEntry{testSnapshotEntry(tb, 2)}}, testSnapshotInner(), {}} {
		b, err := EncodeSnapshotShard(s)
		if err != nil {
			tb.Fatal(err)
		}
		seeds = append(seeds, seedVariants(b)...)
	}
	bad := testSnapshotInner()
	bad.Children[1].Index = 0
	e := testSnapshotEntry(tb, 1)
	e.Providers[0].Resource = bytes.Repeat([]byte{1}, 32)
	return append(seeds, encodeSnapshotUnchecked(tb, bad), encodeSnapshotUnchecked(tb, &SnapshotShard{Entries: []SnapshotEntry{e}}), nil)
}

func FuzzDecodeSnapshotShard(f *testing.F) {
	for _, s := range snapshotShardSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := DecodeSnapshotShard(data)
		if err != nil {
			checkSentinel(t, err)
			return
		}
		out, err := EncodeSnapshotShard(s)
		if err != nil {
			t.Fatalf("decoded shard does not encode: %v", err)
		}
		if !bytes.Equal(out, data) {
			t.Fatalf("re-encoding differs:\n in %x\nout %x", data, out)
		}
		s2, err := DecodeSnapshotShard(out)
		if err != nil || !reflect.DeepEqual(s, s2) {
			t.Fatalf("second decode: %v, %+v != %+v", err, s2, s)
		}
		for i := range s.Entries {
			_, _ = VerifyResource(&s.Entries[i].Resource) // must not panic
		}
	})
}

func snapshotRootSeeds(tb testing.TB) [][]byte {
	b, err := EncodeSnapshotRoot(testSnapshotRoot())
	if err != nil {
		tb.Fatal(err)
	}
	bad := testSnapshotRoot()
	bad.StaleAfter = 0
	unsorted := testSnapshotRoot()
	unsorted.Heads[0], unsorted.Heads[1] = unsorted.Heads[1], unsorted.Heads[0]
	noHeads := testSnapshotRoot()
	noHeads.Heads = nil
	nb, err := EncodeSnapshotRoot(noHeads)
	if err != nil {
		tb.Fatal(err)
	}
	seeds := append(seedVariants(b), seedVariants(nb)...)
	return append(seeds, encodeSnapshotUnchecked(tb, bad), encodeSnapshotUnchecked(tb, unsorted), nil)
}

func FuzzDecodeSnapshotRoot(f *testing.F) {
	for _, s := range snapshotRootSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := DecodeSnapshotRoot(data)
		if err != nil {
			checkSentinel(t, err)
			return
		}
		out, err := EncodeSnapshotRoot(r)
		if err != nil {
			t.Fatalf("decoded root does not encode: %v", err)
		}
		if !bytes.Equal(out, data) {
			t.Fatalf("re-encoding differs:\n in %x\nout %x", data, out)
		}
		r2, err := DecodeSnapshotRoot(out)
		if err != nil || !reflect.DeepEqual(r, r2) {
			t.Fatalf("second decode: %v, %+v != %+v", err, r2, r)
		}
	})
}

// encodeSnapshotUnchecked encodes a *SnapshotShard or *SnapshotRoot
// without Validate, to build invalid blocks.
func encodeSnapshotUnchecked(tb testing.TB, v any) []byte {
	tb.Helper()
	var (
		b   []byte
		err error
	)
	switch v := v.(type) {
	case *SnapshotShard:
		b, err = encode(v, Prototypes.SnapshotShard, "SnapshotShard", 1<<30, 0)
	case *SnapshotRoot:
		b, err = encode(v, Prototypes.SnapshotRoot, "SnapshotRoot", 1<<30, 0)
	default:
		tb.Fatalf("encodeSnapshotUnchecked: %T", v)
	}
	if err != nil {
		tb.Fatal(err)
	}
	return b
}
