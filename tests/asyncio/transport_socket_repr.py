# repr() of the sockets servers and transports expose (ports, fds and paths masked)
import asyncio, os, tempfile
async def main():
    srv = await asyncio.start_server(lambda r, w: w.close(), "127.0.0.1", 0)
    s = srv.sockets[0]
    port = s.getsockname()[1]
    print(repr(s).replace(str(port), "PORT").replace(f"fd={s.fileno()}", "fd=N"))
    r, w = await asyncio.open_connection("127.0.0.1", port)
    ts = w.get_extra_info("socket")
    print(repr(ts).replace(str(port), "PORT").replace(f"fd={ts.fileno()}", "fd=N").split("laddr")[0])
    w.close(); await w.wait_closed()
    print(repr(ts))
    srv.close(); await srv.wait_closed()
    print(repr(s))
    d = tempfile.mkdtemp(); p = os.path.join(d, "s")
    us = await asyncio.start_unix_server(lambda r, w: w.close(), p)
    print(repr(us.sockets[0]).replace(p, "PATH").replace(f"fd={us.sockets[0].fileno()}", "fd=N"))
    us.close(); await us.wait_closed()
asyncio.run(main())
