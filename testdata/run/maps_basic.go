package main

import "fmt"

type point struct{ x, y int }

type key interface{}

func main() {
	m := make(map[string]int)
	m["b"] = 2
	m["a"] = 1
	m["c"] += 5
	m["a"]++
	m["b"]--
	fmt.Println(m, len(m), m["zz"])
	v, ok := m["a"]
	fmt.Println(v, ok)
	v, ok = m["nope"]
	fmt.Println(v, ok)
	delete(m, "b")
	delete(m, "nothing")
	fmt.Println(m, len(m))

	lit := map[string]int{"z": 26, "y": 25, "x": 24}
	fmt.Println(lit)
	sum := 0
	for k, v := range lit {
		sum += v + len(k)
	}
	fmt.Println("sum", sum)

	ints := map[int]string{10: "ten", -3: "minus three", 2: "two"}
	fmt.Println(ints)
	floats := map[float64]bool{2.5: true, -1: false, 0: true}
	fmt.Println(floats)
	bools := map[bool]int{true: 1, false: 0}
	fmt.Println(bools)

	pts := map[point]string{{1, 2}: "a", {0, 5}: "b"}
	pts[point{1, 2}] = "c"
	fmt.Println(pts, len(pts), pts[point{0, 5}])

	p1, p2 := &point{1, 1}, &point{1, 1}
	ptrs := map[*point]int{p1: 1}
	ptrs[p2] = 2
	ptrs[p1] += 10
	fmt.Println(len(ptrs), ptrs[p1], ptrs[p2])

	ifs := map[key]int{}
	ifs[1] = 1
	ifs["1"] = 2
	ifs[uint8(1)] = 3
	ifs[1] += 10
	fmt.Println(len(ifs), ifs[1], ifs["1"])

	nested := map[string][]int{}
	nested["a"] = append(nested["a"], 1, 2)
	nested["a"] = append(nested["a"], 3)
	fmt.Println(nested)

	words := map[string]string{}
	words["x"] += "ab"
	words["x"] += "cd"
	fmt.Println(words)

	clear(lit)
	fmt.Println(lit, len(lit))

	// Maps are references.
	alias := m
	alias["shared"] = 7
	fmt.Println(m["shared"])
	fmt.Printf("%v %d %T\n", m, len(m), m)
}
