package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Tree struct {
	Value    int
	Children []*Tree
	Parent   *Tree `json:"-"`
}

type List struct {
	Head int
	Tail *List
}

// sum adds every int reachable from v, skipping fields tagged json:"-".
func sum(v reflect.Value) int {
	switch v.Kind() {
	case reflect.Int:
		return int(v.Int())
	case reflect.Pointer:
		if v.IsNil() {
			return 0
		}
		return sum(v.Elem())
	case reflect.Slice:
		total := 0
		for i := 0; i < v.Len(); i++ {
			total += sum(v.Index(i))
		}
		return total
	case reflect.Struct:
		total := 0
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).Tag.Get("json") == "-" {
				continue
			}
			total += sum(v.Field(i))
		}
		return total
	}
	return 0
}

// typeTree prints a type's structure, stopping at types already seen.
func typeTree(t reflect.Type, depth int, seen map[reflect.Type]bool) {
	ind := strings.Repeat("  ", depth)
	if seen[t] {
		fmt.Printf("%s%v (seen)\n", ind, t)
		return
	}
	fmt.Printf("%s%v %v\n", ind, t, t.Kind())
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice:
		typeTree(t.Elem(), depth+1, seen)
	case reflect.Struct:
		seen[t] = true
		for i := 0; i < t.NumField(); i++ {
			fmt.Printf("%s .%s\n", ind, t.Field(i).Name)
			typeTree(t.Field(i).Type, depth+2, seen)
		}
	}
}

func main() {
	root := &Tree{Value: 1}
	for i := 2; i <= 4; i++ {
		c := &Tree{Value: i, Parent: root}
		c.Children = []*Tree{{Value: i * 10, Parent: c}}
		root.Children = append(root.Children, c)
	}
	fmt.Println(sum(reflect.ValueOf(root)))
	l := &List{1, &List{2, &List{3, nil}}}
	fmt.Println(sum(reflect.ValueOf(l)))
	typeTree(reflect.TypeOf(root), 0, map[reflect.Type]bool{})
	typeTree(reflect.TypeOf(List{}), 0, map[reflect.Type]bool{})
	fmt.Println(reflect.TypeOf(Tree{}).Field(2).Type.Elem() == reflect.TypeOf(Tree{}))
}
