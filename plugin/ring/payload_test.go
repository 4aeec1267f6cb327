package ring

import (
	"testing"

	"github.com/ipld/go-ipld-prime/datamodel"
)

func TestPayloadKeepsTextAsStringAndBytesAsBytes(t *testing.T) {
	for name, tc := range map[string]struct {
		in   []byte
		kind datamodel.Kind
	}{
		"ascii":                    {[]byte("hello"), datamodel.Kind_String},
		"utf-8 with a replacement": {[]byte("a \uFFFD b"), datamodel.Kind_String},
		"empty":                    {[]byte{}, datamodel.Kind_String},
		"invalid utf-8":            {[]byte{0xff, 0xfe, 0x00}, datamodel.Kind_Bytes},
	} {
		t.Run(name, func(t *testing.T) {
			n := payloadNode(tc.in)
			if n.Kind() != tc.kind {
				t.Fatalf("kind %v, want %v", n.Kind(), tc.kind)
			}
		})
	}
}
