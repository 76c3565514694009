# heapq and bisect
import heapq, bisect
h = []
for v in [5, 1, 8, 3, 2, 9, 1]:
    heapq.heappush(h, v)
print(h, h[0])
print([heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print(data, heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), data)
print(heapq.nlargest(3, [5, 1, 9, 7, 3]), heapq.nsmallest(2, [5, 1, 9, 7, 3]), heapq.nlargest(2, ["aa", "b", "ccc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])), list(heapq.merge([3, 1], [2], reverse=True)))
pq = []
heapq.heappush(pq, (2, "write"))
heapq.heappush(pq, (1, "read"))
heapq.heappush(pq, (2, "alpha"))
print([heapq.heappop(pq) for _ in range(3)])
try:
    heapq.heappop([])
except IndexError as e:
    print(type(e).__name__, e)
equal = []
for i in range(8):
    heapq.heappush(equal, (0, i))
print(equal)
a = [1, 2, 4, 4, 4, 7]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 10), bisect.bisect_left(a, 5))
bisect.insort(a, 5); bisect.insort_left(a, 4); bisect.insort_right(a, 0)
print(a)
grades = [(60, "D"), (70, "C"), (80, "B"), (90, "A")]
print([bisect.bisect([g for g, _ in grades], s) for s in (55, 70, 85, 99)])
print(bisect.bisect_left([{"k": 1}, {"k": 3}], 2, key=lambda d: d["k"]), bisect.bisect(a, 4, lo=0, hi=3))
