// Package net: only the host:port helpers (SplitHostPort, JoinHostPort) and their error
// type; gint has no networking.
package net

// AddrError describes a malformed network address.
type AddrError struct {
	Err  string
	Addr string
}

func (e *AddrError) Error() string {
	if e == nil {
		return "<nil>"
	}
	if e.Addr != "" {
		return "address " + e.Addr + ": " + e.Err
	}
	return e.Err
}

// Timeout reports false: a malformed address is not a timeout.
func (e *AddrError) Timeout() bool { return false }

// Temporary reports false: a malformed address stays malformed.
func (e *AddrError) Temporary() bool { return false }

// SplitHostPort splits "host:port", "[host]:port" or "[host%zone]:port" into host (without
// the brackets) and port. The port is what follows the last colon; a host holding colons
// must be bracketed.
func SplitHostPort(hostport string) (host, port string, err error) {
	bad := func(why string) (string, string, error) {
		return "", "", &AddrError{Err: why, Addr: hostport}
	}
	colon := lastIndex(hostport, ':')
	if colon < 0 {
		return bad("missing port in address")
	}
	// Positions before which a '[' or a ']' is allowed.
	open, close := 0, 0
	if hostport[0] == '[' {
		end := index(hostport, ']')
		switch {
		case end < 0:
			return bad("missing ']' in address")
		case end+1 == len(hostport):
			return bad("missing port in address")
		case end+1 != colon:
			if hostport[end+1] == ':' {
				return bad("too many colons in address")
			}
			return bad("missing port in address")
		}
		host = hostport[1:end]
		open, close = 1, end+1
	} else {
		host = hostport[:colon]
		if index(host, ':') >= 0 {
			return bad("too many colons in address")
		}
	}
	if index(hostport[open:], '[') >= 0 {
		return bad("unexpected '[' in address")
	}
	if index(hostport[close:], ']') >= 0 {
		return bad("unexpected ']' in address")
	}
	return host, hostport[colon+1:], nil
}

// JoinHostPort makes "host:port", bracketing a host that holds a colon (an IPv6
// address): "[::1]:80".
func JoinHostPort(host, port string) string {
	if index(host, ':') >= 0 {
		return "[" + host + "]:" + port
	}
	return host + ":" + port
}

func index(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func lastIndex(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}
