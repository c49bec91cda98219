package main

import (
	"fmt"
	"time"
)

func main() {
	for _, name := range []string{"America/Los_Angeles", "Europe/Berlin", "Australia/Sydney", "Asia/Kolkata", "America/Sao_Paulo", "Etc/GMT+5"} {
		loc, err := time.LoadLocation(name)
		if err != nil {
			fmt.Println(err)
			continue
		}
		for _, t := range []time.Time{
			time.Date(1900, 6, 1, 12, 0, 0, 0, time.UTC),
			time.Date(2009, 11, 10, 23, 0, 0, 0, time.UTC),
			time.Date(2024, 7, 1, 0, 0, 0, 0, time.UTC),
			time.Date(2050, 1, 15, 12, 0, 0, 0, time.UTC),
			time.Date(2061, 7, 15, 12, 0, 0, 0, time.UTC),
		} {
			in := t.In(loc)
			fmt.Println(name, in, in.IsDST(), in.Location())
		}
	}
	la, _ := time.LoadLocation("America/Los_Angeles")
	// Local times in the spring-forward gap and the fall-back overlap.
	fmt.Println(time.Date(2024, 3, 10, 2, 30, 0, 0, la))
	fmt.Println(time.Date(2024, 11, 3, 1, 30, 0, 0, la))
	fmt.Println(time.Date(2040, 3, 11, 2, 30, 0, 0, la), time.Date(2040, 11, 4, 1, 30, 0, 0, la))
	t := time.Date(2024, 3, 9, 12, 0, 0, 0, la)
	fmt.Println(t.Add(24*time.Hour), t.AddDate(0, 0, 1), t.AddDate(0, 0, 1).Sub(t))

	const layout = "Jan 2, 2006 at 3:04pm (MST)"
	for _, v := range []string{"Jul 9, 2012 at 5:02am (PDT)", "Jan 9, 2012 at 5:02am (PST)", "Jul 9, 2012 at 5:02am (CEST)", "Jul 9, 2012 at 5:02am (PST)"} {
		p, err := time.ParseInLocation(layout, v, la)
		fmt.Println(p, err)
	}
	p, err := time.Parse(time.RFC3339, "2012-07-09T05:02:00-07:00")
	fmt.Println(p, err, p.In(la))
	name, off := time.Date(2012, 7, 9, 5, 2, 0, 0, la).Zone()
	fmt.Println(name, off, time.Date(2012, 7, 9, 5, 2, 0, 0, la).Format(time.RFC1123Z))

	for _, bad := range []string{"Nowhere/Atlantis", "../etc/passwd", "/etc/localtime"} {
		_, err := time.LoadLocation(bad)
		fmt.Println(err)
	}
	u, _ := time.LoadLocation("UTC")
	l, _ := time.LoadLocation("Local")
	fmt.Println(u, l, u == time.UTC, l == time.Local)
}
