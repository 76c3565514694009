# warnings.warn goes to stderr in "file:line: Category: message" format (path relative via the test path)
import warnings
print("before")
warnings.warn("plain user warning")
warnings.warn("deprecated thing", DeprecationWarning)
warnings.warn("runtime issue", RuntimeWarning)
def lib():
    warnings.warn("from library", stacklevel=2)
lib()
for i in range(3):
    warnings.warn("same warning in a loop")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("recorded", UserWarning)
    warnings.warn("recorded dep", DeprecationWarning)
print([(w.category.__name__, str(w.message)) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("as error", UserWarning)
    except UserWarning as e:
        print(type(e).__name__, e)
class MyWarning(UserWarning):
    pass
warnings.warn("custom category", MyWarning)
warnings.warn(MyWarning("instance warning"))
print("after")
