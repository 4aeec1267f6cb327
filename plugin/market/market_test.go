package market_test

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/mosaic-rings/rings/plugin/market"
	"github.com/mosaic-rings/rings/plugin/ring"
)

func TestParseAmount(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		in   string
		want string // "" = an error
	}{
		{"0", "0"},
		{"1000", "1000"},
		{"7wei", "7"},
		{"20gwei", "20000000000"},
		{"1.5ether", "1500000000000000000"},
		{" 2 ether ", "2000000000000000000"},
		{"0.5gwei", "500000000"},
		{"1.5wei", ""},
		{"-1", ""},
		{"1e18", ""},
		{"1/2", ""},
		{"ether", ""},
		{"", ""},
		{"lots", ""},
		{"1" + strings.Repeat("0", 78), ""}, // above 2^256-1
	} {
		got, err := market.ParseAmount(tc.in)
		if tc.want == "" {
			if !errors.Is(err, ring.ErrBadArgument) {
				t.Errorf("ParseAmount(%q) = %v, %v; want ErrBadArgument", tc.in, got, err)
			}
			continue
		}
		if err != nil || got.String() != tc.want {
			t.Errorf("ParseAmount(%q) = %v, %v; want %s", tc.in, got, err, tc.want)
		}
	}
}

func TestFormatAmount(t *testing.T) {
	t.Parallel()
	for in, want := range map[int64]string{0: "0 wei", 999: "999 wei", 1_500_000_000: "1500000000 wei (0.0000000015 ether)"} {
		if got := market.FormatAmount(big.NewInt(in)); got != want {
			t.Errorf("FormatAmount(%d) = %q, want %q", in, got, want)
		}
	}
}

func TestParseClusterNodes(t *testing.T) {
	t.Parallel()
	got, err := market.ParseClusterNodes("1, 2:3,4")
	if err != nil || len(got) != 3 || got[1].NodeID != 2 || got[1].VNodes != 3 || got[2].VNodes != 1 {
		t.Fatalf("%+v, %v", got, err)
	}
	for _, bad := range []string{"x", "1:y", "-1", "4294967296"} {
		if _, err := market.ParseClusterNodes(bad); !errors.Is(err, ring.ErrBadArgument) {
			t.Errorf("%q: %v", bad, err)
		}
	}
}
