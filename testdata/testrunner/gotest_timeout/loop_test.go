package loop

import "testing"

func TestForever(t *testing.T) {
	n := 0
	for {
		n++
	}
}
