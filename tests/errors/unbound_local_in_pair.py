# Two local loads in a row run as one instruction in Ay: an unbound second
# local must still be reported at its own position.
def f(flag):
    if flag:
        b = 2
    a = 1
    return a + b


print(f(True))
try:
    f(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def g():
    total = 0
    for i in range(3):
        total = i * later + total
    later = 1
    return total


g()
