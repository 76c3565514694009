# builtin exception raised without arguments
def check():
    raise ValueError
check()
