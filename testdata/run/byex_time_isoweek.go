// time.Time's ISOWeek across year boundaries, and %#v of times (GoString).
package main

import (
	"fmt"
	"time"
)

func main() {
	dates := []time.Time{
		time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2023, 1, 2, 0, 0, 0, 0, time.UTC),
		time.Date(2020, 12, 31, 23, 0, 0, 0, time.UTC),
		time.Date(2021, 1, 3, 0, 0, 0, 0, time.UTC),
		time.Date(2024, 12, 30, 0, 0, 0, 0, time.UTC),
		time.Date(2026, 12, 31, 0, 0, 0, 0, time.UTC),
		time.Date(2015, 12, 31, 0, 0, 0, 0, time.UTC),
		time.Date(2016, 6, 15, 12, 0, 0, 0, time.UTC),
		time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC),
	}
	for _, d := range dates {
		y, w := d.ISOWeek()
		fmt.Printf("%s %-9s -> %d-W%02d\n", d.Format(time.DateOnly), d.Weekday(), y, w)
	}
	start := time.Date(2027, 12, 25, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 14; i++ {
		d := start.AddDate(0, 0, i)
		y, w := d.ISOWeek()
		fmt.Print(d.Day(), ":", y, "/", w, " ")
	}
	fmt.Println()
	t := time.Date(2023, time.March, 9, 14, 5, 7, 123456789, time.UTC)
	fmt.Printf("%#v\n", t)
	fmt.Printf("%#v\n", t.In(time.FixedZone("EST", -5*3600)))
	fmt.Printf("%#v\n", time.Time{})
	fmt.Println(t.GoString())
	type event struct {
		Name string
		At   time.Time
	}
	fmt.Printf("%#v\n", event{"launch", time.Date(-5, 2, 3, 4, 5, 6, 7, time.UTC)})
}
