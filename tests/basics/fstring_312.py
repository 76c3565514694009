# Python 3.12 f-string features (PEP 701): quote reuse, backslashes, comments, nesting
names = ["ann", "bob"]
print(f"{", ".join(names)}")
print(f"{"\n".join(names)}")
print(f"{'\t'.join(names)!r}")
songs = {"a": "x"}
print(f"{songs["a"]}")
print(f"{f"{f"{1 + 1}"}"}")
value = 42
print(f"{
    value  # a comment inside the replacement field
    * 2
}")
print(f"{value:{"^"}{10}}|")
print(f"{"nested " + f"{value:03d}"}")
print(f"{'\N{SNOWMAN}'}", f"{"\x41"}", f"{"\u00e9"}")
print(f"{value!r:>{5}}", f"{value=}", f"{value = !s:>6}")
print(f"{{}}{value}{{{value}}}")
s = "q"
print(f"{s*3}{s!a}{s!r}{s:>{len(s) + 2}}")
