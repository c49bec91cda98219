module strs

go 1.22
