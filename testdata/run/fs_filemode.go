package main

import (
	"fmt"
	"io/fs"
	"os"
)

func main() {
	modes := []fs.FileMode{
		0, 0644, 0755, 0777, fs.ModeDir | 0755, fs.ModeSymlink | 0777, fs.ModeNamedPipe | 0600,
		fs.ModeSocket, fs.ModeDevice | fs.ModeCharDevice | 0620, fs.ModeDevice | 0660,
		fs.ModeSetuid | 0755, fs.ModeSetgid | 0755, fs.ModeSticky | fs.ModeDir | 0777,
		fs.ModeAppend | 0644, fs.ModeExclusive, fs.ModeTemporary, fs.ModeIrregular, ^fs.FileMode(0),
	}
	for _, m := range modes {
		fmt.Printf("%-14s %v %v %v %o %v\n", m.String(), m.IsDir(), m.IsRegular(), m.Type() == 0, m.Perm(), uint32(m))
	}
	fmt.Println(fs.ModeType, fs.ModePerm, os.ModeDir == fs.ModeDir, os.ModePerm)
	fmt.Printf("%v %d %s\n", fs.FileMode(0750), fs.FileMode(0750), os.FileMode(0640))
	fmt.Println(fs.ErrNotExist, fs.ErrExist, fs.ErrPermission, fs.ErrInvalid, fs.ErrClosed)
	fmt.Println(fs.SkipDir, "|", fs.SkipAll)
	fmt.Println(os.ErrNotExist == fs.ErrNotExist, os.ErrExist == fs.ErrExist)
	for _, p := range []string{".", "a/b", "/a", "a/", "a//b", "a/./b", "a/../b", "", "..", "x/.."} {
		fmt.Print(fs.ValidPath(p), " ")
	}
	fmt.Println()
	e := &fs.PathError{Op: "open", Path: "x.txt", Err: fs.ErrPermission}
	fmt.Println(e, e.Unwrap() == fs.ErrPermission, e.Timeout())
}
