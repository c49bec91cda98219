module b

go 1.24
