module example.com/miss

go 1.22
