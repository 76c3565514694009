# file I/O in a private temporary directory
import os, tempfile
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data.txt")
    with open(path, "w") as f:
        n = f.write("line one\nline two\n")
        f.write("third")
    print("wrote", n)
    with open(path) as f:
        print(repr(f.read()))
    with open(path) as f:
        print(f.readline(), end="")
        print(f.readlines())
    with open(path) as f:
        print([line.rstrip("\n") for line in f])
    with open(path, "a") as f:
        f.write("\nappended")
    with open(path, "rb") as f:
        data = f.read()
    print(data, len(data))
    with open(path, "r+") as f:
        f.seek(5)
        print(f.read(3), f.tell())
    bpath = os.path.join(tmp, "bin.dat")
    with open(bpath, "wb") as f:
        f.write(bytes(range(5)))
    print(os.path.getsize(bpath), os.path.exists(bpath), os.path.isfile(bpath), os.path.isdir(tmp))
    os.mkdir(os.path.join(tmp, "sub"))
    print(sorted(os.listdir(tmp)))
    os.rename(bpath, os.path.join(tmp, "renamed.dat"))
    os.remove(os.path.join(tmp, "renamed.dat"))
    print(sorted(os.listdir(tmp)))
    for root, dirs, files in os.walk(tmp):
        print(os.path.relpath(root, tmp), sorted(dirs), sorted(files))
    try:
        open(os.path.join(tmp, "missing.txt"))
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, os.path.basename(e.filename))
    f = open(path)
    f.close()
    try:
        f.read()
    except ValueError as e:
        print(type(e).__name__, e)
    print(f.closed)
    with open(os.path.join(tmp, "u.txt"), "w", encoding="utf-8") as f:
        f.write("héllo ☃")
    with open(os.path.join(tmp, "u.txt"), encoding="utf-8") as f:
        print(f.read())
    with open(os.path.join(tmp, "u.txt"), "rb") as f:
        print(f.read())
    try:
        with open(path, "w") as f:
            f.read()
    except OSError as e:
        print(type(e).__name__, e)
print(os.path.exists(tmp))
