package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
)

var errCustom = errors.New("custom failure")

type Fails struct{}

func (Fails) MarshalJSON() ([]byte, error) { return nil, fmt.Errorf("wrapped: %w", errCustom) }

type FailsIn struct{}

func (*FailsIn) UnmarshalJSON([]byte) error { return errCustom }

func classify(err error) string {
	var se *json.SyntaxError
	var ue *json.UnmarshalTypeError
	var ie *json.InvalidUnmarshalError
	var te *json.UnsupportedTypeError
	var ve *json.UnsupportedValueError
	var me *json.MarshalerError
	switch {
	case err == nil:
		return "ok"
	case errors.As(err, &se):
		return fmt.Sprintf("SyntaxError at %d: %v", se.Offset, se)
	case errors.As(err, &ue):
		return fmt.Sprintf("UnmarshalTypeError %q: %v", ue.Value, ue)
	case errors.As(err, &ie):
		return "InvalidUnmarshalError: " + ie.Error()
	case errors.As(err, &te):
		return "UnsupportedTypeError: " + te.Error()
	case errors.As(err, &ve):
		return fmt.Sprintf("UnsupportedValueError %q: %v", ve.Str, ve)
	case errors.As(err, &me):
		return fmt.Sprintf("MarshalerError: %v (is custom: %v)", me, errors.Is(err, errCustom))
	}
	return fmt.Sprintf("other (is custom: %v): %v", errors.Is(err, errCustom), err)
}

func main() {
	_, err := json.Marshal(Fails{})
	fmt.Println(classify(err))
	_, err = json.Marshal(math.Inf(1))
	fmt.Println(classify(err))
	_, err = json.Marshal(map[string]any{"c": make(chan bool)})
	fmt.Println(classify(err))
	var v struct{ N int }
	fmt.Println(classify(json.Unmarshal([]byte(`{"N":`), &v)))
	fmt.Println(classify(json.Unmarshal([]byte(`{"N":"1"}`), &v)))
	fmt.Println(classify(json.Unmarshal([]byte(`{}`), v)))
	var f FailsIn
	fmt.Println(classify(json.Unmarshal([]byte(`{}`), &f)))
	fmt.Println(classify(json.Unmarshal([]byte(`{"N":2}`), &v)), v.N)
}
