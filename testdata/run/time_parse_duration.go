package main

import (
	"fmt"
	"time"
)

func main() {
	for _, s := range []string{
		"0", "5s", "-5s", "+5s", "1h2m3s", "1.5h", "300ms", "2h45m", "1us", "1µs", "1μs", "100ns", ".5s", "1.s",
		"1.0000000001s", "9223372036854775807ns", "-9223372036854775808ns", "9223372036854775808ns",
		"2562047h47m16.854775807s", "3000000h", "", "-", "s", "5", "1x", "1.2.3s", "5s3", "1h-2m", ".s", "1e3s",
	} {
		d, err := time.ParseDuration(s)
		fmt.Printf("%q -> %v (%d) %v\n", s, d, int64(d), err)
	}
	d, _ := time.ParseDuration("1h15m30.918273645s")
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	fmt.Println(d.Round(time.Second), d.Round(time.Hour), d.Truncate(time.Minute), d.Round(0), d.Truncate(-1))
	fmt.Println(d.Abs(), (-d).Abs(), (-d).String(), time.Duration(0), time.Duration(1), time.Duration(1500))
}
