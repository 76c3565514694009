# sys.get_asyncgen_hooks/set_asyncgen_hooks, and the loop installing its own
# hooks only while it runs.
import asyncio
import sys

print(sys.get_asyncgen_hooks())
print(type(sys.get_asyncgen_hooks()).__name__, sys.get_asyncgen_hooks().firstiter)
seen = []
sys.set_asyncgen_hooks(firstiter=lambda g: seen.append(("first", g.__name__)))
print(sys.get_asyncgen_hooks().finalizer)
sys.set_asyncgen_hooks(finalizer=None)
print(sys.get_asyncgen_hooks().firstiter is not None)

async def gen():
    yield 1

g = gen()
try:
    g.asend(None).send(None)
except StopIteration as e:
    print("item", e.value)
print(seen)
for bad in ({"firstiter": 1}, {"finalizer": "x"}):
    try:
        sys.set_asyncgen_hooks(**bad)
    except TypeError as e:
        print("TypeError:", e)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())

async def main():
    hooks = sys.get_asyncgen_hooks()
    print(hooks.firstiter.__name__, hooks.finalizer.__name__)

asyncio.run(main())
print(sys.get_asyncgen_hooks())
