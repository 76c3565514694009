# Compile-time SyntaxWarnings (CPython's compiler and tokenizer checks), shown
# through the warnings module so the test can list them.
import warnings

snippets = [
    'x is 1', 'x is not "a"', 'None is x', '1 is x is None', 'x is ...', 'x is (1, 2)',
    'None()', 'True()', '...()', '1()', '"a"()', '(1, 2)()', '[1]()', '{}()', '{1}()', 'f"x"()',
    '(x for x in y)()', '[x for x in y]()',
    'None[0]', 'True[0]', '1[0]', '1.5[0]', '{1}[0]', '(x for x in y)[0]', '(lambda: 1)[0]',
    '"ab"[0]', '[1, 2]["a"]', '(1, 2)[1.5]', '"ab"[None]', 'b"ab"[""]', 'f"x"[1.0]', '[1][x]', '[1][1:2]',
    'assert (x, "msg")', 'assert ()', 'assert x, "fine"',
    'x = "\\d"', 'x = b"\\q"', 'x = "\\777"', 'x = f"\\d{y}\\e"', 'x = r"\\d"', 'x = """a\nb\\d"""',
    'x[0] = 1[0]', 'del 1[0]',
]
for src in snippets:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            compile(src, "<snippet>", "exec")
        except SyntaxError as e:
            print(repr(src), "SyntaxError:", e.msg)
            continue
    print(repr(src), [(str(w.message), w.lineno) for w in caught])
