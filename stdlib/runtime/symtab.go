package runtime

// gint: a program counter is a number standing for a call site of the program's own
// code (or for one of a few runtime functions); callerPCs lists those of the calls now
// running and funcInfo tells what one stands for.

// Callers fills pc with the program counters of the calls running on the calling
// goroutine, innermost first: skip 0 is Callers itself, 1 the function calling it. It
// returns the number of entries written. (gint: calls made by standard packages are
// not listed.)
func Callers(skip int, pc []uintptr) int {
	if len(pc) == 0 {
		return 0
	}
	return copy(pc, callerPCs(skip))
}

// native
func callerPCs(skip int) []uintptr

// native
func funcInfo(pc uintptr) (name, file string, line int, ok bool)

// Frames may be used to get function/file/line information for a slice of PC values
// returned by Callers.
type Frames struct {
	callers []uintptr
}

// Frame is the information returned by Frames for each call frame.
type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
}

// CallersFrames takes a slice of PC values returned by Callers and prepares to return
// function/file/line information.
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers: callers}
}

// Next returns a Frame representing the next call frame in the slice of PC values,
// and whether there are more frames after it.
func (ci *Frames) Next() (frame Frame, more bool) {
	for len(ci.callers) > 0 {
		pc := ci.callers[0]
		ci.callers = ci.callers[1:]
		name, file, line, ok := funcInfo(pc)
		if !ok {
			continue
		}
		frame = Frame{PC: pc, Func: &Func{name: name, file: file, line: line, entry: pc}, Function: name, File: file, Line: line, Entry: pc}
		return frame, len(ci.callers) > 0
	}
	return Frame{}, false
}

// Func represents a Go function in the running binary.
type Func struct {
	name  string
	file  string
	line  int
	entry uintptr
}

// FuncForPC returns a *Func describing the function that contains the given program
// counter address, or else nil.
func FuncForPC(pc uintptr) *Func {
	name, file, line, ok := funcInfo(pc)
	if !ok {
		return nil
	}
	return &Func{name: name, file: file, line: line, entry: pc}
}

// Name returns the name of the function.
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

// Entry returns the entry address of the function.
func (f *Func) Entry() uintptr {
	if f == nil {
		return 0
	}
	return f.entry
}

// FileLine returns the file name and line number of the source code corresponding to
// the program counter pc (gint: of the call site pc stands for).
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	if f == nil {
		return "", 0
	}
	if _, file, line, ok := funcInfo(pc); ok {
		return file, line
	}
	return f.file, f.line
}
