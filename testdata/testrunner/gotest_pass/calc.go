// Package calc is a small package under test.
package calc

import "errors"

var ErrDivZero = errors.New("division by zero")

func Add(a, b int) int { return a + b }

func Div(a, b int) (int, error) {
	if b == 0 {
		return 0, ErrDivZero
	}
	return a / b, nil
}

// initialized is set by init, to check that the package under test is initialized.
var initialized bool

func init() { initialized = true }
