module closure

go 1.27.3
