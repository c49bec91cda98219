module j

go 1.24
