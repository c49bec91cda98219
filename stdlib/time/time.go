package time

import "errors"

// Time is an instant with nanosecond precision. Its zero value is January 1, year 1,
// 00:00:00 UTC. A Time from Now also carries a monotonic clock reading, which Sub,
// Before, After, Equal and Compare use when both operands have one.
//
// sec counts seconds since January 1, year 1 UTC; the location only affects how the
// instant is presented.
type Time struct {
	sec     int64
	nsec    int32 // in [0, 1e9)
	hasMono bool
	mono    int64 // monotonic clock reading in nanoseconds, if hasMono
	loc     *Location
}

// unixToInternal is the number of seconds from January 1, year 1 to the Unix epoch.
const unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * 86400

// Location maps instants to the zone in use at that time.
type Location struct {
	name   string
	offset int // seconds east of UTC, for fixed zones
	native int // handle of the zone database entry kept by the natives, 0 for fixed zones
}

var utcLoc = Location{name: "UTC"}
var localLoc = Location{name: "Local", native: -1}

// UTC represents Universal Coordinated Time.
var UTC *Location = &utcLoc

// Local represents the system's local time zone.
var Local *Location = &localLoc

// String returns the name of the zone: "UTC", "Local" or the name given to
// LoadLocation or FixedZone.
func (l *Location) String() string {
	if l == nil {
		return "UTC"
	}
	return l.name
}

// FixedZone returns a Location that always uses the given zone name and offset
// (seconds east of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, offset: offset}
}

// LoadLocation returns the Location with the given name: "" or "UTC" for UTC, "Local"
// for Local, otherwise a zone of the system's database (/usr/share/zoneinfo, or the folder
// $ZONEINFO names).
func LoadLocation(name string) (*Location, error) {
	if name == "" || name == "UTC" {
		return UTC, nil
	}
	if name == "Local" {
		return Local, nil
	}
	if containsDotDot(name) || name[0] == '/' || name[0] == '\\' {
		return nil, errLocation
	}
	h := loadZone(name)
	if h == 0 {
		return nil, errors.New("unknown time zone " + name)
	}
	return &Location{name: name, native: h}, nil
}

// loadZone loads a zone of the database; its handle, 0 if there is none of that name.
//
// native
func loadZone(name string) int

// lookupName returns the offset of a zone named name in l in effect around unix (or, if
// none was then, of any zone of that name).
func (l *Location) lookupName(name string, unix int64) (offset int, ok bool) {
	switch {
	case l == nil || l == &utcLoc:
		return 0, false
	case l.native == 0:
		return l.offset, l.name == name
	}
	return lookupName(l, name, unix)
}

// native
func lookupName(l *Location, name string, unix int64) (offset int, ok bool)

// IsDST reports whether the time is in daylight saving time in its location.
//
// native
func (t Time) IsDST() bool

var errLocation = errors.New("time: invalid location name")

func containsDotDot(s string) bool {
	if len(s) < 2 {
		return false
	}
	for i := 0; i < len(s)-1; i++ {
		if s[i] == '.' && s[i+1] == '.' {
			return true
		}
	}
	return false
}

// Now returns the current local time, with a monotonic clock reading.
func Now() Time {
	t := now()
	t.loc = Local
	return t
}

// now returns the current time in UTC, with a monotonic clock reading.
//
// native
func now() Time

// Unix returns the local Time for the given Unix time: sec seconds and nsec nanoseconds
// since January 1, 1970 UTC. nsec outside [0, 999999999] is allowed.
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec: sec + unixToInternal, nsec: int32(nsec), loc: Local}
}

// UnixMilli returns the local Time for msec milliseconds since January 1, 1970 UTC.
func UnixMilli(msec int64) Time {
	return Unix(msec/1e3, (msec%1e3)*1e6)
}

// UnixMicro returns the local Time for usec microseconds since January 1, 1970 UTC.
func UnixMicro(usec int64) Time {
	return Unix(usec/1e6, (usec%1e6)*1e3)
}

// Date returns the Time for yyyy-mm-dd hh:mm:ss + nsec nanoseconds in loc; values out of
// their usual ranges are normalized (October 32 is November 1). It panics if loc is nil.
//
// native
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time

// Unix returns t as a Unix time: seconds since January 1, 1970 UTC.
func (t Time) Unix() int64 { return t.sec - unixToInternal }

// UnixMilli returns t as a Unix time in milliseconds.
func (t Time) UnixMilli() int64 { return (t.sec-unixToInternal)*1e3 + int64(t.nsec)/1e6 }

// UnixMicro returns t as a Unix time in microseconds.
func (t Time) UnixMicro() int64 { return (t.sec-unixToInternal)*1e6 + int64(t.nsec)/1e3 }

// UnixNano returns t as a Unix time in nanoseconds; the result is undefined if it does
// not fit in an int64.
func (t Time) UnixNano() int64 { return (t.sec-unixToInternal)*1e9 + int64(t.nsec) }

// Nanosecond returns the nanosecond offset within the second, in [0, 999999999].
func (t Time) Nanosecond() int { return int(t.nsec) }

// IsZero reports whether t is the zero time, January 1, year 1, 00:00:00 UTC.
func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

// After reports whether t is after u.
func (t Time) After(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

// Before reports whether t is before u.
func (t Time) Before(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

// Compare returns -1 if t is before u, 0 if they are the same instant, +1 if t is after u.
func (t Time) Compare(u Time) int {
	switch {
	case t.Before(u):
		return -1
	case t.After(u):
		return +1
	}
	return 0
}

// Equal reports whether t and u are the same instant, whatever their locations.
func (t Time) Equal(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

// Add returns t+d.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int32(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.sec += dsec
	t.nsec = nsec
	if t.hasMono {
		te := t.mono + int64(d)
		if d < 0 && te > t.mono || d > 0 && te < t.mono {
			// The monotonic reading overflowed: drop it.
			t.hasMono = false
			t.mono = 0
		} else {
			t.mono = te
		}
	}
	return t
}

// Sub returns t-u, saturated to the largest or smallest Duration on overflow.
func (t Time) Sub(u Time) Duration {
	if t.hasMono && u.hasMono {
		te, ue := t.mono, u.mono
		d := Duration(te - ue)
		if d < 0 && te > ue {
			return maxDuration
		}
		if d > 0 && te < ue {
			return minDuration
		}
		return d
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	// Check for overflow by undoing the subtraction.
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	}
	return maxDuration
}

// AddDate returns t with the given numbers of years, months and days added, normalized
// as Date does.
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), t.Location())
}

// UTC returns t with the location set to UTC.
func (t Time) UTC() Time {
	t.loc = UTC
	return t
}

// Local returns t with the location set to local time.
func (t Time) Local() Time {
	t.loc = Local
	return t
}

// In returns t with the location set to loc. It panics if loc is nil.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.loc = loc
	return t
}

// Location returns the time zone of t.
func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

// Round returns t stripped of its monotonic reading and rounded to a multiple of d since
// the zero time (halfway values up). d <= 0 only strips the monotonic reading.
//
// native
func (t Time) Round(d Duration) Time

// Truncate returns t stripped of its monotonic reading and rounded down to a multiple of
// d since the zero time. d <= 0 only strips the monotonic reading.
//
// native
func (t Time) Truncate(d Duration) Time

// Date returns the year, month and day of t in its location.
//
// native
func (t Time) Date() (year int, month Month, day int)

// Clock returns the hour, minute and second of t in its location.
//
// native
func (t Time) Clock() (hour, min, sec int)

// Year returns the year of t in its location.
func (t Time) Year() int {
	y, _, _ := t.Date()
	return y
}

// Month returns the month of t in its location.
func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

// Day returns the day of the month of t in its location.
func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

// Hour returns the hour of t in its location, in [0, 23].
func (t Time) Hour() int {
	h, _, _ := t.Clock()
	return h
}

// Minute returns the minute of t in its location, in [0, 59].
func (t Time) Minute() int {
	_, m, _ := t.Clock()
	return m
}

// Second returns the second of t in its location, in [0, 59].
func (t Time) Second() int {
	_, _, s := t.Clock()
	return s
}

// Weekday returns the day of the week of t in its location.
//
// native
func (t Time) Weekday() Weekday

// YearDay returns the day of the year of t in its location, in [1, 365] or [1, 366].
//
// native
func (t Time) YearDay() int

// Zone returns the abbreviated name of the zone in effect at t and its offset in seconds
// east of UTC.
//
// native
func (t Time) Zone() (name string, offset int)

// Format returns t formatted as layout describes it, in t's location.
//
// native
func (t Time) Format(layout string) string

// AppendFormat is Format appending to b.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	return append(b, t.Format(layout)...)
}

// String returns t formatted as "2006-01-02 15:04:05.999999999 -0700 MST", followed by
// " m=±<value>" when t has a monotonic clock reading.
//
// native
func (t Time) String() string

