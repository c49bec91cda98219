module mixed

go 1.24
