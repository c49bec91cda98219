package main

func f(a,
	b int) (
	c int,
) {
	x := a +
		b *
		c
	if x > 0 &&
		x < 1 {
	} else
	{
	}
	go
	func
	var
	struct
	x.
	y[
	0]
	a :=
	1
}
