package main

import (
	"errors"
	"fmt"
	"os"
)

type ValidationError struct {
	Field string
	Value any
}

func (v *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %v", v.Field, v.Value)
}

type Config struct {
	Port    int
	Host    string
	Retries int
}

func validate(c Config) error {
	var errs []error
	if c.Port <= 0 || c.Port > 65535 {
		errs = append(errs, &ValidationError{"port", c.Port})
	}
	if c.Host == "" {
		errs = append(errs, &ValidationError{"host", c.Host})
	}
	if c.Retries < 0 {
		errs = append(errs, fmt.Errorf("retries: %w", &ValidationError{"retries", c.Retries}))
	}
	return errors.Join(errs...)
}

func mustValidate(c Config) {
	if err := validate(c); err != nil {
		panic(err)
	}
}

func main() {
	cfgs := []Config{{8080, "localhost", 3}, {0, "", -1}, {70000, "x", 0}}
	for _, c := range cfgs {
		err := validate(c)
		fmt.Printf("%+v -> %v\n", c, err)
		var ve *ValidationError
		if errors.As(err, &ve) {
			fmt.Println("  first field:", ve.Field)
		}
	}
	fmt.Fprintln(os.Stderr, "about to fail")
	defer fmt.Println("deferred runs before crash")
	mustValidate(cfgs[2])
}
