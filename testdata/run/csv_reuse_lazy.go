package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"
)

func main() {
	r := csv.NewReader(strings.NewReader("a,b\nc,d\ne,f\n"))
	r.ReuseRecord = true
	var prev []string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if prev != nil {
			fmt.Println(&prev[0] == &rec[0])
		}
		prev = rec
		fmt.Println(rec)
	}
	r = csv.NewReader(strings.NewReader("x\"y,\"a\"\"b\"\n\"open\n"))
	r.LazyQuotes = true
	recs, err := r.ReadAll()
	fmt.Printf("%q %v\n", recs, err)
	r = csv.NewReader(strings.NewReader("a,b\r\n\"multi\r\nline\",c\r\n"))
	recs, err = r.ReadAll()
	fmt.Printf("%q %v\n", recs, err)
	r = csv.NewReader(strings.NewReader("a b,c\n"))
	r.Comma = ' '
	recs, err = r.ReadAll()
	fmt.Printf("%q %v\n", recs, err)
	r = csv.NewReader(strings.NewReader("a,b\n"))
	r.Comment = ','
	_, err = r.Read()
	fmt.Println(err)
}
