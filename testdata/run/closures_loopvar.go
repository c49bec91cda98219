package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Println(f())
	}
	var gs []func() int
	for i := 0; i < 6; i++ {
		if i%2 == 0 {
			continue
		}
		gs = append(gs, func() int { return i * 10 })
		i++
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	var hs []func() string
	for k, v := range []string{"a", "b", "c"} {
		hs = append(hs, func() string { return fmt.Sprint(k, v) })
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()
	var rs []func() int
	for n := range 3 {
		rs = append(rs, func() int { return n * n })
	}
	for _, r := range rs {
		fmt.Print(r(), " ")
	}
	fmt.Println()
	var xs []func() int
	for i := 0; i < 3; i++ {
		x := i * 100
		xs = append(xs, func() int { x++; return x })
	}
	fmt.Println(xs[0](), xs[0](), xs[1](), xs[2]())
	// A closure that changes the loop variable changes this iteration's copy.
	count := 0
	for i := 0; i < 10; i++ {
		inc := func() { i += 2 }
		inc()
		count++
	}
	fmt.Println(count)
	sum := 0
	for i, s := range "héllo" {
		_ = s
		sum += i
	}
	fmt.Println(sum)
}
