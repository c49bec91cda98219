package main

import (
	"fmt"
	"strings"
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	Admin
)

var permNames = map[Perm]string{Read: "read", Write: "write", Exec: "exec", Admin: "admin"}

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	var parts []string
	for _, f := range []Perm{Read, Write, Exec, Admin} {
		if p&f != 0 {
			parts = append(parts, permNames[f])
		}
	}
	if rest := p &^ (Read | Write | Exec | Admin); rest != 0 {
		parts = append(parts, fmt.Sprintf("0x%x", uint8(rest)))
	}
	return strings.Join(parts, "|")
}

func (p Perm) Has(f Perm) bool { return p&f == f }

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func (d Weekday) Weekend() bool { return d == Saturday || d == Sunday }

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

func main() {
	var p Perm = Read | Exec
	fmt.Println(p, p.Has(Read), p.Has(Read|Write))
	p |= Write
	p &^= Exec
	fmt.Println(p, uint8(p))
	fmt.Println(Perm(0), Perm(0xff), Admin)
	for d := Sunday; d <= Saturday; d++ {
		fmt.Print(int(d), ":", d.Weekend(), " ")
	}
	fmt.Println()
	fmt.Println(KB, MB, GB)
	var x uint8 = 250
	x += 10
	var y int8 = 127
	y++
	fmt.Println(x, y, ^uint16(0), -7/2, -7%2, 7>>1, -7>>1)
	fmt.Printf("%08b %o %X %#x\n", 37, 64, 255, 255)
}
