package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func main() {
	dir, _ := os.MkdirTemp("", "gint-fsinfo")
	defer os.RemoveAll(dir)
	os.WriteFile(filepath.Join(dir, "f.txt"), []byte("12345"), 0640)
	os.Mkdir(filepath.Join(dir, "d"), 0750)
	fi, _ := os.Stat(filepath.Join(dir, "f.txt"))
	de := fs.FileInfoToDirEntry(fi)
	info, err := de.Info()
	fmt.Println(de.Name(), de.IsDir(), de.Type(), info.Size(), err, de)
	di, _ := os.Stat(filepath.Join(dir, "d"))
	dd := fs.FileInfoToDirEntry(di)
	fmt.Println(dd.Name(), dd.IsDir(), dd.Type(), dd)
	fmt.Println(fs.FileInfoToDirEntry(nil) == nil)
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		fmt.Println(fs.FormatDirEntry(e))
	}
	var _ fs.FileInfo = fi
	var _ fs.DirEntry = entries[0]
}
