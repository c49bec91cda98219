package main

func a() int {
	return // ERROR "not enough return values\n\thave ()\n\twant (int)"
}

func b() {
	return 1 // ERROR "too many return values\n\thave (number)\n\twant ()"
}

func c() (int, string) {
	return "x", 1 // ERROR "cannot use \"x\" (untyped string constant) as int value in return statement" "cannot use 1 (untyped int constant) as string value in return statement"
}

func d() (x int, y string) {
	return 1 // ERROR "not enough return values\n\thave (number)\n\twant (int, string)"
}

func e() int {
	return 1, 2 // ERROR "too many return values\n\thave (number, number)\n\twant (int)"
}

func f() (x int) {
	{
		x := 2
		_ = x
		return // ERROR "result parameter x not in scope at return"
	}
}

func main() {}
