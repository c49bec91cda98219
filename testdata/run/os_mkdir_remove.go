package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// short shows an error with the temporary directory's path replaced.
func short(err error, dir string) string {
	if err == nil {
		return "<nil>"
	}
	return strings.ReplaceAll(err.Error(), dir, "$DIR")
}

func main() {
	dir, err := os.MkdirTemp("", "gint-mk")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	a := filepath.Join(dir, "a")
	fmt.Println(short(os.Mkdir(a, 0755), dir))
	err = os.Mkdir(a, 0755)
	fmt.Println(short(err, dir), os.IsExist(err), errors.Is(err, fs.ErrExist))
	fmt.Println(short(os.MkdirAll(filepath.Join(a, "b", "c"), 0755), dir))
	fmt.Println(short(os.MkdirAll(filepath.Join(a, "b", "c"), 0755), dir))
	fmt.Println(short(os.Mkdir(filepath.Join(dir, "x", "y"), 0755), dir))
	os.WriteFile(filepath.Join(a, "file"), []byte("x"), 0644)
	fmt.Println(short(os.MkdirAll(filepath.Join(a, "file", "sub"), 0755), dir))
	err = os.Remove(a)
	fmt.Println(short(err, dir), errors.Is(err, fs.ErrExist))
	fmt.Println(short(os.Remove(filepath.Join(a, "file")), dir))
	fmt.Println(short(os.Remove(filepath.Join(a, "b", "c")), dir))
	err = os.Remove(filepath.Join(dir, "none"))
	fmt.Println(short(err, dir), os.IsNotExist(err))
	fmt.Println(short(os.RemoveAll(a), dir))
	fmt.Println(short(os.RemoveAll(filepath.Join(dir, "never")), dir))
	_, err = os.Stat(a)
	fmt.Println(os.IsNotExist(err))

	os.WriteFile(filepath.Join(dir, "old"), []byte("content"), 0644)
	fmt.Println(short(os.Rename(filepath.Join(dir, "old"), filepath.Join(dir, "new")), dir))
	b, err := os.ReadFile(filepath.Join(dir, "new"))
	fmt.Println(string(b), err)
	err = os.Rename(filepath.Join(dir, "old"), filepath.Join(dir, "new2"))
	fmt.Println(short(err, dir), os.IsNotExist(err))
	var le *os.LinkError
	fmt.Println(errors.As(err, &le), le.Op)

	_, err = os.MkdirTemp(dir, "bad/pattern")
	fmt.Println(short(err, dir))
	_, err = os.CreateTemp(dir, "bad/pattern")
	fmt.Println(short(err, dir))
	_, err = os.MkdirTemp(filepath.Join(dir, "nodir"), "x")
	fmt.Println(short(err, dir))
	td, _ := os.MkdirTemp(dir, "pre-*-suf")
	base := filepath.Base(td)
	fmt.Println(strings.HasPrefix(base, "pre-"), strings.HasSuffix(base, "-suf"), len(base) > 8)
	tf, _ := os.CreateTemp(dir, "tmp*.txt")
	fmt.Println(strings.HasPrefix(filepath.Base(tf.Name()), "tmp"), strings.HasSuffix(tf.Name(), ".txt"))
	tf.WriteString("abc")
	tf.Close()
	fi, _ := os.Stat(tf.Name())
	fmt.Println(fi.Size(), fi.Mode())
	fmt.Println(os.TempDir() != "")
}
