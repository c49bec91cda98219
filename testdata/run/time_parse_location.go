package main

import (
	"fmt"
	"time"
)

func main() {
	loc, err := time.LoadLocation("UTC")
	fmt.Println(loc, err)
	loc, err = time.LoadLocation("")
	fmt.Println(loc, err)
	_, err = time.LoadLocation("Not/AZone")
	fmt.Println(err)
	_, err = time.LoadLocation("../etc/passwd")
	fmt.Println(err)
	fixed := time.FixedZone("XYZ", 3*3600)
	t, err := time.ParseInLocation("2006-01-02 15:04", "2022-05-06 07:08", fixed)
	fmt.Println(t, err, t.Unix(), t.Location())
	t, err = time.ParseInLocation("2006-01-02 15:04 -0700", "2022-05-06 07:08 +0300", fixed)
	fmt.Println(t, err, t.Location())
	t, err = time.ParseInLocation(time.RFC3339, "2022-05-06T07:08:09Z", fixed)
	fmt.Println(t, err)
	t, _ = time.Parse("2006-01-02 15:04 MST", "2022-05-06 07:08 XYZ")
	name, off := t.Zone()
	fmt.Println(t, name, off)
	t, _ = time.Parse("2006-01-02 15:04 MST", "2022-05-06 07:08 GMT+3")
	name, off = t.Zone()
	fmt.Println(t, name, off)
	t, _ = time.Parse(time.RFC3339, "2022-05-06T07:08:09+02:00")
	fmt.Println(t.UTC(), t.Format(time.RFC3339), t.Format(time.Kitchen))
}
