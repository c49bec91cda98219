package main

import (
	"fmt"
	"reflect"
)

type MyInt int
type Celsius float64
type Names []string
type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Shape interface {
	Area() float64
	Perimeter() float64
}

func main() {
	var iface Shape
	values := []any{
		true, 1, int8(2), int16(3), int32(4), int64(5),
		uint(6), uint8(7), uint16(8), uint32(9), uint64(10), uintptr(11),
		float32(1.5), 2.5,
		[3]int{1, 2, 3}, make(chan int), func(int) string { return "" },
		map[string]int{}, new(int), []byte("hi"), "str", struct{ A int }{1},
		MyInt(3), Celsius(20), Names{"a"}, Pair[string, int]{"a", 1},
		&iface, [0]struct{}{}, make(<-chan bool), make(chan<- []int),
	}
	for _, v := range values {
		t := reflect.TypeOf(v)
		fmt.Printf("%-28s kind=%-14s name=%-18q pkg=%q size=%d align=%d cmp=%v\n",
			t.String(), t.Kind(), t.Name(), t.PkgPath(), t.Size(), t.Align(), t.Comparable())
	}
	fmt.Println(reflect.TypeOf(nil) == nil)
	fmt.Println(reflect.Kind(100), reflect.Ptr, reflect.Invalid, reflect.UnsafePointer, reflect.Kind(26))
	fmt.Println(reflect.TypeOf(&iface).Elem().Kind(), reflect.TypeOf(&iface).Elem().Name())
	for _, v := range []any{int8(0), 0, float32(0), 0.0, uint16(0)} {
		fmt.Println(reflect.TypeOf(v).Bits())
	}
}
