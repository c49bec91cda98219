package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
)

func main() {
	dir, _ := os.MkdirTemp("", "gint-readdir")
	defer os.RemoveAll(dir)
	for _, n := range []string{"zeta.txt", "alpha.go", "Beta", "mid.md"} {
		os.WriteFile(filepath.Join(dir, n), []byte(n), 0644)
	}
	os.Mkdir(filepath.Join(dir, "sub"), 0755)
	os.MkdirAll(filepath.Join(dir, "sub", "deep", "er"), 0755)

	entries, err := os.ReadDir(dir)
	fmt.Println(len(entries), err)
	for _, e := range entries {
		info, err := e.Info()
		fmt.Println(e.Name(), e.IsDir(), e.Type(), info.Size(), err, e)
	}

	f, _ := os.Open(dir)
	names, err := f.Readdirnames(-1)
	sort.Strings(names)
	fmt.Println(names, err)
	f.Close()

	f, _ = os.Open(dir)
	total := 0
	for {
		batch, err := f.ReadDir(2)
		total += len(batch)
		if err == io.EOF {
			fmt.Println("EOF after", total)
			break
		}
		if err != nil {
			fmt.Println(err)
			break
		}
	}
	f.Close()

	_, err = os.ReadDir(filepath.Join(dir, "nope"))
	fmt.Println(os.IsNotExist(err))
	_, err = os.ReadDir(filepath.Join(dir, "mid.md"))
	fmt.Println(err != nil)
	empty := filepath.Join(dir, "sub", "deep", "er")
	es, err := os.ReadDir(empty)
	fmt.Println(len(es), es == nil, err)
}
