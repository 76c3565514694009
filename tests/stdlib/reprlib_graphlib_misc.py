# reprlib limits and recursive_repr, graphlib ordering and cycles, colorsys conversions, secrets basics
import reprlib, graphlib, colorsys, secrets
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr({i: i for i in range(10)}), reprlib.repr(2 ** 200), reprlib.repr((1,)), reprlib.repr(set(range(20))), reprlib.repr([[[[[[[1]]]]]]]))
r = reprlib.Repr(maxlist=2, indent=2); print(r.repr([1, [2, 3, 4], 5]))
class X:
    def __init__(self): self.me = self
    @reprlib.recursive_repr()
    def __repr__(self): return f"X({self.me!r})"
print(X())
ts = graphlib.TopologicalSorter({"d": {"b", "c"}, "b": {"a"}, "c": {"a"}})
print(tuple(ts.static_order()))
ts2 = graphlib.TopologicalSorter(); ts2.add(3, 1, 2); ts2.add(2, 1); ts2.add(5)
print(list(ts2.static_order()))
try:
    list(graphlib.TopologicalSorter({1: [2], 2: [3], 3: [1]}).static_order())
except graphlib.CycleError as e:
    print(e.args)
print(colorsys.rgb_to_hsv(0.2, 0.4, 0.4), colorsys.hsv_to_rgb(0.5, 0.5, 0.4), colorsys.rgb_to_hls(1, 0.5, 0), colorsys.hls_to_rgb(0.1, 0.5, 1), colorsys.rgb_to_yiq(1, 0, 0), colorsys.yiq_to_rgb(0.3, 0.6, 0.2))
print(len(secrets.token_hex(8)), len(secrets.token_bytes()), 0 <= secrets.randbelow(10) < 10, secrets.compare_digest(b"a", b"a"), len(secrets.token_urlsafe(16)))
