// JSON round-trips of tagged structs: omitempty, renamed and skipped fields, nested
// structs and slices, maps, custom marshalers, decoding into interfaces, and errors.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Status int

const (
	Active Status = iota + 1
	Suspended
)

func (s Status) MarshalJSON() ([]byte, error) {
	switch s {
	case Active:
		return []byte(`"active"`), nil
	case Suspended:
		return []byte(`"suspended"`), nil
	}
	return nil, fmt.Errorf("bad status %d", int(s))
}

func (s *Status) UnmarshalJSON(b []byte) error {
	switch string(b) {
	case `"active"`:
		*s = Active
	case `"suspended"`:
		*s = Suspended
	default:
		return fmt.Errorf("unknown status %s", b)
	}
	return nil
}

type Address struct {
	City    string `json:"city"`
	Country string `json:"country,omitempty"`
}

type User struct {
	ID       int               `json:"id"`
	Name     string            `json:"name"`
	Email    string            `json:"email,omitempty"`
	Password string            `json:"-"`
	Age      int               `json:"age,omitempty"`
	Admin    bool              `json:"is_admin"`
	Address  *Address          `json:"address,omitempty"`
	Roles    []string          `json:"roles"`
	Meta     map[string]any    `json:"meta,omitempty"`
	Status   Status            `json:"status"`
	Scores   map[string]float64 `json:"scores,omitempty"`
	internal string
}

func main() {
	users := []User{
		{ID: 1, Name: "Ann", Email: "ann@x.io", Password: "secret", Age: 31, Admin: true,
			Address: &Address{City: "Oslo", Country: "NO"}, Roles: []string{"dev", "ops"},
			Meta: map[string]any{"team": "core", "level": 3}, Status: Active,
			Scores: map[string]float64{"q1": 9.5, "q2": 7}},
		{ID: 2, Name: "Ben <b&b>", Status: Suspended, internal: "x"},
	}
	b, err := json.Marshal(users)
	if err != nil {
		fmt.Println("marshal error:", err)
		return
	}
	fmt.Println(string(b))
	pretty, _ := json.MarshalIndent(users[0], "", "  ")
	fmt.Println(string(pretty))

	var back []User
	if err := json.Unmarshal(b, &back); err != nil {
		fmt.Println("unmarshal error:", err)
		return
	}
	for _, u := range back {
		fmt.Printf("%d %q admin=%v status=%d roles=%v pw=%q addr=%v\n",
			u.ID, u.Name, u.Admin, u.Status, u.Roles, u.Password, u.Address)
	}
	fmt.Println(back[0].Meta["level"], back[0].Scores["q2"])

	var generic any
	json.Unmarshal([]byte(`{"a":[1,2.5,"x",true,null],"b":{"c":{}}}`), &generic)
	fmt.Printf("%v\n", generic)
	m := generic.(map[string]any)
	for _, v := range m["a"].([]any) {
		fmt.Printf("%T ", v)
	}
	fmt.Println()

	bad := []string{
		`{"id": "one"}`,
		`{"id": 1,}`,
		`{"status": "gone"}`,
		`[1, 2`,
		`{"roles": "admin"}`,
	}
	for _, s := range bad {
		var u User
		err := json.Unmarshal([]byte(s), &u)
		fmt.Println("error:", err)
	}
	_, err = json.Marshal(User{Status: 9})
	fmt.Println("error:", err)

	dec := json.NewDecoder(strings.NewReader(`{"id":5,"name":"Cy","extra":1} {"id":6}`))
	for {
		var u User
		if err := dec.Decode(&u); err != nil {
			fmt.Println("stop:", err)
			break
		}
		fmt.Println("decoded", u.ID, u.Name)
	}
	strict := json.NewDecoder(strings.NewReader(`{"id":5,"extra":1}`))
	strict.DisallowUnknownFields()
	var u User
	fmt.Println(strict.Decode(&u))
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	enc.Encode(map[string][]int{"z": {1}, "a": nil})
}
