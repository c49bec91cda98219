package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	src := strings.NewReader("Hello, section reader!")
	s := io.NewSectionReader(src, 7, 7)
	buf := make([]byte, 4)
	for {
		n, err := s.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err != nil {
			break
		}
	}
	pos, err := s.Seek(-3, io.SeekEnd)
	fmt.Println(pos, err)
	rest, _ := io.ReadAll(s)
	fmt.Printf("%q\n", rest)
	pos, err = s.Seek(2, io.SeekCurrent)
	fmt.Println(pos, err)
	_, err = s.Seek(0, 7)
	fmt.Println(err)
	n, err := s.ReadAt(buf, 5)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	n, err = s.ReadAt(buf, 10)
	fmt.Println(n, err)
	r, off, size := s.Outer()
	fmt.Println(r == src, off, size, s.Size())
	w := io.NewOffsetWriter(nil, 3)
	fmt.Println(w != nil)
}
