package main

import (
	"encoding/hex"
	"fmt"
)

func main() {
	data := make([]byte, 70)
	for i := range data {
		data[i] = byte(i*37 + 11)
	}
	fmt.Print(hex.Dump(data))
	fmt.Print(hex.Dump(data[:16]))
	fmt.Print(hex.Dump(data[:17]))
	fmt.Print(hex.Dump([]byte{'\n'}))
	fmt.Println(hex.EncodeToString(data[:8]), len(hex.EncodeToString(data)))
	b, err := hex.AppendDecode([]byte{1}, []byte("ff00"))
	fmt.Println(b, err)
}
