package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d", e.code) }

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Println(name, "recovered:", r)
	}()
	f()
	fmt.Println(name, "no panic")
}

func value() (v int) {
	defer func() {
		if r := recover(); r != nil {
			v = r.(int) * 2
		}
	}()
	panic(21)
}

func zero() int {
	defer func() { recover() }()
	panic("z")
}

func main() {
	fmt.Println("recover outside:", recover())
	try("string", func() { panic("boom") })
	try("int", func() { panic(42) })
	try("error", func() { panic(errors.New("an error")) })
	try("custom", func() { panic(&MyErr{7}) })
	try("fine", func() {})
	try("sprintf", func() { panic(fmt.Sprintf("x=%d", 5)) })
	fmt.Println("value:", value())
	fmt.Println("zero:", zero())
	try("twice", func() {
		defer func() {
			fmt.Println("inner recover:", recover())
			fmt.Println("second recover:", recover())
		}()
		panic("once")
	})
	try("nested", func() {
		defer fmt.Println("deferred print runs during panic")
		panic("deep")
	})
	try("replace", func() {
		defer func() { panic("second") }()
		panic("first")
	})
	fmt.Println("main end")
}
