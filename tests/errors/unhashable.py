# unhashable key in a set literal
s = {[1, 2], 3}
