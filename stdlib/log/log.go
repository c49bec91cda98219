// Package log writes log lines: an optional prefix, the date and time, the caller's
// file and line, then the message, ending with a newline. Fatal functions call
// os.Exit(1) after writing; Panic functions panic with the message.
package log

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// The flags select what each line starts with; they are or'ed together. The prefix
// comes first (or, with Lmsgprefix, just before the message), then
// "2009/01/23 01:23:23.123123 /a/b/c/d.go:23: message".
const (
	Ldate         = 1 << iota     // the date in the local time zone: 2009/01/23
	Ltime                         // the time in the local time zone: 01:23:23
	Lmicroseconds                 // microsecond resolution: 01:23:23.123123; assumes Ltime
	Llongfile                     // full file name and line number: /a/b/c/d.go:23
	Lshortfile                    // final file name element and line number: d.go:23; overrides Llongfile
	LUTC                          // if Ldate or Ltime is set, use UTC rather than the local time zone
	Lmsgprefix                    // move the prefix from the beginning of the line to before the message
	LstdFlags     = Ldate | Ltime // initial values for the standard logger
)

// A Logger writes each line with a single Write to its io.Writer; it can be used from
// several goroutines at once.
type Logger struct {
	mu     sync.Mutex
	prefix string
	flag   int
	out    io.Writer
}

// New creates a Logger writing to out, with the prefix and flags given.
func New(out io.Writer, prefix string, flag int) *Logger {
	return &Logger{out: out, prefix: prefix, flag: flag}
}

var std = New(os.Stderr, "", LstdFlags)

// Default returns the standard logger used by the package-level output functions.
func Default() *Logger { return std }

// SetOutput sets the output destination for the logger.
func (l *Logger) SetOutput(w io.Writer) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.out = w
}

// Writer returns the output destination for the logger.
func (l *Logger) Writer() io.Writer {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.out
}

// Prefix returns the output prefix for the logger.
func (l *Logger) Prefix() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.prefix
}

// SetPrefix sets the output prefix for the logger.
func (l *Logger) SetPrefix(prefix string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.prefix = prefix
}

// Flags returns the output flags for the logger.
func (l *Logger) Flags() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.flag
}

// SetFlags sets the output flags for the logger.
func (l *Logger) SetFlags(flag int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.flag = flag
}

// callerFile and callerLine are the site of the user's call into this package (gint
// records the site of each such call; "???" and 0 if there is none).
//
// native
func callerFile() string

// native
func callerLine() int

// Output writes the output for a logging event: s after the header, with a newline
// added if it has none. calldepth counts the callers to skip (gint: the position is
// always that of the call into package log).
func (l *Logger) Output(calldepth int, s string) error {
	return l.output(s)
}

func (l *Logger) output(s string) error {
	// (No deferred unlock: a Write that panics leaves the lock held, as it would in Go,
	// and a call without defer is cheaper in gint.)
	l.mu.Lock()
	flag := l.flag
	var now time.Time
	if flag&(Ldate|Ltime|Lmicroseconds) != 0 {
		now = time.Now()
	}
	var file string
	var line int
	if flag&(Lshortfile|Llongfile) != 0 {
		file, line = callerFile(), callerLine()
	}
	buf := make([]byte, 0, 64+len(s))
	buf = formatHeader(buf, now, l.prefix, flag, file, line)
	buf = append(buf, s...)
	if len(s) == 0 || s[len(s)-1] != '\n' {
		buf = append(buf, '\n')
	}
	_, err := l.out.Write(buf)
	l.mu.Unlock()
	return err
}

// itoa appends i in decimal, zero-padded to wid digits (wid < 0: no padding).
func itoa(buf []byte, i int, wid int) []byte {
	var b [20]byte
	bp := len(b) - 1
	for i >= 10 || wid > 1 {
		wid--
		q := i / 10
		b[bp] = byte('0' + i - q*10)
		bp--
		i = q
	}
	b[bp] = byte('0' + i)
	return append(buf, b[bp:]...)
}

// formatHeader appends the prefix, date, time and position the flags ask for.
func formatHeader(buf []byte, t time.Time, prefix string, flag int, file string, line int) []byte {
	if flag&Lmsgprefix == 0 {
		buf = append(buf, prefix...)
	}
	if flag&(Ldate|Ltime|Lmicroseconds) != 0 {
		if flag&LUTC != 0 {
			t = t.UTC()
		}
		if flag&Ldate != 0 {
			year, month, day := t.Date()
			buf = itoa(buf, year, 4)
			buf = append(buf, '/')
			buf = itoa(buf, int(month), 2)
			buf = append(buf, '/')
			buf = itoa(buf, day, 2)
			buf = append(buf, ' ')
		}
		if flag&(Ltime|Lmicroseconds) != 0 {
			hour, min, sec := t.Clock()
			buf = itoa(buf, hour, 2)
			buf = append(buf, ':')
			buf = itoa(buf, min, 2)
			buf = append(buf, ':')
			buf = itoa(buf, sec, 2)
			if flag&Lmicroseconds != 0 {
				buf = append(buf, '.')
				buf = itoa(buf, t.Nanosecond()/1e3, 6)
			}
			buf = append(buf, ' ')
		}
	}
	if flag&(Lshortfile|Llongfile) != 0 {
		if flag&Lshortfile != 0 {
			short := file
			for i := len(file) - 1; i > 0; i-- {
				if file[i] == '/' {
					short = file[i+1:]
					break
				}
			}
			file = short
		}
		buf = append(buf, file...)
		buf = append(buf, ':')
		buf = itoa(buf, line, -1)
		buf = append(buf, ": "...)
	}
	if flag&Lmsgprefix != 0 {
		buf = append(buf, prefix...)
	}
	return buf
}

// Print writes to the logger as fmt.Print does.
func (l *Logger) Print(v ...any) { l.output(fmt.Sprint(v...)) }

// Printf writes to the logger as fmt.Printf does.
func (l *Logger) Printf(format string, v ...any) { l.output(fmt.Sprintf(format, v...)) }

// Println writes to the logger as fmt.Println does.
func (l *Logger) Println(v ...any) { l.output(fmt.Sprintln(v...)) }

// Fatal is Print followed by os.Exit(1).
func (l *Logger) Fatal(v ...any) {
	l.output(fmt.Sprint(v...))
	os.Exit(1)
}

// Fatalf is Printf followed by os.Exit(1).
func (l *Logger) Fatalf(format string, v ...any) {
	l.output(fmt.Sprintf(format, v...))
	os.Exit(1)
}

// Fatalln is Println followed by os.Exit(1).
func (l *Logger) Fatalln(v ...any) {
	l.output(fmt.Sprintln(v...))
	os.Exit(1)
}

// Panic is Print followed by a panic with the message.
func (l *Logger) Panic(v ...any) {
	s := fmt.Sprint(v...)
	l.output(s)
	panic(s)
}

// Panicf is Printf followed by a panic with the message.
func (l *Logger) Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	l.output(s)
	panic(s)
}

// Panicln is Println followed by a panic with the message.
func (l *Logger) Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	l.output(s)
	panic(s)
}

// SetOutput sets the output destination for the standard logger.
func SetOutput(w io.Writer) { std.SetOutput(w) }

// Flags returns the output flags for the standard logger.
func Flags() int { return std.Flags() }

// SetFlags sets the output flags for the standard logger.
func SetFlags(flag int) { std.SetFlags(flag) }

// Prefix returns the output prefix for the standard logger.
func Prefix() string { return std.Prefix() }

// SetPrefix sets the output prefix for the standard logger.
func SetPrefix(prefix string) { std.SetPrefix(prefix) }

// Writer returns the output destination for the standard logger.
func Writer() io.Writer { return std.Writer() }

// Print writes to the standard logger as fmt.Print does.
func Print(v ...any) { std.output(fmt.Sprint(v...)) }

// Printf writes to the standard logger as fmt.Printf does.
func Printf(format string, v ...any) { std.output(fmt.Sprintf(format, v...)) }

// Println writes to the standard logger as fmt.Println does.
func Println(v ...any) { std.output(fmt.Sprintln(v...)) }

// Fatal is Print followed by os.Exit(1).
func Fatal(v ...any) {
	std.output(fmt.Sprint(v...))
	os.Exit(1)
}

// Fatalf is Printf followed by os.Exit(1).
func Fatalf(format string, v ...any) {
	std.output(fmt.Sprintf(format, v...))
	os.Exit(1)
}

// Fatalln is Println followed by os.Exit(1).
func Fatalln(v ...any) {
	std.output(fmt.Sprintln(v...))
	os.Exit(1)
}

// Panic is Print followed by a panic with the message.
func Panic(v ...any) {
	s := fmt.Sprint(v...)
	std.output(s)
	panic(s)
}

// Panicf is Printf followed by a panic with the message.
func Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	std.output(s)
	panic(s)
}

// Panicln is Println followed by a panic with the message.
func Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	std.output(s)
	panic(s)
}

// Output writes the output for a logging event to the standard logger.
func Output(calldepth int, s string) error {
	return std.output(s)
}
