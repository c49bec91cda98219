package main

import (
	"encoding/json"
	"fmt"
)

type Base struct {
	ID      int    `json:"id"`
	Created string `json:"created"`
}

type Named struct {
	Name string
}

type inner struct {
	Hidden  int
	Visible int `json:"visible"`
}

type Conflict1 struct{ X int }
type Conflict2 struct{ X int }

type Tagged1 struct {
	Y int `json:"y"`
}
type Tagged2 struct{ Y int }

type Item struct {
	Base
	*Named
	inner
	Price float64 `json:"price"`
}

type Dup struct {
	Conflict1
	Conflict2
	Tagged1
	Tagged2
	Z int
}

type Shadow struct {
	Base
	ID string `json:"id"`
}

type WithTag struct {
	Base `json:"base"`
	N    int
}

func main() {
	it := Item{Base: Base{1, "2024-01-01"}, inner: inner{3, 4}, Price: 9.99}
	b, _ := json.Marshal(it)
	fmt.Println(string(b))
	it.Named = &Named{"widget"}
	b, _ = json.Marshal(it)
	fmt.Println(string(b))
	b, _ = json.Marshal(Dup{Conflict1{1}, Conflict2{2}, Tagged1{3}, Tagged2{4}, 5})
	fmt.Println(string(b))
	b, _ = json.Marshal(Shadow{Base{1, "c"}, "override"})
	fmt.Println(string(b))
	b, _ = json.Marshal(WithTag{Base{7, "d"}, 8})
	fmt.Println(string(b))

	var it2 Item
	err := json.Unmarshal([]byte(`{"id":5,"created":"now","Name":"gadget","visible":6,"Hidden":1,"price":1.5}`), &it2)
	fmt.Println(err, it2.ID, it2.Created, it2.Named.Name, it2.Visible, it2.Hidden, it2.Price)
	var s Shadow
	err = json.Unmarshal([]byte(`{"id":"x","created":"y"}`), &s)
	fmt.Println(err, s.ID, s.Base.ID, s.Created)
}
