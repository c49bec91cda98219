package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.February, 29, 13, 4, 5, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format("2006-01-02 15:04:05"))
	fmt.Println(t.Format(time.RFC3339), t.Format(time.RFC3339Nano))
	fmt.Println(t.Format("Mon Jan _2 3:04PM 2006"), t.Format(time.Kitchen))
	fmt.Println(t.Format("Monday, January 2, 2006 .000 .999 ,00"), t.Format("06/1/2 002"))
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	fmt.Println(y, m, d, h, mi, s, t.Weekday(), t.YearDay(), t.Year(), t.Month(), t.Day())
	u := time.Date(2023, 14, 35, 25, 61, 0, 0, time.UTC)
	fmt.Println(u)
	est := time.FixedZone("EST", -5*3600)
	e := time.Date(2024, 7, 4, 9, 30, 0, 0, est)
	fmt.Println(e, e.Unix(), e.UTC())
	fmt.Println(e.Format(time.RFC1123Z), e.Format(time.RFC822))
	fmt.Println(e.Sub(t), t.AddDate(0, 1, 1).Format(time.DateOnly))
	name, off := e.Zone()
	fmt.Println(name, off)
	fmt.Println(time.Unix(0, 0).UTC(), time.Unix(1e9, 0).UTC().Weekday())
	old := time.Date(1969, 12, 31, 23, 59, 59, 0, time.UTC)
	fmt.Println(old, old.Unix(), old.YearDay())
	fmt.Println(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).IsZero())
	fmt.Println(t.Format(time.DateTime), t.Format(time.TimeOnly), t.Format(time.StampMilli))
}

func init() {
	t := time.Date(2024, 5, 6, 7, 8, 9, 600000000, time.UTC)
	fmt.Println(t.Round(time.Second), t.Truncate(time.Hour), t.Round(time.Hour), t.Truncate(0))
	fmt.Println(t.Round(24 * time.Hour).Format(time.DateTime), t.Add(-400*time.Millisecond).Round(time.Second).Second())
}
