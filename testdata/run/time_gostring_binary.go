package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)
	fmt.Println(t.GoString())
	fmt.Printf("%#v\n", t.Add(90*time.Second+5))
	fmt.Println(time.Date(-44, time.March, 15, 0, 0, 0, 0, time.FixedZone("Rome", 3600)).GoString())
	fmt.Println(time.Date(2020, 1, 2, 3, 4, 5, 6, time.Local).GoString())

	b, err := t.AppendText([]byte("t: "))
	fmt.Printf("%s %v\n", b, err)
	_, err = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC).AppendText(nil)
	fmt.Println(err)

	for _, loc := range []*time.Location{time.UTC, time.FixedZone("X", -8*3600), time.FixedZone("Y", 5*3600+30)} {
		u := time.Date(2025, 4, 1, 15, 30, 45, 123456789, loc)
		data, err := u.MarshalBinary()
		fmt.Println(data, err)
		var back time.Time
		err = back.UnmarshalBinary(data)
		fmt.Println(back, back.Equal(u), err)
	}
	var bad time.Time
	fmt.Println(bad.UnmarshalBinary(nil), bad.UnmarshalBinary([]byte{9}), bad.UnmarshalBinary([]byte{1, 2}))

	for _, d := range []time.Time{
		time.Date(2005, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2007, 12, 31, 0, 0, 0, 0, time.UTC),
		time.Date(2008, 12, 29, 0, 0, 0, 0, time.UTC),
		time.Date(2010, 1, 3, 0, 0, 0, 0, time.UTC),
		time.Date(2020, 12, 31, 0, 0, 0, 0, time.UTC),
		time.Date(2021, 6, 15, 0, 0, 0, 0, time.UTC),
	} {
		y, w := d.ISOWeek()
		fmt.Println(d.Format("2006-01-02 Mon"), y, w)
	}
}
