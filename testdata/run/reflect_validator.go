package main

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

type Address struct {
	City string `validate:"required"`
	Zip  string `validate:"len=5"`
}

type SignUp struct {
	Username string   `validate:"required,min=3,max=10"`
	Age      int      `validate:"min=18,max=130"`
	Email    string   `validate:"required,contains=@"`
	Tags     []string `validate:"max=3"`
	Address  Address
	Backup   *Address
	Score    float64 `validate:"min=0"`
	note     string  `validate:"required"`
}

// validate checks the `validate` tags of a struct, recursing into nested structs and
// non-nil pointers to structs, as validation libraries do.
func validate(v any) []error {
	var errs []error
	walk(reflect.ValueOf(v), "", &errs)
	return errs
}

func walk(v reflect.Value, path string, errs *[]error) {
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return
		}
		v = v.Elem()
	}
	if v.Kind() != reflect.Struct {
		return
	}
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		if !sf.IsExported() {
			continue
		}
		fv := v.Field(i)
		name := path + sf.Name
		if k := fv.Kind(); k == reflect.Struct || k == reflect.Pointer {
			walk(fv, name+".", errs)
			continue
		}
		tag := sf.Tag.Get("validate")
		if tag == "" {
			continue
		}
		for _, rule := range strings.Split(tag, ",") {
			key, arg, _ := strings.Cut(rule, "=")
			if err := check(fv, key, arg); err != nil {
				*errs = append(*errs, fmt.Errorf("%s: %w", name, err))
			}
		}
	}
}

func size(v reflect.Value) float64 {
	switch v.Kind() {
	case reflect.String, reflect.Slice, reflect.Map:
		return float64(v.Len())
	case reflect.Int, reflect.Int64:
		return float64(v.Int())
	case reflect.Float64:
		return v.Float()
	}
	return 0
}

func check(v reflect.Value, key, arg string) error {
	n, _ := strconv.ParseFloat(arg, 64)
	switch key {
	case "required":
		if v.IsZero() {
			return errors.New("is required")
		}
	case "min":
		if size(v) < n {
			return fmt.Errorf("must be at least %s", arg)
		}
	case "max":
		if size(v) > n {
			return fmt.Errorf("must be at most %s", arg)
		}
	case "len":
		if size(v) != n {
			return fmt.Errorf("must have length %s", arg)
		}
	case "contains":
		if !strings.Contains(v.String(), arg) {
			return fmt.Errorf("must contain %q", arg)
		}
	}
	return nil
}

func main() {
	good := SignUp{Username: "gopher", Age: 30, Email: "g@go.dev", Address: Address{"Oslo", "01234"}}
	fmt.Println(len(validate(good)), validate(&good) == nil)
	bad := &SignUp{Username: "go", Age: 12, Email: "nope", Tags: []string{"a", "b", "c", "d"},
		Address: Address{Zip: "1"}, Backup: &Address{City: "X", Zip: "123456"}, Score: -1}
	for _, err := range validate(bad) {
		fmt.Println(err)
	}
}
