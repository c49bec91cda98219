package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Now()
	fmt.Println(t.Location(), t.UTC().Location(), time.Unix(0, 0).Location())
	name, off := t.Zone()
	fmt.Println(name, off, t.Sub(t.UTC()), t.Equal(t.UTC()))
	fmt.Println(time.Unix(1700000000, 0).Format(time.RFC3339))
	fmt.Println(time.Unix(1700000000, 0))
}
