package s

import "testing"

func TestFine(t *testing.T) {}

func TestWrongParam(b *testing.B) {}

func BenchmarkWrongResult(b *testing.B) int { return 0 }
