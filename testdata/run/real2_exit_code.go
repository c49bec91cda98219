package main

import (
	"fmt"
	"os"
	"strings"
)

type Cmd struct {
	Name string
	Args []string
}

func parse(line string) (Cmd, error) {
	f := strings.Fields(line)
	if len(f) == 0 {
		return Cmd{}, fmt.Errorf("empty command")
	}
	return Cmd{f[0], f[1:]}, nil
}

func run(c Cmd, env map[string]string) (string, error) {
	switch c.Name {
	case "echo":
		return strings.Join(c.Args, " "), nil
	case "set":
		if len(c.Args) != 2 {
			return "", fmt.Errorf("set: want 2 args, got %d", len(c.Args))
		}
		env[c.Args[0]] = c.Args[1]
		return "", nil
	case "get":
		v, ok := env[c.Args[0]]
		if !ok {
			return "", fmt.Errorf("get: %s not set", c.Args[0])
		}
		return v, nil
	case "exit":
		code := 0
		fmt.Sscanf(c.Args[0], "%d", &code)
		fmt.Println("exiting with", code)
		os.Exit(code)
	}
	return "", fmt.Errorf("unknown command %q", c.Name)
}

func main() {
	script := "echo hello world\nset x 42\nget x\nget y\nset a\n\nfrobnicate\necho bye\nexit 3\necho unreachable"
	env := map[string]string{}
	failures := 0
	for i, line := range strings.Split(script, "\n") {
		c, err := parse(line)
		if err == nil {
			var out string
			out, err = run(c, env)
			if out != "" {
				fmt.Printf("%d> %s\n", i+1, out)
			}
		}
		if err != nil {
			failures++
			fmt.Printf("%d! %v\n", i+1, err)
		}
	}
}
