package browser

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ipfs/kubo/test/cli/harness"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// TestTamperedNodeIsRejected: the member node's copy of a log node is
// changed on its disk (one byte of the node's signature, in the block file
// of its flatfs), and its gateway serves the changed bytes under the old
// CID, as a broken or hostile gateway would. A page reading through that
// gateway shows the node as rejected, with the reason and never the body;
// the intact next node of the same log still shows. A page reading
// through the replica's untouched copy shows both.
func TestTamperedNodeIsRejected(t *testing.T) {
	needBrowser(t)
	t.Parallel()
	r := newChatRing(t)
	owner := strings.ToLower(r.owner.Hex())
	const tampered, intact = "the node whose copy is changed", "the intact node after it"
	type appended struct {
		Seq int64 `json:"seq"`
		CID struct {
			Link string `json:"/"`
		} `json:"cid"`
	}
	first := ipfsJSON[appended](t, r.member, "ring", "append", "club", tampered, "--from", "owner")
	ipfsJSON[appended](t, r.member, "ring", "append", "club", intact, "--from", "owner")
	r.member.IPFS("ring", "flush", "club", "--from", "owner", "--via", r.memberGW)
	poll(t, chatWait, "the replica holds the owner's log", func() (bool, string) {
		info, err := r.info(t, r.replGW)
		if err != nil {
			return false, err.Error()
		}
		_, local := info.seqs(owner)
		return local == 2, fmt.Sprintf("local seq %d", local)
	})

	// Change the first node's signature in the member node's flatfs.
	c := first.CID.Link
	orig := rawBlock(t, r.memberGW, c)
	node, err := schemas.DecodeLogNode(orig)
	if err != nil {
		t.Fatal(err)
	}
	r.stop(t, r.member)
	changed := tamperBlock(t, r.member, orig, node.Sig)
	r.start(t, r.member)
	if got := rawBlock(t, r.memberGW, c); !bytes.Equal(got, changed) {
		t.Fatalf("the member's gateway serves %d bytes for %s after the change, not the changed block", len(got), c)
	}

	p := newProfile(t, "through the changed copy", nil)
	joinWithPageKey(t, p, r.invite(t, r.memberGW))
	s := p.waitState(chatWait, "li.message[data-cid="+c+"][data-state=rejected], and the intact node shown", func(s pageState) bool {
		_, ok := s.message(intact)
		return ok && stateOf(s, c) == "rejected"
	})
	for _, m := range s.Messages {
		if m.CID == c {
			if strings.Contains(m.Text, tampered) || !strings.HasPrefix(m.Text, "Rejected") {
				t.Errorf("the rejected node shows %q: want the reason, never the body", m.Text)
			}
			if m.Author != owner || m.Seq != "1" {
				t.Errorf("the rejected node is listed as %s seq %s, want %s seq 1", m.Author, m.Seq, owner)
			}
		}
	}
	if _, ok := s.message(tampered); ok {
		t.Errorf("the changed node's body is shown; page: %s", s)
	}
	p.screenshot("tampered-desktop", 1280, 900, false)

	// The replica's copy is intact: the same page through it shows both.
	q := newProfile(t, "through the replica", nil)
	joinWithPageKey(t, q, r.invite(t, r.replGW))
	waitMessage(t, q, chatWait, tampered, owner, "")
	waitMessage(t, q, chatWait, intact, owner, "")
}

// rawBlock fetches a block from a gateway's /ipfs/ path, as the page does.
func rawBlock(t testing.TB, gw, c string) []byte {
	t.Helper()
	var out []byte
	poll(t, 30*time.Second, "GET /ipfs/"+c+"?format=raw", func() (bool, string) {
		res, err := http.Get(gw + "/ipfs/" + c + "?format=raw")
		if err != nil {
			return false, err.Error()
		}
		defer res.Body.Close()
		b, err := io.ReadAll(res.Body)
		if err != nil || res.StatusCode != http.StatusOK {
			return false, res.Status + " " + string(b)
		}
		out = b
		return true, ""
	})
	return out
}

// tamperBlock finds the file of block orig in n's flatfs (n stopped),
// flips one byte inside sig in it, and returns the changed block.
func tamperBlock(t testing.TB, n *harness.Node, orig, sig []byte) []byte {
	t.Helper()
	at := bytes.Index(orig, sig)
	if at < 0 {
		t.Fatal("the signature is not in the block")
	}
	changed := bytes.Clone(orig)
	changed[at+10] ^= 0xff
	var found string
	err := filepath.WalkDir(filepath.Join(n.Dir, "blocks"), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || found != "" || !strings.HasSuffix(path, ".data") {
			return err
		}
		if b, err := os.ReadFile(path); err == nil && bytes.Equal(b, orig) {
			found = path
		}
		return nil
	})
	if err != nil || found == "" {
		t.Fatalf("the block is not in the flatfs under %s (%v)", n.Dir, err)
	}
	if err := os.WriteFile(found, changed, 0o644); err != nil {
		t.Fatal(err)
	}
	return changed
}
