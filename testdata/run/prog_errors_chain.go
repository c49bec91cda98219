// Error handling the way services do it: sentinel errors, custom types with Unwrap,
// wrapping through layers, errors.Join, and panics turned into errors.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

var (
	ErrNotFound   = errors.New("not found")
	ErrPermission = errors.New("permission denied")
)

type ValidationError struct {
	Field string
	Value any
}

func (v ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %v", v.Field, v.Value)
}

type QueryError struct {
	Query string
	Err   error
}

func (q *QueryError) Error() string { return "query " + strconv.Quote(q.Query) + ": " + q.Err.Error() }
func (q *QueryError) Unwrap() error { return q.Err }

func find(id int) (string, error) {
	switch {
	case id < 0:
		return "", ValidationError{"id", id}
	case id == 0:
		return "", &QueryError{"SELECT id=0", ErrNotFound}
	case id > 100:
		return "", &QueryError{"SELECT id>100", ErrPermission}
	}
	return "user" + strconv.Itoa(id), nil
}

func service(id int) (string, error) {
	name, err := find(id)
	if err != nil {
		return "", fmt.Errorf("service.find(%d): %w", id, err)
	}
	return name, nil
}

func safeDivide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func validateAll(values map[string]int) error {
	var errs []error
	for _, k := range []string{"age", "height", "weight"} {
		if v, ok := values[k]; !ok {
			errs = append(errs, fmt.Errorf("%s: %w", k, ErrNotFound))
		} else if v <= 0 {
			errs = append(errs, ValidationError{k, v})
		}
	}
	return errors.Join(errs...)
}

func main() {
	for _, id := range []int{7, -1, 0, 101} {
		name, err := service(id)
		if err == nil {
			fmt.Println("ok:", name)
			continue
		}
		fmt.Println("error:", err)
		var ve ValidationError
		var qe *QueryError
		fmt.Printf("  notfound=%v perm=%v validation=%v query=%v\n",
			errors.Is(err, ErrNotFound), errors.Is(err, ErrPermission),
			errors.As(err, &ve), errors.As(err, &qe))
		if qe != nil {
			fmt.Printf("  query=%s unwrap=%v\n", qe.Query, errors.Unwrap(qe))
		}
		if ve.Field != "" {
			fmt.Printf("  field=%s value=%v\n", ve.Field, ve.Value)
		}
	}
	q, err := safeDivide(10, 2)
	fmt.Println(q, err)
	q, err = safeDivide(1, 0)
	fmt.Println(q, err)

	err = validateAll(map[string]int{"age": 0, "weight": 70})
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound))
	var ve ValidationError
	fmt.Println(errors.As(err, &ve), ve)
	fmt.Println(validateAll(map[string]int{"age": 1, "height": 2, "weight": 3}) == nil)
	wrapped := fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", ErrPermission))
	for e := error(wrapped); e != nil; e = errors.Unwrap(e) {
		fmt.Printf("%T: %v\n", e, e)
	}
}
