package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type Celsius float64

func (c Celsius) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`{"celsius": %.1f, "unit": "C"}`, float64(c))), nil
}

type Color int

const (
	Red Color = iota
	Green
	Blue
)

var colorNames = []string{"red", "green", "blue"}

func (c Color) MarshalText() ([]byte, error) {
	if int(c) >= len(colorNames) {
		return nil, fmt.Errorf("bad color %d", int(c))
	}
	return []byte(colorNames[c]), nil
}

func (c *Color) UnmarshalText(b []byte) error {
	for i, n := range colorNames {
		if n == string(b) {
			*c = Color(i)
			return nil
		}
	}
	return errors.New("unknown color " + string(b))
}

type Secret string

func (s *Secret) MarshalJSON() ([]byte, error) {
	return []byte(`"***"`), nil
}

type Version struct {
	Major, Minor int
}

func (v Version) MarshalJSON() ([]byte, error) {
	return json.Marshal(fmt.Sprintf("v%d.%d", v.Major, v.Minor))
}

func (v *Version) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	_, err := fmt.Sscanf(s, "v%d.%d", &v.Major, &v.Minor)
	return err
}

type Broken struct{}

func (Broken) MarshalJSON() ([]byte, error) { return nil, errors.New("broken on purpose") }

type Invalid struct{}

func (Invalid) MarshalJSON() ([]byte, error) { return []byte(`{"a":}`), nil }

type Upper string

func (u *Upper) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*u = Upper(strings.ToUpper(s))
	return nil
}

type Reading struct {
	Temp    Celsius          `json:"temp"`
	Color   Color            `json:"color"`
	Palette map[Color]int    `json:"palette"`
	Secret  Secret           `json:"secret"`
	PSecret *Secret          `json:"psecret"`
	Ver     Version          `json:"ver"`
	Vers    []Version        `json:"vers"`
	Name    Upper            `json:"name"`
	Raw     json.RawMessage  `json:"raw"`
	Num     json.Number      `json:"num"`
}

func main() {
	s := Secret("hunter2")
	r := Reading{Temp: 21.5, Color: Blue, Palette: map[Color]int{Green: 2, Red: 1}, Secret: "plain", PSecret: &s,
		Ver: Version{1, 2}, Vers: []Version{{0, 1}}, Name: "bob", Raw: json.RawMessage(`{"pre": [1, 2]}`), Num: "12.50"}
	b, err := json.Marshal(r)
	fmt.Println(string(b), err)
	b, err = json.Marshal(&r)
	fmt.Println(string(b), err)

	var back Reading
	err = json.Unmarshal([]byte(`{"color":"green","palette":{"blue":3,"red":4},"ver":"v3.14","vers":["v1.0","v2.5"],"name":"alice","raw":{"x": [true, null]},"num":1e5}`), &back)
	fmt.Println(err, back.Color, back.Palette, back.Ver, back.Vers, back.Name, string(back.Raw), back.Num)

	err = json.Unmarshal([]byte(`{"color":"purple"}`), &back)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"ver":5}`), &back)
	fmt.Println(err)

	_, err = json.Marshal(Broken{})
	fmt.Println(err)
	var me *json.MarshalerError
	fmt.Println(errors.As(err, &me), errors.Unwrap(err))
	_, err = json.Marshal(map[string]any{"x": []any{Invalid{}}})
	fmt.Println(err)
	_, err = json.Marshal(Color(7))
	fmt.Println(err)
	b, err = json.Marshal([]Color{Red, Blue})
	fmt.Println(string(b), err)
	var pv *Version
	b, err = json.Marshal(pv)
	fmt.Println(string(b), err)
	b, err = json.Marshal(struct{ V *Version }{})
	fmt.Println(string(b), err)
	n := json.Number("42")
	i, _ := n.Int64()
	f, _ := n.Float64()
	fmt.Println(n.String(), i, f)
}
