"""Running other programs: run(), Popen, check_output() and friends, with
pipes to their standard streams; over fork/exec (_posixsubprocess) and select.poll."""

import errno
import io
import os
import signal
import sys
import time
import select
import _posixsubprocess

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput", "getoutput", "check_output",
           "run", "CalledProcessError", "DEVNULL", "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3
_PIPE_BUF = 512


class SubprocessError(Exception):
    pass


def _output_alias():
    # the exceptions' stdout is another name for their output
    def set_output(self, value):
        self.output = value
    return property(lambda self: self.output, set_output, doc="Alias of output.")


class CalledProcessError(SubprocessError):
    """A process run with check=True (or check_call/check_output) exited with a non-zero status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode, self.cmd = returncode, cmd
        self.output, self.stderr = output, stderr

    stdout = _output_alias()

    def __str__(self):
        status = self.returncode
        if not status or status > 0:
            return "Command '%s' returned non-zero exit status %d." % (self.cmd, status)
        try:
            how = repr(signal.Signals(-status))
        except ValueError:
            how = "unknown signal %d" % -status
        return "Command '%s' died with %s." % (self.cmd, how)


class TimeoutExpired(SubprocessError):
    """A wait for a process ran out of time; output/stderr hold what it wrote so far."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd, self.timeout = cmd, timeout
        self.output, self.stderr = output, stderr

    stdout = _output_alias()

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)


class CompletedProcess(object):
    """A process that has finished running (the result of run())."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args, self.returncode = args, returncode
        self.stdout, self.stderr = stdout, stderr

    def __repr__(self):
        shown = [f"args={self.args!r}", f"returncode={self.returncode!r}"]
        shown += [f"{name}={value!r}" for name, value in (("stdout", self.stdout), ("stderr", self.stderr))
                  if value is not None]
        return f"{type(self).__name__}({', '.join(shown)})"

    def check_returncode(self):
        """Raise CalledProcessError when returncode is not zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def _executables(program, env):
    # where execv should look for `program` (PATH search unless it has a slash)
    if os.path.dirname(program):
        return [program]
    if env is not None and "PATH" in env:
        path = env["PATH"]
    else:
        path = os.environ.get("PATH", os.defpath)
    dirs = [d for d in path.split(os.pathsep)] if path else []
    if isinstance(program, bytes):
        return [os.path.join(os.fsencode(d), program) for d in dirs] or [program]
    return [os.path.join(d, program) for d in dirs] or [program]


class Popen:
    """A child process started from args (a sequence, or a string for the shell),
    with optional pipes to its standard streams."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None, preexec_fn=None,
                 close_fds=True, shell=False, cwd=None, env=None, universal_newlines=None, startupinfo=None,
                 creationflags=0, restore_signals=True, start_new_session=False, pass_fds=(), *, user=None,
                 group=None, extra_groups=None, encoding=None, errors=None, text=None, umask=-1,
                 pipesize=-1, process_group=None):
        if preexec_fn is not None:
            raise NotImplementedError("preexec_fn is not supported")
        self.args = args
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        if isinstance(args, (str, bytes)):
            args = [args]
        elif isinstance(args, os.PathLike):
            args = [args]
        else:
            args = list(args)
        if shell:
            unix_shell = "/bin/sh"
            args = [unix_shell, "-c"] + args
            if executable:
                args[0] = executable
        if executable is None:
            executable = args[0]
        executable = os.fspath(executable)
        self._closed_child_fds = []
        (p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite) = self._get_handles(stdin, stdout, stderr)
        self.stdin = self.stdout = self.stderr = None
        try:
            self.pid = _posixsubprocess.fork_exec(args, _executables(executable, env), cwd, env, p2cread,
                                                  c2pwrite, errwrite, close_fds, sorted(set(pass_fds)),
                                                  start_new_session or process_group == 0)
        finally:
            for fd in self._closed_child_fds:
                os.close(fd)
        if p2cwrite != -1:
            self.stdin = self._wrap(p2cwrite, "wb", bufsize)
        if c2pread != -1:
            self.stdout = self._wrap(c2pread, "rb", bufsize)
        if errread != -1:
            self.stderr = self._wrap(errread, "rb", bufsize)

    def _wrap(self, fd, mode, bufsize):
        f = io.open(fd, mode)
        if self.text_mode:
            return io.TextIOWrapper(f, encoding=self.encoding or "utf-8", errors=self.errors,
                                    line_buffering=bufsize == 1 and "w" in mode)
        return f

    def _get_handles(self, stdin, stdout, stderr):
        # (child's stdin, our end, our end, child's stdout, our end, child's stderr); -1 = none
        p2cread, p2cwrite = -1, -1
        c2pread, c2pwrite = -1, -1
        errread, errwrite = -1, -1
        devnull = None

        def get_devnull():
            nonlocal devnull
            if devnull is None:
                devnull = os.open(os.devnull, os.O_RDWR)
                self._closed_child_fds.append(devnull)
            return devnull

        if stdin == PIPE:
            p2cread, p2cwrite = os.pipe()
            self._closed_child_fds.append(p2cread)
        elif stdin == DEVNULL:
            p2cread = get_devnull()
        elif isinstance(stdin, int):
            p2cread = stdin
        elif stdin is not None:
            p2cread = stdin.fileno()
        if stdout == PIPE:
            c2pread, c2pwrite = os.pipe()
            self._closed_child_fds.append(c2pwrite)
        elif stdout == DEVNULL:
            c2pwrite = get_devnull()
        elif isinstance(stdout, int):
            c2pwrite = stdout
        elif stdout is not None:
            c2pwrite = stdout.fileno()
        if stderr == PIPE:
            errread, errwrite = os.pipe()
            self._closed_child_fds.append(errwrite)
        elif stderr == STDOUT:
            errwrite = c2pwrite if c2pwrite != -1 else sys.__stdout__.fileno()
        elif stderr == DEVNULL:
            errwrite = get_devnull()
        elif isinstance(stderr, int):
            errwrite = stderr
        elif stderr is not None:
            errwrite = stderr.fileno()
        # flush what we wrote before the child writes to the same files
        for f in (sys.stdout, sys.stderr):
            try:
                f.flush()
            except (AttributeError, ValueError, OSError):
                pass
        return (p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite)

    def __repr__(self):
        return f"<{self.__class__.__name__}: returncode: {self.returncode} args: {self.args!r}>"

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for stream in (self.stdout, self.stderr):
            if stream:
                stream.close()
        try:
            if self.stdin:
                self.stdin.close()  # flushing it may fail (the child gone)
        finally:
            self.wait()

    def _handle_exitstatus(self, sts):
        self.returncode = os.waitstatus_to_exitcode(sts) if (os.WIFEXITED(sts) or os.WIFSIGNALED(sts)) else sts

    def poll(self):
        """The exit status if the process has ended (reaping it), else None."""
        if self.returncode is None:
            try:
                pid, sts = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:
                self.returncode = 0
                return self.returncode
            if pid == self.pid:
                self._handle_exitstatus(sts)
        return self.returncode

    def wait(self, timeout=None):
        """Wait for the process to end (TimeoutExpired after timeout seconds) and return its exit status."""
        if self.returncode is not None:
            return self.returncode
        if timeout is None:
            try:
                pid, sts = os.waitpid(self.pid, 0)
            except ChildProcessError:
                self.returncode = 0
                return 0
            self._handle_exitstatus(sts)
            return self.returncode
        deadline = time.monotonic() + timeout
        delay = 0.0005
        while self.poll() is None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutExpired(self.args, timeout)
            delay = min(delay * 2, remaining, 0.05)
            time.sleep(delay)
        return self.returncode

    def communicate(self, input=None, timeout=None):
        """Interact with process: send input, read stdout/stderr until EOF,
        wait for the process to terminate. Returns (stdout_data, stderr_data)."""
        if self.text_mode and input is not None:
            input = input.encode(self.encoding or "utf-8", self.errors or "strict")
        deadline = time.monotonic() + timeout if timeout is not None else None
        if not hasattr(self, "_chunks"):
            self._chunks = {}
            self._input = input or b""
            self._input_offset = 0
            if self.stdin is not None and not self._input:
                self.stdin.close()
        streams = {}
        if self.stdin is not None and not self.stdin.closed:
            self.stdin.flush()
            streams[self.stdin.fileno()] = self.stdin
        for f in (self.stdout, self.stderr):
            if f is not None and not f.closed:
                streams[f.fileno()] = f
                self._chunks.setdefault(f, [])
        poller = select.poll()
        for fd, f in streams.items():
            poller.register(fd, select.POLLOUT if f is self.stdin else select.POLLIN | select.POLLPRI)
        while streams:
            remaining = None if deadline is None else deadline - time.monotonic()
            if remaining is not None and remaining <= 0:
                raise TimeoutExpired(self.args, timeout, *self._collected())
            for fd, mode in poller.poll(None if remaining is None else remaining * 1000):
                f = streams[fd]
                if f is self.stdin:
                    chunk = self._input[self._input_offset:self._input_offset + _PIPE_BUF]
                    try:
                        self._input_offset += os.write(fd, chunk)
                    except BrokenPipeError:
                        self._input_offset = len(self._input)
                    if self._input_offset >= len(self._input):
                        poller.unregister(fd)
                        del streams[fd]
                        f.close()
                elif mode & (select.POLLIN | select.POLLPRI | select.POLLHUP | select.POLLERR):
                    data = os.read(fd, 32768)
                    if data:
                        self._chunks[f].append(data)
                    else:
                        poller.unregister(fd)
                        del streams[fd]
                        f.close()
        out, err = self._collected()
        self.wait(None if deadline is None else max(0, deadline - time.monotonic()))
        return out, err

    def _collected(self):
        results = []
        for f in (self.stdout, self.stderr):
            if f is None:
                results.append(None)
                continue
            data = b"".join(self._chunks.get(f, []))
            if self.text_mode:
                data = data.decode(self.encoding or "utf-8", self.errors or "strict")
                data = data.replace("\r\n", "\n").replace("\r", "\n")
            results.append(data)
        return tuple(results)

    def send_signal(self, sig):
        """Send signal sig to the process, unless it has already exited."""
        if self.poll() is None:
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                pass  # exited between poll() and kill()

    def terminate(self):
        self.send_signal(signal.SIGTERM)

    def kill(self):
        self.send_signal(signal.SIGKILL)


def call(*popenargs, timeout=None, **kwargs):
    """Run the command, wait for it (up to timeout) and return its exit status."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except BaseException:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """call(), raising CalledProcessError on a non-zero exit status (else returning 0)."""
    status = call(*popenargs, **kwargs)
    if status:
        raise CalledProcessError(status, popenargs[0] if popenargs else kwargs.get("args"))
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run the command and return what it wrote to stdout; a non-zero status
    raises CalledProcessError."""
    for kw in ("stdout", "check"):
        if kw in kwargs:
            raise ValueError(f"{kw} argument not allowed, it will be overridden.")
    if "input" in kwargs and kwargs["input"] is None:
        # input=None still means "stdin is an empty pipe" here
        text = any(kwargs.get(option) for option in ("universal_newlines", "text", "encoding", "errors"))
        kwargs["input"] = "" if text else b""
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run the command to completion (feeding input, capturing output when asked);
    return a CompletedProcess, or raise CalledProcessError with check on a non-zero status."""
    if input is not None:
        if kwargs.get("stdin") is not None:
            raise ValueError("stdin and input arguments may not both be used.")
        kwargs["stdin"] = PIPE
    if capture_output:
        if kwargs.get("stdout") is not None or kwargs.get("stderr") is not None:
            raise ValueError("stdout and stderr arguments may not be used with capture_output.")
        kwargs.update(stdout=PIPE, stderr=PIPE)
    with Popen(*popenargs, **kwargs) as process:
        stdout, stderr = _communicate_or_kill(process, input, timeout)
        status = process.poll()
    if check and status:
        raise CalledProcessError(status, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, status, stdout, stderr)


def _communicate_or_kill(process, input, timeout):
    """process.communicate(), killing the process when that fails; a timeout's
    exception carries what the process had written."""
    try:
        return process.communicate(input, timeout=timeout)
    except TimeoutExpired as exc:
        process.kill()
        exc.stdout, exc.stderr = process.communicate()
        raise
    except BaseException:
        process.kill()
        raise


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """(exit status, combined stdout and stderr without its last newline) of a shell command."""
    done = run(cmd, shell=True, text=True, stdout=PIPE, stderr=STDOUT, encoding=encoding, errors=errors)
    output = done.stdout
    return done.returncode, output[:-1] if output.endswith("\n") else output


def getoutput(cmd, *, encoding=None, errors=None):
    """The combined output of a shell command, without its last newline."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]
