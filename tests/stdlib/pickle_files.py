# pickle with real files (several pickles, load until EOFError), Unpickler objects,
# reducer_override, copyreg.pickle and a private dispatch_table.
import pickle, os, tempfile
path = os.path.join(tempfile.mkdtemp(), "data.pkl")
with open(path, "wb") as f:
    pickle.dump({"a": [1, 2, 3]}, f)
    pickle.dump("second", f, protocol=0)
    pickle.dump((1.5, None), f, pickle.HIGHEST_PROTOCOL)
with open(path, "rb") as f:
    while True:
        try:
            print(pickle.load(f))
        except EOFError:
            print("EOF")
            break
print(os.path.getsize(path))
with open(path, "rb") as f:
    u = pickle.Unpickler(f)
    print(u.load(), u.load())
class P(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is print:
            return (str, ("was print",))
        return NotImplemented
import io
b = io.BytesIO(); P(b).dump([print, 1]); print(pickle.loads(b.getvalue()))
import copyreg
class Pt:
    def __init__(self, x): self.x = x
copyreg.pickle(Pt, lambda p: (Pt, (p.x * 10,)))
print(pickle.loads(pickle.dumps(Pt(2))).x)
out = io.BytesIO()
q = pickle.Pickler(out)
q.dispatch_table = {Pt: lambda p: (Pt, (-1,))}
q.dump([Pt(5)])
print(pickle.loads(out.getvalue())[0].x)
