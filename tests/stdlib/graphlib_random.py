# graphlib: seeded random graphs (mostly acyclic) through static_order, cycles reported as CPython does
import random
from graphlib import TopologicalSorter, CycleError
rng = random.Random(9)
for i in range(150):
    n = rng.randint(0, 9)
    graph = {node: [rng.randrange(n) for _ in range(rng.randint(0, 3))] for node in rng.sample(range(n), rng.randint(0, n))} if n else {}
    if rng.random() < 0.6:  # mostly acyclic: edges only to smaller nodes
        graph = {node: [p for p in preds if p < node] for node, preds in graph.items()}
    try:
        print(graph, list(TopologicalSorter(graph).static_order()))
    except CycleError as e:
        print(graph, "cycle", e.args[1])
