with open(f) as g:
x
