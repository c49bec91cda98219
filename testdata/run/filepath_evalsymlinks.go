package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, _ := os.MkdirTemp("", "gint-evalsym")
	defer os.RemoveAll(dir)
	os.MkdirAll(filepath.Join(dir, "real", "sub"), 0755)
	os.WriteFile(filepath.Join(dir, "real", "sub", "file.txt"), []byte("x"), 0644)
	os.Symlink("real", filepath.Join(dir, "rel"))
	os.Symlink(filepath.Join(dir, "real", "sub"), filepath.Join(dir, "abs"))
	os.Symlink("rel/sub/file.txt", filepath.Join(dir, "chain"))
	os.Symlink("loop2", filepath.Join(dir, "loop1"))
	os.Symlink("loop1", filepath.Join(dir, "loop2"))
	show := func(p string) {
		r, err := filepath.EvalSymlinks(p)
		fmt.Printf("%q -> %q %v\n", strings.ReplaceAll(p, dir, "$DIR"), strings.ReplaceAll(r, dir, "$DIR"), strings.ReplaceAll(fmt.Sprint(err), dir, "$DIR"))
	}
	for _, p := range []string{"rel", "rel/sub", "abs/file.txt", "chain", "real/../rel/./sub", "missing", "real/sub/file.txt/x", "loop1", "rel/..", "."} {
		show(filepath.Join(dir, p))
	}
}
