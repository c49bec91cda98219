package main

import (
	"encoding/json"
	"fmt"
)

type Animal interface{ Sound() string }

type Dog struct {
	Name string `json:"name"`
}

func (d Dog) Sound() string { return "woof" }

type Cat struct {
	Lives int `json:"lives"`
}

func (c *Cat) Sound() string { return "meow" }

type Zoo struct {
	Star    Animal   `json:"star"`
	Others  []Animal `json:"others"`
	Anything any     `json:"anything"`
	Err     error    `json:"err"`
}

func main() {
	z := Zoo{Star: Dog{"rex"}, Others: []Animal{&Cat{9}, Dog{"fido"}, nil}, Anything: map[string]int{"n": 1}}
	b, err := json.Marshal(z)
	fmt.Println(string(b), err)
	var back Zoo
	err = json.Unmarshal([]byte(`{"star": {"name": "x"}, "anything": [1, {"a": null}]}`), &back)
	fmt.Println(err, back.Star, back.Anything)
	back = Zoo{Star: &Cat{1}}
	err = json.Unmarshal([]byte(`{"star": {"lives": 3}}`), &back)
	fmt.Println(err, back.Star.(*Cat).Lives)
	err = json.Unmarshal([]byte(`{"star": null, "err": null}`), &back)
	fmt.Println(err, back.Star == nil, back.Err == nil)
	var a Animal
	fmt.Println(json.Unmarshal([]byte(`"dog"`), &a))
}
