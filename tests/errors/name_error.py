# uncaught NameError at module level
print("start")
undefined_thing + 1
