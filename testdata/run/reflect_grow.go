package main

import (
	"fmt"
	"reflect"
)

type Small int8

func main() {
	// Decoding-style appends: Grow, then SetLen and set the new element.
	var out []int
	v := reflect.ValueOf(&out).Elem()
	for i := 0; i < 5; i++ {
		n := v.Len()
		if n >= v.Cap() {
			v.Grow(1)
		}
		v.SetLen(n + 1)
		v.Index(n).SetInt(int64(i * i))
	}
	fmt.Println(out, len(out))
	v.SetCap(len(out))
	fmt.Println(cap(out) == len(out))
	v.Clear()
	fmt.Println(out)
	m := map[string]int{"a": 1, "b": 2}
	reflect.ValueOf(m).Clear()
	fmt.Println(len(m))
	var s Small
	sv := reflect.ValueOf(&s).Elem()
	for _, x := range []int64{127, 128, -128, -129} {
		fmt.Println(x, sv.OverflowInt(x))
	}
	var u uint16
	fmt.Println(reflect.ValueOf(&u).Elem().OverflowUint(65536), reflect.ValueOf(float32(0)).OverflowFloat(1e40))
	n, ok := reflect.TypeAssert[int](reflect.ValueOf(42))
	fmt.Println(n, ok)
	str, ok := reflect.TypeAssert[string](reflect.ValueOf(42))
	fmt.Printf("%q %v\n", str, ok)
	e, ok := reflect.TypeAssert[fmt.Stringer](reflect.ValueOf(reflect.TypeOf(1)))
	fmt.Println(e, ok)
}
