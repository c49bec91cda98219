package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

var data = []float64{2.3, 4.5, 1.1, 7.8, 5.5, 3.3, 9.9, 4.4, 6.1, 5.0, 5.2, 4.8, 3.9, 6.6, 7.1, 2.0}

func stats(xs []float64) (mean, stddev, median float64) {
	var sum float64
	for _, x := range xs {
		sum += x
	}
	mean = sum / float64(len(xs))
	var ss float64
	for _, x := range xs {
		ss += (x - mean) * (x - mean)
	}
	stddev = math.Sqrt(ss / float64(len(xs)-1))
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s)%2 == 0 {
		median = (s[len(s)/2-1] + s[len(s)/2]) / 2
	} else {
		median = s[len(s)/2]
	}
	return
}

func main() {
	mean, sd, med := stats(data)
	fmt.Printf("n=%d mean=%.4f sd=%.4f median=%.2f\n", len(data), mean, sd, med)
	buckets := make([]int, 5)
	lo, hi := 0.0, 10.0
	width := (hi - lo) / float64(len(buckets))
	for _, x := range data {
		i := int((x - lo) / width)
		if i >= len(buckets) {
			i = len(buckets) - 1
		}
		buckets[i]++
	}
	for i, c := range buckets {
		from := lo + float64(i)*width
		fmt.Printf("[%4.1f, %4.1f) %-8s %d\n", from, from+width, strings.Repeat("█", c), c)
	}
	fmt.Println(math.Floor(-2.5), math.Ceil(2.1), math.Round(2.5), math.Trunc(-2.7), math.Abs(-3), math.Max(3, 7), math.Mod(7, 3))
	fmt.Println(math.Inf(1), -math.Inf(1), math.NaN(), math.MaxInt64, math.MinInt64, math.MaxUint32)
	fmt.Printf("%.3e %g %G %v %v\n", 123456.789, 1e21, 1e-7, float32(0.1), 0.1+0.2)
	fmt.Println(math.Sqrt(2), math.Pow(2, 0.5), math.Hypot(3, 4), math.Log(math.E), math.Log10(1000), math.Log2(8))
	var f32 float32 = 16777216
	fmt.Println(f32+1, float64(f32)+1, int(math.Round(-0.5)), int64(f32/5e6))
}
