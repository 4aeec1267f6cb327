package e2e

import (
	"net/http"
	"strings"
	"testing"
)

// TestIPNSNamesOnTheRingGateway publishes an IPNS name and reads it through
// the ring gateway's /ipns/, as through Kubo's own gateway; a name nobody
// published is 404.
func TestIPNSNamesOnTheRingGateway(t *testing.T) {
	_, n := newNode(t, nil)
	n.StartDaemon()
	t.Cleanup(func() { stop(t, n) })
	gw := gatewayURL(t, n)

	c := strings.TrimSpace(n.PipeStrToIPFS("hello over ipns", "add", "-q").Stdout.String())
	self := strings.TrimSpace(n.IPFS("key", "list", "-l", "--ipns-base=base36").Stdout.String())
	self = strings.Fields(self)[0] // the first key is self
	n.IPFS("name", "publish", "--allow-offline", "/ipfs/"+c)

	if got := httpGet(t, gw+"/ipns/"+self, ""); got != "hello over ipns" {
		t.Fatalf("GET /ipns/%s = %q, want the published file", self, got)
	}
	other := strings.Fields(n.IPFS("key", "gen", "--ipns-base=base36", "unpublished").Stdout.String())[0]
	resp, err := http.Get(gw + "/ipns/" + other)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound {
		t.Fatalf("GET /ipns/<unpublished> = %d, want 404", resp.StatusCode)
	}
}
