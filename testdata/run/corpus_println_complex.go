// println and print of complex values: `(re+imi)` as strconv.FormatComplex(c, 'g', -1, …)
// writes it, the imaginary part always signed (written to standard error).
package main

import (
	"fmt"
	"math"
)

const C = 5 + 6i

func pair() (complex128, complex64) { return 1 - 2i, 0.1 + 0.2i }

func main() {
	println(C)
	var c64 complex64 = 1.5 - 0.25i
	var c complex128 = complex(math.Inf(1), math.NaN())
	println(c64, c, -C)
	print(complex(0, math.Inf(-1)), "\n")
	println(complex(1e21, 1e-7), complex(math.Copysign(0, -1), 0))
	println(pair())
	defer println("deferred", C*C)
	fmt.Println(C, c64)
}
