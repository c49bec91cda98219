package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ValidationError struct {
	Field string
	Msg   string
}

func (e ValidationError) Error() string { return e.Field + ": " + e.Msg }

type NotFoundError struct{ ID int }

func (e *NotFoundError) Error() string { return "record " + strconv.Itoa(e.ID) + " not found" }

var ErrPermission = errors.New("permission denied")

type User struct {
	ID   int
	Name string
	Age  int
}

var db = map[int]User{1: {1, "ann", 31}, 2: {2, "bo", 17}}

func find(id int) (User, error) {
	u, ok := db[id]
	if !ok {
		return User{}, &NotFoundError{id}
	}
	return u, nil
}

func validate(u User) error {
	if u.Age < 18 {
		return ValidationError{"age", "must be adult"}
	}
	return nil
}

func load(id int, admin bool) (User, error) {
	if !admin && id == 1 {
		return User{}, fmt.Errorf("load %d: %w", id, ErrPermission)
	}
	u, err := find(id)
	if err != nil {
		return User{}, fmt.Errorf("load %d: %w", id, err)
	}
	if err := validate(u); err != nil {
		return User{}, fmt.Errorf("load %d: %w", id, err)
	}
	return u, nil
}

func main() {
	cases := []struct {
		id    int
		admin bool
	}{{1, true}, {1, false}, {2, true}, {3, true}}
	for _, c := range cases {
		u, err := load(c.id, c.admin)
		var nf *NotFoundError
		var ve ValidationError
		switch {
		case err == nil:
			fmt.Println("ok:", u.Name)
		case errors.Is(err, ErrPermission):
			fmt.Println("denied:", err)
		case errors.As(err, &nf):
			fmt.Println("missing id", nf.ID, "-", err)
		case errors.As(err, &ve):
			fmt.Println("invalid field", ve.Field, "-", err)
		default:
			fmt.Println("other:", err)
		}
	}
	e1 := errors.New("a")
	e2 := errors.New("b")
	j := errors.Join(e1, e2)
	fmt.Println(j)
	fmt.Println(errors.Is(j, e2), errors.Unwrap(j) == nil)
	w := fmt.Errorf("outer: %w", e1)
	fmt.Println(errors.Unwrap(w) == e1, errors.Unwrap(e1))
}
