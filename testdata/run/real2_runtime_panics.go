package main

import (
	"errors"
	"fmt"
)

type Matrix struct {
	rows, cols int
	data       []float64
}

func (m *Matrix) At(r, c int) float64 { return m.data[r*m.cols+c] }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			err, isErr := r.(error)
			fmt.Printf("%-10s recovered: %v (error=%v)\n", name, r, isErr)
			var re interface{ RuntimeError() }
			if isErr && errors.As(err, &re) {
				fmt.Println("           it is a runtime error")
			}
		}
	}()
	f()
}

func main() {
	m := &Matrix{2, 2, []float64{1, 2, 3, 4}}
	try("at", func() { fmt.Println(m.At(1, 1)); fmt.Println(m.At(2, 0)) })
	try("nilmap", func() {
		var counts map[string]int
		fmt.Println(counts["x"], len(counts))
		counts["x"]++
	})
	try("nilptr", func() {
		var mm *Matrix
		fmt.Println(mm.rows)
	})
	try("assert", func() {
		var v any = "str"
		n := v.(int)
		fmt.Println(n)
	})
	try("slice", func() {
		s := []int{1, 2, 3}
		i := 5
		fmt.Println(s[1:i])
	})
	try("custom", func() { panic(fmt.Sprintf("custom %d", 42)) })
	try("errval", func() { panic(errors.New("an error value")) })
	try("conv", func() {
		s := make([]int, 2)
		a := [3]int(s)
		fmt.Println(a)
	})
	arr := []int{1, 2, 3}
	idx := 10
	fmt.Println("before fatal")
	fmt.Println(arr[idx%7])
}
