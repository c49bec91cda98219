package main

import (
	"context"
	"fmt"
)

func main() {
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		context.WithValue(context.Background(), nil, 1)
	}()
	ctx, cancel := context.WithCancel(context.TODO())
	cancel()
	cancel()
	fmt.Println(ctx.Err(), context.Cause(ctx))
	var parent context.Context
	context.WithCancel(parent)
}
