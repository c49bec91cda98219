package reflect

// Value is the reflection interface to a Go value.
//
// (gint: t numbers the value's type descriptor, 0 for the zero Value; val is the value
// itself, or with flagAddr a pointer to the variable holding it, through which reads and
// writes go; with flagMethod, val is the receiver and method number of a method value.)
type Value struct {
	t    int
	val  any
	flag flag
}

type flag uintptr

const (
	// flagAddr: the value is addressable; val points to it.
	flagAddr flag = 1 << iota
	// flagStickyRO: obtained through an unexported field: it cannot be set or
	// interfaced, nor can anything reached from it.
	flagStickyRO
	// flagMethod: a method value (val holds its receiver and method).
	flagMethod
	// flagEmbedRO: an unexported embedded field (its exported fields are not read-only).
	flagEmbedRO

	flagRO = flagStickyRO | flagEmbedRO
)

// A ValueError occurs when a Value method is invoked on a Value that does not support it.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == 0 {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

// ValueOf returns a new Value holding the concrete value stored in i; the zero Value for
// a nil interface.
func ValueOf(i any) Value {
	t, v := valueOf(i)
	return Value{t, v, 0}
}

// Zero returns a Value representing the zero value for the specified type.
func Zero(typ Type) Value {
	if typ == nil {
		panic("reflect: Zero(nil)")
	}
	id := typ.common().id
	return Value{id, zeroOf(id), 0}
}

// New returns a Value representing a pointer to a new zero value for the type.
func New(typ Type) Value {
	if typ == nil {
		panic("reflect: New(nil)")
	}
	id := typ.common().id
	return Value{ptrTo(id), newOf(id), 0}
}

// Indirect returns the value that v points to (v itself if it is no pointer).
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}

// MakeSlice creates a new zero-initialized slice value for the specified slice type,
// length, and capacity.
func MakeSlice(typ Type, len, cap int) Value {
	if typ.Kind() != Slice {
		panic("reflect.MakeSlice of non-slice type")
	}
	if len < 0 {
		panic("reflect.MakeSlice: negative len")
	}
	if cap < 0 {
		panic("reflect.MakeSlice: negative cap")
	}
	if len > cap {
		panic("reflect.MakeSlice: len > cap")
	}
	id := typ.common().id
	return Value{id, makeSlice(id, len, cap), 0}
}

// MakeMap creates a new map with the specified type.
func MakeMap(typ Type) Value {
	return MakeMapWithSize(typ, 0)
}

// MakeMapWithSize creates a new map with the specified type and initial space.
func MakeMapWithSize(typ Type, n int) Value {
	if typ.Kind() != Map {
		panic("reflect.MakeMapWithSize of non-map type")
	}
	id := typ.common().id
	return Value{id, makeMap(id), 0}
}

// Copy copies the contents of src into dst until either dst has been filled or src has
// been exhausted; it returns the number of elements copied.
func Copy(dst, src Value) int {
	dk := dst.kind()
	if dk != Array && dk != Slice {
		panic(&ValueError{"reflect.Copy", dk})
	}
	if dk == Array && dst.flag&flagAddr == 0 {
		panic("reflect: reflect.Copy using unaddressable value")
	}
	sk := src.kind()
	if sk != Array && sk != Slice && sk != String {
		panic(&ValueError{"reflect.Copy", sk})
	}
	return copyValues(dst, src)
}

// Append appends the values x to a slice s and returns the resulting slice.
func Append(s Value, x ...Value) Value {
	s.mustBe(Slice, "reflect.Append")
	et := typeElem(s.t)
	for _, v := range x {
		v.assignableTo(et, "reflect.Append")
	}
	return Value{s.t, appendValues(s, x), 0}
}

// AppendSlice appends a slice t to a slice s and returns the resulting slice.
func AppendSlice(s, t Value) Value {
	s.mustBe(Slice, "reflect.AppendSlice")
	t.mustBe(Slice, "reflect.AppendSlice")
	xs := make([]Value, t.Len())
	for i := range xs {
		xs[i] = t.Index(i)
	}
	return Append(s, xs...)
}

// ro is the read-only flag of values derived from one with flags f.
func (f flag) ro() flag {
	if f&flagRO != 0 {
		return flagStickyRO
	}
	return 0
}

func (v Value) kind() Kind {
	if v.t == 0 {
		return Invalid
	}
	if v.flag&flagMethod != 0 {
		return Func
	}
	return Kind(typeKind(v.t))
}

func (v Value) mustBe(k Kind, method string) {
	if v.kind() != k {
		panic(&ValueError{method, v.kind()})
	}
}

func (v Value) mustBeExported(method string) {
	if v.t == 0 {
		panic(&ValueError{method, Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect: " + method + " using value obtained using unexported field")
	}
}

func (v Value) mustBeAssignable(method string) {
	if v.t == 0 {
		panic(&ValueError{method, Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect: " + method + " using value obtained using unexported field")
	}
	if v.flag&flagAddr == 0 {
		panic("reflect: " + method + " using unaddressable value")
	}
}

// assignableTo panics unless v can be assigned to a variable of type t.
func (v Value) assignableTo(t int, context string) {
	v.mustBeExported(context)
	if !typeAssignableTo(v.t, t) {
		panic(context + ": value of type " + typeString(v.t) + " is not assignable to type " + typeString(t))
	}
}

// Kind returns v's Kind; Invalid for the zero Value.
func (v Value) Kind() Kind { return v.kind() }

// Type returns v's type.
func (v Value) Type() Type {
	if v.t == 0 {
		panic(&ValueError{"reflect.Value.Type", Invalid})
	}
	return toType(v.t)
}

// IsValid reports whether v represents a value (false for the zero Value).
func (v Value) IsValid() bool { return v.t != 0 }

// CanAddr reports whether the value's address can be obtained with Addr.
func (v Value) CanAddr() bool { return v.flag&flagAddr != 0 }

// CanSet reports whether the value of v can be changed: it is addressable and was not
// obtained through an unexported struct field.
func (v Value) CanSet() bool { return v.flag&(flagAddr|flagRO) == flagAddr }

// CanInterface reports whether Interface can be used without panicking.
func (v Value) CanInterface() bool {
	if v.t == 0 {
		panic(&ValueError{"reflect.Value.CanInterface", Invalid})
	}
	return v.flag&flagRO == 0
}

// Interface returns v's current value as an interface{}.
func (v Value) Interface() any {
	if v.t == 0 {
		panic(&ValueError{"reflect.Value.Interface", Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	return toInterface(v)
}

// Addr returns a pointer value representing the address of v.
func (v Value) Addr() Value {
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.Addr of unaddressable value")
	}
	return Value{ptrTo(v.t), v.val, v.flag.ro()}
}

// Elem returns the value that the interface v contains or that the pointer v points to.
func (v Value) Elem() Value {
	switch v.kind() {
	case Interface, Pointer:
		return elemOf(v)
	}
	panic(&ValueError{"reflect.Value.Elem", v.kind()})
}

// Field returns the i'th field of the struct v.
func (v Value) Field(i int) Value {
	v.mustBe(Struct, "reflect.Value.Field")
	if uint(i) >= uint(typeNumField(v.t)) {
		panic("reflect: Field index out of range")
	}
	return fieldOf(v, i)
}

// FieldByIndex returns the nested field corresponding to index.
func (v Value) FieldByIndex(index []int) Value {
	if len(index) == 1 {
		return v.Field(index[0])
	}
	v.mustBe(Struct, "reflect.Value.FieldByIndex")
	for i, x := range index {
		if i > 0 && v.Kind() == Pointer && typeKind(typeElem(v.t)) == uint(Struct) {
			if v.IsNil() {
				panic("reflect: indirection through nil pointer to embedded struct")
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v
}

// FieldByName returns the struct field with the given name; the zero Value if none.
func (v Value) FieldByName(name string) Value {
	v.mustBe(Struct, "reflect.Value.FieldByName")
	if f, ok := toRType(v.t).FieldByName(name); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

// NumField returns the number of fields in the struct v.
func (v Value) NumField() int {
	v.mustBe(Struct, "reflect.Value.NumField")
	return typeNumField(v.t)
}

// Index returns v's i'th element (v an Array, Slice, or String).
func (v Value) Index(i int) Value {
	switch v.kind() {
	case Array:
		if uint(i) >= uint(typeLen(v.t)) {
			panic("reflect: array index out of range")
		}
	case Slice:
		if uint(i) >= uint(lenOf(v)) {
			panic("reflect: slice index out of range")
		}
	case String:
		if uint(i) >= uint(lenOf(v)) {
			panic("reflect: string index out of range")
		}
	default:
		panic(&ValueError{"reflect.Value.Index", v.kind()})
	}
	return indexOf(v, i)
}

// Len returns v's length.
func (v Value) Len() int {
	switch v.kind() {
	case Array, Chan, Map, Slice, String:
		return lenOf(v)
	case Pointer:
		if typeKind(typeElem(v.t)) == uint(Array) {
			return typeLen(typeElem(v.t))
		}
		panic("reflect: call of reflect.Value.Len on ptr to non-array Value")
	}
	panic(&ValueError{"reflect.Value.Len", v.kind()})
}

// Cap returns v's capacity.
func (v Value) Cap() int {
	switch v.kind() {
	case Array, Chan, Slice:
		return capOf(v)
	case Pointer:
		if typeKind(typeElem(v.t)) == uint(Array) {
			return typeLen(typeElem(v.t))
		}
		panic("reflect: call of reflect.Value.Cap on ptr to non-array Value")
	}
	panic(&ValueError{"reflect.Value.Cap", v.kind()})
}

// IsNil reports whether its argument v is nil (v a chan, func, interface, map, pointer,
// or slice).
func (v Value) IsNil() bool {
	switch v.kind() {
	case Chan, Func, Map, Pointer, UnsafePointer, Interface, Slice:
		if v.flag&flagMethod != 0 {
			return false
		}
		return isNil(v)
	}
	panic(&ValueError{"reflect.Value.IsNil", v.kind()})
}

// IsZero reports whether v is the zero value for its type.
func (v Value) IsZero() bool {
	if v.t == 0 {
		panic(&ValueError{"reflect.Value.IsZero", Invalid})
	}
	return isZero(v)
}

// SetZero sets v to be the zero value of v's type.
func (v Value) SetZero() {
	v.mustBeAssignable("reflect.Value.SetZero")
	store(v, Value{v.t, zeroOf(v.t), 0})
}

// Bool returns v's underlying value.
func (v Value) Bool() bool {
	v.mustBe(Bool, "reflect.Value.Bool")
	return loadBool(v)
}

// Int returns v's underlying value, as an int64.
func (v Value) Int() int64 {
	switch v.kind() {
	case Int, Int8, Int16, Int32, Int64:
		return loadInt(v)
	}
	panic(&ValueError{"reflect.Value.Int", v.kind()})
}

// Uint returns v's underlying value, as a uint64.
func (v Value) Uint() uint64 {
	switch v.kind() {
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return uint64(loadInt(v))
	}
	panic(&ValueError{"reflect.Value.Uint", v.kind()})
}

// Float returns v's underlying value, as a float64.
func (v Value) Float() float64 {
	switch v.kind() {
	case Float32, Float64:
		return loadFloat(v)
	}
	panic(&ValueError{"reflect.Value.Float", v.kind()})
}

// Complex returns v's underlying value, as a complex128.
func (v Value) Complex() complex128 {
	switch v.kind() {
	case Complex64, Complex128:
		return loadComplex(v)
	}
	panic(&ValueError{"reflect.Value.Complex", v.kind()})
}

// String returns the string v's underlying value, as a string; for a value of another
// kind, "<T Value>".
func (v Value) String() string {
	switch v.kind() {
	case Invalid:
		return "<invalid Value>"
	case String:
		return loadString(v)
	}
	return "<" + typeString(v.t) + " Value>"
}

// Bytes returns v's underlying value (a slice of bytes).
func (v Value) Bytes() []byte {
	switch v.kind() {
	case Slice:
		if typeKind(typeElem(v.t)) != uint(Uint8) {
			panic("reflect.Value.Bytes of non-byte slice")
		}
		return loadBytes(v)
	case Array:
		if typeKind(typeElem(v.t)) != uint(Uint8) {
			panic("reflect.Value.Bytes of non-byte array")
		}
		if !v.CanAddr() {
			panic("reflect.Value.Bytes of unaddressable byte array")
		}
		return loadBytes(v)
	}
	panic(&ValueError{"reflect.Value.Bytes", v.kind()})
}

// CanInt reports whether Int can be used without panicking.
func (v Value) CanInt() bool {
	switch v.kind() {
	case Int, Int8, Int16, Int32, Int64:
		return true
	}
	return false
}

// CanUint reports whether Uint can be used without panicking.
func (v Value) CanUint() bool {
	switch v.kind() {
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return true
	}
	return false
}

// CanFloat reports whether Float can be used without panicking.
func (v Value) CanFloat() bool {
	switch v.kind() {
	case Float32, Float64:
		return true
	}
	return false
}

// CanComplex reports whether Complex can be used without panicking.
func (v Value) CanComplex() bool {
	switch v.kind() {
	case Complex64, Complex128:
		return true
	}
	return false
}

// Set assigns x to the value v.
func (v Value) Set(x Value) {
	v.mustBeAssignable("reflect.Set")
	x.assignableTo(v.t, "reflect.Set")
	store(v, x)
}

// SetBool sets v's underlying value.
func (v Value) SetBool(x bool) {
	v.mustBeAssignable("reflect.Value.SetBool")
	v.mustBe(Bool, "reflect.Value.SetBool")
	storeScalar(v, x)
}

// SetInt sets v's underlying value to x.
func (v Value) SetInt(x int64) {
	v.mustBeAssignable("reflect.Value.SetInt")
	switch v.kind() {
	case Int, Int8, Int16, Int32, Int64:
		storeScalar(v, x)
		return
	}
	panic(&ValueError{"reflect.Value.SetInt", v.kind()})
}

// SetUint sets v's underlying value to x.
func (v Value) SetUint(x uint64) {
	v.mustBeAssignable("reflect.Value.SetUint")
	switch v.kind() {
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		storeScalar(v, int64(x))
		return
	}
	panic(&ValueError{"reflect.Value.SetUint", v.kind()})
}

// SetFloat sets v's underlying value to x.
func (v Value) SetFloat(x float64) {
	v.mustBeAssignable("reflect.Value.SetFloat")
	switch v.kind() {
	case Float32, Float64:
		storeScalar(v, x)
		return
	}
	panic(&ValueError{"reflect.Value.SetFloat", v.kind()})
}

// SetComplex sets v's underlying value to x.
func (v Value) SetComplex(x complex128) {
	v.mustBeAssignable("reflect.Value.SetComplex")
	switch v.kind() {
	case Complex64, Complex128:
		storeScalar(v, x)
		return
	}
	panic(&ValueError{"reflect.Value.SetComplex", v.kind()})
}

// SetString sets v's underlying value to x.
func (v Value) SetString(x string) {
	v.mustBeAssignable("reflect.Value.SetString")
	v.mustBe(String, "reflect.Value.SetString")
	storeScalar(v, x)
}

// SetBytes sets v's underlying value.
func (v Value) SetBytes(x []byte) {
	v.mustBeAssignable("reflect.Value.SetBytes")
	v.mustBe(Slice, "reflect.Value.SetBytes")
	if typeKind(typeElem(v.t)) != uint(Uint8) {
		panic("reflect.Value.SetBytes of non-byte slice")
	}
	storeScalar(v, x)
}

// SetLen sets v's length to n.
func (v Value) SetLen(n int) {
	v.mustBeAssignable("reflect.Value.SetLen")
	v.mustBe(Slice, "reflect.Value.SetLen")
	if n < 0 || n > capOf(v) {
		panic("reflect: slice length out of range in SetLen")
	}
	store(v, v.Slice(0, n))
}

// SetMapIndex sets the element associated with key in the map v to elem; a zero elem
// deletes the key.
func (v Value) SetMapIndex(key, elem Value) {
	v.mustBe(Map, "reflect.Value.SetMapIndex")
	v.mustBeExported("reflect.Value.SetMapIndex")
	key.assignableTo(typeKey(v.t), "reflect.Value.SetMapIndex")
	if elem.t != 0 {
		elem.assignableTo(typeElem(v.t), "reflect.Value.SetMapIndex")
	}
	setMapIndex(v, key, elem)
}

// MapIndex returns the value associated with key in the map v; the zero Value if key is
// not found or v is a nil map.
func (v Value) MapIndex(key Value) Value {
	v.mustBe(Map, "reflect.Value.MapIndex")
	key.assignableTo(typeKey(v.t), "reflect.Value.MapIndex")
	return mapIndex(v, key)
}

// MapKeys returns a slice containing all the keys present in the map, in unspecified
// order.
func (v Value) MapKeys() []Value {
	v.mustBe(Map, "reflect.Value.MapKeys")
	return mapKeys(v)
}

// A MapIter is an iterator for ranging over a map.
type MapIter struct {
	m    Value
	keys []Value
	i    int
}

// MapRange returns a range iterator for a map.
func (v Value) MapRange() *MapIter {
	if v.kind() != Map {
		panic(&ValueError{"reflect.Value.MapRange", v.kind()})
	}
	return &MapIter{m: v, i: -1}
}

// Next advances the map iterator and reports whether there is another entry.
func (it *MapIter) Next() bool {
	if it.i == -1 {
		it.keys = mapKeys(it.m)
	}
	if it.i >= len(it.keys) {
		panic("MapIter.Next called on exhausted iterator")
	}
	it.i++
	return it.i < len(it.keys)
}

// Key returns the key of the iterator's current map entry.
func (it *MapIter) Key() Value {
	if it.i < 0 {
		panic("MapIter.Key called before Next")
	}
	if it.i >= len(it.keys) {
		panic("MapIter.Key called on exhausted iterator")
	}
	return it.keys[it.i]
}

// Value returns the value of the iterator's current map entry.
func (it *MapIter) Value() Value {
	if it.i < 0 {
		panic("MapIter.Value called before Next")
	}
	if it.i >= len(it.keys) {
		panic("MapIter.Value called on exhausted iterator")
	}
	return mapIndex(it.m, it.keys[it.i])
}

// Reset modifies it to iterate over v.
func (it *MapIter) Reset(v Value) {
	it.m = v
	it.keys = nil
	it.i = -1
}

// Slice returns v[i:j].
func (v Value) Slice(i, j int) Value {
	return v.slice3(i, j, -1, "reflect.Value.Slice")
}

// Slice3 is the 3-index form of the slice operation: it returns v[i:j:k].
func (v Value) Slice3(i, j, k int) Value {
	if v.kind() == String {
		panic(&ValueError{"reflect.Value.Slice3", String})
	}
	return v.slice3(i, j, k, "reflect.Value.Slice3")
}

func (v Value) slice3(i, j, k int, method string) Value {
	var capacity int
	t := v.t
	switch v.kind() {
	case Array:
		if v.flag&flagAddr == 0 {
			panic(method + ": slice of unaddressable array")
		}
		capacity = typeLen(v.t)
		t = sliceOf(typeElem(v.t))
	case Slice:
		capacity = capOf(v)
	case String:
		if i < 0 || j < i || j > lenOf(v) {
			panic("reflect.Value.Slice: string slice index out of bounds")
		}
		return Value{v.t, sliceOfValue(v, i, j, -1), v.flag.ro()}
	default:
		panic(&ValueError{method, v.kind()})
	}
	if k < 0 {
		if i < 0 || j < i || j > capacity {
			panic(method + ": slice index out of bounds")
		}
	} else if i < 0 || j < i || k < j || k > capacity {
		panic(method + ": slice index out of bounds")
	}
	return Value{t, sliceOfValue(v, i, j, k), v.flag.ro()}
}

// Convert returns the value v converted to type t.
func (v Value) Convert(t Type) Value {
	if v.flag&flagMethod != 0 || !typeConvertibleTo(v.t, t.common().id) {
		panic("reflect.Value.Convert: value of type " + typeString(v.t) + " cannot be converted to type " + t.String())
	}
	id := t.common().id
	return Value{id, convert(v, id), v.flag.ro()}
}

// CanConvert reports whether the value v can be converted to type t.
func (v Value) CanConvert(t Type) bool {
	return v.t != 0 && typeConvertibleTo(v.t, t.common().id)
}

// Comparable reports whether the value v is comparable.
func (v Value) Comparable() bool {
	switch v.kind() {
	case Invalid:
		return false
	case Interface:
		return v.IsNil() || v.Elem().Comparable()
	}
	return typeComparable(v.t)
}

// Equal reports true if v is equal to u.
func (v Value) Equal(u Value) bool {
	if v.Kind() == Interface {
		v = v.Elem()
	}
	if u.Kind() == Interface {
		u = u.Elem()
	}
	if !v.IsValid() || !u.IsValid() {
		return v.IsValid() == u.IsValid()
	}
	if v.t != u.t {
		return false
	}
	if !typeComparable(v.t) {
		panic("reflect.Value.Equal: values of type " + typeString(v.t) + " are not comparable")
	}
	return toInterface(v) == toInterface(u)
}

// Pointer returns v's value as a uintptr.
func (v Value) Pointer() uintptr {
	switch v.kind() {
	case Pointer, Chan, Map, UnsafePointer, Func, Slice:
		return uintptr(pointerOf(v))
	}
	panic(&ValueError{"reflect.Value.Pointer", v.kind()})
}

// UnsafePointer returns v's value as an address.
func (v Value) UnsafeAddr() uintptr {
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.UnsafeAddr of unaddressable value")
	}
	return uintptr(pointerOf(Value{ptrTo(v.t), v.val, 0}))
}

// NumMethod returns the number of methods in the value's method set.
func (v Value) NumMethod() int {
	if v.t == 0 {
		panic(&ValueError{"reflect.Value.NumMethod", Invalid})
	}
	if v.flag&flagMethod != 0 {
		return 0
	}
	return typeNumMethod(v.t)
}

// Method returns a function value corresponding to v's i'th method.
func (v Value) Method(i int) Value {
	if v.t == 0 {
		panic(&ValueError{"reflect.Value.Method", Invalid})
	}
	if v.flag&flagMethod != 0 || uint(i) >= uint(typeNumMethod(v.t)) {
		panic("reflect: Method index out of range")
	}
	if v.kind() == Interface && v.IsNil() {
		panic("reflect: Method on nil interface value")
	}
	t, recv := methodValue(v, i)
	return Value{t, recv, v.flag.ro() | flagMethod}
}

// MethodByName returns a function value corresponding to the method of v with the given
// name; the zero Value if there is none.
func (v Value) MethodByName(name string) Value {
	if v.t == 0 {
		panic(&ValueError{"reflect.Value.MethodByName", Invalid})
	}
	if v.flag&flagMethod != 0 {
		panic("reflect: MethodByName of method value")
	}
	for i := 0; i < typeNumMethod(v.t); i++ {
		if n, _, _ := typeMethod(v.t, i); n == name {
			return v.Method(i)
		}
	}
	return Value{}
}

// Call calls the function v with the input arguments in.
func (v Value) Call(in []Value) []Value {
	v.mustBe(Func, "reflect.Value.Call")
	v.mustBeExported("reflect.Value.Call")
	return v.call("Call", in)
}

// CallSlice calls the variadic function v with the input arguments in, assigning the
// slice in[len(in)-1] to v's final variadic argument.
func (v Value) CallSlice(in []Value) []Value {
	v.mustBe(Func, "reflect.Value.CallSlice")
	v.mustBeExported("reflect.Value.CallSlice")
	return v.call("CallSlice", in)
}

func (v Value) call(op string, in []Value) []Value {
	if v.flag&flagMethod == 0 && isNil(v) {
		panic("reflect.Value.Call: call of nil function")
	}
	ft := v.t
	n := typeNumIn(ft)
	variadic := typeIsVariadic(ft)
	isSlice := op == "CallSlice"
	if isSlice {
		if !variadic {
			panic("reflect: CallSlice of non-variadic function")
		}
		if len(in) < n {
			panic("reflect: CallSlice with too few input arguments")
		}
		if len(in) > n {
			panic("reflect: CallSlice with too many input arguments")
		}
	} else {
		if variadic {
			n--
		}
		if len(in) < n {
			panic("reflect: Call with too few input arguments")
		}
		if !variadic && len(in) > n {
			panic("reflect: Call with too many input arguments")
		}
	}
	for _, x := range in {
		if x.Kind() == Invalid {
			panic("reflect: " + op + " using zero Value argument")
		}
	}
	for i := 0; i < n; i++ {
		if xt, targ := in[i].t, typeIn(ft, i); !typeAssignableTo(xt, targ) {
			panic("reflect: " + op + " using " + typeString(xt) + " as type " + typeString(targ))
		}
	}
	if !isSlice && variadic {
		// Pack the extra arguments into the variadic slice.
		m := len(in) - n
		st := typeIn(ft, n)
		slice := MakeSlice(toType(st), m, m)
		elem := typeElem(st)
		for i := 0; i < m; i++ {
			x := in[n+i]
			if !typeAssignableTo(x.t, elem) {
				panic("reflect: cannot use " + typeString(x.t) + " as type " + typeString(elem) + " in " + op)
			}
			slice.Index(i).Set(x)
		}
		origIn := in
		in = make([]Value, n+1)
		copy(in[:n], origIn)
		in[n] = slice
	}
	return callFunc(v, in)
}

// Send sends x on the channel v.
func (v Value) Send(x Value) {
	v.mustBe(Chan, "reflect.Value.Send")
	if ChanDir(typeChanDir(v.t))&SendDir == 0 {
		panic("reflect: send on recv-only channel")
	}
	x.assignableTo(typeElem(v.t), "reflect.Value.Send")
	chanSend(v, x)
}

// Recv receives and returns a value from the channel v.
func (v Value) Recv() (Value, bool) {
	v.mustBe(Chan, "reflect.Value.Recv")
	if ChanDir(typeChanDir(v.t))&RecvDir == 0 {
		panic("reflect: recv on send-only channel")
	}
	x, ok := chanRecv(v)
	return Value{typeElem(v.t), x, 0}, ok
}

// Close closes the channel v.
func (v Value) Close() {
	v.mustBe(Chan, "reflect.Value.Close")
	if ChanDir(typeChanDir(v.t))&SendDir == 0 {
		panic("reflect: close of receive-only channel")
	}
	chanClose(v)
}

// MakeFunc returns a new function of the given Type that wraps the function fn: its
// arguments are passed to fn as Values, and fn's results are its results.
func MakeFunc(typ Type, fn func(args []Value) (results []Value)) Value {
	if typ.Kind() != Func {
		panic("reflect: call of MakeFunc with non-Func type")
	}
	id := typ.common().id
	return Value{id, makeFunc(id, fn), 0}
}

// Swapper returns a function that swaps the elements in the provided slice.
func Swapper(slice any) func(i, j int) {
	v := ValueOf(slice)
	if v.Kind() != Slice {
		panic(&ValueError{Method: "Swapper", Kind: v.Kind()})
	}
	return func(i, j int) {
		a, b := v.Index(i), v.Index(j)
		t := New(a.Type()).Elem()
		t.Set(a)
		a.Set(b)
		b.Set(t)
	}
}

// DeepEqual reports whether x and y are "deeply equal".
func DeepEqual(x, y any) bool {
	return deepEqual(x, y)
}

// Grow increases the slice's capacity, if necessary, to guarantee space for another n
// elements.
func (v Value) Grow(n int) {
	v.mustBeAssignable("reflect.Value.Grow")
	v.mustBe(Slice, "reflect.Value.Grow")
	if n < 0 {
		panic("reflect.Value.Grow: negative len")
	}
	l, c := lenOf(v), capOf(v)
	if l+n <= c {
		return
	}
	newCap := 2 * c
	if newCap < l+n {
		newCap = l + n
	}
	s := MakeSlice(toType(v.t), l, newCap)
	Copy(s, v)
	store(v, s)
}

// SetCap sets v's capacity to n.
func (v Value) SetCap(n int) {
	v.mustBeAssignable("reflect.Value.SetCap")
	v.mustBe(Slice, "reflect.Value.SetCap")
	if n < lenOf(v) || n > capOf(v) {
		panic("reflect: slice capacity out of range in SetCap")
	}
	store(v, v.Slice3(0, lenOf(v), n))
}

// Clear clears the contents of a map or zeros the contents of a slice.
func (v Value) Clear() {
	switch v.Kind() {
	case Slice:
		z := Zero(toType(typeElem(v.t)))
		for i := 0; i < lenOf(v); i++ {
			indexOf(v, i).Set(z)
		}
	case Map:
		for _, k := range mapKeys(v) {
			setMapIndex(v, k, Value{})
		}
	default:
		panic(&ValueError{"reflect.Value.Clear", v.Kind()})
	}
}

// OverflowInt reports whether the int64 x cannot be represented by v's type.
func (v Value) OverflowInt(x int64) bool {
	switch v.kind() {
	case Int, Int8, Int16, Int32, Int64:
		return toRType(v.t).OverflowInt(x)
	}
	panic(&ValueError{"reflect.Value.OverflowInt", v.kind()})
}

// OverflowUint reports whether the uint64 x cannot be represented by v's type.
func (v Value) OverflowUint(x uint64) bool {
	switch v.kind() {
	case Uint, Uintptr, Uint8, Uint16, Uint32, Uint64:
		return toRType(v.t).OverflowUint(x)
	}
	panic(&ValueError{"reflect.Value.OverflowUint", v.kind()})
}

// OverflowFloat reports whether the float64 x cannot be represented by v's type.
func (v Value) OverflowFloat(x float64) bool {
	switch v.kind() {
	case Float32, Float64:
		return toRType(v.t).OverflowFloat(x)
	}
	panic(&ValueError{"reflect.Value.OverflowFloat", v.kind()})
}

// TypeAssert is semantically equivalent to v.Interface().(T), without the allocation.
func TypeAssert[T any](v Value) (T, bool) {
	if v.flag&flagRO != 0 {
		panic("reflect.TypeAssert: cannot return value obtained from unexported field or method")
	}
	x, ok := v.Interface().(T)
	return x, ok
}

// A SelectDir describes the communication direction of a select case.
type SelectDir int

const (
	_             SelectDir = iota
	SelectSend              // case Chan <- Send
	SelectRecv              // case <-Chan:
	SelectDefault           // default
)

// A SelectCase describes a single case in a select operation.
type SelectCase struct {
	Dir  SelectDir // direction of case
	Chan Value     // channel to use (for send or receive)
	Send Value     // value to send (for send)
}

// Select executes a select operation described by the list of cases: it blocks until
// at least one of the cases can proceed, makes a uniform pseudo-random choice, and runs
// that case. It returns the index of the chosen case and, for a receive, the value
// received and whether it came from a send.
func Select(cases []SelectCase) (chosen int, recv Value, recvOK bool) {
	dflt := -1
	for i, c := range cases {
		switch c.Dir {
		case SelectDefault:
			if dflt >= 0 {
				panic("reflect.Select: multiple default cases")
			}
			if c.Chan.IsValid() {
				panic("reflect.Select: default case has Chan value")
			}
			if c.Send.IsValid() {
				panic("reflect.Select: default case has Send value")
			}
			dflt = i
		case SelectSend:
			if !c.Chan.IsValid() {
				break
			}
			c.Chan.mustBe(Chan, "reflect.Select")
			if ChanDir(typeChanDir(c.Chan.t))&SendDir == 0 {
				panic("reflect.Select: SendDir case using recv-only channel")
			}
			if !c.Send.IsValid() {
				panic("reflect.Select: SendDir case missing Send value")
			}
			c.Send.assignableTo(typeElem(c.Chan.t), "reflect.Select")
		case SelectRecv:
			if c.Send.IsValid() {
				panic("reflect.Select: RecvDir case has Send value")
			}
			if !c.Chan.IsValid() {
				break
			}
			c.Chan.mustBe(Chan, "reflect.Select")
			if ChanDir(typeChanDir(c.Chan.t))&RecvDir == 0 {
				panic("reflect.Select: RecvDir case using send-only channel")
			}
		default:
			panic("reflect.Select: invalid Dir")
		}
	}
	chosen, x, ok := selectCases(cases)
	if cases[chosen].Dir == SelectRecv {
		return chosen, Value{typeElem(cases[chosen].Chan.t), x, 0}, ok
	}
	return chosen, Value{}, false
}
