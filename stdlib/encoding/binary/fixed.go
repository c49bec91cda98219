package binary

// Read, Write, Size, Append, Encode and Decode for the fixed-size values Go handles
// without reflection: booleans, sized integers and floats, pointers to them and slices
// of them. Other types (structs, arrays) need reflection, which gint lacks: they panic
// with an "unsupported" message rather than give a wrong result.

import (
	"errors"
	"fmt"
	"io"
	"math"
)

var errBufferTooSmall = errors.New("buffer too small")

func unsupported(fn string, data any) {
	panic(fmt.Sprintf("unsupported: encoding/binary.%s of %T in gint (it needs reflection)", fn, data))
}

// encodeFast appends the encoding of data to b; false if data's type is not a fixed-size
// basic type or slice of one.
func encodeFast(b []byte, order ByteOrder, data any) ([]byte, bool) {
	put16 := func(v uint16) {
		var x [2]byte
		order.PutUint16(x[:], v)
		b = append(b, x[:]...)
	}
	put32 := func(v uint32) {
		var x [4]byte
		order.PutUint32(x[:], v)
		b = append(b, x[:]...)
	}
	put64 := func(v uint64) {
		var x [8]byte
		order.PutUint64(x[:], v)
		b = append(b, x[:]...)
	}
	boolByte := func(v bool) byte {
		if v {
			return 1
		}
		return 0
	}
	switch v := data.(type) {
	case bool:
		b = append(b, boolByte(v))
	case *bool:
		b = append(b, boolByte(*v))
	case []bool:
		for _, x := range v {
			b = append(b, boolByte(x))
		}
	case int8:
		b = append(b, byte(v))
	case *int8:
		b = append(b, byte(*v))
	case []int8:
		for _, x := range v {
			b = append(b, byte(x))
		}
	case uint8:
		b = append(b, v)
	case *uint8:
		b = append(b, *v)
	case []uint8:
		b = append(b, v...)
	case int16:
		put16(uint16(v))
	case *int16:
		put16(uint16(*v))
	case []int16:
		for _, x := range v {
			put16(uint16(x))
		}
	case uint16:
		put16(v)
	case *uint16:
		put16(*v)
	case []uint16:
		for _, x := range v {
			put16(x)
		}
	case int32:
		put32(uint32(v))
	case *int32:
		put32(uint32(*v))
	case []int32:
		for _, x := range v {
			put32(uint32(x))
		}
	case uint32:
		put32(v)
	case *uint32:
		put32(*v)
	case []uint32:
		for _, x := range v {
			put32(x)
		}
	case int64:
		put64(uint64(v))
	case *int64:
		put64(uint64(*v))
	case []int64:
		for _, x := range v {
			put64(uint64(x))
		}
	case uint64:
		put64(v)
	case *uint64:
		put64(*v)
	case []uint64:
		for _, x := range v {
			put64(x)
		}
	case float32:
		put32(math.Float32bits(v))
	case *float32:
		put32(math.Float32bits(*v))
	case []float32:
		for _, x := range v {
			put32(math.Float32bits(x))
		}
	case float64:
		put64(math.Float64bits(v))
	case *float64:
		put64(math.Float64bits(*v))
	case []float64:
		for _, x := range v {
			put64(math.Float64bits(x))
		}
	default:
		return b, false
	}
	return b, true
}

// fastSize is the encoded size of data, or -1 if its type is not one encodeFast takes
// (or is a nil pointer).
func fastSize(data any) int {
	switch v := data.(type) {
	case bool, int8, uint8:
		return 1
	case *bool, *int8, *uint8:
		if isNilPointer(v) {
			return -1
		}
		return 1
	case int16, uint16:
		return 2
	case *int16, *uint16:
		if isNilPointer(v) {
			return -1
		}
		return 2
	case int32, uint32, float32:
		return 4
	case *int32, *uint32, *float32:
		if isNilPointer(v) {
			return -1
		}
		return 4
	case int64, uint64, float64:
		return 8
	case *int64, *uint64, *float64:
		if isNilPointer(v) {
			return -1
		}
		return 8
	case []bool:
		return len(v)
	case []int8:
		return len(v)
	case []uint8:
		return len(v)
	case []int16:
		return 2 * len(v)
	case []uint16:
		return 2 * len(v)
	case []int32:
		return 4 * len(v)
	case []uint32:
		return 4 * len(v)
	case []float32:
		return 4 * len(v)
	case []int64:
		return 8 * len(v)
	case []uint64:
		return 8 * len(v)
	case []float64:
		return 8 * len(v)
	}
	return -2
}

func isNilPointer(p any) bool {
	switch v := p.(type) {
	case *bool:
		return v == nil
	case *int8:
		return v == nil
	case *uint8:
		return v == nil
	case *int16:
		return v == nil
	case *uint16:
		return v == nil
	case *int32:
		return v == nil
	case *uint32:
		return v == nil
	case *float32:
		return v == nil
	case *int64:
		return v == nil
	case *uint64:
		return v == nil
	case *float64:
		return v == nil
	}
	return false
}

// decodeFast decodes bs into what data points to; false if data's type is not a pointer
// to, or slice of, a fixed-size basic type.
func decodeFast(bs []byte, order ByteOrder, data any) bool {
	switch v := data.(type) {
	case *bool:
		*v = bs[0] != 0
	case *int8:
		*v = int8(bs[0])
	case *uint8:
		*v = bs[0]
	case *int16:
		*v = int16(order.Uint16(bs))
	case *uint16:
		*v = order.Uint16(bs)
	case *int32:
		*v = int32(order.Uint32(bs))
	case *uint32:
		*v = order.Uint32(bs)
	case *int64:
		*v = int64(order.Uint64(bs))
	case *uint64:
		*v = order.Uint64(bs)
	case *float32:
		*v = math.Float32frombits(order.Uint32(bs))
	case *float64:
		*v = math.Float64frombits(order.Uint64(bs))
	case []bool:
		for i, x := range bs {
			v[i] = x != 0
		}
	case []int8:
		for i, x := range bs {
			v[i] = int8(x)
		}
	case []uint8:
		copy(v, bs)
	case []int16:
		for i := range v {
			v[i] = int16(order.Uint16(bs[2*i:]))
		}
	case []uint16:
		for i := range v {
			v[i] = order.Uint16(bs[2*i:])
		}
	case []int32:
		for i := range v {
			v[i] = int32(order.Uint32(bs[4*i:]))
		}
	case []uint32:
		for i := range v {
			v[i] = order.Uint32(bs[4*i:])
		}
	case []float32:
		for i := range v {
			v[i] = math.Float32frombits(order.Uint32(bs[4*i:]))
		}
	case []int64:
		for i := range v {
			v[i] = int64(order.Uint64(bs[8*i:]))
		}
	case []uint64:
		for i := range v {
			v[i] = order.Uint64(bs[8*i:])
		}
	case []float64:
		for i := range v {
			v[i] = math.Float64frombits(order.Uint64(bs[8*i:]))
		}
	default:
		return false
	}
	return true
}

// isDecodable reports whether decodeFast takes data's type (a pointer or a slice).
func isDecodable(data any) bool {
	switch data.(type) {
	case *bool, *int8, *uint8, *int16, *uint16, *int32, *uint32, *int64, *uint64, *float32, *float64,
		[]bool, []int8, []uint8, []int16, []uint16, []int32, []uint32, []int64, []uint64, []float32, []float64:
		return true
	}
	return false
}

// Write writes the binary representation of data into w.
func Write(w io.Writer, order ByteOrder, data any) error {
	bs, ok := encodeFast(nil, order, data)
	if !ok {
		unsupported("Write", data)
	}
	_, err := w.Write(bs)
	return err
}

// Append appends the binary representation of data to buf.
func Append(buf []byte, order ByteOrder, data any) ([]byte, error) {
	out, ok := encodeFast(buf, order, data)
	if !ok {
		unsupported("Append", data)
	}
	return out, nil
}

// Encode encodes the binary representation of data into buf; it returns the number of
// bytes written, or an error if buf is too small.
func Encode(buf []byte, order ByteOrder, data any) (int, error) {
	bs, ok := encodeFast(nil, order, data)
	if !ok {
		unsupported("Encode", data)
	}
	if len(buf) < len(bs) {
		return 0, errBufferTooSmall
	}
	return copy(buf, bs), nil
}

// Read reads structured binary data from r into data, a pointer to a fixed-size value or
// a slice of fixed-size values.
func Read(r io.Reader, order ByteOrder, data any) error {
	if !isDecodable(data) {
		unsupported("Read", data)
	}
	bs := make([]byte, fastSize(data))
	if _, err := io.ReadFull(r, bs); err != nil {
		return err
	}
	decodeFast(bs, order, data)
	return nil
}

// Decode decodes binary data from buf into data; it returns the number of bytes
// consumed, or an error if buf is too small.
func Decode(buf []byte, order ByteOrder, data any) (int, error) {
	if !isDecodable(data) {
		unsupported("Decode", data)
	}
	n := fastSize(data)
	if len(buf) < n {
		return 0, errBufferTooSmall
	}
	decodeFast(buf[:n], order, data)
	return n, nil
}

// Size returns how many bytes Write would generate to encode the value v, or -1 for a
// nil pointer.
func Size(v any) int {
	n := fastSize(v)
	if n == -2 {
		unsupported("Size", v)
	}
	return n
}
