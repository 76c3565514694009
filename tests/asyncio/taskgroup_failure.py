# TaskGroup: first failure cancels siblings and the body; errors collected in an ExceptionGroup
import asyncio
async def fail(name, hops):
    for _ in range(hops):
        await asyncio.sleep(0)
    raise ValueError(name)
async def sleeper(name, log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
async def main():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("s1", log))
            tg.create_task(fail("f1", 1))
            tg.create_task(sleeper("s2", log))
            tg.create_task(fail("f2", 1))
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                log.append("body cancelled")
                raise
    except* ValueError as eg:
        print("caught", repr(eg))
        print([str(e) for e in eg.exceptions])
    # siblings are cancelled in TaskGroup._tasks (a set) order, so sort them
    print(sorted(x for x in log if x.startswith("s")), [x for x in log if not x.startswith("s")])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("a", 0))
            tg.create_task(fail("b", 2))
    except ExceptionGroup as eg:
        print(eg.message, len(eg.exceptions), [repr(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("s3", log))
            await asyncio.sleep(0)
            raise KeyError("from body")
    except* KeyError as eg:
        print("body error grouped:", repr(eg), log[-1])
    async def type_err():
        raise TypeError("t")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(type_err())
            tg.create_task(fail("v", 0))
    except* TypeError as eg:
        print("TypeError part", repr(eg))
    except* ValueError as eg:
        print("ValueError part", repr(eg))
asyncio.run(main())
