# StreamReaderProtocol/StreamWriter over a fake transport: flow control, drain, close
import asyncio

class FakeTransport(asyncio.Transport):
    def __init__(self):
        super().__init__()
        self.log = []
        self.closing = False
    def __repr__(self):
        return "<FakeTransport>"
    def write(self, data):
        self.log.append(("write", data))
    def writelines(self, lines):
        self.log.append(("writelines", list(lines)))
    def write_eof(self):
        self.log.append("write_eof")
    def can_write_eof(self):
        return True
    def close(self):
        self.closing = True
        self.log.append("close")
    def is_closing(self):
        return self.closing
    def pause_reading(self):
        self.log.append("pause_reading")
    def resume_reading(self):
        self.log.append("resume_reading")
    def get_extra_info(self, name, default=None):
        return {"peername": ("1.2.3.4", 5)}.get(name, default)

async def main():
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader(limit=4, loop=loop)
    proto = asyncio.StreamReaderProtocol(reader, loop=loop)
    tr = FakeTransport()
    proto.connection_made(tr)
    writer = asyncio.StreamWriter(tr, proto, reader, loop)
    print(repr(writer))
    print(writer.transport is tr, writer.get_extra_info("peername"), writer.get_extra_info("x", 7), writer.get_extra_info("x", default=8))
    writer.write(b"a")
    writer.writelines([b"b", b"c"])
    print(writer.can_write_eof(), writer.write_eof(), writer.is_closing())
    await writer.drain()
    # reading pauses the transport above 2*limit and resumes when drained
    proto.data_received(b"123456789\n")
    print(tr.log)
    print(await reader.read(7), tr.log[-1])
    proto.data_received(b"")
    print(proto.eof_received())
    print(await reader.read(), reader.at_eof())

    # drain waits while writing is paused
    proto.pause_writing()
    order = []
    async def drainer():
        await writer.drain()
        order.append("drained")
    t = asyncio.ensure_future(drainer())
    await asyncio.sleep(0)
    order.append("resume")
    proto.resume_writing()
    await t
    print(order)

    # connection lost with an error: paused drain fails, reader and wait_closed raise
    proto.pause_writing()
    t = asyncio.ensure_future(writer.drain())
    await asyncio.sleep(0)
    proto.connection_lost(ConnectionAbortedError("gone"))
    for aw in (t, writer.wait_closed(), reader.read()):
        try:
            await aw
        except ConnectionAbortedError as e:
            print("ConnectionAbortedError", e)
    try:
        await writer.drain()
    except ConnectionAbortedError as e:
        print("drain:", e)
    writer.close()
    print(writer.is_closing(), tr.log[-1])

    # clean close
    r2 = asyncio.StreamReader(loop=loop)
    p2 = asyncio.StreamReaderProtocol(r2, loop=loop)
    t2 = FakeTransport()
    p2.connection_made(t2)
    w2 = asyncio.StreamWriter(t2, p2, r2, loop)
    p2.connection_lost(None)
    await w2.wait_closed()
    print("closed cleanly", r2.at_eof())
    try:
        await w2.drain()
    except ConnectionResetError as e:
        print("ConnectionResetError", e)

    # server-side callback: writer made for it; errors go to the loop's handler
    def handler(loop, ctx):
        print("handler:", ctx["message"], repr(ctx["exception"]), ctx["transport"])
    loop.set_exception_handler(handler)
    got = []
    async def bad_cb(r, w):
        got.append(type(w).__name__)
        raise KeyError("cb")
    p3 = asyncio.StreamReaderProtocol(asyncio.StreamReader(loop=loop), bad_cb, loop=loop)
    t3 = FakeTransport()
    p3.connection_made(t3)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(got, t3.log)
    def plain_cb(r, w):
        got.append("plain " + type(r).__name__)
    p4 = asyncio.StreamReaderProtocol(asyncio.StreamReader(loop=loop), plain_cb, loop=loop)
    p4.connection_made(FakeTransport())
    print(got)

asyncio.run(main())
