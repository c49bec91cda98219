package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type User struct {
	Login     string  `json:"login"`
	ID        int64   `json:"id"`
	SiteAdmin bool    `json:"site_admin"`
	Email     *string `json:"email"`
}

type Label struct {
	Name  string `json:"name"`
	Color string `json:"color"`
}

type Issue struct {
	Number    int      `json:"number"`
	Title     string   `json:"title"`
	State     string   `json:"state"`
	User      User     `json:"user"`
	Labels    []Label  `json:"labels"`
	Assignees []*User  `json:"assignees"`
	Comments  int      `json:"comments"`
	Body      *string  `json:"body"`
	Reactions struct {
		Total int `json:"total_count"`
		Plus1 int `json:"+1"`
	} `json:"reactions"`
}

type Page struct {
	TotalCount int     `json:"total_count"`
	Incomplete bool    `json:"incomplete_results"`
	Items      []Issue `json:"items"`
}

const response = `{
  "total_count": 2,
  "incomplete_results": false,
  "items": [
    {
      "url": "https://api.example.com/repos/x/y/issues/1",
      "number": 1,
      "title": "Crash on startup",
      "state": "open",
      "user": {"login": "octo", "id": 583231, "site_admin": false, "email": null},
      "labels": [{"id": 1, "name": "bug", "color": "d73a4a"}, {"id": 2, "name": "p1", "color": "ff0000"}],
      "assignees": [{"login": "dev1", "id": 2, "site_admin": true, "email": "dev1@example.com"}],
      "comments": 12,
      "body": "It crashes.\n\nSteps:\n1. run",
      "reactions": {"total_count": 5, "+1": 4, "-1": 1}
    },
    {
      "number": 2,
      "title": "Add \"dark mode\" \u2014 please",
      "state": "closed",
      "user": {"login": "alice", "id": 9007199254740993},
      "labels": [],
      "assignees": null,
      "comments": 0,
      "body": null,
      "reactions": {"total_count": 0}
    }
  ]
}`

func main() {
	var page Page
	if err := json.Unmarshal([]byte(response), &page); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(page.TotalCount, page.Incomplete, len(page.Items))
	for _, it := range page.Items {
		var labels []string
		for _, l := range it.Labels {
			labels = append(labels, l.Name+"#"+l.Color)
		}
		body := "<nil>"
		if it.Body != nil {
			body = strings.ReplaceAll(*it.Body, "\n", "\\n")
		}
		email := "-"
		if it.User.Email != nil {
			email = *it.User.Email
		}
		fmt.Printf("#%d %q [%s] by %s (%d, admin=%v, %s) labels=%v assignees=%d comments=%d +1=%d body=%s\n",
			it.Number, it.Title, it.State, it.User.Login, it.User.ID, it.User.SiteAdmin, email, labels, len(it.Assignees), it.Comments, it.Reactions.Plus1, body)
		for _, a := range it.Assignees {
			fmt.Println("  assignee", a.Login, *a.Email, a.SiteAdmin)
		}
		fmt.Println("  labels nil?", it.Labels == nil, "assignees nil?", it.Assignees == nil)
	}
	// Build a request payload.
	type CreateIssue struct {
		Title     string   `json:"title"`
		Body      string   `json:"body,omitempty"`
		Labels    []string `json:"labels,omitempty"`
		Milestone *int     `json:"milestone,omitempty"`
	}
	ms := 3
	for _, req := range []CreateIssue{{Title: "minimal"}, {Title: "full", Body: "details <here>", Labels: []string{"a", "b"}, Milestone: &ms}} {
		b, _ := json.Marshal(req)
		fmt.Println(string(b))
	}
}
