package main

import "fmt"

func helper() interface{} { return recover() }

func indirect() (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("outer caught: ", r)
		}
	}()
	defer func() {
		fmt.Println("helper got:", helper())
	}()
	defer func() {
		func() {
			fmt.Println("nested literal got:", recover())
		}()
	}()
	panic("p")
}

func noPanic() {
	defer func() { fmt.Println("no panic recover:", recover()) }()
}

func main() {
	fmt.Println(indirect())
	noPanic()
}
