# os: makedirs/removedirs/renames edge cases, walk (errors, symlinks, pruning, bottom-up), popen modes and errors
import os, tempfile
with tempfile.TemporaryDirectory() as tmp:
    j = lambda *names: os.path.join(tmp, *names)
    rel = lambda p: os.path.relpath(p, tmp)
    os.makedirs(j("m", "n", "."))
    os.makedirs(j("p", "..", "q"))
    os.makedirs(j("r", "s") + "/")
    os.makedirs(j("m", "n"), mode=0o700, exist_ok=True)
    os.makedirs(os.fsencode(j("bytes", "dir", ".")))
    print(sorted(os.listdir(tmp)), os.listdir(j("m")), os.listdir(j("r")), os.listdir(j("bytes")))
    with open(j("file"), "w") as f:
        f.write("x")
    for call in [lambda: os.makedirs(j("m", "n")), lambda: os.makedirs(j("m", ".")), lambda: os.makedirs(j("file"), exist_ok=True),
                 lambda: os.makedirs(j("file", "sub")), lambda: os.removedirs(j("nonexistent")), lambda: os.removedirs(j("m"))]:
        try:
            call()
            print("ok")
        except OSError as e:
            print(type(e).__name__, e.strerror, rel(e.filename))
    os.makedirs(j("t", "u", "v"))
    os.removedirs(j("t", "u", "v"))
    print(os.path.exists(j("t")))
    os.makedirs(j("keep", "w", "x"))
    with open(j("keep", "stay"), "w"):
        pass
    os.removedirs(j("keep", "w", "x") + "/")
    print(os.listdir(j("keep")))
    os.makedirs(j("from", "deep"))
    with open(j("from", "deep", "f.txt"), "w") as f:
        f.write("moved")
    os.renames(j("from", "deep", "f.txt"), j("to", "a", "b", "g.txt"))
    print(os.path.exists(j("from")), open(j("to", "a", "b", "g.txt")).read())
    os.renames(j("to", "a", "b", "g.txt"), j("h.txt"))
    print(os.path.exists(j("to")), os.path.exists(j("h.txt")))
    # walk
    os.makedirs(j("w", "a", "a1"))
    os.makedirs(j("w", "b"))
    for name in ["w/top.txt", "w/a/in_a.txt", "w/a/a1/deep.txt", "w/b/in_b.txt"]:
        open(j(*name.split("/")), "w").close()
    os.symlink(j("w", "b"), j("w", "link_to_b"))
    os.symlink(j("nowhere"), j("w", "broken"))
    show = lambda it: [(rel(top), sorted(dirs), sorted(files)) for top, dirs, files in it]
    print(show(sorted(os.walk(j("w")))))
    print(show(sorted(os.walk(j("w"), followlinks=True))))
    print([rel(top) for top, _, _ in os.walk(j("w"), topdown=False) if "link" not in top][-1], sorted(rel(t) for t, _, _ in os.walk(j("w"), topdown=False, followlinks=True)))
    pruned = []
    for top, dirs, files in os.walk(j("w")):
        dirs[:] = [d for d in dirs if d != "a"]
        pruned.append(rel(top))
    print(sorted(pruned))
    errors = []
    print(list(os.walk(j("missing"), onerror=errors.append)), [type(e).__name__ for e in errors], list(os.walk(j("missing"))), list(os.walk(j("w", "top.txt"))))
    print([rel(os.fsdecode(t)) for t, _, _ in os.walk(os.fsencode(j("w", "a")))], [type(f[0]).__name__ for _, _, f in os.walk(os.fsencode(j("w", "b")))])
    os.chmod(j("w", "b"), 0)
    errors = []
    got = [rel(t) for t, _, _ in os.walk(j("w"), onerror=errors.append)]
    os.chmod(j("w", "b"), 0o755)
    print(os.getuid() == 0 or (sorted(got), [type(e).__name__ for e in errors]) == (sorted(["w", "w/a", "w/a/a1", "w/b"]), ["PermissionError"]))
# popen
with os.popen("printf 'one\\ntwo\\n'") as f:
    print(list(f), f.closed)
f = os.popen("cat > /dev/null", "w")
print(f.write("data"), f.close())
f = os.popen("exit 4")
print(f.read(), f.close(), os.popen("kill -9 $$").close())
for call in [lambda: os.popen("true", "rb"), lambda: os.popen(["true"]), lambda: os.popen("true", buffering=0), lambda: os.fdopen("x")]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
