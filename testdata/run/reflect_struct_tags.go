package main

import (
	"fmt"
	"reflect"
)

type Config struct {
	Host    string  `json:"host" yaml:"hostname" default:"localhost"`
	Port    int     `json:"port,omitempty"`
	Debug   bool    `json:"-"`
	Ratio   float64 `env:"RATIO" json:"ratio,string"`
	Quoted  string  `json:"a\"b" x:"\u00e9\t"`
	Spaced  string  `  a:"1"   b:"2"  `
	Bad     string  `a:1 b:"2"`
	NoTag   string
	private int `json:"private"`
}

func main() {
	t := reflect.TypeOf(Config{})
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		json, ok := f.Tag.Lookup("json")
		fmt.Printf("%-8s tag=%q json=%q ok=%v yaml=%q default=%q exported=%v pkg=%q\n",
			f.Name, string(f.Tag), json, ok, f.Tag.Get("yaml"), f.Tag.Get("default"), f.IsExported(), f.PkgPath)
	}
	for _, k := range []string{"a", "b", "x", "env"} {
		for i := 4; i < 7; i++ {
			v, ok := t.Field(i).Tag.Lookup(k)
			fmt.Printf("%s/%d: %q %v\n", k, i, v, ok)
		}
	}
	tag := reflect.StructTag(`k1:"v1" k2:"v2 with spaces" k3:""`)
	fmt.Println(tag.Get("k1"), "|", tag.Get("k2"), "|", tag.Get("k3"), "|", tag.Get("k4"))
	f, ok := t.FieldByName("Ratio")
	fmt.Println(f.Name, f.Index, ok, f.Tag.Get("env"))
	_, ok = t.FieldByName("Missing")
	fmt.Println(ok)
	fmt.Println(t)
}
