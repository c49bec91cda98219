package main

import (
	"fmt"
	"strings"
)

type Room struct {
	Name  string
	Desc  string
	Exits map[string]string
	Items []string
}

type Player struct {
	Room      string
	Inventory []string
	Moves     int
}

type Game struct {
	rooms  map[string]*Room
	player Player
	out    strings.Builder
}

func (g *Game) say(format string, args ...any) {
	g.out.WriteString(fmt.Sprintf(format, args...))
	g.out.WriteByte('\n')
}

func (g *Game) cmd(line string) bool {
	words := strings.Fields(strings.ToLower(line))
	if len(words) == 0 {
		return true
	}
	room := g.rooms[g.player.Room]
	switch verb := words[0]; verb {
	case "look":
		g.say("%s: %s", room.Name, room.Desc)
		if len(room.Items) > 0 {
			g.say("You see: %s", strings.Join(room.Items, ", "))
		}
	case "go", "walk":
		if len(words) < 2 {
			g.say("Go where?")
			break
		}
		next, ok := room.Exits[words[1]]
		if !ok {
			g.say("You can't go %s.", words[1])
			break
		}
		g.player.Room = next
		g.player.Moves++
		g.say("You walk %s to the %s.", words[1], g.rooms[next].Name)
	case "take":
		for i, it := range room.Items {
			if len(words) > 1 && it == words[1] {
				room.Items = append(room.Items[:i], room.Items[i+1:]...)
				g.player.Inventory = append(g.player.Inventory, it)
				g.say("Taken: %s", it)
				return true
			}
		}
		g.say("Nothing like that here.")
	case "inv":
		g.say("You carry %d item(s): %v", len(g.player.Inventory), g.player.Inventory)
	case "quit":
		g.say("Bye after %d moves.", g.player.Moves)
		return false
	default:
		g.say("I don't understand %q.", verb)
	}
	return true
}

func main() {
	g := &Game{rooms: map[string]*Room{
		"hall":    {"Hall", "A dusty hall.", map[string]string{"north": "library", "east": "kitchen"}, []string{"lamp"}},
		"library": {"Library", "Shelves of old books.", map[string]string{"south": "hall"}, []string{"book", "key"}},
		"kitchen": {"Kitchen", "Smells of bread.", map[string]string{"west": "hall"}, nil},
	}, player: Player{Room: "hall"}}
	script := []string{"look", "take lamp", "go north", "look", "take key", "take sword", "go up", "go", "dance", "go south", "go east", "inv", "quit", "look"}
	for _, line := range script {
		if !g.cmd(line) {
			break
		}
	}
	fmt.Print(g.out.String())
}
