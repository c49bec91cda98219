package main

var (
	a = "" + "hello" + "日本語" + "with 'quote'"
	b = "\a\b\f\n\r\t\v\\\""
	c = "\000\101\377\x41\xff\u00e9\U0001F600"
	d = `` + `raw \n "quoted" 'q'`
	e = `line one
line two
	tabbed`
	f = "`" + `"`
)
