package main

type Reader interface{ Read() string }
type Writer interface{ Write(string) }
type RW interface {
	Reader
	Writer
}

type File struct{}

func (File) Read() string { return "" }

func main() {
	var r Reader = File{}
	var rw RW = r // ERROR "cannot use r (variable of interface type Reader) as RW value in variable declaration: Reader does not implement RW (missing method Write)"
	var w Writer = File{} // ERROR "cannot use File{} (value of struct type File) as Writer value in variable declaration: File does not implement Writer (missing method Write)"
	f := r.(File)
	_ = r.(Writer)
	_ = r.(*File)
	var n int = r // ERROR "cannot use r (variable of interface type Reader) as int value in variable declaration"
	_, _, _, _ = rw, w, f, n
}
