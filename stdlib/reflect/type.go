// Package reflect implements run-time reflection: a program can inspect the types of
// values held in interfaces, read and set them, and call their methods.
//
// (gint: a Type is a *rtype holding the number of a runtime type descriptor, which the
// natives in src/eval/native_pkgs/reflect*.rs read; one *rtype exists per descriptor, so
// Types compare with == as Go's do.)
package reflect

import (
	"strconv"
)

// A Kind represents the specific kind of type that a Type represents.
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Ptr is the old name for the Pointer kind.
const Ptr = Pointer

var kindNames = []string{
	Invalid:       "invalid",
	Bool:          "bool",
	Int:           "int",
	Int8:          "int8",
	Int16:         "int16",
	Int32:         "int32",
	Int64:         "int64",
	Uint:          "uint",
	Uint8:         "uint8",
	Uint16:        "uint16",
	Uint32:        "uint32",
	Uint64:        "uint64",
	Uintptr:       "uintptr",
	Float32:       "float32",
	Float64:       "float64",
	Complex64:     "complex64",
	Complex128:    "complex128",
	Array:         "array",
	Chan:          "chan",
	Func:          "func",
	Interface:     "interface",
	Map:           "map",
	Pointer:       "ptr",
	Slice:         "slice",
	String:        "string",
	Struct:        "struct",
	UnsafePointer: "unsafe.Pointer",
}

// String returns the name of k.
func (k Kind) String() string {
	if uint(k) < uint(len(kindNames)) {
		return kindNames[uint(k)]
	}
	return "kind" + strconv.Itoa(int(k))
}

// ChanDir represents a channel type's direction.
type ChanDir int

const (
	RecvDir ChanDir = 1 << iota
	SendDir
	BothDir = RecvDir | SendDir
)

func (d ChanDir) String() string {
	switch d {
	case SendDir:
		return "chan<-"
	case RecvDir:
		return "<-chan"
	case BothDir:
		return "chan"
	}
	return "ChanDir" + strconv.Itoa(int(d))
}

// Type is the representation of a Go type.
type Type interface {
	Align() int
	FieldAlign() int
	Method(int) Method
	MethodByName(string) (Method, bool)
	NumMethod() int
	Name() string
	PkgPath() string
	Size() uintptr
	String() string
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	ConvertibleTo(u Type) bool
	Comparable() bool
	Bits() int
	ChanDir() ChanDir
	IsVariadic() bool
	Elem() Type
	Field(i int) StructField
	FieldByIndex(index []int) StructField
	FieldByName(name string) (StructField, bool)
	FieldByNameFunc(match func(string) bool) (StructField, bool)
	In(i int) Type
	Key() Type
	Len() int
	NumField() int
	NumIn() int
	NumOut() int
	Out(i int) Type
	OverflowComplex(x complex128) bool
	OverflowFloat(x float64) bool
	OverflowInt(x int64) bool
	OverflowUint(x uint64) bool
	common() *rtype
}

// rtype is the one implementation of Type: id numbers a runtime type descriptor.
type rtype struct {
	id int
}

// types holds the *rtype of each descriptor number, so that each Type is made once.
var types []*rtype

// toType returns the Type of descriptor number id (nil for 0, no type).
func toType(id int) Type {
	if id == 0 {
		return nil
	}
	return toRType(id)
}

func toRType(id int) *rtype {
	for len(types) <= id {
		types = append(types, nil)
	}
	if types[id] == nil {
		types[id] = &rtype{id}
	}
	return types[id]
}

// TypeOf returns the reflection Type that represents the dynamic type of i; nil if i is
// a nil interface value.
func TypeOf(i any) Type {
	return toType(typeOf(i))
}

// TypeFor returns the Type that represents the type argument T.
func TypeFor[T any]() Type {
	return TypeOf((*T)(nil)).Elem()
}

// ArrayOf returns the array type with the given length and element type.
func ArrayOf(length int, elem Type) Type {
	if length < 0 {
		panic("reflect: negative length passed to ArrayOf")
	}
	return toType(arrayOf(length, elem.common().id))
}

// ChanOf returns the channel type with the given direction and element type.
func ChanOf(dir ChanDir, t Type) Type {
	if dir != RecvDir && dir != SendDir && dir != BothDir {
		panic("reflect.ChanOf: invalid dir")
	}
	return toType(chanOf(int(dir), t.common().id))
}

// PtrTo is the old name of PointerTo.
func PtrTo(t Type) Type { return PointerTo(t) }

// PointerTo returns the pointer type with element t.
func PointerTo(t Type) Type { return toType(ptrTo(t.common().id)) }

// SliceOf returns the slice type with element type t.
func SliceOf(t Type) Type { return toType(sliceOf(t.common().id)) }

// MapOf returns the map type with the given key and element types.
func MapOf(key, elem Type) Type {
	if !key.Comparable() {
		panic("reflect.MapOf: invalid key type " + key.String())
	}
	return toType(mapOf(key.common().id, elem.common().id))
}

func (t *rtype) common() *rtype   { return t }
func (t *rtype) String() string   { return typeString(t.id) }
func (t *rtype) Name() string     { return typeName(t.id) }
func (t *rtype) PkgPath() string  { return typePkgPath(t.id) }
func (t *rtype) Kind() Kind       { return Kind(typeKind(t.id)) }
func (t *rtype) Size() uintptr    { return uintptr(typeSize(t.id)) }
func (t *rtype) Align() int       { return typeAlign(t.id) }
func (t *rtype) FieldAlign() int  { return typeAlign(t.id) }
func (t *rtype) Comparable() bool { return typeComparable(t.id) }

func (t *rtype) Bits() int {
	k := t.Kind()
	if k < Int || k > Complex128 {
		panic("reflect: Bits of non-arithmetic Type " + t.String())
	}
	return int(t.Size()) * 8
}

func (t *rtype) ChanDir() ChanDir {
	if t.Kind() != Chan {
		panic("reflect: ChanDir of non-chan type " + t.String())
	}
	return ChanDir(typeChanDir(t.id))
}

func (t *rtype) Elem() Type {
	e := typeElem(t.id)
	if e == 0 {
		panic("reflect: Elem of invalid type " + t.String())
	}
	return toType(e)
}

func (t *rtype) Key() Type {
	if t.Kind() != Map {
		panic("reflect: Key of non-map type " + t.String())
	}
	return toType(typeKey(t.id))
}

func (t *rtype) Len() int {
	if t.Kind() != Array {
		panic("reflect: Len of non-array type " + t.String())
	}
	return typeLen(t.id)
}

func (t *rtype) NumField() int {
	if t.Kind() != Struct {
		panic("reflect: NumField of non-struct type " + t.String())
	}
	return typeNumField(t.id)
}

func (t *rtype) Field(i int) StructField {
	if t.Kind() != Struct {
		panic("reflect: Field of non-struct type " + t.String())
	}
	if i < 0 || i >= typeNumField(t.id) {
		panic("reflect: Field index out of bounds")
	}
	name, pkg, ft, tag, embedded, offset := typeField(t.id, i)
	return StructField{Name: name, PkgPath: pkg, Type: toType(ft), Tag: StructTag(tag), Offset: uintptr(offset), Index: []int{i}, Anonymous: embedded}
}

func (t *rtype) FieldByIndex(index []int) StructField {
	if t.Kind() != Struct {
		panic("reflect: FieldByIndex of non-struct type " + t.String())
	}
	var f StructField
	var ft Type = t
	for i, x := range index {
		if i > 0 {
			ft = f.Type
			if ft.Kind() == Pointer && ft.Elem().Kind() == Struct {
				ft = ft.Elem()
			}
		}
		f = ft.Field(x)
	}
	f.Index = append([]int(nil), index...)
	return f
}

func (t *rtype) FieldByName(name string) (StructField, bool) {
	if t.Kind() != Struct {
		panic("reflect: FieldByName of non-struct type " + t.String())
	}
	return t.FieldByNameFunc(func(s string) bool { return s == name })
}

// FieldByNameFunc searches the fields breadth first, embedded structs after the fields
// of the struct embedding them; a name found twice at the same depth is no match.
func (t *rtype) FieldByNameFunc(match func(string) bool) (StructField, bool) {
	if t.Kind() != Struct {
		panic("reflect: FieldByNameFunc of non-struct type " + t.String())
	}
	type scan struct {
		typ   Type
		index []int
	}
	current := []scan{}
	next := []scan{{typ: t}}
	visited := map[Type]bool{}
	for len(next) > 0 {
		current, next = next, nil
		var found StructField
		count := 0
		for _, s := range current {
			if visited[s.typ] {
				continue
			}
			visited[s.typ] = true
			for i := 0; i < s.typ.NumField(); i++ {
				f := s.typ.Field(i)
				index := append(append([]int(nil), s.index...), i)
				if match(f.Name) {
					count++
					if count == 1 {
						found = f
						found.Index = index
					}
					continue
				}
				if f.Anonymous {
					ft := f.Type
					if ft.Kind() == Pointer {
						ft = ft.Elem()
					}
					if ft.Kind() == Struct {
						next = append(next, scan{typ: ft, index: index})
					}
				}
			}
		}
		if count == 1 {
			return found, true
		}
		if count > 1 {
			return StructField{}, false
		}
	}
	return StructField{}, false
}

func (t *rtype) NumMethod() int { return typeNumMethod(t.id) }

func (t *rtype) Method(i int) Method {
	if i < 0 || i >= typeNumMethod(t.id) {
		panic("reflect: Method index out of range")
	}
	name, pkg, mt := typeMethod(t.id, i)
	m := Method{Name: name, PkgPath: pkg, Type: toType(mt), Index: i}
	if t.Kind() != Interface {
		m.Func = Value{mt, methodExpr(t.id, i), 0}
	}
	return m
}

func (t *rtype) MethodByName(name string) (Method, bool) {
	for i := 0; i < t.NumMethod(); i++ {
		if n, _, _ := typeMethod(t.id, i); n == name {
			return t.Method(i), true
		}
	}
	return Method{}, false
}

func (t *rtype) IsVariadic() bool {
	if t.Kind() != Func {
		panic("reflect: IsVariadic of non-func type " + t.String())
	}
	return typeIsVariadic(t.id)
}

func (t *rtype) NumIn() int {
	if t.Kind() != Func {
		panic("reflect: NumIn of non-func type " + t.String())
	}
	return typeNumIn(t.id)
}

func (t *rtype) In(i int) Type {
	if t.Kind() != Func {
		panic("reflect: In of non-func type " + t.String())
	}
	if i < 0 || i >= typeNumIn(t.id) {
		panic("reflect: In index out of range")
	}
	return toType(typeIn(t.id, i))
}

func (t *rtype) NumOut() int {
	if t.Kind() != Func {
		panic("reflect: NumOut of non-func type " + t.String())
	}
	return typeNumOut(t.id)
}

func (t *rtype) Out(i int) Type {
	if t.Kind() != Func {
		panic("reflect: Out of non-func type " + t.String())
	}
	if i < 0 || i >= typeNumOut(t.id) {
		panic("reflect: Out index out of range")
	}
	return toType(typeOut(t.id, i))
}

func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return typeImplements(t.id, u.common().id)
}

func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	return typeAssignableTo(t.id, u.common().id)
}

func (t *rtype) ConvertibleTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.ConvertibleTo")
	}
	return typeConvertibleTo(t.id, u.common().id)
}

func (t *rtype) OverflowInt(x int64) bool {
	k := t.Kind()
	if k < Int || k > Int64 {
		panic("reflect: OverflowInt of non-int type " + t.String())
	}
	bits := t.Size() * 8
	trunc := (x << (64 - bits)) >> (64 - bits)
	return x != trunc
}

func (t *rtype) OverflowUint(x uint64) bool {
	k := t.Kind()
	if k < Uint || k > Uintptr {
		panic("reflect: OverflowUint of non-uint type " + t.String())
	}
	bits := t.Size() * 8
	trunc := (x << (64 - bits)) >> (64 - bits)
	return x != trunc
}

func (t *rtype) OverflowFloat(x float64) bool {
	switch t.Kind() {
	case Float32:
		return overflowFloat32(x)
	case Float64:
		return false
	}
	panic("reflect: OverflowFloat of non-float type " + t.String())
}

func (t *rtype) OverflowComplex(x complex128) bool {
	switch t.Kind() {
	case Complex64:
		re, im := complexParts(x)
		return overflowFloat32(re) || overflowFloat32(im)
	case Complex128:
		return false
	}
	panic("reflect: OverflowComplex of non-complex type " + t.String())
}

func overflowFloat32(x float64) bool {
	if x < 0 {
		x = -x
	}
	return 3.4028234663852886e38 < x && x <= 1.7976931348623157e308
}

// A StructField describes a single field in a struct.
type StructField struct {
	Name      string
	PkgPath   string
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

// IsExported reports whether the field is exported.
func (f StructField) IsExported() bool {
	return f.PkgPath == ""
}

// Method represents a single method.
type Method struct {
	Name    string
	PkgPath string
	Type    Type
	Func    Value
	Index   int
}

// IsExported reports whether the method is exported.
func (m Method) IsExported() bool {
	return m.PkgPath == ""
}

// A StructTag is the tag string in a struct field: by convention a list of
// `key:"value"` pairs separated by spaces.
type StructTag string

// Get returns the value associated with key in the tag string.
func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

// Lookup returns the value associated with key in the tag string, and whether the key
// is present.
func (tag StructTag) Lookup(key string) (value string, ok bool) {
	for tag != "" {
		// Skip leading space.
		i := 0
		for i < len(tag) && tag[i] == ' ' {
			i++
		}
		tag = tag[i:]
		if tag == "" {
			break
		}
		// A key is a non-empty run of non-control characters other than space, quote
		// and colon, followed by a colon and a quoted string.
		i = 0
		for i < len(tag) && tag[i] > ' ' && tag[i] != ':' && tag[i] != '"' && tag[i] != 0x7f {
			i++
		}
		if i == 0 || i+1 >= len(tag) || tag[i] != ':' || tag[i+1] != '"' {
			break
		}
		name := string(tag[:i])
		tag = tag[i+1:]
		// Scan the quoted string to find the value.
		i = 1
		for i < len(tag) && tag[i] != '"' {
			if tag[i] == '\\' {
				i++
			}
			i++
		}
		if i >= len(tag) {
			break
		}
		qvalue := string(tag[:i+1])
		tag = tag[i+1:]
		if key == name {
			value, err := strconv.Unquote(qvalue)
			if err != nil {
				break
			}
			return value, true
		}
	}
	return "", false
}
