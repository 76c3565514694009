# open() with an encoding and errors handler for reading and writing text (with newline
# translation), CPython's file types and reprs for binary and unbuffered files.
import io, os, sys, tempfile
p = os.path.join(tempfile.mkdtemp(), 'f.bin')
for mode, kw in [('w', {}), ('wb', {}), ('rb', {}), ('r+b', {}), ('ab', {}), ('rb', {'buffering': 0}), ('wb', {'buffering': 0}), ('r', {})]:
    with open(p, mode, **kw) as f:
        print(mode, kw, type(f).__name__, type(f).__module__, repr(f).replace(p, 'P'),
              isinstance(f, io.BufferedReader), isinstance(f, io.BufferedWriter), isinstance(f, io.FileIO),
              isinstance(f, io.TextIOWrapper), isinstance(f, io.IOBase), isinstance(f, io.RawIOBase), isinstance(f, io.BufferedIOBase))
with open(p, 'wb') as f:
    f.write(b'abc')
    try:
        print('x', file=f)
    except TypeError as e:
        print(e)
with open(p, 'rb') as f:
    print(f.read(), f.closed)
print(f.closed)
d = tempfile.mkdtemp()
p = os.path.join(d, 'l.txt')
with open(p, 'wb') as f:
    f.write(b'caf\xe9\nna\xefve\r\n')
try:
    with open(p) as f:
        f.read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
with open(p, encoding='latin-1') as f:
    print(repr(f.read()), f.encoding, f.errors)
with open(p, encoding='latin-1', newline='') as f:
    print(f.readlines())
with open(p, encoding='latin-1') as f:
    print(repr(f.read(3)), repr(f.readline()), [l for l in f])
with open(p, errors='replace') as f:
    print(repr(f.read()), f.errors)
with open(p, errors='ignore') as f:
    print(repr(f.read()))
with open(p, 'w', encoding='latin-1', newline='\r\n') as f:
    f.write('né\nü')
    print(f.encoding, repr(f).replace(p, 'P'))
with open(p, 'rb') as f:
    print(f.read())
with open(p, 'w', encoding='ascii', errors='replace') as f:
    f.write('naïve €')
with open(p, 'rb') as f:
    print(f.read())
try:
    with open(p, 'w', encoding='ascii') as f:
        f.write('é')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
with open(p, 'w', encoding='UTF-8') as f:
    f.write('ü')
with open(p, encoding='utf8') as f:
    print(f.read(), f.encoding)
with open(p) as f:
    print(f.encoding, repr(f).replace(p, 'P'))
print(open(p, encoding='locale').encoding)
for bad in [dict(encoding='nope'), dict(encoding=5), dict(errors=5)]:
    try:
        open(p, **bad)
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)
