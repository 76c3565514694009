# What CPython writes to sys.stderr goes to a replacement sys.stderr: warnings,
# "Exception ignored" reports, and the traceback of an uncaught exception.
import gc
import io
import sys
import warnings

buf = io.StringIO()
real = sys.stderr
sys.stderr = buf
warnings.warn("to the replacement")


class Noisy:
    def __del__(self):
        raise ValueError("from __del__")


n = Noisy()
del n
gc.collect()
sys.stderr = real
text = buf.getvalue()
print("warning" in text, "UserWarning: to the replacement" in text, "Exception ignored in" in text,
      "ValueError: from __del__" in text)
sys.stderr = io.StringIO()
raise KeyError("uncaught, into the replacement")
