# Unix-domain socket streams: start_unix_server/open_unix_connection, the
# addresses transports report, a stale socket file replaced, errors.
# (Ay removes the socket file when the server closes, as CPython 3.13 does;
# 3.12 leaves it, so the test does not look.)
import asyncio
import os
import shutil
import tempfile

tmp = tempfile.mkdtemp()
os.chdir(tmp)
path = "echo.sock"


async def handle(reader, writer):
    data = await reader.readline()
    print("server got", data, writer.get_extra_info("sockname") == path, repr(writer.get_extra_info("peername")))
    writer.write(b"echo " + data)
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_unix_server(handle, path)
    print("serving", os.path.exists(path), server.is_serving())
    for word in (b"one\n", b"two\n"):
        reader, writer = await asyncio.open_unix_connection(path)
        print("client peer is path:", writer.get_extra_info("peername") == path, repr(writer.get_extra_info("sockname")))
        writer.write(word)
        await writer.drain()
        print("client got", await reader.read())
        writer.close()
        await writer.wait_closed()
    server.close()
    await server.wait_closed()
    # a stale socket file is replaced by the next server
    server2 = await asyncio.start_unix_server(handle, path)
    print("restarted", server2.is_serving())
    try:
        await asyncio.start_unix_server(handle, path + "/nodir/x")
    except OSError as e:
        print(type(e).__name__, e.errno)
    server2.close()
    await server2.wait_closed()
    try:
        await asyncio.open_unix_connection("missing.sock")
    except OSError as e:
        print(type(e).__name__, e.errno)
    loop = asyncio.get_running_loop()
    for kwargs in ({}, {"path": path, "sock": object()}):
        try:
            await loop.create_unix_server(asyncio.Protocol, **kwargs)
        except ValueError as e:
            print("ValueError:", e)
    try:
        await loop.create_unix_connection(asyncio.Protocol)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
os.chdir("/")
shutil.rmtree(tmp)
