package main

import "fmt"

type Acc struct{ n int }

func (a *Acc) Add(xs ...int) int {
	for _, x := range xs {
		a.n += x
	}
	return a.n
}

type Adder interface{ Add(...int) int }

func sum(label string, xs ...int) string {
	t := 0
	for _, x := range xs {
		t += x
	}
	return fmt.Sprint(label, t, len(xs), xs == nil)
}

func show(xs ...any) { fmt.Println(xs...) }

func logf(format string, args ...any) string { return fmt.Sprintf("["+format+"]", args...) }

func floats(fs ...float64) float64 {
	t := 0.0
	for _, f := range fs {
		t += f
	}
	return t
}

func mutate(xs ...int) { xs[0] = 99 }

func main() {
	fmt.Println(sum("a"), sum("b", 1, 2, 3), sum("c", []int{4, 5}...))
	a := &Acc{}
	fmt.Println(a.Add(1, 2), a.Add(), a.Add([]int{10}...))
	var i Adder = a
	fmt.Println(i.Add(5, 5), i.Add())
	show(1, "x", 2.5, nil, true)
	show()
	f := sum
	fmt.Println(f("d", 7, 8))
	fmt.Println(logf("%d-%s", 4, "four"), logf("none"))
	fmt.Println(floats(1.5, 2), floats())
	s := []int{1, 2}
	mutate(s...)
	fmt.Println(s)
	defer show("deferred", 1)
	var nilSlice []int
	fmt.Println(sum("e", nilSlice...))
	mutate()
}
