# Control flow through match statements: loops, early exits from case
# bodies, generators and coroutines suspended inside cases, nested matches,
# exceptions caught around and inside them.
import asyncio


def tokens(items):
    out = []
    for item in items:
        match item:
            case "skip":
                continue
            case "stop":
                break
            case int(n) if n < 0:
                out.append("neg")
                continue
            case [*parts]:
                for p in parts:
                    match p:
                        case "stop":
                            break
                        case _:
                            out.append(p)
            case _:
                out.append(item)
    else:
        out.append("<end>")
    return out


print(tokens([1, "skip", -3, ["a", "stop", "b"], "c"]))
print(tokens([1, "stop", 2]))


def find(pairs, key):
    for pair in pairs:
        match pair:
            case (k, v) if k == key:
                return v
            case (k, _):
                pass
    return None


print(find([("a", 1), ("b", 2)], "b"), find([("a", 1)], "z"))


def gen(events):
    for e in events:
        match e:
            case {"type": "data", "value": v}:
                got = yield v
                if got:
                    print("sent", got)
            case {"type": "many", "values": [*vs]}:
                yield from vs
            case {"type": "end"}:
                return "finished"


g = gen([{"type": "data", "value": 1}, {"type": "many", "values": [2, 3]}, {"type": "end"}])
print(next(g), g.send("hello"), next(g), next(g, "exhausted"))


async def handle(msg):
    match msg:
        case ("sleep", delay):
            await asyncio.sleep(delay)
            return f"slept {delay}"
        case ("echo", text) if await asyncio.sleep(0, result=True):
            return text
        case _:
            return "unknown"


async def main():
    results = await asyncio.gather(handle(("sleep", 0)), handle(("echo", "hi")), handle(None))
    print(results)


asyncio.run(main())


def safe(v):
    try:
        match v:
            case [a, b]:
                return a / b
            case _:
                raise ValueError(v)
    except ZeroDivisionError:
        return "div0"
    except ValueError as e:
        return f"bad {e}"
    finally:
        print("finally", v)


print(safe([1, 2]), safe([1, 0]), safe(3))


def cleanup(v):
    match v:
        case (x, y):
            try:
                return x + y
            finally:
                print("cleanup in case")
        case x:
            with open("/dev/null") as f:
                match x:
                    case str():
                        return "str in with"
                    case _:
                        return "other in with"


print(cleanup((1, 2)), cleanup("s"), cleanup(3))

# A while loop whose condition is re-checked after each match.
stack = [("push", 1), ("push", 2), ("pop",), ("push", 3), ("dup",), ("add",)]
data = []
i = 0
while i < len(stack):
    match stack[i]:
        case ("push", n):
            data.append(n)
        case ("pop",):
            data.pop()
        case ("dup",):
            data.append(data[-1])
        case ("add",):
            data.append(data.pop() + data.pop())
    i += 1
print(data)
