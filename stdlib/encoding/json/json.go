// Package json implements encoding and decoding of JSON as defined in RFC 7159.
//
// The walk over values (Marshal, Unmarshal) and the scanner are natives
// (src/eval/native_pkgs/json); this file holds the API and builds the error values from
// what the natives report: a kind, a message or type name, and a cause.
package json

import (
	"bytes"
	"encoding/json/jsontext"
	"errors"
	"strconv"
)

// Marshaler is the interface implemented by types that can marshal themselves into
// valid JSON.
type Marshaler interface {
	MarshalJSON() ([]byte, error)
}

// Unmarshaler is the interface implemented by types that can unmarshal a JSON
// description of themselves.
type Unmarshaler interface {
	UnmarshalJSON([]byte) error
}

// The kinds of error the natives report.
const (
	errNone = iota
	errUnsupportedType
	errUnsupportedValue
	errMarshaler
	errSyntax
	errInvalidUnmarshal
	errUnmarshalType
	errCause
	errUnknownField
	errMarshalText
	errMarshalerSyntax
)

// native
func marshal(v any, escapeHTML bool) (b []byte, kind int, s string, cause error)

// native
func unmarshal(data []byte, v any, useNumber bool, disallowUnknown bool, num any) (kind int, s string, off int64, value string, strct string, field string, cause error)

// native
func compact(dst []byte, src []byte, escapeHTML bool) (b []byte, kind int, s string, off int64)

// native
func indent(dst []byte, src []byte, prefix string, indent string) (b []byte, kind int, s string, off int64)

// native
func valueEnd(data []byte) (n int, kind int, s string, off int64)

// Marshal returns the JSON encoding of v.
func Marshal(v any) ([]byte, error) {
	b, kind, s, cause := marshal(v, true)
	if kind != errNone {
		return nil, encodeError(kind, s, cause)
	}
	return b, nil
}

// MarshalIndent is like Marshal but applies Indent to format the output.
func MarshalIndent(v any, prefix, indent string) ([]byte, error) {
	b, err := Marshal(v)
	if err != nil {
		return nil, err
	}
	return appendIndent(nil, b, prefix, indent)
}

func appendIndent(dst, src []byte, prefix, ind string) ([]byte, error) {
	b, kind, s, off := indent(dst, src, prefix, ind)
	if kind != errNone {
		return dst, &SyntaxError{msg: s, Offset: off}
	}
	return b, nil
}

func encodeError(kind int, s string, cause error) error {
	switch kind {
	case errUnsupportedType:
		return &UnsupportedTypeError{typ: s}
	case errUnsupportedValue:
		return &UnsupportedValueError{Str: s}
	case errMarshaler:
		return &MarshalerError{typ: s, Err: cause, sourceFunc: "MarshalJSON"}
	case errMarshalerSyntax:
		// s is "type\nmessage".
		for i := 0; i < len(s); i++ {
			if s[i] == '\n' {
				return &MarshalerError{typ: s[:i], Err: &SyntaxError{msg: s[i+1:]}, sourceFunc: "MarshalJSON"}
			}
		}
	}
	return &MarshalerError{typ: s, Err: cause, sourceFunc: "MarshalText"}
}

// Unmarshal parses the JSON-encoded data and stores the result in the value pointed to by v.
func Unmarshal(data []byte, v any) error {
	return decodeInto(data, v, false, false)
}

func decodeInto(data []byte, v any, useNumber, disallowUnknown bool) error {
	kind, s, off, value, strct, field, cause := unmarshal(data, v, useNumber, disallowUnknown, Number(""))
	switch kind {
	case errNone:
		return nil
	case errSyntax:
		return &SyntaxError{msg: s, Offset: off}
	case errInvalidUnmarshal:
		return &InvalidUnmarshalError{typ: s}
	case errUnmarshalType:
		return &UnmarshalTypeError{Value: value, typ: s, Offset: off, Struct: strct, Field: field, Err: cause}
	case errUnknownField:
		return errors.New("json: unknown field " + strconv.Quote(s))
	}
	return cause
}

// Valid reports whether data is a valid JSON encoding.
func Valid(data []byte) bool {
	_, kind, _, _ := compact(nil, data, false)
	return kind == errNone
}

// Compact appends to dst the JSON-encoded src with insignificant space characters elided.
func Compact(dst *bytes.Buffer, src []byte) error {
	b, kind, s, off := compact(nil, src, false)
	if kind != errNone {
		return &SyntaxError{msg: s, Offset: off}
	}
	dst.Write(b)
	return nil
}

// Indent appends to dst an indented form of the JSON-encoded src.
func Indent(dst *bytes.Buffer, src []byte, prefix, indent string) error {
	b, err := appendIndent(nil, src, prefix, indent)
	if err != nil {
		return err
	}
	dst.Write(b)
	return nil
}

// HTMLEscape appends to dst the JSON-encoded src with <, >, &, U+2028 and U+2029
// characters inside string literals changed to \u003c, \u003e, \u0026, \u2028, \u2029.
func HTMLEscape(dst *bytes.Buffer, src []byte) {
	const hex = "0123456789abcdef"
	start := 0
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c == '<' || c == '>' || c == '&' {
			dst.Write(src[start:i])
			dst.WriteString(`\u00`)
			dst.WriteByte(hex[c>>4])
			dst.WriteByte(hex[c&0xF])
			start = i + 1
		}
		// U+2028 is E2 80 A8 and U+2029 is E2 80 A9.
		if c == 0xE2 && i+2 < len(src) && src[i+1] == 0x80 && src[i+2]&^1 == 0xA8 {
			dst.Write(src[start:i])
			dst.WriteString(`\u202`)
			dst.WriteByte(hex[src[i+2]&0xF])
			start = i + 3
		}
	}
	dst.Write(src[start:])
}

// A SyntaxError is a description of a JSON syntax error.
type SyntaxError struct {
	msg    string // description of error
	Offset int64  // error occurred after reading Offset bytes
}

func (e *SyntaxError) Error() string { return e.msg }

// An UnmarshalTypeError describes a JSON value that was not appropriate for a value of a
// specific Go type. (gint: the Go type is held by its name, reflect.Type is not used.)
type UnmarshalTypeError struct {
	Value  string // description of JSON value - "bool", "array", "number -5"
	typ    string
	Offset int64  // error occurred after reading Offset bytes
	Struct string // name of the root type containing the field
	Field  string // the full path from root node to the value
	Err    error  // may be nil
}

func (e *UnmarshalTypeError) Error() string {
	var s string
	if e.Struct != "" || e.Field != "" {
		intoWhat := "Go struct field "
		i := lastDot(e.Field) + 1
		if len(e.Field[i:]) > 0 && allDigits(e.Field[i:]) {
			intoWhat = ""
		}
		s = "json: cannot unmarshal " + e.Value + " into " + intoWhat + e.Struct + "." + e.Field + " of type " + e.typ
	} else {
		s = "json: cannot unmarshal " + e.Value + " into Go value of type " + e.typ
	}
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

func (e *UnmarshalTypeError) Unwrap() error { return e.Err }

func lastDot(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '.' {
			return i
		}
	}
	return -1
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// An InvalidUnmarshalError describes an invalid argument passed to Unmarshal.
type InvalidUnmarshalError struct {
	typ string // "nil", "non-pointer T" or "nil *T"
}

func (e *InvalidUnmarshalError) Error() string {
	return "json: Unmarshal(" + e.typ + ")"
}

// An UnsupportedTypeError is returned by Marshal when attempting to encode an
// unsupported value type.
type UnsupportedTypeError struct {
	typ string
}

func (e *UnsupportedTypeError) Error() string {
	return "json: unsupported type: " + e.typ
}

// An UnsupportedValueError is returned by Marshal when attempting to encode an
// unsupported value.
type UnsupportedValueError struct {
	Str string
}

func (e *UnsupportedValueError) Error() string {
	return "json: unsupported value: " + e.Str
}

// A MarshalerError represents an error from calling a MarshalJSON or MarshalText method.
type MarshalerError struct {
	typ        string
	Err        error
	sourceFunc string
}

func (e *MarshalerError) Error() string {
	return "json: error calling " + e.sourceFunc + " for type " + e.typ + ": " + e.Err.Error()
}

func (e *MarshalerError) Unwrap() error { return e.Err }

// A Number represents a JSON number literal.
type Number string

// String returns the literal text of the number.
func (n Number) String() string { return string(n) }

// Float64 returns the number as a float64.
func (n Number) Float64() (float64, error) {
	return strconv.ParseFloat(string(n), 64)
}

// Int64 returns the number as an int64.
func (n Number) Int64() (int64, error) {
	return strconv.ParseInt(string(n), 10, 64)
}

// RawMessage is a raw encoded JSON value.
type RawMessage = jsontext.Value
