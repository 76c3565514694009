x = 0
None += 1
