module n

go 1.24
