# graphlib: static orders, the get_ready/done protocol, cycles and misuse errors
from graphlib import TopologicalSorter, CycleError
graph = {"d": {"b", "c"}, "b": {"a"}, "c": {"a"}, "e": set()}
print(list(TopologicalSorter({"d": ["b", "c"], "b": ["a"], "c": ["a"], "e": []}).static_order()))
print(list(TopologicalSorter({1: [2, 3], 2: [3], 3: [], 4: [1, 1]}).static_order()), list(TopologicalSorter().static_order()))
ts = TopologicalSorter()
ts.add("app", "lib", "net")
ts.add("net", "lib")
ts.add("tool")
ts.add("app", "extra")
ts.prepare()
steps = []
while ts.is_active():
    group = ts.get_ready()
    steps.append(group)
    ts.done(*group)
print(steps, bool(ts), ts.get_ready())
for graph in [{"a": ["b"], "b": ["c"], "c": ["a"]}, {"x": ["x"]}, {1: [2], 2: [3], 3: [4], 4: [2], 5: [1]}, {"p": ["q"], "q": ["r"], "r": [], "s": ["t"], "t": ["s"]}]:
    try:
        TopologicalSorter(graph).prepare()
    except CycleError as e:
        print(type(e).__name__, e.args, isinstance(e, ValueError))
ts = TopologicalSorter({"b": ["a"], "c": ["b"]})
for call in [ts.get_ready, ts.is_active, lambda: ts.done("a")]:
    try:
        call()
    except ValueError as e:
        print(type(e).__name__, e)
ts.prepare()
for call in [ts.prepare, lambda: ts.add("z"), lambda: ts.done("zz"), lambda: ts.done("a"), lambda: ts.done("b")]:
    try:
        call()
    except ValueError as e:
        print(type(e).__name__, e)
print(ts.get_ready(), ts.get_ready(), ts.is_active())
ts.done("a")
try:
    ts.done("a")
except ValueError as e:
    print(type(e).__name__, e)
print(ts.get_ready(), TopologicalSorter[int], CycleError.__mro__[1].__name__)
ts = TopologicalSorter()
ts.add(1)
ts.add(2, 1)
ts.prepare()
first = ts.get_ready()
print(first, ts.is_active(), bool(ts))
ts.done(*first)
print(ts.get_ready(), ts.is_active())
