package main

func one() float64                      { return 1 }
func three() (float64, float64, float64) { return 1, 2, 3 }
func mixed() (float32, float64)          { return 1, 2 }
func ints() (int, int)                   { return 1, 2 }

func main() {
	_ = complex(one()) // ERROR "invalid operation: not enough arguments for complex(one()) (expected 2, found 1)"
	_ = complex(three()) // ERROR "invalid operation: too many arguments for complex(three()) (expected 2, found 3)"
	_ = complex(mixed()) // ERROR "invalid operation: complex(mixed()) (mismatched types float32 and float64)"
	_ = complex(ints()) // ERROR "invalid argument: arguments have type int, expected floating-point"
}
