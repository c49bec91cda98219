package math

// The functions below are implemented natively: their results must match Go's own
// algorithms bit for bit, which the Rust side takes care of.

// native
func Acos(x float64) float64

// native
func Acosh(x float64) float64

// native
func Asin(x float64) float64

// native
func Asinh(x float64) float64

// native
func Atan(x float64) float64

// native
func Atan2(y, x float64) float64

// native
func Atanh(x float64) float64

// native
func Cbrt(x float64) float64

// native
func Ceil(x float64) float64

// native
func Cos(x float64) float64

// native
func Cosh(x float64) float64

// native
func Exp(x float64) float64

// native
func Exp2(x float64) float64

// native
func Expm1(x float64) float64

// native
func FMA(x, y, z float64) float64

// native
func Float32bits(f float32) uint32

// native
func Float32frombits(b uint32) float32

// native
func Float64bits(f float64) uint64

// native
func Float64frombits(b uint64) float64

// native
func Floor(x float64) float64

// native
func Hypot(p, q float64) float64

// native
func Log(x float64) float64

// native
func Log10(x float64) float64

// native
func Log1p(x float64) float64

// native
func Log2(x float64) float64

// native
func Mod(x, y float64) float64

// native
func Modf(f float64) (integer float64, fractional float64)

// native
func Pow(x, y float64) float64

// native
func Round(x float64) float64

// native
func RoundToEven(x float64) float64

// native
func Sin(x float64) float64

// native
func Sinh(x float64) float64

// native
func Sqrt(x float64) float64

// native
func Tan(x float64) float64

// native
func Tanh(x float64) float64

// native
func Trunc(x float64) float64
