"""Topological sorting of graphs of hashable nodes."""

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]


class CycleError(ValueError):
    """prepare() found a cycle: args[1] lists its nodes, the first one repeated at the end."""


_EXHAUSTED = object()


class TopologicalSorter:
    """Orders nodes so that each comes after all its predecessors. static_order()
    gives one such order; prepare(), get_ready() and done() hand the nodes out in
    groups whose predecessors are all done, so the groups can be worked on in parallel."""

    __class_getitem__ = classmethod(GenericAlias)

    def __init__(self, graph=None):
        self._waiting_on = {}  # node -> how many of its predecessors are not done yet
        self._successors = {}  # node -> the nodes that wait for it (once per edge)
        self._ready = None     # ready and not handed out; None until prepare()
        self._handed_out = set()
        self._done = set()
        for node, predecessors in (graph or {}).items():
            self.add(node, *predecessors)

    def _know(self, node):
        if node not in self._waiting_on:
            self._waiting_on[node] = 0
            self._successors[node] = []

    def add(self, node, *predecessors):
        """node comes after each of predecessors (all become part of the graph)."""
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        self._know(node)
        self._waiting_on[node] += len(predecessors)
        for predecessor in predecessors:
            self._know(predecessor)
            self._successors[predecessor].append(node)

    def prepare(self):
        """End of the graph: no more add(); raises CycleError when there is a cycle."""
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [node for node, waiting in self._waiting_on.items() if not waiting]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def _check_prepared(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")

    def get_ready(self):
        """The nodes now ready (each is returned once); () when none is."""
        self._check_prepared()
        group = tuple(self._ready)
        self._ready.clear()
        self._handed_out.update(group)
        return group

    def is_active(self):
        """True while some node is ready or handed out and not yet done."""
        self._check_prepared()
        return bool(self._handed_out or self._ready)

    __bool__ = is_active

    def done(self, *nodes):
        """Marks nodes from get_ready() as processed; their successors may become ready."""
        self._check_prepared()
        for node in nodes:
            if node not in self._waiting_on:
                raise ValueError(f"node {node!r} was not added using add()")
            if node not in self._handed_out:
                if node in self._done:
                    raise ValueError(f"node {node!r} was already marked done")
                raise ValueError(f"node {node!r} was not passed out (still not ready)")
            self._handed_out.remove(node)
            self._done.add(node)
            for successor in self._successors[node]:
                self._waiting_on[successor] -= 1
                if not self._waiting_on[successor]:
                    self._ready.append(successor)

    def _find_cycle(self):
        # depth first along the successor edges: reaching a node that is on the
        # current path closes a cycle
        visited = set()
        for start in self._successors:
            if start in visited:
                continue
            visited.add(start)
            path, depth_of = [start], {start: 0}
            branches = [iter(self._successors[start])]
            while branches:
                node = next(branches[-1], _EXHAUSTED)
                if node is _EXHAUSTED:
                    del depth_of[path.pop()]
                    branches.pop()
                elif node in depth_of:
                    return path[depth_of[node]:] + [node]
                elif node not in visited:
                    visited.add(node)
                    depth_of[node] = len(path)
                    path.append(node)
                    branches.append(iter(self._successors[node]))
        return None

    def static_order(self):
        """All the nodes, one ready group after another."""
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)
