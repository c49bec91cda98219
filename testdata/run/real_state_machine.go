package main

import "fmt"

type State int

const (
	Idle State = iota
	Running
	Paused
	Stopped
)

func (s State) String() string {
	switch s {
	case Idle:
		return "Idle"
	case Running:
		return "Running"
	case Paused:
		return "Paused"
	case Stopped:
		return "Stopped"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Event string

type transition struct {
	from  State
	event Event
}

type Machine struct {
	state   State
	table   map[transition]State
	onEnter map[State]func(from State)
	log     []string
}

func NewMachine() *Machine {
	m := &Machine{
		state: Idle,
		table: map[transition]State{
			{Idle, "start"}:    Running,
			{Running, "pause"}: Paused,
			{Paused, "resume"}: Running,
			{Running, "stop"}:  Stopped,
			{Paused, "stop"}:   Stopped,
		},
		onEnter: map[State]func(State){},
	}
	m.onEnter[Running] = func(from State) {
		m.log = append(m.log, "entered Running from "+from.String())
	}
	m.onEnter[Stopped] = func(from State) {
		m.log = append(m.log, fmt.Sprint("stopped after ", from))
	}
	return m
}

func (m *Machine) Fire(e Event) error {
	next, ok := m.table[transition{m.state, e}]
	if !ok {
		return fmt.Errorf("invalid event %q in state %v", e, m.state)
	}
	prev := m.state
	m.state = next
	if f, ok := m.onEnter[next]; ok {
		f(prev)
	}
	return nil
}

func main() {
	m := NewMachine()
	events := []Event{"start", "pause", "start", "resume", "stop", "resume"}
	for _, e := range events {
		if err := m.Fire(e); err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%-7s -> %v\n", e, m.state)
	}
	for _, l := range m.log {
		fmt.Println(l)
	}
	fmt.Println(State(7), Paused)
}
