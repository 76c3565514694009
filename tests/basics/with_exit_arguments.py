# __exit__ gets (type, exception, traceback) however deep the with statement
# sits in the frame's stack and wherever the exception came from.
class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print(exc_type.__name__, type(exc).__name__, type(tb).__name__, tb is exc.__traceback__)
        return True
def raises():
    raise ValueError("deep")
def in_function():
    with Ctx():
        raises()
in_function()
def nested():
    with Ctx(), Ctx():
        for i in range(2):
            with Ctx():
                raises()
nested()
print([x for x in range(3) if not (lambda: [Ctx().__exit__(KeyError, KeyError(), None)])()])
