package strconv

// FormatFloat converts f to a string in format fmt ('b', 'e', 'E', 'f', 'g', 'G', 'x',
// 'X') with precision prec (-1: the fewest digits that read back exactly), rounding as a
// float of bitSize bits (32 or 64).
//
// native
func FormatFloat(f float64, fmt byte, prec, bitSize int) string

// AppendFloat appends the FormatFloat form of f to dst.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}

// ParseFloat converts s to the nearest float of bitSize bits (32 or 64), accepting decimal
// and hexadecimal forms, underscores as Go literals allow them, "inf", "infinity" and "nan".
// Errors are *NumError with Func "ParseFloat"; out of range, the value is ±Inf.
func ParseFloat(s string, bitSize int) (float64, error) {
	f := parseFloat(s, bitSize)
	switch parseFloatStatus(s, bitSize) {
	case 1:
		return 0, syntaxError("ParseFloat", s)
	case 2:
		return f, rangeError("ParseFloat", s)
	}
	return f, nil
}

// parseFloat is ParseFloat's value (0 on bad syntax).
//
// native
func parseFloat(s string, bitSize int) float64

// parseFloatStatus is how ParseFloat ends: 0 well, 1 bad syntax, 2 out of range.
//
// native
func parseFloatStatus(s string, bitSize int) int

// FormatComplex converts c to a string of the form (a+bi), formatting a and b as
// FormatFloat does; bitSize is 64 (complex64) or 128 (complex128).
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	if bitSize != 64 && bitSize != 128 {
		panic("invalid bitSize")
	}
	bitSize >>= 1 // the size of each part
	im := FormatFloat(imag(c), fmt, prec, bitSize)
	if im[0] != '+' && im[0] != '-' {
		im = "+" + im
	}
	return "(" + FormatFloat(real(c), fmt, prec, bitSize) + im + "i)"
}

// ParseComplex converts s, of a form like "1+2i", "(3-4i)" or "5i", to a complex number of
// bitSize bits (64 or 128). Errors are *NumError with Func "ParseComplex".
//
// native
func ParseComplex(s string, bitSize int) (complex128, error)
