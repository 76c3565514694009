# exception raised inside a lambda called by sorted
data = [{"n": 1}, {"m": 2}]
sorted(data, key=lambda d: d["n"])
