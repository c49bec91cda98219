// What an unrecovered panic prints for a custom error type wrapping another error.
package main

import (
	"errors"
	"fmt"
	"os"
)

type ConfigError struct {
	File string
	Line int
	Err  error
}

func (e *ConfigError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }
func (e *ConfigError) Unwrap() error { return e.Err }

func load(name string) error {
	if _, err := os.Stat(name); err != nil {
		return &ConfigError{name, 0, err}
	}
	return nil
}

func main() {
	err := load("/definitely/missing.conf")
	fmt.Println(errors.Is(err, os.ErrNotExist))
	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Path, pe.Err)
	}
	panic(err)
}
