package main

var (
	i = 42 + 0x2A + 0o52 + 052 + 0b101010 + 1_000
	f = 1.5 + .5 + 1e3 + 0x1p-2 + 1.
	c = 2i + 1.5i
	r = 'a' + '\n' + '\x41' + '\u00e9' + '世'
	s = "tab\there" + `raw
line`
)
