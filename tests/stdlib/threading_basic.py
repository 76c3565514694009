# threading: threads sharing work under locks, Event/Condition/Semaphore/Barrier/Timer, local, errors
import threading, time
counter = 0
lock = threading.Lock()
def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
threads = [threading.Thread(target=add, args=(5000,), name=f"adder-{i}") for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter, [t.is_alive() for t in threads], threads[0].name)
ev = threading.Event()
seen = []
def waiter(i):
    ev.wait()
    with lock:
        seen.append(i)
ws = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for t in ws:
    t.start()
print(ev.is_set(), ev.wait(0.01))
ev.set()
for t in ws:
    t.join()
print(sorted(seen))
cond = threading.Condition()
box = []
def producer():
    for i in range(3):
        with cond:
            box.append(i)
            cond.notify()
def consumer(out):
    got = 0
    while got < 3:
        with cond:
            cond.wait_for(lambda: box)
            out.append(box.pop(0))
            got += 1
out = []
c = threading.Thread(target=consumer, args=(out,))
c.start()
p = threading.Thread(target=producer)
p.start()
p.join(); c.join()
print(out)
sem = threading.BoundedSemaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
sem.release(); sem.release()
try:
    sem.release()
except ValueError as e:
    print(type(e).__name__, e)
barrier = threading.Barrier(3)
arrived = []
def at_barrier(i):
    idx = barrier.wait()
    with lock:
        arrived.append(idx)
bs = [threading.Thread(target=at_barrier, args=(i,)) for i in range(3)]
for t in bs:
    t.start()
for t in bs:
    t.join()
print(sorted(arrived), barrier.broken)
fired = []
timer = threading.Timer(0.01, fired.append, args=("timer",))
timer.start(); timer.join()
cancelled = threading.Timer(10, fired.append, args=("never",))
cancelled.start(); cancelled.cancel(); cancelled.join()
print(fired)
data = threading.local()
data.value = "main"
def set_local():
    data.value = "worker"
    seen.append(data.value)
t = threading.Thread(target=set_local)
t.start(); t.join()
print(data.value, seen[-1])
rl = threading.RLock()
with rl:
    with rl:
        print("reentrant ok")
try:
    threading.Lock().release()
except RuntimeError as e:
    print(type(e).__name__, e)
t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError as e:
    print(type(e).__name__, e)
t.start(); t.join()
try:
    t.start()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print(type(e).__name__, e)
caught = []
threading.excepthook = lambda args: caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
t = threading.Thread(target=lambda: 1 / 0, name="failing")
t.start(); t.join()
print(caught)
print(threading.current_thread() is threading.main_thread(), threading.main_thread().name, threading.active_count())
lk = threading.Lock()
lk.acquire()
start = time.monotonic()
print(lk.acquire(timeout=0.05), time.monotonic() - start >= 0.04, lk.locked())
