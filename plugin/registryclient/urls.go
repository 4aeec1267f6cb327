package registryclient

import (
	"net"
	"net/url"
	"slices"

	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
	manet "github.com/multiformats/go-multiaddr/net"
)

// GatewayAddrs are the multiaddrs a node publishes for its ring gateway
// listening on listen (host:port, as gateway.Server.Addr returns it):
// /ip4|ip6/IP/tcp/PORT/http. A gateway listening on every address
// (0.0.0.0 or ::) is published at the IPs of hostAddrs (the node's libp2p
// addresses) of the same family.
func GatewayAddrs(listen string, hostAddrs []ma.Multiaddr) []ma.Multiaddr {
	host, port, err := net.SplitHostPort(listen)
	if err != nil {
		return nil
	}
	ip := net.ParseIP(host)
	if ip == nil {
		return nil
	}
	var ips []net.IP
	if !ip.IsUnspecified() {
		ips = []net.IP{ip}
	} else {
		for _, a := range hostAddrs {
			hip, err := manet.ToIP(a)
			if err != nil || (hip.To4() == nil) != (ip.To4() == nil) || slices.ContainsFunc(ips, hip.Equal) {
				continue
			}
			ips = append(ips, hip)
		}
	}
	var out []ma.Multiaddr
	for _, ip := range ips {
		proto := "ip4"
		if ip.To4() == nil {
			proto = "ip6"
		}
		a, err := ma.NewMultiaddr("/" + proto + "/" + ip.String() + "/tcp/" + port + "/http")
		if err == nil {
			out = append(out, a)
		}
	}
	return out
}

// GatewayURLs are the ring gateway URLs that peers published among their
// addresses (/ip4|ip6|dns|dns4|dns6/HOST/tcp/PORT/http), in order.
func GatewayURLs(peers []peer.AddrInfo) []string {
	var out []string
	for _, ai := range peers {
		for _, a := range ai.Addrs {
			if u := gatewayURL(a); u != "" && !slices.Contains(out, u) {
				out = append(out, u)
			}
		}
	}
	return out
}

func gatewayURL(a ma.Multiaddr) string {
	if len(a) != 3 || a[1].Protocol().Code != ma.P_TCP || a[2].Protocol().Code != ma.P_HTTP {
		return ""
	}
	switch a[0].Protocol().Code {
	case ma.P_IP4, ma.P_IP6, ma.P_DNS, ma.P_DNS4, ma.P_DNS6:
	default:
		return ""
	}
	u := url.URL{Scheme: "http", Host: net.JoinHostPort(a[0].Value(), a[1].Value())}
	return u.String()
}
