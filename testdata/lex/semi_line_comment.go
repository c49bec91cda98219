package main

func f() {
	g() // the semicolon is at the newline, after this comment
	h(1, // no semicolon after a comma
		2)
	return //
}
