package fuzzcall

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
)

// The seed corpus files of testdata/fuzz/FuzzX, in Go's "go test fuzz v1" encoding: one
// value per line, each a conversion of a literal, `string("a")`, `[]byte("\x00")`,
// `int(-3)`, `rune('x')`, `float64(+Inf)`, `math.Float64frombits(0x7ff8...)`, `bool(true)`.
// A line is read by a small parser of that form (Go's parses it as a Go expression: its
// message for a line that is not one may differ).

// corpusDir is where go test keeps the seed corpus of each fuzz test.
const corpusDir = "testdata/fuzz"

// ReadCorpus returns the file names and values of the seed corpus files of the fuzz test
// name, whose fuzz function is ff, and go test's error for the files it cannot use.
func ReadCorpus(name string, ff any) ([]string, [][]any, error) {
	types := paramTypes(ff)
	dir := filepath.Join(corpusDir, name)
	files, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return nil, nil, nil
	} else if err != nil {
		return nil, nil, fmt.Errorf("reading seed corpus from testdata: %v", err)
	}
	var names []string
	var corpus [][]any
	var errs []string
	for _, file := range files {
		if file.IsDir() {
			continue
		}
		filename := filepath.Join(dir, file.Name())
		data, err := os.ReadFile(filename)
		if err != nil {
			return nil, nil, fmt.Errorf("failed to read corpus file: %v", err)
		}
		vals, err := unmarshal(data)
		if err != nil {
			err = fmt.Errorf("unmarshal: %v", err)
		} else {
			err = checkEntry(vals, types)
		}
		if err != nil {
			errs = append(errs, fmt.Sprintf("%q: %v", filename, err))
			continue
		}
		names = append(names, file.Name())
		corpus = append(corpus, vals)
	}
	if len(errs) > 0 {
		return names, corpus, fmt.Errorf("%s", strings.Join(errs, "\n"))
	}
	return names, corpus, nil
}

// unmarshal decodes a corpus file.
func unmarshal(b []byte) ([]any, error) {
	if len(b) == 0 {
		return nil, fmt.Errorf("cannot unmarshal empty string")
	}
	lines := strings.Split(string(b), "\n")
	if len(lines) < 2 {
		return nil, fmt.Errorf("must include version and at least one value")
	}
	version := strings.TrimSuffix(lines[0], "\r")
	if version != "go test fuzz v1" {
		return nil, fmt.Errorf("unknown encoding version: %s", version)
	}
	var vals []any
	for _, line := range lines[1:] {
		line = strings.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		v, err := parseValue(line)
		if err != nil {
			return nil, fmt.Errorf("malformed line %q: %v", line, err)
		}
		vals = append(vals, v)
	}
	return vals, nil
}

// parseValue decodes one line: TYPE(LITERAL).
func parseValue(line string) (any, error) {
	open := strings.Index(line, "(")
	if open < 0 || !strings.HasSuffix(line, ")") {
		return nil, fmt.Errorf("expected call expression")
	}
	typ, arg := strings.TrimSpace(line[:open]), strings.TrimSpace(line[open+1:len(line)-1])
	switch typ {
	case "[]byte":
		if !isQuoted(arg, '"') && !isQuoted(arg, '`') {
			return nil, fmt.Errorf("string literal required for type []byte")
		}
		s, err := strconv.Unquote(arg)
		return []byte(s), err
	case "string":
		if !isQuoted(arg, '"') && !isQuoted(arg, '`') {
			return nil, fmt.Errorf("string literal value required for type string")
		}
		return strconv.Unquote(arg)
	case "bool":
		switch arg {
		case "true":
			return true, nil
		case "false":
			return false, nil
		}
		return nil, fmt.Errorf("true or false required for type bool")
	case "byte", "rune":
		if !isQuoted(arg, '\'') {
			if typ == "rune" {
				return parseInt(arg, "int32")
			}
			return parseUint(arg, "uint8")
		}
		code, _, _, err := strconv.UnquoteChar(arg[1:len(arg)-1], '\'')
		if err != nil {
			return nil, err
		}
		if typ == "rune" {
			return code, nil
		}
		if code >= 256 {
			return nil, fmt.Errorf("can only encode single byte to a byte type")
		}
		return byte(code), nil
	case "int", "int8", "int16", "int32", "int64":
		return parseInt(arg, typ)
	case "uint", "uint8", "uint16", "uint32", "uint64":
		return parseUint(arg, typ)
	case "float32", "float64":
		v, err := parseFloat(arg, typ)
		if typ == "float32" {
			return float32(v), err
		}
		return v, err
	case "math.Float64frombits":
		bits, err := strconv.ParseUint(arg, 0, 64)
		return math.Float64frombits(bits), err
	case "math.Float32frombits":
		bits, err := strconv.ParseUint(arg, 0, 32)
		return math.Float32frombits(uint32(bits)), err
	}
	return nil, fmt.Errorf("expected []byte or primitive type")
}

func isQuoted(s string, q byte) bool {
	return len(s) >= 2 && s[0] == q && s[len(s)-1] == q
}

func parseFloat(arg, typ string) (float64, error) {
	switch arg {
	case "NaN":
		return math.NaN(), nil
	case "+Inf", "Inf":
		return math.Inf(1), nil
	case "-Inf":
		return math.Inf(-1), nil
	}
	size := 64
	if typ == "float32" {
		size = 32
	}
	return strconv.ParseFloat(arg, size)
}

func parseInt(val, typ string) (any, error) {
	switch typ {
	case "int":
		i, err := strconv.ParseInt(val, 0, 64)
		return int(i), err
	case "int8":
		i, err := strconv.ParseInt(val, 0, 8)
		return int8(i), err
	case "int16":
		i, err := strconv.ParseInt(val, 0, 16)
		return int16(i), err
	case "int32":
		i, err := strconv.ParseInt(val, 0, 32)
		return int32(i), err
	}
	return strconv.ParseInt(val, 0, 64)
}

func parseUint(val, typ string) (any, error) {
	switch typ {
	case "uint":
		i, err := strconv.ParseUint(val, 0, 64)
		return uint(i), err
	case "uint8":
		i, err := strconv.ParseUint(val, 0, 8)
		return uint8(i), err
	case "uint16":
		i, err := strconv.ParseUint(val, 0, 16)
		return uint16(i), err
	case "uint32":
		i, err := strconv.ParseUint(val, 0, 32)
		return uint32(i), err
	}
	return strconv.ParseUint(val, 0, 64)
}

// paramTypes are the types of ff's parameters after its *T (none if ff is no function).
func paramTypes(ff any) []reflect.Type {
	ft := reflect.TypeOf(ff)
	if ft == nil || ft.Kind() != reflect.Func {
		return nil
	}
	var types []reflect.Type
	for i := 1; i < ft.NumIn(); i++ {
		types = append(types, ft.In(i))
	}
	return types
}
