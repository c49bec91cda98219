// run

package main

import (
	"errors"
	"fmt"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func find(n int) error {
	if n < 0 {
		return &MyErr{n}
	}
	if n == 0 {
		return errors.New("zero")
	}
	return nil
}

type Pt struct{ X, Y int }

func (p Pt) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	var t Temp = 21.5
	fmt.Println(t)
	fmt.Printf("%v %s %.2f\n", t, t, float64(t))
	for _, n := range []int{-3, 0, 5} {
		err := find(n)
		if err != nil {
			fmt.Println("error:", err)
			fmt.Printf("%v|%s\n", err, err.Error())
		} else {
			fmt.Println("ok", err)
		}
	}
	p := Pt{1, 2}
	fmt.Println(p, &p)
	fmt.Printf("%v %d\n", p, p)
	s := fmt.Sprint(p, t)
	fmt.Println(s)
}
