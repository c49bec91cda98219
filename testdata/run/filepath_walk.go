package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func setup() string {
	dir, _ := os.MkdirTemp("", "gint-walk")
	for _, d := range []string{"a/x", "a/y", "b", "c/deep/er", "skip/me"} {
		os.MkdirAll(filepath.Join(dir, d), 0755)
	}
	for _, f := range []string{"a/1.txt", "a/x/2.go", "a/y/3.txt", "b/4.md", "c/deep/er/5.txt", "skip/me/6.txt", "top.txt", "z.go"} {
		os.WriteFile(filepath.Join(dir, f), []byte(f), 0644)
	}
	return dir
}

func main() {
	dir := setup()
	defer os.RemoveAll(dir)
	rel := func(p string) string {
		r, _ := filepath.Rel(dir, p)
		return r
	}

	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "skip" {
			return filepath.SkipDir
		}
		fmt.Println("walkdir", rel(path), d.IsDir(), d.Type().IsDir())
		return nil
	})
	fmt.Println("err:", err)

	err = filepath.Walk(dir, func(path string, info fs.FileInfo, err error) error {
		if err != nil {
			return err
		}
		if info.Name() == "1.txt" {
			return filepath.SkipDir // skips the rest of a/
		}
		fmt.Println("walk", rel(path), info.IsDir(), info.Size() > 0 || info.IsDir())
		return nil
	})
	fmt.Println("err:", err)

	count := 0
	err = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		count++
		if strings.HasSuffix(path, ".md") {
			return filepath.SkipAll
		}
		return nil
	})
	fmt.Println("stopped after", count, err)

	sentinel := errors.New("stop here")
	err = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if d.Name() == "x" {
			return sentinel
		}
		return nil
	})
	fmt.Println(err, err == sentinel)

	err = filepath.WalkDir(filepath.Join(dir, "missing"), func(path string, d fs.DirEntry, err error) error {
		fmt.Println("called with", d == nil, os.IsNotExist(err))
		return err
	})
	fmt.Println(os.IsNotExist(err))
	err = filepath.Walk(filepath.Join(dir, "missing"), func(path string, info fs.FileInfo, err error) error {
		fmt.Println("walk called with", info == nil, os.IsNotExist(err))
		return nil
	})
	fmt.Println(err)
	// Walking a file visits just the file.
	filepath.WalkDir(filepath.Join(dir, "top.txt"), func(path string, d fs.DirEntry, err error) error {
		fmt.Println("file root", rel(path), d.IsDir())
		return nil
	})
}
