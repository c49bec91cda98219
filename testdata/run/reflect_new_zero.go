package main

import (
	"fmt"
	"reflect"
)

type Point struct {
	X, Y int
	Grid [2][2]float64
	Tags map[string]bool
}

func main() {
	for _, x := range []any{0, "", 1.5, false, []int{1}, map[string]int{}, Point{}, [2]bool{}, (*int)(nil)} {
		t := reflect.TypeOf(x)
		z := reflect.Zero(t)
		p := reflect.New(t)
		fmt.Printf("%-16v zero=%v (%v) new=%v elem=%v settable=%v %v\n", t, z, z.IsZero(), p.Type(), p.Elem(), p.Elem().CanSet(), z.CanSet())
	}
	pp := reflect.New(reflect.TypeOf(Point{}))
	pp.Elem().Field(0).SetInt(3)
	pp.Elem().Field(2).Index(1).Index(0).SetFloat(2.5)
	pp.Elem().Field(3).Set(reflect.MakeMap(reflect.TypeOf(map[string]bool{})))
	pp.Elem().Field(3).SetMapIndex(reflect.ValueOf("k"), reflect.ValueOf(true))
	pt := pp.Interface().(*Point)
	fmt.Printf("%+v\n", *pt)
	ip := reflect.New(reflect.TypeOf(0))
	ip.Elem().SetInt(7)
	fmt.Println(*ip.Interface().(*int))
	// Indirect follows one pointer, or none.
	x := 5
	fmt.Println(reflect.Indirect(reflect.ValueOf(&x)), reflect.Indirect(reflect.ValueOf(x)))
	px := &x
	ppx := &px
	v := reflect.ValueOf(ppx)
	fmt.Println(v.Kind(), v.Elem().Kind(), v.Elem().Elem().Kind(), v.Elem().Elem().Int())
	v.Elem().Elem().SetInt(6)
	fmt.Println(x, v.Elem().Elem().CanAddr(), v.Elem().CanSet(), v.CanSet())
	y := 10
	v.Elem().Set(reflect.ValueOf(&y))
	fmt.Println(**ppx, px == &y)
	// Addr of an addressable value gives a pointer to the same variable.
	a := reflect.ValueOf(&x).Elem().Addr()
	fmt.Println(a.Type(), a.Interface() == any(&x))
	// IsZero of each kind.
	var np *Point
	var ni any
	fmt.Println(reflect.ValueOf(Point{}).IsZero(), reflect.ValueOf(Point{X: 1}).IsZero(), reflect.ValueOf(np).IsZero(),
		reflect.ValueOf(&ni).Elem().IsZero(), reflect.ValueOf([2]int{0, 1}).IsZero(), reflect.ValueOf(-0.0).IsZero(),
		reflect.ValueOf([]int{}).IsZero(), reflect.ValueOf("").IsZero())
	// SetZero resets.
	pt.X = 9
	reflect.ValueOf(pt).Elem().SetZero()
	fmt.Printf("%+v\n", *pt)
}
