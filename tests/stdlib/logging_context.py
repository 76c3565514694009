# logging: task, thread and process fields of records (asyncio tasks, threads)
import asyncio, logging, sys, threading

logging.basicConfig(stream=sys.stdout, format="%(taskName)s|%(threadName)s|%(processName)s|%(message)s")
log = logging.getLogger("ctx")
log.warning("outside asyncio")


async def worker(n):
    log.warning("in worker %d", n)


async def main():
    log.warning("in main")
    await asyncio.gather(asyncio.create_task(worker(1), name="first"), asyncio.create_task(worker(2), name="second"))


asyncio.run(main())
t = threading.Thread(target=lambda: log.warning("from a thread"), name="helper")
t.start()
t.join()
record = logging.makeLogRecord({})
print(record.thread == threading.get_ident(), record.threadName, record.taskName, isinstance(record.process, int))
logging.logThreads = False
logging.logAsyncioTasks = False
print(logging.LogRecord("n", 20, "p", 1, "m", (), None).threadName, logging.LogRecord("n", 20, "p", 1, "m", (), None).thread)
