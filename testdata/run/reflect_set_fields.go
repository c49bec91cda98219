package main

import (
	"fmt"
	"reflect"
	"strconv"
)

type Options struct {
	Name    string  `default:"server"`
	Port    int     `default:"8080"`
	Rate    float64 `default:"0.5"`
	Verbose bool    `default:"true"`
	Level   uint8   `default:"3"`
	Small   int8    `default:"-7"`
	Tags    []string
	Inner   struct {
		Depth int32 `default:"9"`
	}
	hidden int `default:"1"`
}

// applyDefaults fills zero fields from their `default` tags, as config loaders do.
func applyDefaults(ptr any) {
	v := reflect.ValueOf(ptr).Elem()
	t := v.Type()
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		if f.Kind() == reflect.Struct {
			applyDefaults(f.Addr().Interface())
			continue
		}
		def, ok := t.Field(i).Tag.Lookup("default")
		if !ok || !f.CanSet() || !f.IsZero() {
			continue
		}
		switch f.Kind() {
		case reflect.String:
			f.SetString(def)
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			n, _ := strconv.ParseInt(def, 10, 64)
			f.SetInt(n)
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
			n, _ := strconv.ParseUint(def, 10, 64)
			f.SetUint(n)
		case reflect.Float32, reflect.Float64:
			x, _ := strconv.ParseFloat(def, 64)
			f.SetFloat(x)
		case reflect.Bool:
			b, _ := strconv.ParseBool(def)
			f.SetBool(b)
		}
	}
}

func main() {
	o := Options{Port: 9000}
	applyDefaults(&o)
	fmt.Printf("%+v\n", o)

	v := reflect.ValueOf(&o).Elem()
	v.FieldByName("Tags").Set(reflect.ValueOf([]string{"a", "b"}))
	v.Field(0).Set(reflect.ValueOf("renamed"))
	fmt.Println(o.Tags, o.Name, v.Field(8).CanSet(), v.Field(8).CanAddr(), v.Field(8).CanInterface())

	// Wrap-around of SetInt/SetUint to the field's size.
	v.FieldByName("Level").SetUint(300)
	v.FieldByName("Small").SetInt(200)
	fmt.Println(o.Level, o.Small)

	// Setting through pointers to scalars and elements.
	x, f, b, s := 1, 1.5, false, "s"
	reflect.ValueOf(&x).Elem().SetInt(42)
	reflect.ValueOf(&f).Elem().SetFloat(2.25)
	reflect.ValueOf(&b).Elem().SetBool(true)
	reflect.ValueOf(&s).Elem().SetString("set")
	fmt.Println(x, f, b, s)
	arr := [3]int{1, 2, 3}
	reflect.ValueOf(&arr).Elem().Index(1).SetInt(20)
	sl := []float64{1, 2}
	reflect.ValueOf(sl).Index(0).SetFloat(-1)
	fmt.Println(arr, sl)
	var f32 float32
	reflect.ValueOf(&f32).Elem().SetFloat(0.1)
	fmt.Println(f32)
	m := map[string][]int{}
	mv := reflect.ValueOf(m)
	mv.SetMapIndex(reflect.ValueOf("k"), reflect.ValueOf([]int{1}))
	mv.SetMapIndex(reflect.ValueOf("j"), reflect.ValueOf([]int{2}))
	mv.SetMapIndex(reflect.ValueOf("j"), reflect.Value{})
	fmt.Println(m, len(m))
	// An interface-typed variable set to a concrete value.
	var anyv any = 1
	reflect.ValueOf(&anyv).Elem().Set(reflect.ValueOf("now a string"))
	fmt.Println(anyv)
	var err error
	reflect.ValueOf(&err).Elem().Set(reflect.ValueOf(fmt.Errorf("boom")))
	fmt.Println(err)
	reflect.ValueOf(&o).Elem().FieldByName("Port").SetZero()
	fmt.Println(o.Port)
}
