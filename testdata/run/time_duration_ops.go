package main

import (
	"fmt"
	"time"
)

func main() {
	d := 90 * time.Minute
	fmt.Println(d, d.Hours(), d.Minutes(), d.Seconds())
	fmt.Println(time.Duration(1500)*time.Microsecond, 2*time.Second+300*time.Millisecond)
	fmt.Println(time.Duration(0), time.Duration(1), -3*time.Second, time.Duration(1<<63-1))
	fmt.Println(d.Truncate(time.Hour), (1500 * time.Millisecond).Round(time.Second))
	fmt.Println(d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	fmt.Printf("%v %d %s\n", 5*time.Second, 5*time.Second, 250*time.Millisecond)

	t0 := time.Unix(1700000000, 0)
	t1 := t0.Add(36 * time.Hour)
	fmt.Println(t1.Sub(t0), t0.Before(t1), t0.After(t1), t0.Equal(t0.Add(0)))
	fmt.Println(t1.Unix(), t1.UnixMilli(), t0.UnixNano())
	fmt.Println(t0.Add(-time.Second).Unix(), t1.Compare(t0), t0.IsZero(), time.Time{}.IsZero())
	now := time.Now()
	later := now.Add(50 * time.Millisecond)
	fmt.Println(later.Sub(now), later.After(now), time.Until(later) > 0, time.Since(now) >= 0)
	timeout := 2 * time.Second
	fmt.Println("timeout is", timeout, timeout > time.Second, timeout/4)
}
