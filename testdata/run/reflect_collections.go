package main

import (
	"fmt"
	"reflect"
	"sort"
)

func main() {
	// MakeSlice, Append, AppendSlice, Slice, Slice3, Copy, SetLen.
	st := reflect.TypeOf([]string{})
	s := reflect.MakeSlice(st, 2, 5)
	s.Index(0).SetString("a")
	s.Index(1).SetString("b")
	s = reflect.Append(s, reflect.ValueOf("c"), reflect.ValueOf("d"))
	fmt.Println(s, s.Len(), s.Cap())
	s = reflect.AppendSlice(s, reflect.ValueOf([]string{"e", "f"}))
	fmt.Println(s, s.Len())
	fmt.Println(s.Slice(1, 3), s.Slice(1, 3).Len(), s.Slice3(0, 2, 3).Cap())
	ints := reflect.MakeSlice(reflect.TypeOf([]int{}), 0, 0)
	for i := 0; i < 5; i++ {
		ints = reflect.Append(ints, reflect.ValueOf(i*i))
	}
	fmt.Println(ints.Interface().([]int))
	dst := make([]int, 3)
	n := reflect.Copy(reflect.ValueOf(dst), ints)
	fmt.Println(n, dst)
	arr := [4]int{9, 9, 9, 9}
	n = reflect.Copy(reflect.ValueOf(&arr).Elem(), reflect.ValueOf([]int{1, 2}))
	fmt.Println(n, arr)
	b := make([]byte, 3)
	n = reflect.Copy(reflect.ValueOf(b), reflect.ValueOf("xyz!"))
	fmt.Println(n, string(b))
	as := reflect.ValueOf(&arr).Elem().Slice(1, 3)
	as.Index(0).SetInt(100)
	fmt.Println(arr, as.Type())
	sl := []int{1, 2, 3, 4}
	sv := reflect.ValueOf(&sl).Elem()
	sv.SetLen(2)
	fmt.Println(sl, len(sl), cap(sl))
	fmt.Println(reflect.ValueOf("hello").Slice(1, 3), reflect.ValueOf("hello").Index(1))
	fmt.Println(reflect.ValueOf([]byte("hi")).Bytes())

	// MakeMap, SetMapIndex, MapIndex, MapKeys, MapRange.
	mt := reflect.MapOf(reflect.TypeOf(""), reflect.TypeOf(0))
	m := reflect.MakeMap(mt)
	for i, k := range []string{"one", "two", "three"} {
		m.SetMapIndex(reflect.ValueOf(k), reflect.ValueOf(i+1))
	}
	fmt.Println(mt, m.Len(), m.MapIndex(reflect.ValueOf("two")), m.MapIndex(reflect.ValueOf("four")).IsValid())
	keys := m.MapKeys()
	sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
	fmt.Println(keys)
	iter := m.MapRange()
	total := 0
	names := []string{}
	for iter.Next() {
		total += int(iter.Value().Int())
		names = append(names, iter.Key().String())
	}
	sort.Strings(names)
	fmt.Println(total, names)
	fmt.Println(m.Interface().(map[string]int)["three"])
	var nm map[string]int
	fmt.Println(reflect.ValueOf(nm).MapKeys(), reflect.ValueOf(nm).MapIndex(reflect.ValueOf("x")).IsValid())

	// Arrays and pointers to arrays.
	a := [3]string{"x", "y", "z"}
	av := reflect.ValueOf(a)
	fmt.Println(av.Len(), av.Index(2), av.Type().Len(), av.Type().Elem(), reflect.ValueOf(&a).Len())
	// Channels.
	ch := make(chan int, 3)
	cv := reflect.ValueOf(ch)
	cv.Send(reflect.ValueOf(5))
	cv.Send(reflect.ValueOf(6))
	fmt.Println(cv.Len(), cv.Cap(), reflect.TypeOf(ch).ChanDir())
	x, ok := cv.Recv()
	fmt.Println(x, ok)
	cv.Close()
	x, ok = cv.Recv()
	fmt.Println(x, ok)
	x, ok = cv.Recv()
	fmt.Println(x, ok)
	fmt.Println(reflect.SliceOf(reflect.TypeOf(1.5)), reflect.PointerTo(reflect.TypeOf("")), reflect.PtrTo(mt))
}
