# hmac with several digestmods, long keys, copy/update; fnmatch matching, filtering, bytes and translate
import hmac, hashlib, fnmatch
for mod in ["sha256", hashlib.sha1, "md5", hashlib.sha512]:
    h = hmac.new(b"key", b"part one", mod)
    h.update(b" part two")
    c = h.copy()
    c.update(b"!")
    print(h.name, h.digest_size, h.block_size, h.hexdigest(), c.hexdigest() != h.hexdigest(), hmac.new(b"key", b"part one part two", mod).digest() == h.digest())
print(hmac.new(b"k" * 200, b"m", "sha256").hexdigest(), hmac.new(bytearray(b"k"), digestmod="sha256").hexdigest())
print(hmac.digest(b"k", b"m", "sha1").hex(), hmac.compare_digest(b"x", b"x"), hmac.compare_digest("a", "b"), len(hmac.trans_5C), hmac.trans_36[:3], hmac.digest_size)
for bad in [lambda: hmac.new("str key", b"m", "sha256"), lambda: hmac.new(b"k", b"m"), lambda: hmac.new(b"k", b"m", "")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
names = ["a.py", "B.PY", "c.txt", ".hidden.py", "x[1].py", "d?"]
print(fnmatch.filter(names, "*.py"), fnmatch.filter(names, "*.[pP][yY]"), fnmatch.filter(names, "[!a-c]*"), fnmatch.filter(names, "x[[]1].py"), fnmatch.filter(names, "?"), fnmatch.filter(names, "d[?]"))
print(fnmatch.fnmatch("A.PY", "*.py"), fnmatch.fnmatchcase("A.PY", "*.py"), fnmatch.fnmatch("dir/f", "*"), fnmatch.fnmatch(b"x.c", b"*.c"), fnmatch.filter([b"a", b"b"], b"[a]"))
for pat in ["*", "**", "a*b?c", "a*b*c", "*a*", "*.py*x", "a**b*", "x*?*y", "[abc]", "[!x]", "[a-z0-9]", "[z-a]", "[!]", "[]]", "[", "a[", "[-x]", "[x-]", "*.[ch]", "\\*", "[\\]", "[a&&b]", "[^x]"]:
    print(repr(pat), fnmatch.translate(pat))
