module p

go 1.24
