package time

import "errors"

// MarshalJSON implements json.Marshaler: the time as a quoted RFC 3339 string with
// sub-second precision.
func (t Time) MarshalJSON() ([]byte, error) {
	if y := t.Year(); y < 0 || y >= 10000 {
		return nil, errors.New("Time.MarshalJSON: year outside of range [0,9999]")
	}
	b := make([]byte, 0, len(RFC3339Nano)+2)
	b = append(b, '"')
	b = append(b, t.Format(RFC3339Nano)...)
	b = append(b, '"')
	return b, nil
}

// UnmarshalJSON implements json.Unmarshaler: the time must be a quoted RFC 3339 string.
func (t *Time) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	if len(data) < 2 || data[0] != '"' || data[len(data)-1] != '"' {
		return errors.New("Time.UnmarshalJSON: input is not a JSON string")
	}
	var err error
	*t, err = Parse(RFC3339, string(data[1:len(data)-1]))
	return err
}
