package main

import (
	"encoding/json"
	"fmt"
)

type Config struct {
	Name     string            `json:"name"`
	Port     int               `json:"port"`
	Debug    bool              `json:"debug"`
	Ratio    float64           `json:"ratio"`
	Hosts    []string          `json:"hosts"`
	Limits   map[string]int    `json:"limits"`
	Owner    *User             `json:"owner"`
	Backup   *User             `json:"backup"`
	Matrix   [2][2]int         `json:"matrix"`
	Labels   map[string]string `json:"labels,omitempty"`
	Small    int8
	Unsigned uint16
	ignored  string
}

type User struct {
	ID    int64  `json:"id"`
	Login string `json:"login"`
}

const input = `{
  "name": "server-1",
  "port": 8080,
  "debug": true,
  "ratio": 0.75,
  "hosts": ["a.example.com", "b.example.com"],
  "limits": {"cpu": 4, "mem": 1024},
  "owner": {"id": 42, "login": "root"},
  "backup": null,
  "matrix": [[1, 2], [3, 4, 5]],
  "SMALL": -128,
  "unsigned": 65535,
  "ignored": "x",
  "extra": {"nested": [1, 2, {"deep": true}]}
}`

func main() {
	var c Config
	err := json.Unmarshal([]byte(input), &c)
	fmt.Println(err)
	fmt.Printf("%+v\n", c.Name)
	fmt.Println(c.Port, c.Debug, c.Ratio, c.Hosts, len(c.Hosts), c.Limits, c.Owner.ID, c.Owner.Login, c.Backup == nil, c.Matrix, c.Small, c.Unsigned, c.ignored == "")
	fmt.Println(c.Labels == nil)

	// Decoding into a value that already holds data keeps what the input does not name.
	c2 := Config{Name: "keep", Port: 1, Limits: map[string]int{"old": 1}, Owner: &User{ID: 7, Login: "old"}}
	owner := c2.Owner
	err = json.Unmarshal([]byte(`{"port": 2, "limits": {"new": 2}, "owner": {"login": "new"}}`), &c2)
	fmt.Println(err, c2.Name, c2.Port, c2.Limits, *c2.Owner, owner == c2.Owner, *owner)

	// Case-insensitive field names; exact match preferred.
	type CI struct {
		Foo string
		FOO string `json:"FOO"`
	}
	var ci CI
	json.Unmarshal([]byte(`{"foo":"a","FOO":"b"}`), &ci)
	fmt.Printf("%+v\n", ci)

	// null leaves non-nullable values alone.
	n := 5
	s := "str"
	json.Unmarshal([]byte(`null`), &n)
	json.Unmarshal([]byte(`null`), &s)
	fmt.Println(n, s)

	// Top-level scalars and pointers.
	var f float64
	var pi *int
	var b bool
	var str string
	fmt.Println(json.Unmarshal([]byte(" 3.25 "), &f), f)
	fmt.Println(json.Unmarshal([]byte("17"), &pi), *pi)
	fmt.Println(json.Unmarshal([]byte("true"), &b), b)
	fmt.Println(json.Unmarshal([]byte(`"a\"b\\c\u00e9\ud83d\ude00\n"`), &str), str)
	var arr [3]int
	fmt.Println(json.Unmarshal([]byte("[9]"), &arr), arr)
	arr = [3]int{1, 2, 3}
	fmt.Println(json.Unmarshal([]byte("[7, 8]"), &arr), arr)
	sl := []int{1, 2, 3}
	fmt.Println(json.Unmarshal([]byte("[]"), &sl), sl, sl == nil)
	fmt.Println(json.Unmarshal([]byte("null"), &sl), sl, sl == nil)
	var bs []byte
	fmt.Println(json.Unmarshal([]byte(`"aGVsbG8="`), &bs), string(bs))
}
