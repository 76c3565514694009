# queue: FIFO/LIFO/priority order, bounds, timeouts, task tracking, threads
import queue
import threading

q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(5)], q.empty())

lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b')]:
    lq.put(item)
    pq.put(item)
print([lq.get() for _ in range(3)], [pq.get_nowait() for _ in range(3)])

bounded = queue.Queue(maxsize=2)
bounded.put(1)
bounded.put_nowait(2)
print(bounded.full(), bounded.maxsize)
for attempt in (lambda: bounded.put_nowait(3), lambda: bounded.put(3, timeout=0.01)):
    try:
        attempt()
    except queue.Full as e:
        print('Full', repr(e))
empty = queue.Queue()
for attempt in (empty.get_nowait, lambda: empty.get(timeout=0.01), lambda: empty.get(False)):
    try:
        attempt()
    except queue.Empty as e:
        print('Empty', repr(e))
for attempt in (lambda: q.get(timeout=-1), lambda: bounded.put(0, timeout=-1)):
    try:
        attempt()
    except ValueError as e:
        print('ValueError', e)

try:
    q.task_done()
except ValueError as e:
    print(e)

# producer/consumer with join()
work = queue.Queue()
results = []
def worker():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            break
        results.append(item * item)
        work.task_done()
t = threading.Thread(target=worker)
t.start()
for i in range(10):
    work.put(i)
work.put(None)
work.join()
t.join()
print(sorted(results), work.unfinished_tasks)

# a blocked get() wakes when another thread puts
handoff = queue.Queue(maxsize=1)
got = []
consumer = threading.Thread(target=lambda: got.append(handoff.get(timeout=5)))
consumer.start()
handoff.put('hello')
consumer.join()
print(got)

sq = queue.SimpleQueue()
sq.put(1)
sq.put_nowait(2)
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print('SimpleQueue empty')
try:
    sq.get(timeout=-1)
except ValueError as e:
    print(e)
print(queue.Queue[int], queue.SimpleQueue[str], issubclass(queue.PriorityQueue, queue.Queue))
print(queue.Empty, queue.Full, queue.SimpleQueue, repr(queue.Empty()))
