// Package fuzzcall checks and calls fuzz functions for gint's testing package, with
// reflect, which the testing package itself does without (a program importing reflect
// records more method tables): the generated main of a package with fuzz tests passes
// Check and Call on in testing.Options.
package fuzzcall

import (
	"fmt"
	"reflect"
	"testing"
)

// supported are the types a fuzz function can take, as Go's testing package lists them.
var supported = map[reflect.Type]bool{
	reflect.TypeOf(([]byte)("")):  true,
	reflect.TypeOf((string)("")):  true,
	reflect.TypeOf((bool)(false)): true,
	reflect.TypeOf((byte)(0)):     true,
	reflect.TypeOf((rune)(0)):     true,
	reflect.TypeOf((float32)(0)):  true,
	reflect.TypeOf((float64)(0)):  true,
	reflect.TypeOf((int)(0)):      true,
	reflect.TypeOf((int8)(0)):     true,
	reflect.TypeOf((int16)(0)):    true,
	reflect.TypeOf((int64)(0)):    true,
	reflect.TypeOf((uint)(0)):     true,
	reflect.TypeOf((uint16)(0)):   true,
	reflect.TypeOf((uint32)(0)):   true,
	reflect.TypeOf((uint64)(0)):   true,
}

// Check returns the panic message of F.Fuzz for a function it cannot take (or ""), and
// the error of the first corpus entry whose values do not fit the function's parameters.
func Check(ff any, corpus [][]any) (string, error) {
	fn := reflect.ValueOf(ff)
	ft := fn.Type()
	if ft.Kind() != reflect.Func {
		return "testing: F.Fuzz must receive a function", nil
	}
	if ft.NumIn() < 2 || ft.In(0) != reflect.TypeOf((*testing.T)(nil)) {
		return "testing: fuzz target must receive at least two arguments, where the first argument is a *T", nil
	}
	if ft.NumOut() != 0 {
		return "testing: fuzz target must not return a value", nil
	}
	var types []reflect.Type
	for i := 1; i < ft.NumIn(); i++ {
		t := ft.In(i)
		if !supported[t] {
			return fmt.Sprintf("testing: unsupported type for fuzzing %v", t), nil
		}
		types = append(types, t)
	}
	for _, vals := range corpus {
		if err := checkEntry(vals, types); err != nil {
			return "", err
		}
	}
	return "", nil
}

// checkEntry reports a corpus entry whose values do not fit the fuzz function's types.
func checkEntry(vals []any, types []reflect.Type) error {
	if len(vals) != len(types) {
		return fmt.Errorf("wrong number of values in corpus entry: %d, want %d", len(vals), len(types))
	}
	valsT := make([]reflect.Type, len(vals))
	for i, v := range vals {
		valsT[i] = reflect.TypeOf(v)
	}
	for i := range types {
		if valsT[i] != types[i] {
			return fmt.Errorf("mismatched types in corpus entry: %v, want %v", valsT, types)
		}
	}
	return nil
}

// Call calls the fuzz function with t and the values of one corpus entry.
func Call(ff any, t *testing.T, values []any) {
	args := []reflect.Value{reflect.ValueOf(t)}
	for _, v := range values {
		args = append(args, reflect.ValueOf(v))
	}
	reflect.ValueOf(ff).Call(args)
}
