package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Op int

const (
	PUSH Op = iota
	ADD
	SUB
	MUL
	JNZ
	DUP
	SWAP
	PRINT
	DEC
	HALT
)

var names = map[string]Op{"push": PUSH, "add": ADD, "sub": SUB, "mul": MUL, "jnz": JNZ, "dup": DUP, "swap": SWAP, "print": PRINT, "dec": DEC, "halt": HALT}

type Instr struct {
	Op  Op
	Arg int
}

type VM struct {
	stack []int
	pc    int
	steps int
	out   []string
}

func (vm *VM) pop() int {
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *VM) push(v int) { vm.stack = append(vm.stack, v) }

func (vm *VM) Run(prog []Instr, limit int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("vm crashed at pc=%d: %v", vm.pc, r)
		}
	}()
	for vm.pc < len(prog) {
		if vm.steps++; vm.steps > limit {
			return fmt.Errorf("step limit %d exceeded", limit)
		}
		in := prog[vm.pc]
		vm.pc++
		switch in.Op {
		case PUSH:
			vm.push(in.Arg)
		case ADD, SUB, MUL:
			b, a := vm.pop(), vm.pop()
			switch in.Op {
			case ADD:
				vm.push(a + b)
			case SUB:
				vm.push(a - b)
			default:
				vm.push(a * b)
			}
		case DUP:
			v := vm.pop()
			vm.push(v)
			vm.push(v)
		case SWAP:
			b, a := vm.pop(), vm.pop()
			vm.push(b)
			vm.push(a)
		case DEC:
			vm.push(vm.pop() - 1)
		case JNZ:
			if vm.pop() != 0 {
				vm.pc = in.Arg
			}
		case PRINT:
			vm.out = append(vm.out, strconv.Itoa(vm.stack[len(vm.stack)-1]))
		case HALT:
			return nil
		}
	}
	return nil
}

func assemble(src string) ([]Instr, error) {
	var prog []Instr
	for n, line := range strings.Split(strings.TrimSpace(src), "\n") {
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		op, ok := names[f[0]]
		if !ok {
			return nil, fmt.Errorf("line %d: unknown op %q", n+1, f[0])
		}
		in := Instr{Op: op}
		if len(f) > 1 {
			v, err := strconv.Atoi(f[1])
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", n+1, err)
			}
			in.Arg = v
		}
		prog = append(prog, in)
	}
	return prog, nil
}

const factorial = `
push 1    # acc
push 5    # n
swap      # n acc
# loop at 3: stack = acc n
dup
print
swap
dup
swap
mul
swap
dec
dup
jnz 3
halt
`

func main() {
	prog, err := assemble(factorial)
	fmt.Println(len(prog), err)
	vm := &VM{}
	err = vm.Run(prog, 1000)
	fmt.Println(err, vm.stack, vm.steps, strings.Join(vm.out, ","))
	for _, src := range []string{"push 1\nadd", "push 1\njnz 0", "frob 2", "push x"} {
		p, err := assemble(src)
		if err != nil {
			fmt.Println("asm error:", err)
			continue
		}
		vm := &VM{}
		fmt.Println("run:", vm.Run(p, 50))
	}
}
