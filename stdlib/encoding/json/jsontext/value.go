// Package jsontext holds Value, the raw JSON text type that encoding/json's RawMessage is
// an alias of (as in Go since 1.25, where encoding/json is built on json/v2).
package jsontext

import "errors"

// Value is a raw JSON value.
type Value []byte

// Clone returns a copy of v.
func (v Value) Clone() Value {
	if v == nil {
		return nil
	}
	return append(Value{}, v...)
}

// String returns the string form of v ("null" for a nil Value).
func (v Value) String() string {
	if v == nil {
		return "null"
	}
	return string(v)
}

// MarshalJSON returns v as the JSON encoding of v ("null" for a nil Value).
func (v Value) MarshalJSON() ([]byte, error) {
	if v == nil {
		return []byte("null"), nil
	}
	return v, nil
}

// UnmarshalJSON sets v as the JSON encoding of b.
func (v *Value) UnmarshalJSON(b []byte) error {
	if v == nil {
		return errors.New("jsontext.Value: UnmarshalJSON on nil pointer")
	}
	*v = append((*v)[:0], b...)
	return nil
}
