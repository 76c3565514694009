# AttributeError on a builtin type with a suggestion
s = "hello"
s.uper()
