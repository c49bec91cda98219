package main

import "fmt"

// Stringer constraint plus interface embedding of a generic interface.
type Stringer interface{ String() string }

type Keyed[K comparable] interface {
	Key() K
}

type Entity[K comparable] interface {
	Keyed[K]
	Stringer
}

type User struct {
	ID   int
	Name string
}

func (u User) Key() int        { return u.ID }
func (u User) String() string  { return fmt.Sprintf("user(%d,%s)", u.ID, u.Name) }

type Tag string

func (t Tag) Key() string    { return string(t) }
func (t Tag) String() string { return "#" + string(t) }

func Index[K comparable, E Entity[K]](es []E) map[K]string {
	m := make(map[K]string)
	for _, e := range es {
		m[e.Key()] = e.String()
	}
	return m
}

func main() {
	u := Index[int]([]User{{1, "ann"}, {2, "bob"}})
	fmt.Println(u[1], u[2], len(u))
	t := Index[string]([]Tag{"go", "rust", "go"})
	fmt.Println(t["go"], len(t))
}
