package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	for _, d := range []time.Duration{0, 1, 999, 1000, 1500 * time.Microsecond, time.Second, 61 * time.Second, 90 * time.Minute,
		25*time.Hour + 1, -time.Minute, math.MaxInt64, math.MinInt64} {
		fmt.Printf("%v %.3f %.3f %.3f %d %d\n", d, d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds())
	}
	d := 1*time.Hour + 29*time.Minute + 31*time.Second + 500*time.Millisecond
	for _, m := range []time.Duration{0, -1, time.Nanosecond, time.Millisecond, time.Second, 2 * time.Second, time.Minute, time.Hour, 7 * time.Minute} {
		fmt.Println(m, d.Round(m), d.Truncate(m), (-d).Round(m), (-d).Truncate(m))
	}
	fmt.Println(time.Duration(math.MaxInt64).Round(time.Hour), time.Duration(math.MinInt64).Round(time.Hour))
	fmt.Println(time.Duration(math.MinInt64).Abs(), time.Duration(-5).Abs())
}
