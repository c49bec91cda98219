// Package time measures and displays time (gint: the clock, timers and calendar
// formatting are natives; durations, months and weekdays are Go).
package time

// Duration is the time elapsed between two instants as an int64 nanosecond count; the
// largest representable duration is about 290 years.
type Duration int64

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// Common durations. There is no Day or larger unit, to avoid confusion across daylight
// saving time zone transitions.
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// String returns the duration in the form "72h3m0.5s": leading zero units are omitted,
// and durations under a second use a smaller unit ("1.5µs", "2ms"); zero is "0s".
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	neg := d < 0
	u := uint64(d)
	if neg {
		u = -u
	}
	var buf []byte
	if u < uint64(Second) {
		// Below a second: one unit with a decimal fraction.
		var prec int
		var unit string
		switch {
		case u < uint64(Microsecond):
			prec, unit = 0, "ns"
		case u < uint64(Millisecond):
			prec, unit = 3, "µs"
		default:
			prec, unit = 6, "ms"
		}
		buf = appendFrac(buf, u, prec)
		buf = append(buf, unit...)
	} else {
		secs := u / uint64(Second)
		frac := u % uint64(Second)
		s := secs % 60
		m := secs / 60 % 60
		h := secs / 3600
		if h > 0 {
			buf = appendUint(buf, h)
			buf = append(buf, 'h')
		}
		if h > 0 || m > 0 {
			buf = appendUint(buf, m)
			buf = append(buf, 'm')
		}
		buf = appendFrac(buf, s*uint64(Second)+frac, 9)
		buf = append(buf, 's')
	}
	if neg {
		return "-" + string(buf)
	}
	return string(buf)
}

// appendFrac appends v / 10^prec in decimal, with the fraction's trailing zeros (and a
// bare point) dropped.
func appendFrac(buf []byte, v uint64, prec int) []byte {
	pow := uint64(1)
	for i := 0; i < prec; i++ {
		pow *= 10
	}
	buf = appendUint(buf, v/pow)
	frac := v % pow
	if frac == 0 {
		return buf
	}
	digits := make([]byte, prec)
	for i := prec - 1; i >= 0; i-- {
		digits[i] = byte('0' + frac%10)
		frac /= 10
	}
	n := prec
	for n > 0 && digits[n-1] == '0' {
		n--
	}
	buf = append(buf, '.')
	return append(buf, digits[:n]...)
}

func appendUint(buf []byte, v uint64) []byte {
	var d [20]byte
	i := len(d)
	for {
		i--
		d[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return append(buf, d[i:]...)
}

// Nanoseconds returns the duration as an integer nanosecond count.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns the duration as an integer microsecond count.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns the duration as an integer millisecond count.
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds returns the duration as a floating point number of seconds.
func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

// Minutes returns the duration as a floating point number of minutes.
func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

// Hours returns the duration as a floating point number of hours.
func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

// Truncate returns d rounded toward zero to a multiple of m; m <= 0 returns d unchanged.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// lessThanHalf reports whether x+x < y, without overflow, for x, y >= 0.
func lessThanHalf(x, y Duration) bool {
	return uint64(x)+uint64(x) < uint64(y)
}

// Round returns d rounded to the nearest multiple of m, halfway values away from zero;
// results that overflow saturate. m <= 0 returns d unchanged.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if lessThanHalf(r, m) {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if lessThanHalf(r, m) {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

// Abs returns the absolute value of d; the most negative Duration gives the most
// positive one.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	}
	return -d
}

// Since returns the time elapsed since t; it is Now().Sub(t).
func Since(t Time) Duration {
	return Now().Sub(t)
}

// Until returns the duration until t; it is t.Sub(Now()).
func Until(t Time) Duration {
	return t.Sub(Now())
}

// Sleep pauses the current goroutine for at least d; a negative or zero d returns at once.
//
// native
func Sleep(d Duration)
