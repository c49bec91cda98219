// Package fmt implements formatted I/O (gint: natives marked below).
package fmt

// native
func Println(a ...any) (n int, err error)

// native
func Printf(format string, a ...any) (n int, err error)

// native
func Sprintf(format string, a ...any) string

// native
func Sprint(a ...any) string

type Stringer interface {
	String() string
}
