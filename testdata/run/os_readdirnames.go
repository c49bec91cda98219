package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
)

func main() {
	dir, _ := os.MkdirTemp("", "gint-names")
	defer os.RemoveAll(dir)
	for i := 0; i < 5; i++ {
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("f%d", i)), []byte("abc"[:i%3]), 0644)
	}
	f, _ := os.Open(dir)
	var all []string
	for {
		names, err := f.Readdirnames(2)
		fmt.Println(len(names), err)
		all = append(all, names...)
		if err == io.EOF {
			break
		}
	}
	sort.Strings(all)
	fmt.Println(all)
	f.Close()

	f, _ = os.Open(dir)
	infos, err := f.Readdir(-1)
	sort.Slice(infos, func(i, j int) bool { return infos[i].Name() < infos[j].Name() })
	for _, fi := range infos {
		fmt.Println(fi.Name(), fi.Size(), fi.Mode())
	}
	fmt.Println(err)
	infos, err = f.Readdir(-1)
	fmt.Println(len(infos), err)
	infos, err = f.Readdir(1)
	fmt.Println(len(infos), err)
	f.Close()
}
