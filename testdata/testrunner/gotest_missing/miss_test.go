package miss

import (
	"testing"

	"example.com/miss/nope"
)

func TestX(t *testing.T) { nope.X() }
