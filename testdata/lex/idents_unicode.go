package main

var (
	_x, x1, X_2 = 1, 2, 3
	café, naïve = 4, 5
	日本語 = "ok"
	Ωμέγα, ǅx = 6, 7
	a٣ = 8
	breaks, gox, iff, _if = 9, 10, 11, 12
)
