module gstructs

go 1.27.3
