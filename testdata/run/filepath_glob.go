package main

import (
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	dir, _ := os.MkdirTemp("", "gint-glob")
	defer os.RemoveAll(dir)
	for _, f := range []string{"a.txt", "b.txt", "c.go", "sub/d.txt", "sub/e.go", "sub2/f.txt", "[x].txt"} {
		p := filepath.Join(dir, f)
		os.MkdirAll(filepath.Dir(p), 0755)
		os.WriteFile(p, nil, 0644)
	}
	show := func(pattern string) {
		m, err := filepath.Glob(filepath.Join(dir, pattern))
		var rel []string
		for _, p := range m {
			r, _ := filepath.Rel(dir, p)
			rel = append(rel, r)
		}
		fmt.Printf("%-12s %q %v %v\n", pattern, rel, err, m == nil)
	}
	show("*.txt")
	show("*.go")
	show("*/*.txt")
	show("sub*/*")
	show("?.go")
	show("[ab].txt")
	show("nothing*")
	show("a.txt")
	show("missing.txt")
	show("[")
	show("\\[x\\].txt")
	show("*/")
}
