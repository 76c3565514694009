# TypeError raised three calls deep: multi-frame traceback
def level3(v):
    return v + "suffix"
def level2(v):
    return level3(v * 2)
def level1(v):
    return level2(v)
print("calling")
level1(21)
