package main

import (
	"fmt"
	"path/filepath"
	"strings"
)

func main() {
	fmt.Println(filepath.Join("dir", "sub", "..", "file.txt"), filepath.Join(), filepath.Join("", "a"))
	fmt.Println(filepath.Base("/a/b.txt"), filepath.Dir("/a/b.txt"), filepath.Ext("/a/b.txt"), filepath.Clean("a//b/./c/.."))
	d, f := filepath.Split("/usr/local/bin")
	fmt.Println(d, f)
	fmt.Println(filepath.IsAbs("/x"), filepath.IsAbs("x"), filepath.ToSlash("a/b"), filepath.FromSlash("a/b"), filepath.VolumeName("/a") == "")
	fmt.Println(string(filepath.Separator), string(filepath.ListSeparator))
	fmt.Printf("%q %q %q\n", filepath.SplitList("/bin:/usr/bin::/x"), filepath.SplitList(""), filepath.SplitList("one"))
	rels := [][2]string{
		{"/a/b", "/a/b/c/d"}, {"/a/b/c", "/a/x"}, {"a/b", "a/b"}, {"a", "b"}, {".", "a/b"}, {"a/b", "."},
		{"/", "/a"}, {"/a", "/"}, {"a", "/a"}, {"../a", "b"}, {"a/../b", "b/c"}, {"/a/b/", "/a/b/../c"},
	}
	for _, r := range rels {
		rel, err := filepath.Rel(r[0], r[1])
		fmt.Printf("Rel(%q, %q) = %q, %v\n", r[0], r[1], rel, err)
	}
	abs, err := filepath.Abs("x/../y")
	fmt.Println(filepath.IsAbs(abs), strings.HasSuffix(abs, "/y"), err)
	abs, _ = filepath.Abs("/tmp/../etc/")
	fmt.Println(abs)
	for _, p := range []string{"a", "a/b", "", "/a", "..", "../a", "a/../..", "a/../b", "./a", "a/./../..x"} {
		fmt.Print(filepath.IsLocal(p), " ")
	}
	fmt.Println()
	m, err := filepath.Match("*.txt", "notes.txt")
	fmt.Println(m, err)
	_, err = filepath.Match("[", "x")
	fmt.Println(err, err == filepath.ErrBadPattern)
	fmt.Println(strings.Repeat("=", 3))
}
