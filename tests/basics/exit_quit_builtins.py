# exit() and quit(): the site builtins raise SystemExit with their argument.
print(exit, repr(quit), type(exit), __builtins__)
try:
    quit()
except SystemExit as e:
    print(repr(e), e.code)
print("before exit")
exit(3)
print("not reached")
