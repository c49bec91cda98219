package main

import (
	"encoding/binary"
	"fmt"
)

func main() {
	b := make([]byte, 4)
	binary.LittleEndian.PutUint32(b, 1)
	fmt.Println(b)
	defer fmt.Println("deferred")
	binary.BigEndian.PutUint64(b, 2)
}
