module ff

go 1.24
