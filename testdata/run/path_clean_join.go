package main

import (
	"fmt"
	"path"
	"path/filepath"
)

func main() {
	joins := [][]string{
		{}, {""}, {"", ""}, {"a"}, {"a", ""}, {"", "b"}, {"/", "a", "b"}, {"a", "/b"}, {"a/", "b/"},
		{"a", "..", "..", "b"}, {"/", ".."}, {".", "."}, {"a//", "//b"}, {"a", "b/../../../c"},
	}
	for _, j := range joins {
		fmt.Printf("%q -> %q %q\n", j, path.Join(j...), filepath.Join(j...))
	}
	for _, p := range []string{"/a/b/", "a/b/c.txt", "c.txt", "/", "", "a/", ".", ".."} {
		fmt.Printf("%q dir=%q base=%q ext=%q\n", p, filepath.Dir(p), filepath.Base(p), filepath.Ext(p))
	}
}
