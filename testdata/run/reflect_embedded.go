package main

import (
	"fmt"
	"reflect"
)

type Base struct {
	ID      int
	Created string
}

func (b Base) Describe() string { return fmt.Sprintf("base#%d", b.ID) }
func (b *Base) SetID(id int)    { b.ID = id }

type Named struct {
	Name string
}

type Product struct {
	Base
	*Named
	Price float64
	ID    string // shadows Base.ID
}

type inner struct{ Hidden int }
type Outer struct {
	inner
	Visible int
}

func main() {
	t := reflect.TypeOf(Product{})
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Println(f.Name, f.Type, f.Anonymous, f.Index)
	}
	for _, name := range []string{"ID", "Created", "Name", "Price", "Describe", "Nope"} {
		f, ok := t.FieldByName(name)
		fmt.Println(name, ok, f.Index, f.Type)
	}
	p := Product{Base: Base{ID: 7, Created: "today"}, Named: &Named{"widget"}, Price: 9.5, ID: "P7"}
	v := reflect.ValueOf(&p).Elem()
	fmt.Println(v.FieldByName("Created"), v.FieldByName("Name"), v.FieldByName("ID"), v.FieldByIndex([]int{0, 0}))
	v.FieldByName("Name").SetString("gadget")
	v.FieldByIndex([]int{0, 0}).SetInt(8)
	fmt.Println(p.Named.Name, p.Base.ID)
	fmt.Println(t.NumMethod(), reflect.TypeOf(&p).NumMethod())
	for i := 0; i < reflect.TypeOf(&p).NumMethod(); i++ {
		fmt.Println(reflect.TypeOf(&p).Method(i).Name)
	}
	out := reflect.ValueOf(p).MethodByName("Describe").Call(nil)
	fmt.Println(out[0])
	reflect.ValueOf(&p).MethodByName("SetID").Call([]reflect.Value{reflect.ValueOf(99)})
	fmt.Println(p.Base.ID)
	o := Outer{inner{1}, 2}
	ov := reflect.ValueOf(&o).Elem()
	ft := ov.Type().Field(0)
	fmt.Println(ft.Name, ft.Anonymous, ft.IsExported(), ft.PkgPath, ov.Field(0).CanSet())
	h := ov.FieldByName("Hidden")
	fmt.Println(h.Int(), h.CanSet())
}
