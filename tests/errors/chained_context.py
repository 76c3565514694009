# implicit chaining: During handling of the above exception, another exception occurred
def parse(s):
    try:
        return int(s)
    except ValueError:
        raise RuntimeError("could not parse")
parse("abc")
