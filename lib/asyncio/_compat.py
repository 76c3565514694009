"""Containers asyncio needs, from the standard library when it has them."""

try:
    from _collections import deque
except ImportError:
    class deque(list):
        """A list standing in for collections.deque (FIFO use only)."""

        def popleft(self):
            return self.pop(0)

        def appendleft(self, item):
            self.insert(0, item)

try:
    from heapq import heappush, heappop
except ImportError:
    def heappush(heap, item):
        heap.append(item)
        pos = len(heap) - 1
        while pos > 0:
            parent = (pos - 1) >> 1
            if item < heap[parent]:
                heap[pos] = heap[parent]
                pos = parent
            else:
                break
        heap[pos] = item

    def heappop(heap):
        last = heap.pop()
        if not heap:
            return last
        top = heap[0]
        n = len(heap)
        pos = 0
        child = 1
        while child < n:
            right = child + 1
            if right < n and not heap[child] < heap[right]:
                child = right
            heap[pos] = heap[child]
            pos = child
            child = 2 * pos + 1
        heap[pos] = last
        while pos > 0:
            parent = (pos - 1) >> 1
            if last < heap[parent]:
                heap[pos] = heap[parent]
                pos = parent
            else:
                break
        heap[pos] = last
        return top
