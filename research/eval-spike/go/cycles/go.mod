module cycles

go 1.27.3
