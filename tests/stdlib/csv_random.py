# csv: seeded random text and dialect parameters through reader and writer, compared with CPython
import csv, io, random
rng = random.Random(3)
chars = 'a,";\\\n\r \'x1.5'
for i in range(300):
    text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 16)))
    params = {}
    for key, choices in (("delimiter", [",", ";"]), ("quotechar", ['"', "'", None]), ("escapechar", [None, "\\"]), ("doublequote", [True, False]),
                         ("skipinitialspace", [True, False]), ("strict", [True, False]), ("quoting", [0, 1, 2, 3, 4, 5])):
        if rng.random() < 0.4:
            params[key] = rng.choice(choices)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), **params))
    except Exception as e:
        rows = type(e).__name__ + ": " + str(e)
    out = io.StringIO()
    try:
        w = csv.writer(out, **params)
        w.writerow([text, 1, 2.5, None, ""])
        written = out.getvalue()
    except Exception as e:
        written = type(e).__name__ + ": " + str(e)
    print(repr(text), params, rows, repr(written))
