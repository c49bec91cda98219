package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2023, time.July, 4, 18, 7, 9, 120000000, time.UTC)
	for _, l := range []string{time.RFC3339, time.RFC3339Nano, time.RFC1123Z, time.RFC822Z, time.ANSIC, time.DateTime, time.StampMicro, "2006-01-02T15:04:05.000000Z07:00", "Jan _2 2006 3:04:05.999pm", "20060102150405"} {
		s := t.Format(l)
		p, err := time.Parse(l, s)
		fmt.Printf("%-38q %-36s %v %v\n", l, s, p.Equal(t), err)
		if err == nil && !p.Equal(t) {
			fmt.Println("   parsed as", p)
		}
	}
	east := time.FixedZone("CEST", 2*3600)
	u := time.Date(2023, 7, 4, 20, 7, 9, 0, east)
	s := u.Format(time.RFC3339)
	p, _ := time.Parse(time.RFC3339, s)
	fmt.Println(s, p, p.Equal(u), p.UTC())
	p2, _ := time.Parse(time.RFC1123, u.Format(time.RFC1123))
	fmt.Println(p2, p2.Equal(u))
}
