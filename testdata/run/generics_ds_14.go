package main

import (
	"errors"
	"fmt"
)

// A generic state machine keyed by comparable state and event types.
type FSM[S, E comparable] struct {
	state S
	trans map[S]map[E]S
}

var ErrBad = errors.New("bad transition")

func (f *FSM[S, E]) On(from S, ev E, to S) {
	if f.trans == nil {
		f.trans = map[S]map[E]S{}
	}
	if f.trans[from] == nil {
		f.trans[from] = map[E]S{}
	}
	f.trans[from][ev] = to
}

func (f *FSM[S, E]) Fire(ev E) error {
	to, ok := f.trans[f.state][ev]
	if !ok {
		return fmt.Errorf("%v on %v: %w", f.state, ev, ErrBad)
	}
	f.state = to
	return nil
}

type State int

const (
	Idle State = iota
	Running
	Done
)

func (s State) String() string { return [...]string{"Idle", "Running", "Done"}[s] }

func main() {
	var m FSM[State, string]
	m.On(Idle, "start", Running)
	m.On(Running, "stop", Done)
	for _, ev := range []string{"start", "start", "stop"} {
		err := m.Fire(ev)
		fmt.Println(ev, "->", m.state, err, errors.Is(err, ErrBad))
	}
}
