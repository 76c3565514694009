# UnboundLocalError raised inside a function
x = 1
def f():
    print(x)
    x = 2
f()
