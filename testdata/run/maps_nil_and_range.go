package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m, len(m), m["a"], m == nil)
	v, ok := m["a"]
	fmt.Println(v, ok)
	delete(m, "a")
	for k := range m {
		fmt.Println("never", k)
	}

	// Deleting entries not yet reached: they are not produced.
	d := map[int]int{}
	for i := 0; i < 100; i++ {
		d[i] = i
	}
	seen := 0
	for k := range d {
		seen++
		if k%2 == 0 {
			delete(d, k+1)
		} else {
			delete(d, k-1)
		}
	}
	fmt.Println("seen", seen, "left", len(d))

	// Deleting everything while ranging.
	n := 0
	for k := range d {
		n++
		clear(d)
		_ = k
	}
	fmt.Println("after clear", n, len(d))

	// Many inserts and deletes.
	big := map[int]int{}
	for i := 0; i < 10000; i++ {
		big[i%137] += i
		if i%3 == 0 {
			delete(big, (i*7)%137)
		}
	}
	total := 0
	for _, v := range big {
		total += v
	}
	fmt.Println(len(big), total)

	// NaN keys never equal each other.
	zero := 0.0
	nan := zero / zero
	f := map[float64]int{}
	f[nan] = 1
	f[nan] = 2
	f[0.0] = 3
	f[-zero] = 4
	_, found := f[nan]
	fmt.Println(len(f), found, f[0])

	// A map counting with break.
	counts := map[rune]int{}
	for _, r := range "hello, world" {
		counts[r]++
	}
	fmt.Println(counts['l'], counts['o'], len(counts))
	c := 0
	for range counts {
		c++
		if c == 3 {
			break
		}
	}
	fmt.Println(c)
}
