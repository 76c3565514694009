"""Priority queues as binary min-heaps stored in plain lists (every
heap[k] <= heap[2*k+1] and heap[2*k+2]); the core operations are in C."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']

from _heapq import (heappush, heappop, heapify, heapreplace, heappushpop,
                    _heappop_max, _heapreplace_max, _heapify_max)


def merge(*iterables, key=None, reverse=False):
    """One sorted iterator over several sorted iterables (each sorted by key,
    descending with reverse); equal items come out in the order of their inputs."""
    # entries are [sort key, input number (tie-breaker), value, iterator];
    # the input number is negated for reverse merges so ties still favour
    # earlier inputs under a max-heap
    direction = -1 if reverse else 1
    heap = []
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            heap.append([value if key is None else key(value), order * direction, value, it])
            break
    if reverse:
        _heapify_max(heap)
        pop, replace = _heappop_max, _heapreplace_max
    else:
        heapify(heap)
        pop, replace = heappop, heapreplace
    while len(heap) > 1:
        entry = heap[0]
        yield entry[2]
        for value in entry[3]:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            replace(heap, entry)
            break
        else:
            pop(heap)
    if heap:
        entry = heap[0]
        yield entry[2]
        yield from entry[3]


def nsmallest(n, iterable, key=None):
    """The n smallest items, as sorted(iterable, key=key)[:n]."""
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items, as sorted(iterable, key=key, reverse=True)[:n]."""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
