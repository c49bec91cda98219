// net.SplitHostPort and JoinHostPort over well-formed and malformed addresses, with the
// *net.AddrError found through errors.As.
package main

import (
	"errors"
	"fmt"
	"net"
)

func main() {
	inputs := []string{
		"example.com:80", "localhost:", ":8080", "[::1]:443", "[fe80::1%eth0]:22",
		"example.com", "::1", "[::1]", "[::1]x", "[::1]:80:90", "[::1", "a]b:1", "a[b:1",
		"host:port:extra", "", "[]:1",
	}
	for _, in := range inputs {
		host, port, err := net.SplitHostPort(in)
		var ae *net.AddrError
		if errors.As(err, &ae) {
			fmt.Printf("%-20q error: %v (Err=%q Addr=%q)\n", in, err, ae.Err, ae.Addr)
			continue
		}
		fmt.Printf("%-20q host=%q port=%q joined=%q\n", in, host, port, net.JoinHostPort(host, port))
	}
	h, p, err := net.SplitHostPort(net.JoinHostPort("2001:db8::1", "5432"))
	fmt.Println(h, p, err)
	var nilErr *net.AddrError
	fmt.Println(nilErr.Error())
}
