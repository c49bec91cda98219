module s

go 1.24
