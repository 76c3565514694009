type X = *a, b
