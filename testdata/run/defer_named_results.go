package main

import (
	"errors"
	"fmt"
)

func double() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func cleanup() (err error) {
	defer func() {
		if err != nil {
			err = errors.New(fmt.Sprintf("wrapped: %v", err))
		}
	}()
	return errors.New("inner")
}

func counter() (n int, s string) {
	defer func() {
		n++
		s += "!"
	}()
	n = 5
	return n, "hi"
}

func unnamed() int {
	x := 1
	defer func() { x = 100 }()
	return x
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New(fmt.Sprint("recovered: ", r))
		}
	}()
	q = a / b
	return q, nil
}

func main() {
	fmt.Println(double())
	fmt.Println(cleanup())
	fmt.Println(counter())
	fmt.Println(unnamed())
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
}
