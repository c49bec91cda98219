module fib

go 1.27.3
