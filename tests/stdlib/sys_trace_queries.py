# sys.gettrace/getprofile (None: nothing is set), is_finalizing, float_repr_style.
import sys

print(sys.gettrace(), sys.getprofile(), sys.is_finalizing(), sys.float_repr_style)
for fn in (sys.gettrace, sys.getprofile, sys.is_finalizing):
    try:
        fn(1)
    except TypeError as e:
        print(e)
