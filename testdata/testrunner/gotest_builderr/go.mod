module e

go 1.24
