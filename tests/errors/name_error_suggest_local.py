# NameError suggestion from a local variable inside a function
def compute():
    total_sum = 5
    return totl_sum * 2
compute()
