# csv: reader state machine, writer quoting styles, dialects, DictReader/DictWriter, errors
import csv, io
for data in ['a,b,c\r\n1,2,3\n', '"x,y","q""q"\nz', 'a,"b\nc",d', ' a , b ', 'a,"b', 'a;b', 'a\n\nb\n', '"a"b,c', 'x,\n', '']:
    try:
        print(repr(data), list(csv.reader(io.StringIO(data))))
    except csv.Error as e:
        print(repr(data), 'Error', e)
print(list(csv.reader(['a b'], delimiter=' ', skipinitialspace=True)), list(csv.reader(['a\\,b'], escapechar='\\')))
print(list(csv.reader(['1,2.5,,"s"'], quoting=csv.QUOTE_NONNUMERIC)), list(csv.reader([',"",x'], quoting=csv.QUOTE_NOTNULL)), list(csv.reader(['5,,"t"'], quoting=csv.QUOTE_STRINGS)))
for q in [csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.QUOTE_STRINGS, csv.QUOTE_NOTNULL]:
    s = io.StringIO()
    w = csv.writer(s, quoting=q, escapechar='\\')
    w.writerow(['a', 'b,c', 'd"e', 1, 2.5, None, '', 'f\ng'])
    print(repr(s.getvalue()))
s = io.StringIO()
w = csv.writer(s, lineterminator='\n', delimiter='|')
print(w.writerow(['x|y', 'z']), w.writerows([[1], [''], []]), repr(s.getvalue()))
for call in [lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b']), lambda: list(csv.reader(['1,a'], quoting=csv.QUOTE_NONNUMERIC)),
             lambda: list(csv.reader(['a,"b"c'], strict=True)), lambda: list(csv.reader(['a,"b'], strict=True)), lambda: list(csv.reader(['a\0b'])),
             lambda: csv.get_dialect('nope'), lambda: csv.reader(['a'], delimiter='ab'), lambda: list(csv.reader([b'a'])), lambda: list(csv.reader(['a\rb']))]:
    try:
        print(call())
    except (csv.Error, ValueError, TypeError) as e:
        print(type(e).__name__, e)
s = io.StringIO()
dw = csv.DictWriter(s, fieldnames=['x', 'y'])
dw.writeheader()
dw.writerow({'x': 1, 'y': 2})
dw.writerow({'x': 3})
print(repr(s.getvalue()))
try:
    dw.writerow({'z': 1})
except ValueError as e:
    print(e)
print(list(csv.DictReader(io.StringIO('h1,h2\n1,2\n\n3\n4,5,6\n'))))
r = csv.DictReader(io.StringIO('a;b\n1;2\n'), delimiter=';')
print(r.fieldnames, next(r), r.line_num)
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
s = io.StringIO()
csv.writer(s, 'pipes').writerow(['a', 1])
print(repr(s.getvalue()), sorted(csv.list_dialects()), csv.get_dialect('pipes').delimiter, csv.excel.delimiter, csv.get_dialect('excel-tab').delimiter)
csv.unregister_dialect('pipes')
rd = csv.reader(io.StringIO('a,b\nc,"d\ne"\n'))
print(next(rd), rd.line_num, next(rd), rd.line_num, rd.dialect.delimiter)
print(csv.field_size_limit(), csv.QUOTE_MINIMAL, csv.QUOTE_NOTNULL)
