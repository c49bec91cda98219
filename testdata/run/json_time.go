package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Job struct {
	Name     string        `json:"name"`
	Start    time.Time     `json:"start"`
	Timeout  time.Duration `json:"timeout"`
	Finished *time.Time    `json:"finished,omitempty"`
}

func main() {
	start := time.Date(2024, time.March, 15, 9, 30, 0, 123456789, time.UTC)
	j := Job{Name: "backup", Start: start, Timeout: 90 * time.Second}
	b, err := json.Marshal(j)
	fmt.Println(string(b), err)
	end := start.Add(2 * time.Hour)
	j.Finished = &end
	b, _ = json.Marshal(j)
	fmt.Println(string(b))

	var back Job
	err = json.Unmarshal([]byte(`{"name":"restore","start":"2023-12-31T23:59:59Z","timeout":5000000000,"finished":"2024-01-01T00:00:01.5Z"}`), &back)
	fmt.Println(err, back.Name, back.Start.Year(), back.Start.Month(), back.Start.Second(), back.Timeout, back.Finished.Sub(back.Start))
	err = json.Unmarshal([]byte(`{"start":"yesterday"}`), &back)
	fmt.Println(err != nil)
	b, _ = json.Marshal(time.Time{})
	fmt.Println(string(b))
}
