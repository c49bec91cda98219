package main

import (
	"context"
	"fmt"
	"strings"
	"time"
)

func main() {
	d := time.Date(2099, 1, 2, 3, 4, 5, 0, time.UTC)
	ctx, cancel := context.WithDeadline(context.Background(), d)
	defer cancel()
	s := fmt.Sprint(ctx)
	fmt.Println(strings.HasPrefix(s, "context.Background.WithDeadline(2099-01-02 03:04:05 +0000 UTC ["), strings.HasSuffix(s, "])"))
	ctx2, cancel2 := context.WithTimeout(context.Background(), time.Hour)
	defer cancel2()
	s = fmt.Sprint(ctx2)
	fmt.Println(strings.HasPrefix(s, "context.Background.WithDeadline("), strings.Contains(s, " ["), strings.HasSuffix(s, "])"))
}
