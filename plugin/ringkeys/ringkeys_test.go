package ringkeys

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestPutGetKeepsKeysPrivate(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "keys")
	d, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	ring := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	k, err := Generate(ring, 1337, "club")
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Put(k); err != nil {
		t.Fatal(err)
	}
	got, err := d.Get(ring)
	if err != nil {
		t.Fatal(err)
	}
	if got != k {
		t.Fatalf("got %v, want the stored keys", got)
	}
	fi, err := os.Stat(d.file(ring))
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("key file mode %v, want 0600", fi.Mode().Perm())
	}
	di, err := os.Stat(dir)
	if err != nil {
		t.Fatal(err)
	}
	if di.Mode().Perm() != 0o700 {
		t.Errorf("key dir mode %v, want 0700", di.Mode().Perm())
	}
	if s := k.String(); strings.Contains(s, strings.TrimPrefix(mustText(t, k.ReadKey), "0x")) {
		t.Errorf("String() shows the read key: %s", s)
	}
	rings, err := d.List()
	if err != nil || len(rings) != 1 || rings[0] != ring {
		t.Fatalf("List() = %v, %v", rings, err)
	}
}

func mustText(t *testing.T, k HexKey) string {
	t.Helper()
	b, err := k.MarshalText()
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestPutRefusesDifferentKeys(t *testing.T) {
	d, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	ring := common.HexToAddress("0x00000000000000000000000000000000000000bb")
	a, _ := Generate(ring, 1337, "")
	b, _ := Generate(ring, 1337, "")
	if err := d.Put(a); err != nil {
		t.Fatal(err)
	}
	if err := d.Put(a); err != nil {
		t.Fatalf("putting the same keys again: %v", err)
	}
	if err := d.Put(b); !errors.Is(err, ErrExists) {
		t.Fatalf("putting other keys: got %v, want ErrExists", err)
	}
	got, _ := d.Get(ring)
	if got != a {
		t.Fatal("a refused Put changed the stored keys")
	}
}

func TestParseRejects(t *testing.T) {
	good, _ := Generate(common.HexToAddress("0x01"), 5, "")
	goodJSON, _ := json.Marshal(good)
	if _, err := Parse(goodJSON); err != nil {
		t.Fatalf("good file: %v", err)
	}
	for name, in := range map[string]string{
		"not json":       "hello",
		"short key":      `{"ring":"0x0000000000000000000000000000000000000001","chain":5,"readKey":"0x01","replicaKey":"0x01"}`,
		"no ring":        `{"chain":5,"readKey":"` + mustText(t, good.ReadKey) + `","replicaKey":"` + mustText(t, good.ReplicaKey) + `"}`,
		"no chain":       `{"ring":"0x0000000000000000000000000000000000000001","readKey":"` + mustText(t, good.ReadKey) + `","replicaKey":"` + mustText(t, good.ReplicaKey) + `"}`,
		"unknown field":  strings.Replace(string(goodJSON), `"chain"`, `"extra":1,"chain"`, 1),
		"no replica key": `{"ring":"0x0000000000000000000000000000000000000001","chain":5,"readKey":"` + mustText(t, good.ReadKey) + `"}`,
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := Parse([]byte(in)); err == nil {
				t.Fatal("no error")
			}
		})
	}
}

func TestReplicaOnlyKeys(t *testing.T) {
	k, _ := Generate(common.HexToAddress("0x03"), 5, "")
	k.ReadKey = HexKey{}
	data, err := json.Marshal(k)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(data), "readKey") {
		t.Fatalf("a replica's key file mentions a read key: %s", data)
	}
	got, err := Parse(data)
	if err != nil || got.HasReadKey() || got.ReplicaKey != k.ReplicaKey {
		t.Fatalf("Parse(replica-only) = %v, %v", got, err)
	}
}

func TestGetUnknownRing(t *testing.T) {
	d, _ := Open(t.TempDir())
	if _, err := d.Get(common.HexToAddress("0x02")); !errors.Is(err, ErrNoKeys) {
		t.Fatalf("got %v, want ErrNoKeys", err)
	}
}
