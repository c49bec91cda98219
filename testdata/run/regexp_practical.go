package main

import (
	"fmt"
	"regexp"
	"strings"
)

var logLine = regexp.MustCompile(`^(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - - \[(?P<time>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>\S+) HTTP/1\.[01]" (?P<status>\d{3}) (?P<size>\d+|-)$`)

func main() {
	lines := []string{
		`127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326`,
		`10.0.0.7 - - [11/Oct/2000:01:02:03 +0000] "POST /api/v1/items?id=3 HTTP/1.1" 404 -`,
		`garbage line`,
	}
	for _, l := range lines {
		m := logLine.FindStringSubmatch(l)
		if m == nil {
			fmt.Println("no match:", l)
			continue
		}
		for i, name := range logLine.SubexpNames() {
			if name != "" {
				fmt.Printf("%s=%s ", name, m[i])
			}
		}
		fmt.Println()
	}
	word := regexp.MustCompile(`[A-Za-z']+`)
	text := "It's the end of the world as we know it, and I feel fine. The END!"
	counts := map[string]int{}
	for _, w := range word.FindAllString(text, -1) {
		counts[strings.ToLower(w)]++
	}
	fmt.Println(counts["the"], counts["end"], counts["it's"], len(counts))
	camel := regexp.MustCompile(`([a-z0-9])([A-Z])`)
	fmt.Println(strings.ToLower(camel.ReplaceAllString("parseHTTPRequestID2Go", "${1}_${2}")))
	email := regexp.MustCompile(`(?i)^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$`)
	for _, e := range []string{"a.b@example.com", "bad@", "X@Y.ORG", "no spaces@x.io"} {
		fmt.Print(email.MatchString(e), " ")
	}
	fmt.Println()
	ws := regexp.MustCompile(`\s+`)
	fmt.Printf("%q\n", ws.ReplaceAllString("  too   many\t\tspaces \n here ", " "))
	date := regexp.MustCompile(`(\d{4})-(\d{2})-(\d{2})`)
	fmt.Println(date.ReplaceAllString("from 2024-01-31 to 2024-12-01", "$3/$2/$1"))
}
