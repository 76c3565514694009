type X = (x := 1)
