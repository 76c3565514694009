#!/usr/bin/env python3
# Checks Ay's front end against CPython 3.12 on CPython's own standard library
# (run with CPython 3.12: tests/frontend/stdlib-check.sh does that).
#
#   (a) `ay --check` (parse and compile) on every stdlib .py file; the
#       failures must be files CPython's compile() rejects too.
#   (b) `ay --dump-ast-pos` against ast.dump(..., include_attributes=True)
#       for every file both accept.
#   (c) mutations (truncations, deleted tokens) of those files and of the
#       seed tutorials' code: Ay's verdict (valid / SyntaxError) must agree
#       with compile() for at least 99% of the cases.
#
# Usage: stdlib_check.py [--ay PATH] [--only a|b|c] [--limit N] [--mutations N]
import argparse
import ast
import io
import os
import random
import re
import subprocess
import sys
import sysconfig
import tempfile
import tokenize

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def stdlib_files():
    base = sysconfig.get_paths()["stdlib"]
    out = []
    for d, dirs, files in os.walk(base):
        dirs[:] = sorted(x for x in dirs if x not in ("site-packages", "__pycache__"))
        for f in sorted(files):
            if f.endswith(".py"):
                out.append(os.path.join(d, f))
    return base, out


def cpython_parse(src, path):
    """The tree, or the error compile() raises (ast.parse misses the
    compiler's errors, which `ay --check` reports)."""
    try:
        tree = ast.parse(src, path)
        compile(tree, path, "exec", dont_inherit=True)
        return tree, None
    except (SyntaxError, ValueError) as e:
        return None, e


def run_ay(ay, args, data=None):
    return subprocess.run([ay] + args, input=data, capture_output=True, timeout=60)


def check_a_b(ay, files, base, do_dump):
    accepted = 0
    failures = {}
    dump_total = dump_same = 0
    dump_diffs = []
    valid = []
    for path in files:
        rel = os.path.relpath(path, base)
        with open(path, "rb") as f:
            src = f.read()
        tree, err = cpython_parse(src, path)
        r = run_ay(ay, ["--check", path])
        ok = r.returncode == 0
        if ok:
            accepted += 1
        else:
            if err is not None:
                why = "invalid for CPython too"
            else:
                why = "UNEXPECTED"
            failures.setdefault(why, []).append(rel)
        if tree is not None:
            valid.append(path)
            if do_dump and ok:
                dump_total += 1
                want = ast.dump(tree, include_attributes=True) + "\n"
                got = run_ay(ay, ["--dump-ast-pos", path]).stdout.decode("utf-8", "replace")
                if got == want:
                    dump_same += 1
                else:
                    dump_diffs.append(rel)
    print("(a) ay --check: %d of %d files accepted" % (accepted, len(files)))
    for why, lst in sorted(failures.items()):
        print("    rejected, %s: %d" % (why, len(lst)))
        if why == "UNEXPECTED" or len(lst) <= 12:
            for x in lst[:40]:
                print("        " + x)
    if do_dump:
        pct = 100.0 * dump_same / max(dump_total, 1)
        print("(b) AST dump with positions identical: %d of %d files (%.2f%%)" % (dump_same, dump_total, pct))
        for x in dump_diffs[:30]:
            print("        differs: " + x)
    return valid, failures.get("UNEXPECTED", []), dump_diffs


def seed_snippets():
    """Code cells of the seed tutorials: ```python blocks and notebook-style
    "In [N]:" cells (the longest prefix of each that CPython compiles)."""
    seeds = "/work/shared/seeds"
    if not os.path.isdir(seeds):
        return []
    out = []
    for f in sorted(os.listdir(seeds)):
        text = open(os.path.join(seeds, f), encoding="utf-8", errors="replace").read()
        cells = [m.group(1) for m in re.finditer(r"```(?:python|py)?\n(.*?)```", text, re.S)]
        cells += re.split(r"^In \[\d*\]:\s*$", text, flags=re.M)[1:]
        for cell in cells:
            lines = cell.split("\n")
            for n in range(len(lines), 1, -1):
                code = "\n".join(lines[:n]) + "\n"
                try:
                    compile(code, f, "exec", dont_inherit=True)
                except (SyntaxError, ValueError):
                    continue
                if code.strip():
                    out.append(code.encode())
                break
    return out


def tokens_of(src):
    try:
        return [t for t in tokenize.tokenize(io.BytesIO(src).readline)
                if t.type not in (tokenize.ENCODING, tokenize.ENDMARKER, tokenize.NL, tokenize.COMMENT,
                                  tokenize.DEDENT, tokenize.INDENT, tokenize.NEWLINE)]
    except Exception:
        return []


def line_offsets(src):
    offs = [0]
    for i, b in enumerate(src):
        if b == 10:
            offs.append(i + 1)
    return offs


def mutations(src, rng, n):
    out = []
    lines = src.split(b"\n")
    toks = tokens_of(src)
    offs = line_offsets(src)
    for _ in range(n):
        kind = rng.random()
        if kind < 0.4 or not toks:
            cut = rng.randrange(0, len(src) + 1)
            # Cut at a character boundary: CPython's script and string modes
            # disagree on a file ending inside a UTF-8 sequence.
            while cut < len(src) and (src[cut] & 0xC0) == 0x80:
                cut += 1
            out.append(src[:cut])
        elif kind < 0.8:
            t = rng.choice(toks)
            (sl, sc), (el, ec) = t.start, t.end
            try:
                a = offs[sl - 1] + len(lines[sl - 1].decode()[:sc].encode())
                b = offs[el - 1] + len(lines[el - 1].decode()[:ec].encode())
            except (IndexError, UnicodeDecodeError):
                continue
            out.append(src[:a] + src[b:])
        else:
            t = rng.choice(toks)
            (sl, sc) = t.start
            try:
                a = offs[sl - 1] + len(lines[sl - 1].decode()[:sc].encode())
            except (IndexError, UnicodeDecodeError):
                continue
            ins = rng.choice([b"(", b")", b":", b",", b"=", b" x ", b"[", b"]", b"\n", b"    ", b"'", b"\\"])
            out.append(src[:a] + ins + src[a:])
    return out


def cpython_verdict(src, path="<m>"):
    """(valid, formatted error) as CPython reports it for a file."""
    try:
        compile(src, path, "exec", dont_inherit=True)
        return True, None
    except SyntaxError as e:
        return False, "%s: %s (line %s)" % (type(e).__name__, e.msg, e.lineno)
    except (ValueError, MemoryError, RecursionError) as e:
        return False, None


def ay_summary(stderr):
    m = re.search(r'line (\d+)', stderr)
    last = stderr.strip().splitlines()[-1] if stderr.strip() else ""
    return "%s (line %s)" % (last, m.group(1) if m else None)


def check_c(ay, valid_files, nper, limit_files, seed=1234):
    rng = random.Random(seed)
    sources = [open(p, "rb").read() for p in valid_files]
    rng.shuffle(sources)
    sources = sources[:limit_files] + seed_snippets()
    total = agree = msg_total = msg_same = 0
    disagree = []
    msg_diff = []
    with tempfile.TemporaryDirectory() as tmp:
        batch = []
        for src in sources:
            for m in mutations(src, rng, nper):
                path = os.path.join(tmp, "m%06d.py" % len(batch))
                with open(path, "wb") as f:
                    f.write(m)
                batch.append((path,) + cpython_verdict(m, path))
        # One ay process per chunk of files (ay --check reports each file).
        for i in range(0, len(batch), 200):
            chunk = batch[i:i + 200]
            for path, want, want_err in chunk:
                r = run_ay(ay, ["--check", path])
                got = r.returncode == 0
                total += 1
                if got == want:
                    agree += 1
                    if not want and want_err is not None:
                        msg_total += 1
                        if ay_summary(r.stderr.decode("utf-8", "replace")) == want_err:
                            msg_same += 1
                        else:
                            msg_diff.append((path, want_err + "\n", r.stderr.decode("utf-8", "replace")))
                else:
                    disagree.append((path, want, r.stderr.decode("utf-8", "replace")[-300:]))
        pct = 100.0 * agree / max(total, 1)
        print("(c) mutation verdicts agreeing with CPython: %d of %d (%.2f%%)" % (agree, total, pct))
        print("    same error (type, message, line) where both reject: %d of %d (%.2f%%)"
              % (msg_same, msg_total, 100.0 * msg_same / max(msg_total, 1)))
        if os.environ.get("AY_SHOW_MSG_DIFFS"):
            for path, want_err, got_err in msg_diff[:int(os.environ["AY_SHOW_MSG_DIFFS"])]:
                print("---- %s\n%s%s" % (path, want_err, got_err))
        keep = os.environ.get("AY_KEEP_MUTANTS")
        for path, want, err in disagree[:15]:
            print("    disagree (CPython %s): %s" % ("valid" if want else "invalid", err.strip().splitlines()[-1:] ))
            if keep:
                os.makedirs(keep, exist_ok=True)
                import shutil
                shutil.copy(path, keep)
    return pct


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ay", default=os.path.join(ROOT, "ay"))
    ap.add_argument("--only", default="abc")
    ap.add_argument("--limit", type=int, default=300, help="files used for mutations")
    ap.add_argument("--mutations", type=int, default=20, help="mutations per file")
    args = ap.parse_args()
    base, files = stdlib_files()
    status = 0
    valid = [p for p in files]
    if "a" in args.only or "b" in args.only:
        valid, unexpected, diffs = check_a_b(args.ay, files, base, "b" in args.only)
        if unexpected or diffs:
            status = 1
    else:
        valid = []
        for p in files:
            t, e = cpython_parse(open(p, "rb").read(), p)
            if t is not None:
                valid.append(p)
    if "c" in args.only:
        if check_c(args.ay, valid, args.mutations, args.limit) < 99.0:
            status = 1
    sys.exit(status)


if __name__ == "__main__":
    main()
