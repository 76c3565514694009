# csv: Dialect subclasses and validation, DictReader/DictWriter details
import csv, io


class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = "'"
    doublequote = True
    skipinitialspace = True
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


d = Semi()
print(d._valid, csv.Dialect._valid, d.delimiter, list(csv.reader(["a; 'b;c'"], Semi)), list(csv.reader(["x;y"], d)))
s = io.StringIO()
csv.writer(s, Semi).writerow(["p;q", "r"])
print(repr(s.getvalue()))


class Broken(csv.Dialect):
    delimiter = "::"
    quotechar = '"'
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


for make in [Broken, csv.Dialect, lambda: csv.excel()]:
    try:
        print(type(make()).__name__)
    except (csv.Error, TypeError) as e:
        print(type(e).__name__, e)
rows = io.StringIO("name,age\nann,30\n\n\nbob\ncy,40,x,y\n")
r = csv.DictReader(rows, restkey="extra", restval="?")
print(r.line_num, r.fieldnames, r.line_num)
for row in r:
    print(row, r.line_num)
r = csv.DictReader(io.StringIO("1,2\n3,4\n"), fieldnames=iter(["a", "b"]))
print(list(r), r.fieldnames)
r = csv.DictReader(io.StringIO(""))
print(r.fieldnames, list(r))
r = csv.DictReader(io.StringIO("a\n1\n"))
r.fieldnames = ["z"]
print(list(r))
print(csv.DictReader[int], csv.DictWriter[str])
s = io.StringIO()
w = csv.DictWriter(s, iter(["k", "v"]), restval="-", extrasaction="ignore", lineterminator="\n")
print(w.writeheader(), w.writerow({"k": 1, "other": 2}), w.fieldnames)
w.writerows([{"v": 3}, {"k": 4, "v": 5}])
print(repr(s.getvalue()))
try:
    csv.DictWriter(s, ["a"], extrasaction="bogus")
except ValueError as e:
    print(type(e).__name__, e)
for action in ["RAISE", "Ignore"]:
    try:
        print(csv.DictWriter(io.StringIO(), ["a"], extrasaction=action).writerow({"a": 1, "b": 2}))
    except ValueError as e:
        print(type(e).__name__, e)
r = csv.DictReader(io.StringIO("h\n1\n\n\n"))
print(list(r), r.line_num)
for bad in [dict(quoting=None), dict(quoting=10), dict(lineterminator=None), dict(lineterminator=5), dict(delimiter=None), dict(escapechar=5),
            dict(quoting=csv.QUOTE_ALL, quotechar=None), dict(delimiter=" ", escapechar=" ")]:
    try:
        print(csv.writer(io.StringIO(), **bad).dialect.quoting)
    except TypeError as e:
        print(type(e).__name__, e)
w = csv.writer(io.StringIO(), quotechar=None)
print(w.dialect.quoting, w.dialect.quotechar, csv.writer(io.StringIO(), doublequote=None).dialect.doublequote)


class Partial(csv.Dialect):
    delimiter = ","
    quotechar = '"'
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


pw = csv.writer(io.StringIO(), Partial)
print(pw.dialect.doublequote, pw.dialect.skipinitialspace, pw.dialect.escapechar)
try:
    pw.writerow(['a"b'])
except csv.Error as e:
    print(type(e).__name__, e)
