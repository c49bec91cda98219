package main

import (
	"fmt"
	"os"
	"testing"
)

var setup string

func TestMain(m *testing.M) {
	setup = "done"
	fmt.Println("before the tests")
	code := m.Run()
	fmt.Println("after the tests, code", code)
	os.Exit(code)
}

func TestGreet(t *testing.T) {
	if setup != "done" {
		t.Fatal("TestMain did not run first")
	}
	if got := greet("gopher"); got != "hello, gopher" {
		t.Errorf("greet = %q", got)
	}
}

func TestFailing(t *testing.T) {
	t.Errorf("greet(%q) = %q", "", greet(""))
}
