package main

import "fmt"

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
	PB
)

func (b ByteSize) String() string {
	switch {
	case b >= PB:
		return fmt.Sprintf("%.2fPB", b/PB)
	case b >= TB:
		return fmt.Sprintf("%.2fTB", b/TB)
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.2fB", b)
}

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	All = Read | Write | Exec
)

func (p Perm) String() string {
	s := ""
	for i, c := range "rwx" {
		if p&(1<<uint(i)) != 0 {
			s += string(c)
		} else {
			s += "-"
		}
	}
	return s
}

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
	Friday = iota + 10
	Saturday
)

func main() {
	fmt.Println(KB, MB, GB, TB, PB)
	sizes := []ByteSize{512, 1536, 3 * MB / 2, 1e12, 5e15, 1 << 62}
	for _, s := range sizes {
		fmt.Printf("%v|%s|%10v|%.0f\n", s, s, s, float64(s))
	}
	var p Perm = Read | Exec
	fmt.Println(p, All, Perm(0), p|Write, p&^Read, p^All)
	fmt.Printf("%d %08b %v %s\n", p, All, Write, Exec)
	fmt.Println(Sunday, Monday, Tuesday, Thursday, Friday, Saturday)
	const big = 1 << 100
	fmt.Println(big>>98, uint64(big>>40))
	type Color uint
	const (
		Red Color = iota + 1
		Green
		Blue
	)
	fmt.Println(Red, Green, Blue, Blue*2)
}
