package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type ctxKey string

// A tree of contexts: cancelling a parent cancels every child; values are inherited.
func main() {
	root, cancelRoot := context.WithCancel(context.Background())
	reqCtx := context.WithValue(root, ctxKey("request-id"), "r-17")
	userCtx := context.WithValue(reqCtx, ctxKey("user"), "ada")
	child, cancelChild := context.WithCancel(userCtx)
	defer cancelChild()
	sibling, cancelSibling := context.WithTimeout(reqCtx, time.Hour)
	defer cancelSibling()

	fmt.Println(child.Value(ctxKey("request-id")), child.Value(ctxKey("user")), child.Value(ctxKey("none")))
	fmt.Println(sibling.Value(ctxKey("user")))
	_, hasDeadline := sibling.Deadline()
	_, childDeadline := child.Deadline()
	fmt.Println("deadlines:", hasDeadline, childDeadline)

	cancelRoot()
	<-child.Done()
	<-sibling.Done()
	fmt.Println("child:", child.Err(), "sibling:", sibling.Err())
	fmt.Println(errors.Is(child.Err(), context.Canceled))
	fmt.Println("background err:", context.Background().Err())
}
