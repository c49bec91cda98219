package main

import (
	"errors"
	"fmt"
)

func safeDivide(a, b int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func parseAll(inputs []string) (out []int, err error) {
	defer func() {
		if r := recover(); r != nil {
			out = nil
			err = errors.New(fmt.Sprint("parse panic: ", r))
		}
	}()
	for _, s := range inputs {
		out = append(out, mustAtoi(s))
	}
	return out, nil
}

func mustAtoi(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			panic(fmt.Sprintf("bad digit %q in %q", c, s))
		}
		n = n*10 + int(c-'0')
	}
	return n
}

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("exit", name) }
}

func nested() {
	defer trace("nested")()
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body of nested")
}

func main() {
	fmt.Println(safeDivide(10, 2))
	fmt.Println(safeDivide(1, 0))
	fmt.Println(parseAll([]string{"12", "34"}))
	fmt.Println(parseAll([]string{"12", "3x4"}))
	nested()
	var arr []int
	func() {
		defer func() {
			r := recover()
			if e, ok := r.(error); ok {
				fmt.Println("runtime error caught:", e.Error())
			}
		}()
		fmt.Println(arr[5])
	}()
	fmt.Println("done")
}
