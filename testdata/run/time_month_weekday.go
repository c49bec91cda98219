package main

import (
	"fmt"
	"time"
)

func main() {
	for m := time.January; m <= time.December; m++ {
		fmt.Print(m, " ", m.String()[:3], " ")
	}
	fmt.Println()
	for d := time.Sunday; d <= time.Saturday; d++ {
		fmt.Print(d, " ")
	}
	fmt.Println(time.Month(0), time.Weekday(-1))
	t := time.Date(2024, time.February, 28, 12, 0, 0, 0, time.UTC)
	for i := 0; i < 3; i++ {
		d := t.AddDate(0, 0, i)
		fmt.Println(d.Format(time.DateOnly), d.Weekday(), d.YearDay(), d.Month(), d.Day())
	}
	fmt.Println(t.AddDate(0, 1, 0).Format(time.DateOnly), t.AddDate(1, 0, 1).Format(time.DateOnly), t.AddDate(0, -2, 0).Format(time.DateOnly))
	y, w := t.Year(), t.Weekday()
	fmt.Println(y, w, t.Hour(), t.Minute(), t.Second())
	fmt.Printf("%v %d %s\n", time.March, time.March, time.Friday)
}
