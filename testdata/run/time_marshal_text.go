package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2021, 3, 4, 5, 6, 7, 800, time.FixedZone("", -3600))
	b, err := t.MarshalText()
	fmt.Println(string(b), err)
	var u time.Time
	fmt.Println(u.UnmarshalText(b), u.Equal(t), u)
	fmt.Println(u.UnmarshalText([]byte("not a time")))
	_, err = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC).MarshalText()
	fmt.Println(err)
}
