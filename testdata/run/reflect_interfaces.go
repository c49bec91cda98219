package main

import (
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
)

type Stringer interface{ String() string }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Box struct {
	Content any
	Err     error
	S       Stringer
}

type myErr struct{ msg string }

func (e *myErr) Error() string { return e.msg }

func main() {
	errType := reflect.TypeOf((*error)(nil)).Elem()
	strType := reflect.TypeOf((*Stringer)(nil)).Elem()
	readerType := reflect.TypeOf((*io.Reader)(nil)).Elem()
	fmt.Println(errType, errType.Kind(), errType.Name(), errType.PkgPath(), errType.NumMethod(), errType.Method(0).Name, errType.Method(0).Type)
	fmt.Println(strType, strType.Name(), strType.PkgPath(), readerType, readerType.PkgPath())
	for _, x := range []any{Temp(1), &myErr{}, myErr{}, errors.New("e"), strings.NewReader(""), 3} {
		t := reflect.TypeOf(x)
		fmt.Printf("%-22v error=%-5v stringer=%-5v reader=%v\n", t, t.Implements(errType), t.Implements(strType), t.Implements(readerType))
	}
	b := Box{Content: 42, Err: &myErr{"bad"}, S: Temp(21.5)}
	v := reflect.ValueOf(&b).Elem()
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		fmt.Println(v.Type().Field(i).Name, f.Kind(), f.Type(), f.Elem().Type(), f.Elem().Kind(), f.Elem(), f.IsNil())
	}
	fmt.Println(v.Field(0).Elem().CanSet(), v.Field(0).CanSet())
	v.Field(0).Set(reflect.ValueOf("replaced"))
	v.Field(2).Set(reflect.ValueOf(Temp(-3)))
	v.Field(1).Set(reflect.Zero(errType))
	fmt.Println(b.Content, b.S, b.Err == nil, v.Field(1).IsNil(), v.Field(1).Elem().IsValid())
	var empty Box
	ev := reflect.ValueOf(empty)
	fmt.Println(ev.Field(0).IsNil(), ev.Field(0).Elem().IsValid(), ev.Field(0).Kind())
	anys := []any{1, "two", 3.0, nil, []int{4}}
	av := reflect.ValueOf(anys)
	for i := 0; i < av.Len(); i++ {
		e := av.Index(i)
		fmt.Print(e.Kind(), ":", e.Elem().Kind(), " ")
	}
	fmt.Println()
}
