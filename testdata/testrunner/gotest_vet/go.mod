module v

go 1.24
