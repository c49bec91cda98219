module loop

go 1.24
