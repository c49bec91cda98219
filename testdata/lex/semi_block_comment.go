package main

func f() {
	g() /* one line: no newline */ h()
	g() /* spans
	lines: acts as a newline, at the comment */ h()
	g( /* spans
	lines, but after ( nothing is inserted */ )
	x /**/
	y /* a */ /* b
	*/ z
}
