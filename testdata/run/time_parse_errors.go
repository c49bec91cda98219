package main

import (
	"errors"
	"fmt"
	"time"
)

func main() {
	cases := [][2]string{
		{time.RFC3339, "2024-13-05T10:20:30Z"},
		{time.RFC3339, "2024-02-30T10:20:30Z"},
		{time.RFC3339, "2024-03-05 10:20:30Z"},
		{time.RFC3339, "2024-03-05T25:20:30Z"},
		{time.RFC3339, "2024-03-05T10:61:30Z"},
		{time.RFC3339, "2024-03-05T10:20:30"},
		{time.RFC3339, "2024-03-05T10:20:30Zjunk"},
		{time.DateOnly, "24-03-05"},
		{time.DateOnly, ""},
		{time.Kitchen, "13:04XM"},
		{"Jan 2", "Foo 2"},
		{"Mon Jan 2", "Xyz Jan 2"},
		{"2006-01-02", "2023-02-29"},
		{"2006.002", "2023.366"},
		{"2006-01-02 15:04:05.000", "2021-06-07 08:09:10.12"},
		{"2006-01-02T15:04:05-07:00", "2021-06-07T08:09:10+99:00"},
		{"MST", "abc"},
		{"2006 \"x\"", "2006 \"y\""},
	}
	for _, c := range cases {
		_, err := time.Parse(c[0], c[1])
		fmt.Println(err)
		var pe *time.ParseError
		if errors.As(err, &pe) {
			fmt.Printf("  layout=%q value=%q elem=%q velem=%q msg=%q\n", pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
		}
	}
}
