type X = [(x := 1) for _ in range(1)]
