// Runtime panics recovered into errors: index out of range, nil map writes, nil pointer
// dereference, failed type assertions, division by zero, closed channels, custom panic
// values; then a re-panic that ends the program.
package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
)

type PanicError struct {
	Op    string
	Value any
}

func (p *PanicError) Error() string { return fmt.Sprintf("%s panicked: %v", p.Op, p.Value) }

func try(op string, f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			var re runtime.Error
			if e, ok := r.(error); ok && errors.As(e, &re) {
				err = fmt.Errorf("%s: runtime error caught: %w", op, e)
				return
			}
			err = &PanicError{op, r}
		}
	}()
	f()
	return nil
}

type shape interface{ Area() float64 }
type square struct{ s float64 }

func (q square) Area() float64 { return q.s * q.s }

func main() {
	var m map[string]int
	var p *square
	var sh shape = square{2}
	zero := 0
	xs := []int{1, 2, 3}
	ch := make(chan int)
	close(ch)
	ops := []struct {
		name string
		f    func()
	}{
		{"index", func() { _ = xs[len(xs)+zero] }},
		{"slice", func() { _ = xs[2:zero+1] }},
		{"nilmap", func() { m["a"] = 1 }},
		{"nilptr", func() { fmt.Println(p.s) }},
		{"assert", func() { _ = sh.(interface{ Perimeter() float64 }) }},
		{"assert2", func() { var x any = "str"; _ = x.(int) }},
		{"divide", func() { fmt.Println(10 / zero) }},
		{"closed", func() { ch <- 1 }},
		{"closeclosed", func() { close(ch) }},
		{"custom", func() { panic(fmt.Sprintf("bad value %d", 42)) }},
		{"error", func() { panic(os.ErrNotExist) }},
		{"ok", func() {}},
		{"conversion", func() { _ = []int(nil)[:4] }},
		{"array", func() { var a [3]int; i := 5; a[i%8] = 1 }},
		{"makeslice", func() { n := -1 + zero; _ = make([]int, n) }},
	}
	for _, op := range ops {
		err := try(op.name, op.f)
		var pe *PanicError
		fmt.Printf("%-12s %v | panicErr=%v\n", op.name, err, errors.As(err, &pe))
	}
	fmt.Println(m == nil, len(m), m["missing"])
	v, ok := <-ch
	fmt.Println(v, ok)
	func() {
		defer func() {
			r := recover()
			fmt.Println("outer recovered:", r)
			defer func() { fmt.Println("inner recovered:", recover()) }()
			panic("second")
		}()
		panic("first")
	}()
	defer fmt.Println("deferred before final panic")
	defer func() {
		r := recover()
		panic(fmt.Errorf("re-panic: %v", r))
	}()
	var arr []string
	fmt.Println(arr[1])
}
