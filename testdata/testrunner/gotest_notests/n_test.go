package n

import "testing"

func TestSomething(t *testing.T) {}
