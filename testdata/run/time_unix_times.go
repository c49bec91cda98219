package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Unix(1234567890, 123456789).UTC()
	fmt.Println(t, t.Unix(), t.UnixMilli(), t.UnixMicro(), t.UnixNano())
	fmt.Println(time.UnixMilli(-1).UTC(), time.UnixMicro(1).UTC(), time.Unix(0, 0).UTC())
	fmt.Println(time.Unix(-62135596800, 0).UTC().IsZero(), time.Time{}.Unix(), time.Time{})
	a := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	b := a.Add(36*time.Hour + 30*time.Minute)
	fmt.Println(b.Sub(a), a.Sub(b), b.After(a), a.Before(b), a.Compare(b), b.Compare(a), a.Equal(a))
	fmt.Println(b.Truncate(24*time.Hour), b.Round(24*time.Hour), b.Truncate(time.Hour*5))
	x := time.Date(2020, 1, 1, 10, 29, 59, 999999999, time.UTC)
	fmt.Println(x.Round(time.Minute), x.Round(time.Second), x.Truncate(time.Millisecond), x.Round(time.Millisecond))
}
