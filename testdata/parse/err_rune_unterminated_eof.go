package main

var r = 'a