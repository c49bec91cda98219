package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
)

type Op int

const (
	Add Op = iota + 1
	Sub
	Mul
)

type Instr struct {
	Op  Op
	Arg int
}

type VM struct {
	acc   int
	trace []string
}

var ErrHalt = errors.New("halt")

func (vm *VM) Exec(prog []Instr) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("vm crashed: %v", r)
		}
	}()
	for pc, in := range prog {
		switch in.Op {
		case Add:
			vm.acc += in.Arg
		case Sub:
			vm.acc -= in.Arg
		case Mul:
			vm.acc *= in.Arg
		case 0:
			return ErrHalt
		default:
			panic("bad opcode " + strconv.Itoa(int(in.Op)) + " at " + strconv.Itoa(pc))
		}
		vm.trace = append(vm.trace, fmt.Sprintf("%d:%d", pc, vm.acc))
	}
	return nil
}

func parse(src string) ([]Instr, error) {
	var prog []Instr
	for lineNo, line := range strings.Split(strings.TrimSpace(src), "\n") {
		f := strings.Fields(line)
		if len(f) != 2 {
			return nil, fmt.Errorf("line %d: want 2 fields, got %d", lineNo+1, len(f))
		}
		n, err := strconv.Atoi(f[1])
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", lineNo+1, err)
		}
		var op Op
		switch strings.ToUpper(f[0]) {
		case "ADD":
			op = Add
		case "SUB":
			op = Sub
		case "MUL":
			op = Mul
		case "HALT":
			op = 0
		default:
			op = Op(99)
		}
		prog = append(prog, Instr{op, n})
	}
	return prog, nil
}

func main() {
	srcs := []string{"add 5\nmul 3\nsub 1", "add 1\nhalt 0\nadd 100", "add 2\nfoo 1", "add x", "add"}
	for _, src := range srcs {
		prog, err := parse(src)
		if err != nil {
			fmt.Fprintln(os.Stdout, "parse error:", err)
			var ne *strconv.NumError
			if errors.As(err, &ne) {
				fmt.Println("  bad number:", ne.Num)
			}
			continue
		}
		vm := &VM{}
		err = vm.Exec(prog)
		fmt.Println(vm.acc, vm.trace, err, errors.Is(err, ErrHalt))
	}
	if len(os.Args) > 5 {
		os.Exit(3)
	}
	defer fmt.Println("deferred runs before exit? no")
	os.Exit(4)
}
