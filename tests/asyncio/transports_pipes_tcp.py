# low-level transports: pipes via connect_read_pipe/connect_write_pipe, TCP via
# create_server/create_connection with plain protocols, write-buffer limits, errors
import asyncio
import os

class Recorder(asyncio.Protocol):
    def __init__(self, name, log):
        self.name, self.log = name, log
        self.done = asyncio.get_running_loop().create_future()
    def connection_made(self, transport):
        self.transport = transport
        self.log.append(f"{self.name} made {type(transport).__name__}")
    def data_received(self, data):
        self.log.append(f"{self.name} data {data!r}")
    def eof_received(self):
        self.log.append(f"{self.name} eof")
    def pause_writing(self):
        self.log.append(f"{self.name} pause_writing")
    def resume_writing(self):
        self.log.append(f"{self.name} resume_writing")
    def connection_lost(self, exc):
        self.log.append(f"{self.name} lost {exc!r}")
        if not self.done.done():
            self.done.set_result(None)

async def pipes():
    loop = asyncio.get_running_loop()
    log = []
    rfd, wfd = os.pipe()
    rt, rp = await loop.connect_read_pipe(lambda: Recorder("reader", log), os.fdopen(rfd, "rb", 0))
    wt, wp = await loop.connect_write_pipe(lambda: Recorder("writer", log), os.fdopen(wfd, "wb", 0))
    print(rt.is_reading(), rt.is_closing(), wt.is_closing(), wt.can_write_eof(), wt.get_write_buffer_size())
    print(rt.get_protocol() is rp, wt.get_protocol() is wp, sorted(rt._extra) == ["pipe"] or rt.get_extra_info("pipe") is not None)
    wt.write(b"hello ")
    wt.writelines([b"pipe", b"!"])
    wt.write(b"")
    await asyncio.sleep(0.02)
    rt.pause_reading()
    print("paused:", rt.is_reading())
    wt.write(b"while paused")
    await asyncio.sleep(0.02)
    rt.resume_reading()
    await asyncio.sleep(0.02)
    wt.close()
    print("closing:", wt.is_closing())
    await wp.done
    await rp.done
    print("\n".join(log))
    print(wt.is_closing(), rt.is_closing())
    # limits
    print(wt.get_write_buffer_limits())
    for args in [(), (100,), (None, 10), (8, 2)]:
        wt.set_write_buffer_limits(*args)
        print(args, wt.get_write_buffer_limits())
    try:
        wt.set_write_buffer_limits(1, 2)
    except ValueError as e:
        print("ValueError", e)
    # a write pipe whose reader has gone away
    log.clear()
    rfd, wfd = os.pipe()
    wt, wp = await loop.connect_write_pipe(lambda: Recorder("orphan", log), os.fdopen(wfd, "wb", 0))
    os.close(rfd)
    await wp.done
    print(log)

async def tcp():
    loop = asyncio.get_running_loop()
    log = []
    server_protos = []
    def make_server_proto():
        p = Recorder("server", log)
        server_protos.append(p)
        return p
    server = await loop.create_server(make_server_proto, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print(type(server).__name__, server.is_serving(), server.get_loop() is loop, len(server.sockets))
    ct, cp = await loop.create_connection(lambda: Recorder("client", log), "127.0.0.1", port)
    print(ct.get_extra_info("peername")[1] == port, ct.is_reading(), ct.can_write_eof())
    ct.write(b"ping")
    await asyncio.sleep(0.02)
    st = server_protos[0].transport
    st.write(b"pong")
    await asyncio.sleep(0.02)
    try:
        ct.write("text")
    except TypeError as e:
        print("TypeError", e)
    ct.write_eof()
    try:
        ct.write(b"late")
    except RuntimeError as e:
        print("RuntimeError", e)
    await asyncio.sleep(0.02)
    st.close()
    await cp.done
    await server_protos[0].done
    print("\n".join(log))
    ct.close()
    print(ct.is_closing())
    server.close()
    await server.wait_closed()
    print("serving:", server.is_serving(), server.sockets)
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print("RuntimeError", "is closed" in str(e))
    try:
        await loop.create_connection(asyncio.Protocol, "127.0.0.1", port)
    except OSError as e:
        print("connect refused:", type(e).__name__)
    # serve_forever cancelled closes the server
    server = await loop.create_server(asyncio.Protocol, "127.0.0.1", 0, start_serving=False)
    print("start_serving=False:", server.is_serving())
    t = asyncio.ensure_future(server.serve_forever())
    await asyncio.sleep(0)
    print("serving:", server.is_serving())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("serve_forever cancelled; serving:", server.is_serving())
    async with await loop.create_server(asyncio.Protocol, "127.0.0.1", 0) as s2:
        print("context serving:", s2.is_serving())
    print("after context:", s2.is_serving())

asyncio.run(pipes())
asyncio.run(tcp())
