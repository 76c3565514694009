# '=' after an eval() input or a keyword argument's value: CPython's plain 'invalid syntax' at the '='
for mode in ("exec", "eval"):
    for src in ['a = b', 'f(a = b = c)', 'f(x, a = b = c)', 'lambda: a = b', 'x = lambda: a = b', '(a = b)', 'print(a = b = 1)', '{a = 1}', 'd[a = 1]', 'a.b = c = d', 'if a = b: pass', 'while x = 1: pass']:
        try:
            compile(src, '<s>', mode)
            print(mode, repr(src), "ok")
        except SyntaxError as e:
            print(mode, repr(src), e.msg, e.offset, e.end_offset)
