package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	layouts := []string{
		time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850,
		time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp,
		time.StampMilli, time.StampMicro, time.StampNano, time.DateTime, time.DateOnly, time.TimeOnly,
		"2006-01-02T15:04:05.000Z07:00", "Mon Monday Jan January 1 01 2 02 _2 06 2006 002 3 03 15 4 04 5 05 PM pm",
		".0 .00 .9 .99 ,000 ,999", "-07 -0700 -07:00 -07:00:00 Z07 Z0700 Z07:00 Z07:00:00 MST",
		"Janet Monkey", "2006_2006 _2006", "05.000000 05.999999999",
	}
	for _, l := range layouts {
		fmt.Printf("%-40q %s\n", l, t.Format(l))
	}
	z := time.Date(2020, 1, 2, 0, 0, 0, 0, time.FixedZone("EST", -5*3600))
	fmt.Println(z.Format(time.RFC3339), z.Format("-07 -0700 -07:00 Z07:00 MST"), z.Format(time.Kitchen))
	fmt.Println(time.Month(5), time.Month(13), time.Saturday, time.Weekday(9))
	u := time.Unix(1700000000, 5).UTC()
	fmt.Println(u, u.UnixMilli(), u.UnixNano(), time.UnixMilli(1700000000123).UTC())
	fmt.Println(t.Truncate(time.Hour), t.Round(time.Hour), t.Round(time.Second), t.Truncate(24*time.Hour))
}
