package b

import (
	"strings"
	"testing"
)

func BenchmarkLoop(b *testing.B) {
	s := 0
	for i := 0; i < b.N; i++ {
		s += i
	}
}

func BenchmarkBLoop(b *testing.B) {
	var sb strings.Builder
	for b.Loop() {
		sb.WriteString("x")
	}
}

func BenchmarkSetup(b *testing.B) {
	b.StopTimer()
	data := make([]int, 100)
	b.StartTimer()
	b.ResetTimer()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		data[i%100]++
	}
}

func BenchmarkSizes(b *testing.B) {
	for _, n := range []int{1, 10} {
		b.Run(strings.Repeat("x", n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				_ = strings.Repeat("y", n)
			}
		})
	}
}

func BenchmarkLogs(b *testing.B) {
	b.Log("logged from a benchmark")
	for i := 0; i < b.N; i++ {
	}
}

func BenchmarkFails(b *testing.B) {
	b.Fatal("broken benchmark")
}

func TestNotRunByRunFlag(t *testing.T) {
	t.Error("-run excludes this")
}

func BenchmarkBytesAndMetrics(b *testing.B) {
	b.SetBytes(1024)
	for i := 0; i < b.N; i++ {
	}
	b.ReportMetric(42, "widgets/op")
	b.ReportMetric(1.5, "apples/op")
	if b.Elapsed() < 0 {
		b.Error("negative time")
	}
}

func TestAllocs(t *testing.T) {
	n := testing.AllocsPerRun(3, func() {})
	t.Log(n)
}
