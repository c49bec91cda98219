package main

import (
	"fmt"
	"path"
)

func main() {
	for _, p := range []string{"", ".", "..", "/", "//", "a/b/../c", "/../a", "a/../..", "./a//b/", "abc/./../def", "/a/b/c/../../d", "a/b/c/../../../..", "../../x"} {
		fmt.Printf("Clean(%q) = %q\n", p, path.Clean(p))
	}
	fmt.Println(path.Join("a", "b", "c"), path.Join("a", "", "c"), path.Join("", ""), path.Join("/", "x"), path.Join("a/", "/b/"), path.Join("a", "../..", "c"))
	for _, p := range []string{"", "/", "a/b", "a/b/", "/a", "a", "a/b.go/", "//x//"} {
		d, f := path.Split(p)
		fmt.Printf("%q: Base=%q Dir=%q Ext=%q Split=(%q,%q) IsAbs=%v\n", p, path.Base(p), path.Dir(p), path.Ext(p), d, f, path.IsAbs(p))
	}
	fmt.Println(path.Ext("x.tar.gz"), path.Ext("a.b/c"), path.Ext(".hidden"), path.Ext("noext"))
}
