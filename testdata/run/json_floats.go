package main

import (
	"encoding/json"
	"fmt"
	"math"
)

func main() {
	fs := []float64{0, 1, -1, 0.1, 1.5, 100, 1e6, 1e20, 1e21, 1.5e21, 1e-6, 1e-7, 1.234e-7, 123456789.125, 3.141592653589793, math.MaxFloat64, math.SmallestNonzeroFloat64, -2.5e-10, 5e300}
	for _, f := range fs {
		b, _ := json.Marshal(f)
		fmt.Println(string(b))
	}
	f32s := []float32{0.1, 1e21, 1e-7, 3.4e38, 16777216, 1.0 / 3}
	b, _ := json.Marshal(f32s)
	fmt.Println(string(b))
	b, _ = json.Marshal(math.Copysign(0, -1))
	fmt.Println(string(b))
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		_, err := json.Marshal(f)
		fmt.Println(err)
		_, err = json.Marshal(struct{ V float64 }{f})
		fmt.Println(err)
	}
	_, err := json.Marshal(float32(math.Inf(1)))
	fmt.Println(err)
}
