package main

import "fmt"

type P struct{ x int }

func (p P) show()   { fmt.Println("value recv", p.x) }
func (p *P) pshow() { fmt.Println("ptr recv", p.x) }

func init() {
	defer fmt.Println("init defer")
	fmt.Println("init body")
}

func inner() {
	panic("from inner")
}

func middle() (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("middle recovered ", r)
		}
	}()
	func() {
		defer func() {
			fmt.Println("deferred in literal sees panic, calls inner")
		}()
		inner()
	}()
	return "not reached"
}

func loopRecover() {
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("iteration", i, "recovered", r)
				}
			}()
			if i%2 == 0 {
				panic(i)
			}
			fmt.Println("iteration", i, "fine")
		}()
	}
}

func main() {
	p := P{1}
	defer p.show()
	defer p.pshow()
	p.x = 2
	fmt.Println(middle())
	loopRecover()
	var arr []int
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%v|%s\n", r, r)
			err := r.(error)
			fmt.Println(err.Error())
		}()
		_ = arr[3]
	}()
}
