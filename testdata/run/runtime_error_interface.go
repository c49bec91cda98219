package main

import (
	"errors"
	"fmt"
	"runtime"
)

func try(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(runtime.Error); ok {
				err = re
				return
			}
			err = fmt.Errorf("other: %v", r)
		}
	}()
	f()
	return nil
}

func main() {
	var xs []int
	fmt.Println(try(func() { _ = xs[3] }))
	var m map[string]int
	fmt.Println(try(func() { m["a"] = 1 }))
	fmt.Println(try(func() { panic("plain") }))
	err := try(func() { var p *struct{ X int }; _ = p.X })
	var re runtime.Error
	fmt.Println(errors.As(err, &re), err)
}
