package main

import (
	"fmt"
	"strings"
)

type State int

const (
	Idle State = iota
	Running
	Paused
	Stopped
)

var stateNames = [...]string{"Idle", "Running", "Paused", "Stopped"}

func (s State) String() string {
	if int(s) < len(stateNames) {
		return stateNames[s]
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Event string

type Transition struct {
	From State
	Ev   Event
}

type Machine struct {
	state State
	table map[Transition]State
	log   []string
	hooks map[State]func(from State)
}

func (m *Machine) Fire(ev Event) error {
	next, ok := m.table[Transition{m.state, ev}]
	if !ok {
		return fmt.Errorf("invalid event %q in state %v", ev, m.state)
	}
	prev := m.state
	m.state = next
	m.log = append(m.log, fmt.Sprintf("%v -%s-> %v", prev, ev, next))
	if h := m.hooks[next]; h != nil {
		h(prev)
	}
	return nil
}

func main() {
	m := &Machine{
		table: map[Transition]State{
			{Idle, "start"}:    Running,
			{Running, "pause"}: Paused,
			{Paused, "resume"}: Running,
			{Running, "stop"}:  Stopped,
			{Paused, "stop"}:   Stopped,
		},
		hooks: map[State]func(State){},
	}
	pauses := 0
	m.hooks[Paused] = func(from State) { pauses++ }
	m.hooks[Stopped] = func(from State) { fmt.Println("stopped from", from) }
	for _, ev := range strings.Fields("start pause resume pause pause stop start") {
		if err := m.Fire(Event(ev)); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Println(strings.Join(m.log, "\n"))
	fmt.Println("pauses:", pauses, "final:", m.state, State(9))
	fmt.Printf("%v %d %q %x\n", m.state, m.state, m.state, m.state)
	counts := map[State]int{}
	for t, to := range m.table {
		counts[t.From]++
		_ = to
	}
	for s := Idle; s <= Stopped; s++ {
		fmt.Print(s, "=", counts[s], " ")
	}
	fmt.Println()
}
