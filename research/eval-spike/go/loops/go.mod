module loops

go 1.27.3
