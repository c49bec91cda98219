package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	os.Setenv("GINT_TEST_A", "alpha")
	os.Setenv("GINT_TEST_B", "")
	fmt.Println(os.Getenv("GINT_TEST_A"), os.Getenv("GINT_TEST_MISSING") == "")
	v, ok := os.LookupEnv("GINT_TEST_B")
	fmt.Printf("%q %v\n", v, ok)
	v, ok = os.LookupEnv("GINT_TEST_MISSING")
	fmt.Printf("%q %v\n", v, ok)
	found := false
	for _, kv := range os.Environ() {
		if kv == "GINT_TEST_A=alpha" {
			found = true
		}
	}
	fmt.Println(found)
	fmt.Println(os.Unsetenv("GINT_TEST_A"), os.Getenv("GINT_TEST_A") == "")
	fmt.Println(os.Setenv("", "x"))
	fmt.Println(os.Setenv("A=B", "x"))

	os.Setenv("GINT_NAME", "gopher")
	os.Setenv("GINT_N", "3")
	fmt.Println(os.ExpandEnv("hi $GINT_NAME, ${GINT_N} times; $GINT_NOPE|${GINT_NAME}s"))
	m := func(k string) string { return "<" + k + ">" }
	fmt.Println(os.Expand("$a ${b} $1 $@ ${} $ $$ ${x y} ${unterminated", m))
	fmt.Println(os.Expand("cost: $5.00 and $", m))

	h, err := os.Hostname()
	fmt.Println(h != "", err)
	fmt.Println(os.Getpid() > 0)
	wd, err := os.Getwd()
	fmt.Println(strings.HasPrefix(wd, "/"), err)
	oldHome, hadHome := os.LookupEnv("HOME")
	defer func() {
		if hadHome {
			os.Setenv("HOME", oldHome)
		}
	}()
	os.Setenv("HOME", "/home/someone")
	home, err := os.UserHomeDir()
	fmt.Println(home, err)
	os.Unsetenv("HOME")
	_, err = os.UserHomeDir()
	fmt.Println(err)
	fmt.Println(len(os.Args) >= 1)
}
