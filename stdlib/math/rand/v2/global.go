package rand

import "time"

// globalRand serves the top-level functions: a ChaCha8 seeded from the clock (Go seeds
// it from the runtime; no program can rely on its stream).
var globalRand = New(newClockChaCha8())

func newClockChaCha8() *ChaCha8 {
	var seed [32]byte
	t := uint64(time.Now().UnixNano())
	for i := range seed {
		t = t*6364136223846793005 + 1442695040888963407
		seed[i] = byte(t >> 56)
	}
	return NewChaCha8(seed)
}

func Int64() int64 { return globalRand.Int64() }

func Uint32() uint32 { return globalRand.Uint32() }

func Uint64N(n uint64) uint64 { return globalRand.Uint64N(n) }

func Uint32N(n uint32) uint32 { return globalRand.Uint32N(n) }

func Uint64() uint64 { return globalRand.Uint64() }

func Int32() int32 { return globalRand.Int32() }

func Int() int { return globalRand.Int() }

func Uint() uint { return globalRand.Uint() }

func Int64N(n int64) int64 { return globalRand.Int64N(n) }

func Int32N(n int32) int32 { return globalRand.Int32N(n) }

func IntN(n int) int { return globalRand.IntN(n) }

func UintN(n uint) uint { return globalRand.UintN(n) }

// N returns a random value in [0, n); it panics if n <= 0.
func N[Int intType](n Int) Int {
	if n <= 0 {
		panic("invalid argument to N")
	}
	return Int(globalRand.uint64n(uint64(n)))
}

type intType interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

func Float64() float64 { return globalRand.Float64() }

func Float32() float32 { return globalRand.Float32() }

func Perm(n int) []int { return globalRand.Perm(n) }

func Shuffle(n int, swap func(i, j int)) { globalRand.Shuffle(n, swap) }

func NormFloat64() float64 { return globalRand.NormFloat64() }

func ExpFloat64() float64 { return globalRand.ExpFloat64() }
