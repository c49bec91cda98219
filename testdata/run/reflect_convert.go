package main

import (
	"fmt"
	"reflect"
)

type MyInt int
type Str string
type Point struct{ X, Y int }
type Pt struct {
	X int `json:"x"`
	Y int
}

func main() {
	conv := func(x any, to any) {
		v := reflect.ValueOf(x)
		t := reflect.TypeOf(to)
		if !v.CanConvert(t) {
			fmt.Printf("%v (%T) cannot convert to %v\n", x, x, t)
			return
		}
		r := v.Convert(t)
		fmt.Printf("%v (%T) -> %v (%s, %v)\n", x, x, r, r.Type(), r.Kind())
	}
	conv(3, 0.0)
	conv(3.9, 0)
	conv(-3.9, int8(0))
	conv(300, uint8(0))
	conv(-1, uint16(0))
	conv(65, "")
	conv("héllo", []byte(nil))
	conv("héllo", []rune(nil))
	conv([]byte("abc"), "")
	conv([]rune{0x48, 0x49}, "")
	conv(5, MyInt(0))
	conv(MyInt(7), 0)
	conv("s", Str(""))
	conv(Point{1, 2}, Pt{})
	conv(1.5, float32(0))
	conv(float32(0.1), 0.0)
	conv(uint64(1<<63), 0)
	conv("x", 0)
	conv([]int{1, 2, 3}, [3]int{})
	conv([]int{1}, [1]int{})
	conv(3, any(nil))
	var e error
	fmt.Println(reflect.TypeOf(1).ConvertibleTo(reflect.TypeOf(&e).Elem()))
	fmt.Println(reflect.ValueOf(42).Convert(reflect.TypeOf((*any)(nil)).Elem()).Kind())
	fmt.Println(reflect.TypeOf(1).AssignableTo(reflect.TypeOf(MyInt(1))), reflect.TypeOf(MyInt(1)).AssignableTo(reflect.TypeOf(1)))
	fmt.Println(reflect.TypeOf([]int{}).AssignableTo(reflect.TypeOf([]int(nil))), reflect.TypeOf(Point{}).AssignableTo(reflect.TypeOf(Pt{})))
	fmt.Println(reflect.TypeOf(make(chan int)).AssignableTo(reflect.TypeOf(make(<-chan int))))
}
