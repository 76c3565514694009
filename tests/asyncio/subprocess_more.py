# asyncio subprocesses: stderr=STDOUT, DEVNULL, stdin streaming, signals, reprs, low-level protocol
import asyncio
import os
import re
import signal
from asyncio.subprocess import PIPE, STDOUT, DEVNULL

def norm(text):
    return re.sub(r"\d{2,}", "N", text)

async def main():
    print(PIPE, STDOUT, DEVNULL)
    p = await asyncio.create_subprocess_shell("echo out; echo err >&2", stdout=PIPE, stderr=STDOUT)
    print(await p.communicate(), p.returncode, p.stderr)
    p = await asyncio.create_subprocess_exec("cat", stdin=DEVNULL, stdout=PIPE, stderr=DEVNULL)
    print(p.stdin, await p.stdout.read(), await p.wait())
    p = await asyncio.create_subprocess_exec("cat", stdin=PIPE, stdout=PIPE)
    print(norm(repr(p)), type(p.stdin).__name__, type(p.stdout).__name__, p.returncode, p.stdin.get_extra_info("nope", default="dflt"))
    p.stdin.write(b"line one\n")
    await p.stdin.drain()
    print(await p.stdout.readline())
    p.stdin.writelines([b"two\n", b"three\n"])
    p.stdin.close()
    await p.stdin.wait_closed()
    print(await p.stdout.read(), await p.wait(), await p.wait())
    # communicate with a child that does not read its input
    p = await asyncio.create_subprocess_exec("true", stdin=PIPE, stdout=PIPE)
    print(await p.communicate(b"x" * 200000), p.returncode)
    p = await asyncio.create_subprocess_exec("sleep", "10")
    p.terminate()
    print("terminated:", await p.wait())
    try:
        p.kill()
    except ProcessLookupError as e:
        print("ProcessLookupError after exit", repr(e))
    p = await asyncio.create_subprocess_exec("sleep", "10")
    p.send_signal(signal.SIGINT)
    print("SIGINT:", await p.wait())
    p = await asyncio.create_subprocess_exec("sleep", "10")
    p.kill()
    print("killed:", await p.wait(), await p.communicate())
    p = await asyncio.create_subprocess_exec("sh", "-c", "echo $FOO; pwd", stdout=PIPE, env={"FOO": "bar"}, cwd="/")
    print(await p.communicate())
    big = await asyncio.create_subprocess_exec("head", "-c", "300000", "/dev/zero", stdout=PIPE)
    data, _ = await big.communicate()
    print(len(data), big.returncode)
    r, w = os.pipe()
    p = await asyncio.create_subprocess_exec("echo", "to fd", stdout=w)
    os.close(w)
    await p.wait()
    print(os.read(r, 100))
    os.close(r)

    # low-level: subprocess_exec with a custom protocol
    loop = asyncio.get_running_loop()
    events = []
    done = loop.create_future()
    class Proto(asyncio.SubprocessProtocol):
        def connection_made(self, transport):
            events.append("made")
        def pipe_data_received(self, fd, data):
            events.append(("data", fd, data))
        def pipe_connection_lost(self, fd, exc):
            events.append(("pipe lost", fd, exc))
        def process_exited(self):
            events.append("exited")
        def connection_lost(self, exc):
            events.append(("lost", exc))
            done.set_result(None)
    tr, pr = await loop.subprocess_exec(Proto, "sh", "-c", "echo hi; echo there >&2", stdin=None, stdout=PIPE, stderr=PIPE)
    print(norm(repr(tr)).split()[:2], tr.get_extra_info("subprocess") is not None, tr.get_pipe_transport(0))
    await done
    print(sorted(map(str, events)), tr.get_returncode(), tr.is_closing())
    tr.close()
    print(norm(repr(tr)).split()[:3], "returncode=0" in repr(tr), tr.is_closing())

asyncio.run(main())
