// Time formatting and arithmetic on fixed dates: layouts, durations, truncation,
// calendar arithmetic, parsing and its errors.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2023, time.March, 9, 14, 5, 7, 123456789, time.UTC)
	layouts := []string{
		time.RFC3339, time.RFC3339Nano, time.RFC1123, time.RFC822, time.Kitchen,
		time.ANSIC, time.UnixDate, time.Stamp, time.DateOnly, time.TimeOnly,
		"2006-01-02 15:04:05.000", "Jan 2, 2006 at 3:04pm (MST)", "Monday 02/01/06",
		"06 1 2 3 4 5 .9", "_2 __2 002", "15h04m", "2006-01-02T15:04:05.999999999Z07:00",
	}
	for _, l := range layouts {
		fmt.Printf("%-40q %s\n", l, t.Format(l))
	}
	fmt.Println(t.Weekday(), t.YearDay(), t.Month(), int(t.Month()))
	y, w := t.ISOWeek()
	fmt.Println("iso week", y, w)
	fmt.Println(t.Unix(), t.UnixMilli(), t.Nanosecond())

	durations := []time.Duration{
		0, 1, 999, time.Microsecond * 1500, 2 * time.Millisecond, time.Second,
		90 * time.Second, 3*time.Hour + 25*time.Minute + 100*time.Millisecond, -5 * time.Minute,
		48 * time.Hour,
	}
	for _, d := range durations {
		fmt.Printf("%v %.3f %d %s\n", d, d.Seconds(), d.Milliseconds(), d.Round(time.Second))
	}
	d := 4*time.Hour + 30*time.Minute + 15*time.Second
	fmt.Println(d.Hours(), d.Minutes(), d.Truncate(time.Hour), d.Round(time.Hour), d.String())

	later := t.Add(36*time.Hour + 30*time.Minute)
	fmt.Println(later, later.Sub(t), later.After(t), t.Before(later), later.Equal(t))
	fmt.Println(t.AddDate(0, 1, 0).Format(time.DateOnly), t.AddDate(0, 0, -10).Format(time.DateOnly))
	fmt.Println(time.Date(2024, 1, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0).Format(time.DateOnly))
	fmt.Println(time.Date(2023, 12, 31, 23, 59, 59, 0, time.UTC).Add(time.Second))
	fmt.Println(t.Truncate(time.Hour).Format(time.TimeOnly), t.Round(time.Minute).Format(time.TimeOnly))
	start := time.Date(2024, 2, 27, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 4; i++ {
		day := start.AddDate(0, 0, i)
		fmt.Print(day.Format("Mon 2 Jan"), "; ")
	}
	fmt.Println()

	inputs := [][2]string{
		{time.DateOnly, "2024-02-29"},
		{time.DateOnly, "2023-02-29"},
		{time.RFC3339, "2024-05-06T07:08:09+02:00"},
		{"02/01/2006 15:04", "31/12/1999 23:59"},
		{time.Kitchen, "13:00PM"},
		{time.DateTime, "2024-01-02"},
	}
	for _, in := range inputs {
		p, err := time.Parse(in[0], in[1])
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(p, p.UTC(), p.Weekday())
	}
	pd, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(pd, err, pd.Seconds())
	_, err = time.ParseDuration("5 minutes")
	fmt.Println(err)
	loc := time.FixedZone("EST", -5*3600)
	fmt.Println(t.In(loc), t.In(loc).Format(time.RFC822Z))
	var zero time.Time
	fmt.Println(zero.IsZero(), zero, zero.Year())
	fmt.Println(time.Unix(1e9, 0).UTC(), time.Month(13), time.Weekday(8))
}
