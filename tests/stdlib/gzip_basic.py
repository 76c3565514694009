# gzip: one-shot and streaming compression, multi-member files, text mode, errors.
import gzip, io
b=io.BytesIO(); f=gzip.GzipFile(fileobj=b, mode='wb', mtime=0); print(f.mode, f.name, repr(f.name)); f.write(b'hello'); f.close(); print(b.getvalue())
print(gzip.compress(b'hello', mtime=0)); print(gzip.compress(b'hello', 1, mtime=0)); print(gzip.compress(b'hello',5,mtime=0))
print(gzip.compress(b'hello', mtime=5)); print(gzip.compress(b'hello', 1, mtime=5)); print(gzip.compress(b'', 0, mtime=5)); print(gzip.compress(b'', 0, mtime=0))
g=gzip.GzipFile(fileobj=io.BytesIO(b.getvalue())); print(g.mode, g.mtime, g.read(), g.name, g.mtime)
v=gzip.compress(b'hello'*10, mtime=0)
for d in [b'xx', b'\x1f\x8b\x08\x00', v[:-3], v[:-8]+b'\0\0\0\0'+v[-4:], v[:-4]+b'\0\0\0\0', b'\x1f\x8b\x07'+b'\0'*20, v+b'\0\0\0', v+b'garbage', v+v, b'', v[:5], v[:12]]:
  try: print(gzip.GzipFile(fileobj=io.BytesIO(d)).read())
  except Exception as e: print(type(e).__name__, e)
  try: print(gzip.decompress(d))
  except Exception as e: print(type(e).__name__, e)
f=gzip.GzipFile(fileobj=io.BytesIO(v+v)); print(f.read(3), f.peek(2)[:2], f.seek(7), f.read(4), f.seek(2), f.read(2), f.tell(), f.readable(), f.writable(), f.seekable())
print(f.seek(-1, 2), f.read(), f.seek(-1), f.tell(), f.read(5), f.read1(3), f.readline())
b=io.BytesIO(); w=gzip.GzipFile(fileobj=b, mode='wb', mtime=5); w.write(b"ab"); w.seek(5); print(w.tell())
try: w.seek(1)
except Exception as e: print(type(e).__name__, e)
w.close(); print(gzip.decompress(b.getvalue()))
print(w.closed, repr(w)[:6])
print(gzip.BadGzipFile.__mro__[1:])
import tempfile, os
d=tempfile.mkdtemp(); p=os.path.join(d,'a.txt.gz')
with gzip.open(p,'wt') as f: print(type(f).__name__, f.write('line1\nline2\n'))
print(open(p,'rb').read()[10:16])
with gzip.open(p) as f: print(type(f), f.name==p, f.readline(), list(f), f.tell())
with gzip.open(p,'rt') as f: print(f.read())
with gzip.open(p,'ab') as f: f.write(b'more\n')
with gzip.open(p,'rt') as f: print(f.readlines())
for fn in [lambda: gzip.open(p, 'rb', encoding='utf-8'), lambda: gzip.open(p, 'x'), lambda: gzip.GzipFile(p, 'rt'), lambda: gzip.open(p, 'rbt'), lambda: gzip.open(3.5)]:
  try: fn()
  except Exception as e: print(type(e).__name__, str(e).replace(d, 'D'))
f=gzip.open(p); f.close();
try: f.read()
except Exception as e: print(type(e).__name__, e)
try: gzip.open(p, 'wb').read()
except Exception as e: print(type(e).__name__, e)
try: gzip.open(p, 'rb').write(b'x')
except Exception as e: print(type(e).__name__, e)
print(gzip.READ, gzip.WRITE)
big = bytes(range(256)) * 2000
c = gzip.compress(big, mtime=1)
print(len(c), gzip.decompress(c) == big)
with gzip.GzipFile(fileobj=io.BytesIO(c)) as g:
    n = 0
    while True:
        chunk = g.read(1000)
        if not chunk: break
        n += len(chunk)
    print(n)
bb = bytearray(10)
print(gzip.GzipFile(fileobj=io.BytesIO(c)).readinto(bb), bb)
import shutil; shutil.rmtree(d)
g = gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(b"a\nb\n")))
with g:
    print(list(g))
for call in [lambda: iter(g), lambda: g.__enter__(), lambda: next(g), lambda: g.read()]:
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
