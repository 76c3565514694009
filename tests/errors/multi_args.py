# exception with multiple args prints the args tuple
raise ValueError("bad value", 42, [1, 2])
