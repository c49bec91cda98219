package time

import "errors"

// GoString implements fmt.GoStringer: the time as a call of Date.
func (t Time) GoString() string {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	b := []byte("time.Date(")
	b = appendDecimal(b, year)
	if January <= month && month <= December {
		b = append(b, ", time."...)
		b = append(b, month.String()...)
	} else {
		b = appendDecimal(b, int(month))
	}
	for _, n := range []int{day, hour, min, sec, t.Nanosecond()} {
		b = append(b, ", "...)
		b = appendDecimal(b, n)
	}
	b = append(b, ", "...)
	switch loc := t.Location(); loc {
	case UTC, nil:
		b = append(b, "time.UTC"...)
	case Local:
		b = append(b, "time.Local"...)
	default:
		b = append(b, "time.Location("...)
		b = append(b, quote(loc.name)...)
		b = append(b, ')')
	}
	return string(append(b, ')'))
}

func appendDecimal(b []byte, n int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	var digits [20]byte
	i := len(digits)
	for {
		i--
		digits[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return append(b, digits[i:]...)
}

// AppendText implements encoding.TextAppender: MarshalText's text appended to b.
func (t Time) AppendText(b []byte) ([]byte, error) {
	if y := t.Year(); y < 0 || y > 9999 {
		return nil, errors.New("Time.AppendText: year outside of range [0,9999]")
	}
	return t.AppendFormat(b, RFC3339Nano), nil
}

// The versions of the binary encoding: V2 adds the seconds of a zone offset that is not a
// whole number of minutes.
const (
	timeBinaryVersionV1 byte = iota + 1
	timeBinaryVersionV2
)

// AppendBinary implements encoding.BinaryAppender: a version byte, the seconds since
// January 1, year 1 (8 bytes), the nanoseconds (4) and the zone offset in minutes (2, -1
// for UTC), all big-endian.
func (t Time) AppendBinary(b []byte) ([]byte, error) {
	var offsetMin int16
	var offsetSec int8
	version := timeBinaryVersionV1
	if t.Location() == UTC {
		offsetMin = -1
	} else {
		_, offset := t.Zone()
		if offset%60 != 0 {
			version = timeBinaryVersionV2
			offsetSec = int8(offset % 60)
		}
		offset /= 60
		if offset < -32768 || offset == -1 || offset > 32767 {
			return b, errors.New("Time.MarshalBinary: unexpected zone offset")
		}
		offsetMin = int16(offset)
	}
	sec, nsec := t.sec, t.nsec
	b = append(b, version,
		byte(sec>>56), byte(sec>>48), byte(sec>>40), byte(sec>>32),
		byte(sec>>24), byte(sec>>16), byte(sec>>8), byte(sec),
		byte(nsec>>24), byte(nsec>>16), byte(nsec>>8), byte(nsec),
		byte(offsetMin>>8), byte(offsetMin))
	if version == timeBinaryVersionV2 {
		b = append(b, byte(offsetSec))
	}
	return b, nil
}

// MarshalBinary implements encoding.BinaryMarshaler (see AppendBinary).
func (t Time) MarshalBinary() ([]byte, error) {
	return t.AppendBinary(make([]byte, 0, 16))
}

// UnmarshalBinary implements encoding.BinaryUnmarshaler (see AppendBinary).
func (t *Time) UnmarshalBinary(data []byte) error {
	buf := data
	if len(buf) == 0 {
		return errors.New("Time.UnmarshalBinary: no data")
	}
	version := buf[0]
	if version != timeBinaryVersionV1 && version != timeBinaryVersionV2 {
		return errors.New("Time.UnmarshalBinary: unsupported version")
	}
	wantLen := 1 + 8 + 4 + 2
	if version == timeBinaryVersionV2 {
		wantLen++
	}
	if len(buf) != wantLen {
		return errors.New("Time.UnmarshalBinary: invalid length")
	}
	buf = buf[1:]
	var sec int64
	for _, c := range buf[:8] {
		sec = sec<<8 | int64(c)
	}
	buf = buf[8:]
	nsec := int32(buf[3]) | int32(buf[2])<<8 | int32(buf[1])<<16 | int32(buf[0])<<24
	buf = buf[4:]
	offset := int(int16(buf[1])|int16(buf[0])<<8) * 60
	if version == timeBinaryVersionV2 {
		offset += int(int8(buf[2]))
	}
	*t = Time{sec: sec, nsec: nsec}
	local := Time{sec: sec, nsec: nsec, loc: Local}
	if _, localOffset := local.Zone(); offset == -1*60 {
		t.loc = &utcLoc
	} else if offset == localOffset {
		t.loc = Local
	} else {
		t.loc = FixedZone("", offset)
	}
	return nil
}

// GobEncode implements the gob.GobEncoder interface (as MarshalBinary).
func (t Time) GobEncode() ([]byte, error) { return t.MarshalBinary() }

// GobDecode implements the gob.GobDecoder interface (as UnmarshalBinary).
func (t *Time) GobDecode(data []byte) error { return t.UnmarshalBinary(data) }

// ISOWeek returns the ISO 8601 year and week number in which t occurs: weeks start on
// Monday, and week 1 of a year is the one holding its first Thursday.
func (t Time) ISOWeek() (year, week int) {
	year = t.Year()
	// The Thursday of t's week decides the year; count from January 1 of that year.
	monday0 := (int(t.Weekday()) + 6) % 7
	thursday := t.YearDay() - 1 - monday0 + 3
	if thursday < 0 {
		year--
		thursday += daysInYear(year)
	} else if n := daysInYear(year); thursday >= n {
		year++
		thursday -= n
	}
	return year, thursday/7 + 1
}

func daysInYear(year int) int {
	if isLeap(year) {
		return 366
	}
	return 365
}
