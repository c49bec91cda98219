package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, _ := os.MkdirTemp("", "gint-chdir")
	defer os.RemoveAll(dir)
	old, _ := os.Getwd()
	os.Mkdir(filepath.Join(dir, "inner"), 0755)
	fmt.Println(os.Chdir(filepath.Join(dir, "inner")))
	wd, _ := os.Getwd()
	fmt.Println(filepath.Base(wd))
	os.WriteFile("rel.txt", []byte("relative"), 0644)
	b, err := os.ReadFile(filepath.Join(dir, "inner", "rel.txt"))
	fmt.Println(string(b), err)
	abs, _ := filepath.Abs("rel.txt")
	fmt.Println(strings.HasSuffix(abs, "/inner/rel.txt"), filepath.IsAbs(abs))
	err = os.Chdir("does-not-exist")
	fmt.Println(err, os.IsNotExist(err))
	err = os.Chdir("rel.txt")
	fmt.Println(err)
	os.Chdir(old)
}
