package main

func f() {
	ident
	42
	4.2
	4.2i
	'c'
	"s"
	`r`
	break
	continue
	fallthrough
	return
	x++
	x--
	f()
	a[1]
	{}
}
