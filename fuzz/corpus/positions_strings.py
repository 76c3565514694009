# ay-args: --dump-ast-pos
"a" "b"
("a"
 "b")
"a" f"b{x}c" "d"
f"{{a}}" f"{x}}}"
f'environ({{{items}}})'
f"{x:{y}d}" f"{y!r:>{w}}"
f"""a
{x
+1}
b"""
b"x" b'y'
u"x" "y"
x = '''one
two''' "three"
