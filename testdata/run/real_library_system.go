package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Book struct {
	ISBN    string
	Title   string
	Author  string
	Year    int
	OnLoan  bool
	History []string
}

type Member struct {
	Name  string
	Books map[string]*Book
}

type Library struct {
	books   map[string]*Book
	members map[string]*Member
}

var (
	ErrNoBook   = errors.New("no such book")
	ErrOnLoan   = errors.New("book already on loan")
	ErrNoMember = errors.New("no such member")
	ErrLimit    = errors.New("loan limit reached")
)

const maxLoans = 2

func NewLibrary() *Library {
	return &Library{books: map[string]*Book{}, members: map[string]*Member{}}
}

func (l *Library) AddBook(b Book) { l.books[b.ISBN] = &b }

func (l *Library) Join(name string) *Member {
	m := &Member{Name: name, Books: map[string]*Book{}}
	l.members[name] = m
	return m
}

func (l *Library) Lend(isbn, who string) error {
	b, ok := l.books[isbn]
	if !ok {
		return fmt.Errorf("lend %s: %w", isbn, ErrNoBook)
	}
	m, ok := l.members[who]
	if !ok {
		return fmt.Errorf("lend to %s: %w", who, ErrNoMember)
	}
	switch {
	case b.OnLoan:
		return fmt.Errorf("lend %q: %w", b.Title, ErrOnLoan)
	case len(m.Books) >= maxLoans:
		return fmt.Errorf("%s: %w (%d)", who, ErrLimit, maxLoans)
	}
	b.OnLoan = true
	b.History = append(b.History, who)
	m.Books[isbn] = b
	return nil
}

func (l *Library) Return(isbn, who string) error {
	m := l.members[who]
	if m == nil {
		return ErrNoMember
	}
	b, ok := m.Books[isbn]
	if !ok {
		return fmt.Errorf("%s does not have %s", who, isbn)
	}
	b.OnLoan = false
	delete(m.Books, isbn)
	return nil
}

func (l *Library) Catalog(filter func(*Book) bool) []string {
	var out []string
	for _, b := range l.books {
		if filter == nil || filter(b) {
			out = append(out, fmt.Sprintf("%s (%d) by %s", b.Title, b.Year, b.Author))
		}
	}
	sort.Strings(out)
	return out
}

func main() {
	lib := NewLibrary()
	lib.AddBook(Book{ISBN: "1", Title: "The Go Programming Language", Author: "Donovan", Year: 2015})
	lib.AddBook(Book{ISBN: "2", Title: "Dune", Author: "Herbert", Year: 1965})
	lib.AddBook(Book{ISBN: "3", Title: "Neuromancer", Author: "Gibson", Year: 1984})
	lib.Join("ann")
	lib.Join("bob")
	ops := []struct{ op, isbn, who string }{
		{"lend", "1", "ann"}, {"lend", "1", "bob"}, {"lend", "2", "ann"}, {"lend", "3", "ann"},
		{"lend", "9", "ann"}, {"lend", "3", "zed"}, {"return", "1", "ann"}, {"lend", "1", "bob"},
		{"return", "2", "bob"},
	}
	for _, o := range ops {
		var err error
		if o.op == "lend" {
			err = lib.Lend(o.isbn, o.who)
		} else {
			err = lib.Return(o.isbn, o.who)
		}
		status := "ok"
		if err != nil {
			status = err.Error()
			if errors.Is(err, ErrLimit) {
				status += " [limit]"
			}
		}
		fmt.Printf("%-6s %s %-3s -> %s\n", o.op, o.isbn, o.who, status)
	}
	fmt.Println(strings.Join(lib.Catalog(nil), "\n"))
	old := lib.Catalog(func(b *Book) bool { return b.Year < 1990 })
	fmt.Println(len(old), old)
	onLoan := lib.Catalog(func(b *Book) bool { return b.OnLoan })
	fmt.Println("on loan:", onLoan, lib.books["1"].History)
}
