package main

import (
	"fmt"
	"reflect"
	"sort"
)

type Celsius float64
type ID string
type Flags uint8

type Rec struct {
	A int
	B string
}

func main() {
	// Values of declared scalar types keep their type.
	for _, x := range []any{Celsius(21.5), ID("x1"), Flags(3)} {
		v := reflect.ValueOf(x)
		fmt.Println(v.Type(), v.Kind(), v.Type().Name(), v.Type().PkgPath(), v)
	}
	fmt.Println(reflect.ValueOf(Celsius(1.5)).Float(), reflect.ValueOf(ID("q")).String(), reflect.ValueOf(Flags(9)).Uint())
	// CanInt & co.
	for _, x := range []any{1, uint(1), 1.0, "s", true} {
		v := reflect.ValueOf(x)
		fmt.Println(v.Kind(), v.CanInt(), v.CanUint(), v.CanFloat(), v.CanComplex())
	}
	// Swapper sorts any slice.
	s := []string{"c", "a", "b"}
	sw := reflect.Swapper(s)
	sw(0, 2)
	fmt.Println(s)
	recs := []Rec{{3, "c"}, {1, "a"}, {2, "b"}}
	sort.Slice(recs, func(i, j int) bool { return recs[i].A < recs[j].A })
	fmt.Println(recs)
	// Equal and Comparable.
	fmt.Println(reflect.ValueOf(1).Equal(reflect.ValueOf(1)), reflect.ValueOf(1).Equal(reflect.ValueOf(int64(1))),
		reflect.ValueOf(Rec{1, "a"}).Equal(reflect.ValueOf(Rec{1, "a"})), reflect.ValueOf([]int{}).Comparable(),
		reflect.ValueOf(Rec{}).Comparable())
	// Pointer identity.
	x := 1
	p1, p2 := reflect.ValueOf(&x).Pointer(), reflect.ValueOf(&x).Pointer()
	fmt.Println(p1 == p2, p1 != 0, reflect.ValueOf((*int)(nil)).Pointer())
	// Overflow checks.
	i8 := reflect.TypeOf(int8(0))
	u8 := reflect.TypeOf(uint8(0))
	f32 := reflect.TypeOf(float32(0))
	fmt.Println(i8.OverflowInt(127), i8.OverflowInt(128), i8.OverflowInt(-129), u8.OverflowUint(255), u8.OverflowUint(256),
		f32.OverflowFloat(1e39), f32.OverflowFloat(1e38))
	v := reflect.ValueOf(&x).Elem()
	fmt.Println(v.Type().Size(), reflect.TypeOf(Rec{}).Size(), reflect.TypeOf(struct {
		a bool
		b int64
		c bool
	}{}).Size(), reflect.TypeOf([3]int16{}).Size(), reflect.TypeOf(struct{}{}).Size())
	// Method values of Kind Func.
	fmt.Println(reflect.ValueOf(sort.Strings).Kind(), reflect.TypeOf(sort.Strings).String())
	// String of non-string values.
	fmt.Println(reflect.ValueOf([]int{1}).String(), reflect.ValueOf(Rec{}).String(), reflect.ValueOf(&x).String(), reflect.ValueOf(Celsius(2)).String())
	// ChanDir names.
	fmt.Println(reflect.BothDir, reflect.RecvDir, reflect.SendDir)
	fmt.Println(reflect.TypeOf(make(chan<- int)).ChanDir(), reflect.TypeOf(make(<-chan int)).Elem())
}
