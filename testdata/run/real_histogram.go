package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Stats struct {
	data []float64
}

func (s *Stats) Add(xs ...float64) { s.data = append(s.data, xs...) }

func (s Stats) Mean() float64 {
	sum := 0.0
	for _, x := range s.data {
		sum += x
	}
	return sum / float64(len(s.data))
}

func (s Stats) StdDev() float64 {
	m := s.Mean()
	v := 0.0
	for _, x := range s.data {
		v += (x - m) * (x - m)
	}
	return math.Sqrt(v / float64(len(s.data)))
}

func (s Stats) Median() float64 {
	c := append([]float64(nil), s.data...)
	sort.Float64s(c)
	n := len(c)
	if n%2 == 1 {
		return c[n/2]
	}
	return (c[n/2-1] + c[n/2]) / 2
}

func (s Stats) Histogram(buckets int) []int {
	lo, hi := s.data[0], s.data[0]
	for _, x := range s.data {
		lo = math.Min(lo, x)
		hi = math.Max(hi, x)
	}
	h := make([]int, buckets)
	width := (hi - lo) / float64(buckets)
	for _, x := range s.data {
		b := int((x - lo) / width)
		if b == buckets {
			b--
		}
		h[b]++
	}
	return h
}

func main() {
	var s Stats
	seed := uint32(7)
	for i := 0; i < 200; i++ {
		seed = seed*1664525 + 1013904223
		a := float64(seed>>8) / float64(1<<24)
		seed = seed*1664525 + 1013904223
		b := float64(seed>>8) / float64(1<<24)
		s.Add((a + b) * 50)
	}
	s.Add(3, 97.5)
	fmt.Printf("n=%d mean=%.3f sd=%.3f median=%.3f\n", len(s.data), s.Mean(), s.StdDev(), s.Median())
	for i, c := range s.Histogram(10) {
		fmt.Printf("%2d %3d %s\n", i, c, strings.Repeat("#", c/2))
	}
	fmt.Println(math.Round(2.5), math.Trunc(-2.7), math.Mod(7, 3), math.Hypot(3, 4), math.MaxInt64, math.Floor(-0.5))
}
