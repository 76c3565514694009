"""BaseEventLoop: the Python half of the event loop. The C type _asyncio.Loop
provides the ready queue, timers, run_forever and the call_* methods."""

__all__ = ('BaseEventLoop', 'Server')

import _asyncio

from . import coroutines
from . import events
from . import futures
from . import tasks
from .log import logger


# (named as CPython's: task reprs show it among their callbacks)
def _run_until_complete_cb(fut):
    # a SystemExit/KeyboardInterrupt from fut is already unwinding run_forever()
    if fut.cancelled() or not isinstance(fut.exception(), (SystemExit, KeyboardInterrupt)):
        futures._get_loop(fut).stop()


class BaseEventLoop(_asyncio.Loop, events.AbstractEventLoop):

    def __init__(self):
        self._default_executor = None
        self._executor_shutdown_called = False
        self._asyncgens_shutdown_called = False

    # {==== running

    def run_until_complete(self, future):
        """Run the loop until future (or a Task made of a coroutine) is done;
        return its result or raise its exception."""
        self._check_closed()
        self._check_running()
        task_made_here = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if task_made_here:
            # the caller has no handle on it: no "destroyed but pending" report
            future._log_destroy_pending = False
        self._run_until_done(future, task_made_here)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def _run_until_done(self, future, task_made_here):
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            # the error propagating may be the task's own: then it was seen
            if task_made_here and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)

    def close(self):
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self.is_closed():
            return
        if self.get_debug():
            logger.debug("Close %r", self)
        super().close()
        self._executor_shutdown_called = True
        executor, self._default_executor = self._default_executor, None
        if executor is not None:
            executor.shutdown(wait=False)

    # }====
    # {==== tasks and async generators

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    def _asyncgen_finalizer_hook(self, agen):
        _asyncio._asyncgen_discard(self, agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            import warnings
            warnings.warn(f"asynchronous generator {agen!r} was scheduled after "
                          f"loop.shutdown_asyncgens() call", ResourceWarning, source=self)
        _asyncio._asyncgen_add(self, agen)

    async def shutdown_asyncgens(self):
        """Close every async generator this loop iterated that is still alive."""
        self._asyncgens_shutdown_called = True
        alive = _asyncio._asyncgens(self)
        for agen in alive:
            _asyncio._asyncgen_discard(self, agen)
        if not alive:
            return
        outcomes = await tasks.gather(*[agen.aclose() for agen in alive], return_exceptions=True)
        for agen, outcome in zip(alive, outcomes):
            if isinstance(outcome, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': outcome,
                    'asyncgen': agen,
                })

    # }====
    # {==== executors

    async def shutdown_default_executor(self, timeout=None):
        """Shut the default executor down, joining its threads."""
        self._executor_shutdown_called = True
        executor, self._default_executor = self._default_executor, None
        if executor is not None:
            executor.shutdown(wait=True)

    def _default_executor_for_use(self):
        if self._executor_shutdown_called:
            raise RuntimeError('Executor shutdown has been called')
        if self._default_executor is None:
            from concurrent.futures import ThreadPoolExecutor
            self._default_executor = ThreadPoolExecutor(thread_name_prefix='asyncio')
        return self._default_executor

    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        if self._debug:
            self._check_callback(func, 'run_in_executor')
        if executor is None:
            executor = self._default_executor_for_use()
        return futures.wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        from concurrent.futures import ThreadPoolExecutor
        if not isinstance(executor, ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor instance')
        self._default_executor = executor

    def _check_callback(self, callback, method):
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError(f"coroutines cannot be used with {method}()")
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')

    # }====
    # {==== errors

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Log context: the message, the other keys sorted, then the traceback."""
        message = context.get('message') or 'Unhandled exception in event loop'
        exception = context.get('exception')
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            value = context[key]
            if key in ('source_traceback', 'handle_traceback'):
                title = 'Object created at' if key == 'source_traceback' else 'Handle created at'
                import traceback
                value = f'{title} (most recent call last):\n' + ''.join(traceback.format_list(value)).rstrip()
            else:
                value = repr(value)
            lines.append(f'{key}: {value}')
        logger.error('\n'.join(lines), exc_info=exception if exception is not None else False)

    def _log_safely(self, context, if_that_fails):
        """The default handler, which must not raise out of the loop either."""
        try:
            self.default_exception_handler(context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException:
            logger.error(if_that_fails, exc_info=True)

    def call_exception_handler(self, context):
        """Pass context to the handler set (in the context of the task, future
        or handle concerned), else to the default one."""
        handler = self._exception_handler
        if handler is None:
            self._log_safely(context, 'Exception in default exception handler')
            return
        try:
            concerned = context.get('task') or context.get('future') or context.get('handle')
            run_in = getattr(concerned, 'get_context', lambda: None)()
            if hasattr(run_in, 'run'):
                run_in.run(handler, self, context)
            else:
                handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._log_safely(
                {'message': 'Unhandled error in exception handler',
                 'exception': exc, 'context': context},
                'Exception in default exception handler while handling an '
                'unexpected error in custom exception handler')

    # {==== file descriptors (the C loop polls them through libuv)

    def add_reader(self, fd, callback, *args):
        self._check_closed()
        self._add_reader(fd, callback, *args)

    def remove_reader(self, fd):
        return self._remove_reader(fd)

    def add_writer(self, fd, callback, *args):
        self._check_closed()
        self._add_writer(fd, callback, *args)

    def remove_writer(self, fd):
        return self._remove_writer(fd)

    # }====
    # {==== pipes and subprocesses

    async def _connect_pipe(self, transport_class, protocol_factory, pipe):
        protocol = protocol_factory()
        connected = self.create_future()
        transport = transport_class(self, pipe, protocol, connected)
        try:
            await connected
        except BaseException:
            transport.close()
            raise
        return transport, protocol

    async def connect_read_pipe(self, protocol_factory, pipe):
        from ._pipes import _UnixReadPipeTransport
        return await self._connect_pipe(_UnixReadPipeTransport, protocol_factory, pipe)

    async def connect_write_pipe(self, protocol_factory, pipe):
        from ._pipes import _UnixWritePipeTransport
        return await self._connect_pipe(_UnixWritePipeTransport, protocol_factory, pipe)

    async def _make_subprocess_transport(self, protocol, args, stdin, stdout, stderr, cwd=None, env=None, **kwargs):
        from .base_subprocess import _UnixSubprocessTransport
        waiter = self.create_future()
        transport = _UnixSubprocessTransport(self, protocol, args, stdin, stdout, stderr, cwd, env, waiter)
        try:
            await waiter
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException:
            transport.close()
            await transport._wait()
            raise
        return transport

    async def subprocess_exec(self, protocol_factory, program, *args, stdin=-1, stdout=-1, stderr=-1,
                              universal_newlines=False, shell=False, bufsize=0,
                              encoding=None, errors=None, text=None, **kwargs):
        _check_popen_options(False, universal_newlines, shell, bufsize, text, encoding, errors)
        popen_args = [_fsdecode(a) for a in (program,) + args]
        protocol = protocol_factory()
        transport = await self._make_subprocess_transport(protocol, popen_args, stdin, stdout, stderr, **kwargs)
        return transport, protocol

    async def subprocess_shell(self, protocol_factory, cmd, *, stdin=-1, stdout=-1, stderr=-1,
                               universal_newlines=False, shell=True, bufsize=0,
                               encoding=None, errors=None, text=None, **kwargs):
        if not isinstance(cmd, (bytes, str)):
            raise ValueError("cmd must be a string")
        _check_popen_options(True, universal_newlines, shell, bufsize, text, encoding, errors)
        protocol = protocol_factory()
        args = ['/bin/sh', '-c', _fsdecode(cmd)]
        transport = await self._make_subprocess_transport(protocol, args, stdin, stdout, stderr, **kwargs)
        return transport, protocol

    # }====
    # {==== TCP (lib/asyncio/_tcp.py, on libuv)

    async def create_connection(self, protocol_factory, host=None, port=None, *, ssl=None, family=0, proto=0,
                                flags=0, sock=None, local_addr=None, server_hostname=None,
                                ssl_handshake_timeout=None, ssl_shutdown_timeout=None,
                                happy_eyeballs_delay=None, interleave=None, all_errors=False):
        if ssl:
            raise NotImplementedError('SSL is not supported by Ay yet')
        if sock is not None or local_addr is not None:
            raise NotImplementedError('sock= and local_addr= are not supported by Ay yet')
        if host is None and port is None:
            raise ValueError('host and port was not specified and no sock specified')
        from . import _tcp
        return await _tcp.create_connection(self, protocol_factory,
                                            lambda callback: self._tcp_connect(host, port, callback))

    async def create_server(self, protocol_factory, host=None, port=None, *, family=0, flags=0, sock=None,
                            backlog=100, ssl=None, reuse_address=None, reuse_port=None,
                            ssl_handshake_timeout=None, ssl_shutdown_timeout=None, start_serving=True):
        if ssl:
            raise NotImplementedError('SSL is not supported by Ay yet')
        if sock is not None:
            raise NotImplementedError('sock= is not supported by Ay yet')
        from . import _tcp
        if host == '':
            host = None
        hosts = host if isinstance(host, (list, tuple)) else [host]

        def listen(accept):
            return [stream for one in hosts for stream in self._tcp_listen(one, port or 0, backlog, accept)]
        return await _tcp.create_server(self, protocol_factory, listen, start_serving)

    # }====
    # {==== Unix-domain sockets (the same transports)

    async def create_unix_connection(self, protocol_factory, path=None, *, ssl=None, sock=None,
                                     server_hostname=None, ssl_handshake_timeout=None,
                                     ssl_shutdown_timeout=None):
        if server_hostname is not None and not ssl:
            raise ValueError('server_hostname is only meaningful with ssl')
        path = _unix_path(ssl, path, sock, 'no path and sock were specified')
        from . import _tcp
        return await _tcp.create_connection(self, protocol_factory,
                                            lambda callback: self._unix_connect(path, callback))

    async def create_unix_server(self, protocol_factory, path=None, *, sock=None, backlog=100, ssl=None,
                                 ssl_handshake_timeout=None, ssl_shutdown_timeout=None, start_serving=True):
        path = _unix_path(ssl, path, sock, 'path was not specified, and no sock specified')
        import errno
        import os
        import stat
        if path[:1] != '\0':
            # a socket file left behind by an earlier server gives way
            try:
                if stat.S_ISSOCK(os.stat(path).st_mode):
                    os.remove(path)
            except FileNotFoundError:
                pass
            except OSError as err:
                logger.error('Unable to check or remove stale UNIX socket %r: %r', path, err)

        def listen(accept):
            try:
                return [self._unix_listen(path, backlog, accept)]
            except OSError as exc:
                if exc.errno == errno.EADDRINUSE:
                    raise OSError(errno.EADDRINUSE, f'Address {path!r} is already in use') from None
                raise
        from . import _tcp
        return await _tcp.create_server(self, protocol_factory, listen, start_serving)

    # }====


def _unix_path(ssl, path, sock, missing):
    """The path argument of create_unix_connection/create_unix_server, checked."""
    if ssl:
        raise NotImplementedError('SSL is not supported by Ay yet')
    if path is not None and sock is not None:
        raise ValueError('path and sock can not be specified at the same time')
    if sock is not None:
        raise NotImplementedError('sock= is not supported by Ay yet')
    if path is None:
        raise ValueError(missing)
    import os
    return os.fspath(path)


def _fsdecode(arg):
    if isinstance(arg, bytes):
        return arg.decode('utf-8', 'surrogateescape')
    if isinstance(arg, str):
        return arg
    if hasattr(arg, '__fspath__'):
        return _fsdecode(arg.__fspath__())
    raise TypeError(f'expected str, bytes or os.PathLike object, not {type(arg).__name__}')


def _check_popen_options(shell_wanted, universal_newlines, shell, bufsize, text, encoding, errors):
    """The subprocess_* methods pass bytes unbuffered: Popen options that
    would change that are refused, in CPython's order and words."""
    refused = [
        (universal_newlines, 'universal_newlines must be False'),
        (bool(shell) != shell_wanted, f'shell must be {shell_wanted}'),
        (bufsize != 0, 'bufsize must be 0'),
        (text, 'text must be False'),
        (encoding is not None, 'encoding must be None'),
        (errors is not None, 'errors must be None'),
    ]
    for wrong, message in refused:
        if wrong:
            raise ValueError(message)


from ._tcp import Server  # noqa: E402  (the name CPython exports here)
