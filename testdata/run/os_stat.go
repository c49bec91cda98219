package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "gint-stat-*")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	p := filepath.Join(dir, "data.txt")
	if err := os.WriteFile(p, []byte("hello, world\n"), 0644); err != nil {
		fmt.Println(err)
	}
	fi, err := os.Stat(p)
	fmt.Println(err, fi.Name(), fi.Size(), fi.Mode(), fi.IsDir(), fi.Mode().IsRegular(), fi.Mode().Perm())
	fmt.Println(fi.ModTime().IsZero(), fi.ModTime().Year() > 2000)

	di, err := os.Stat(dir)
	fmt.Println(err, di.IsDir(), di.Mode().IsDir(), di.Mode()&fs.ModeDir != 0, di.Mode().Perm(), di.Mode().Type() == fs.ModeDir)

	os.Chmod(p, 0600)
	fi, _ = os.Stat(p)
	fmt.Println(fi.Mode(), fi.Mode().String())

	_, err = os.Stat(filepath.Join(dir, "missing"))
	fmt.Println(errors.Is(err, fs.ErrNotExist), os.IsNotExist(err), errors.Is(err, os.ErrNotExist))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, filepath.Base(pe.Path), pe.Err)
	}
	_, err = os.Lstat(filepath.Join(dir, "missing"))
	fmt.Println(err.(*os.PathError).Op)

	if err := os.Symlink("data.txt", filepath.Join(dir, "link")); err != nil {
		fmt.Println(err)
	}
	li, _ := os.Lstat(filepath.Join(dir, "link"))
	si, _ := os.Stat(filepath.Join(dir, "link"))
	fmt.Println(li.Mode()&fs.ModeSymlink != 0, li.Mode().Type() == fs.ModeSymlink, si.Mode().IsRegular(), si.Size(), li.Name())
	target, err := os.Readlink(filepath.Join(dir, "link"))
	fmt.Println(target, err)

	f, _ := os.Open(p)
	fi2, err := f.Stat()
	fmt.Println(fi2.Name(), fi2.Size(), err)
	f.Close()
	_, err = f.Stat()
	fmt.Println(errors.Is(err, os.ErrClosed))
	_, err = os.Stat(dir + "/data.txt/")
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "$DIR"))
}
