package main

import "fmt"

type MyErr struct {
	op   string
	code int
}

func (e MyErr) Error() string { return fmt.Sprintf("%s failed with code %d", e.op, e.code) }

func main() {
	defer func() {
		fmt.Println("recover in non-panicking path is skipped")
	}()
	panic(MyErr{"open", 2})
}
