# Compile-time SyntaxWarnings turned into errors by the warnings filters: CPython's SyntaxError args.
import warnings
warnings.simplefilter("error")
for src in ["x = '\\d'", "y = 2\nx = 1 is 1", "assert (1, 'msg')", "s = '\\777'", "f = None[0]"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print("SyntaxError:", e.args)
warnings.simplefilter("ignore")
print(compile("x = 1 is 1", "<s>", "exec") is not None)
warnings.resetwarnings()
warnings.filterwarnings("error", category=SyntaxWarning)
try:
    exec("z = 'a' is 'a'")
except SyntaxError as e:
    print("exec SyntaxError:", e.args)
