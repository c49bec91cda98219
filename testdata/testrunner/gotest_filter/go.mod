module f

go 1.24
