package rand

import "time"

// globalRand serves the top-level functions. Go seeds it from the runtime's random
// generator; a program can rely on no particular stream, so a clock-seeded source will do.
var globalRand = New(NewSource(time.Now().UnixNano()))

// Seed does nothing: since Go 1.24 the top-level functions cannot be seeded (unless
// GODEBUG=randseednop=0, which gint does not read).
func Seed(seed int64) {}

func Int63() int64 { return globalRand.Int63() }

func Uint32() uint32 { return globalRand.Uint32() }

func Uint64() uint64 { return globalRand.Uint64() }

func Int31() int32 { return globalRand.Int31() }

func Int() int { return globalRand.Int() }

func Int63n(n int64) int64 { return globalRand.Int63n(n) }

func Int31n(n int32) int32 { return globalRand.Int31n(n) }

func Intn(n int) int { return globalRand.Intn(n) }

func Float64() float64 { return globalRand.Float64() }

func Float32() float32 { return globalRand.Float32() }

func Perm(n int) []int { return globalRand.Perm(n) }

func Shuffle(n int, swap func(i, j int)) { globalRand.Shuffle(n, swap) }

func Read(p []byte) (n int, err error) { return globalRand.Read(p) }

func NormFloat64() float64 { return globalRand.NormFloat64() }

func ExpFloat64() float64 { return globalRand.ExpFloat64() }
