package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

func main() {
	w := bufio.NewWriterSize(os.Stdout, 16)
	for _, i := range []int64{1, 2, 3, 4} {
		b := w.AvailableBuffer()
		fmt.Fprintln(os.Stderr, len(b), cap(b) == w.Available())
		b = strconv.AppendInt(b, i, 10)
		b = append(b, ' ')
		w.Write(b)
	}
	w.WriteString("padding to overflow the buffer\n")
	fmt.Println(len(w.AvailableBuffer()), w.Available())
	w.Flush()
}
