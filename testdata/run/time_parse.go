package main

import (
	"fmt"
	"time"
)

func main() {
	cases := [][2]string{
		{time.RFC3339, "2024-03-05T10:20:30Z"},
		{time.RFC3339, "2024-03-05T10:20:30+05:30"},
		{time.RFC3339, "2024-03-05T10:20:30-08:00"},
		{time.RFC3339Nano, "2024-03-05T10:20:30.123456789Z"},
		{time.RFC3339, "2024-03-05T10:20:30.5Z"},
		{time.DateTime, "2023-12-31 23:59:59"},
		{time.DateOnly, "2000-02-29"},
		{time.TimeOnly, "07:08:09"},
		{time.Kitchen, "3:04PM"},
		{time.Kitchen, "12:30AM"},
		{time.Kitchen, "12:30PM"},
		{time.ANSIC, "Mon Jan  2 15:04:05 2006"},
		{time.UnixDate, "Tue Feb  3 04:05:06 UTC 2015"},
		{time.RubyDate, "Wed Mar 04 05:06:07 +0100 2020"},
		{time.RFC822, "02 Jan 06 15:04 UTC"},
		{time.RFC822Z, "02 Jan 06 15:04 -0700"},
		{time.RFC850, "Monday, 02-Jan-06 15:04:05 UTC"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 UTC"},
		{time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 +0000"},
		{time.StampMilli, "Jan  2 15:04:05.000"},
		{"2006-01-02 15:04:05.000", "2021-06-07 08:09:10.123"},
		{"2006-01-02 15:04:05", "2021-06-07 08:09:10.987654"},
		{"Jan 2, 2006 at 3:04pm (MST)", "Feb 3, 2013 at 7:54pm (PST)"},
		{"January 2 2006", "march 9 1999"},
		{"02/01/06", "31/12/99"},
		{"2006.002", "2024.060"},
		{"2006 __2", "2023 365"},
		{"15h04m", "23h59m"},
		{"2006-01-02T15:04:05Z0700", "2010-10-10T10:10:10+0130"},
		{"2006-01-02 -07", "2010-10-10 -03"},
		{"2006-01-02 15:04:05,000", "2010-10-10 01:02:03,456"},
		{"_2 Jan", " 5 Feb"},
		{"Monday 2006-01-02", "Friday 2024-06-07"},
	}
	for _, c := range cases {
		t, err := time.Parse(c[0], c[1])
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		_, off := t.Zone()
		fmt.Println(t, "|", t.Unix(), t.Nanosecond(), off, t.Weekday(), t.YearDay())
	}
}
