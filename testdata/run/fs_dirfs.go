package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func main() {
	dir, _ := os.MkdirTemp("", "gint-dirfs")
	defer os.RemoveAll(dir)
	for _, f := range []string{"a.txt", "sub/b.txt", "sub/deeper/c.go", "z/y.md"} {
		p := filepath.Join(dir, f)
		os.MkdirAll(filepath.Dir(p), 0755)
		os.WriteFile(p, []byte("content of "+f), 0644)
	}
	fsys := os.DirFS(dir)
	b, err := fs.ReadFile(fsys, "sub/b.txt")
	fmt.Printf("%q %v\n", b, err)
	_, err = fs.ReadFile(fsys, "nope.txt")
	fmt.Println(err, errors.Is(err, fs.ErrNotExist))
	_, err = fsys.Open("../escape")
	fmt.Println(err, errors.Is(err, fs.ErrInvalid))
	_, err = fsys.Open("/abs")
	fmt.Println(err)
	entries, err := fs.ReadDir(fsys, ".")
	for _, e := range entries {
		fmt.Println(e.Name(), e.IsDir())
	}
	fmt.Println(err)
	info, err := fs.Stat(fsys, "sub/deeper/c.go")
	fmt.Println(info.Name(), info.Size(), info.IsDir(), err)
	err = fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Name() == "z" {
			return fs.SkipDir
		}
		fmt.Println("walk:", path, d.IsDir())
		return nil
	})
	fmt.Println(err)
	f, err := fsys.Open("a.txt")
	st, _ := f.Stat()
	fmt.Println(st.Name(), st.Size(), err)
	f.Close()
}
