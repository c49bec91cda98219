package main

import (
	"fmt"
	"reflect"
)

type Cell struct {
	N    int
	F    float64
	B    bool
	Arr  [2]int
	Sub  struct{ S string }
	Ptrs []*int
}

func main() {
	// Elements of slices are addressable: writes go to the slice's backing array.
	cells := []Cell{{N: 1}, {N: 2}}
	v := reflect.ValueOf(cells)
	v.Index(1).Field(0).SetInt(20)
	v.Index(0).Field(1).SetFloat(0.5)
	v.Index(0).Field(2).SetBool(true)
	v.Index(0).Field(3).Index(1).SetInt(7)
	v.Index(1).Field(4).Field(0).SetString("deep")
	fmt.Printf("%+v\n", cells)
	alias := cells[:1]
	reflect.ValueOf(alias).Index(0).Field(0).SetInt(100)
	fmt.Println(cells[0].N)
	// Arrays inside a variable, through a pointer.
	var grid [2][3]int
	g := reflect.ValueOf(&grid).Elem()
	for i := 0; i < 2; i++ {
		for j := 0; j < 3; j++ {
			g.Index(i).Index(j).SetInt(int64(i*10 + j))
		}
	}
	fmt.Println(grid)
	// Setting a whole array and a whole struct field.
	c := Cell{}
	cv := reflect.ValueOf(&c).Elem()
	cv.Field(3).Set(reflect.ValueOf([2]int{5, 6}))
	cv.Field(4).Set(reflect.ValueOf(struct{ S string }{"set"}))
	x := 9
	cv.Field(5).Set(reflect.ValueOf([]*int{&x, nil}))
	fmt.Println(c.Arr, c.Sub.S, *c.Ptrs[0], c.Ptrs[1] == nil)
	cv.Field(5).Index(0).Elem().SetInt(10)
	fmt.Println(x)
	// A copy made before a write keeps its value; one read after sees the write.
	before := cv.Field(3).Interface().([2]int)
	cv.Field(3).Index(0).SetInt(-1)
	fmt.Println(before, c.Arr, cv.Field(3).Interface())
	// Values read from a map are copies; setting needs SetMapIndex.
	m := map[string]Cell{"a": {N: 1}}
	mv := reflect.ValueOf(m).MapIndex(reflect.ValueOf("a"))
	fmt.Println(mv.CanSet(), mv.Field(0).CanSet())
	nc := reflect.New(mv.Type()).Elem()
	nc.Set(mv)
	nc.Field(0).SetInt(2)
	reflect.ValueOf(m).SetMapIndex(reflect.ValueOf("a"), nc)
	fmt.Println(m["a"].N)
	// Pointers to fields compare equal to Go's own.
	p := reflect.ValueOf(&c).Elem().Field(0).Addr().Interface().(*int)
	*p = 77
	fmt.Println(c.N, p == &c.N)
}
