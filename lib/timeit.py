"""Time small pieces of code.

Timer(stmt, setup, timer, globals) compiles stmt inside a loop run a given
number of times; timeit() and repeat() are the one-call forms.  From a shell:

    ay -m timeit [-n N] [-r N] [-u U] [-s S] [-p] [-v] [-h] [statement ...]

  -n N, --number=N    how many times to execute the statement (default: grow
                      until the total time is at least 0.2 seconds)
  -r N, --repeat=N    how many times to repeat the timer (default 5)
  -s S, --setup=S     statement run once first (default 'pass'; repeatable)
  -p, --process       measure process time, not wall time
  -u U, --unit=U      time unit of the output: nsec, usec, msec or sec
  -v, --verbose       print the raw timings too (twice: more digits)
  -h, --help          print this text and exit

Statements given as several arguments are joined with newlines, so a
multi-line statement is written one line per argument.  The printed figure is
the best of the repeats divided by the loop count: the other repeats measure
interference from the rest of the system, not the code.
"""

import gc
import itertools
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

default_timer = time.perf_counter
default_number = 1000000
default_repeat = 5

# The file name compiled statements carry in tracebacks.
_SOURCE_NAME = "<timeit-src>"


def _indented(code, columns):
    """code with its continuation lines pushed right to sit in a block."""
    return code.replace("\n", "\n" + " " * columns)


class Timer:
    """Times stmt run in a loop after setup ran once.

    Both may be source strings (run in globals, the timeit module's own
    namespace by default) or callables without arguments.
    """

    def __init__(self, stmt="pass", setup="pass", timer=default_timer,
                 globals=None):
        self.timer = timer
        names = {}
        params = ""
        if isinstance(setup, str):
            if isinstance(stmt, str):
                # both must also compile outside a function: no bare 'return'
                compile(setup, _SOURCE_NAME, "exec")
                compile(setup + "\n" + stmt, _SOURCE_NAME, "exec")
            setup_code = _indented(setup, 4)
        elif callable(setup):
            names["_setup"] = setup
            params += ", _setup=_setup"
            setup_code = "_setup()"
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            if not isinstance(setup, str):
                compile(stmt, _SOURCE_NAME, "exec")
            stmt_code = _indented(stmt, 8)
        elif callable(stmt):
            names["_stmt"] = stmt
            params += ", _stmt=_stmt"
            stmt_code = "_stmt()"
        else:
            raise ValueError("stmt is neither a string nor callable")
        # Line 3 holds the setup and the statement starts three lines after
        # its end, the layout tracebacks of timed code report.
        lines = [
            "",
            "def inner(_it, _timer%s):" % params,
            "    " + setup_code,
            "    _t0 = _timer()",
            "    for _i in _it:",
            "        " + stmt_code,
            "        pass",
            "    return _timer() - _t0",
            "",
        ]
        self.src = "\n".join(lines)
        namespace = _module_globals() if globals is None else globals
        exec(compile(self.src, _SOURCE_NAME, "exec"), namespace, names)
        self.inner = names["inner"]

    def print_exc(self, file=None):
        """Print the traceback of the exception being handled, with the
        lines of the timed source (which no file holds) shown."""
        import linecache
        import traceback
        if self.src is not None:
            linecache.cache[_SOURCE_NAME] = (
                len(self.src), None, self.src.split("\n"), _SOURCE_NAME)
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Seconds taken by number runs of the statement (the collector is
        paused meanwhile so its pauses do not land in one measurement)."""
        loops = itertools.repeat(None, number)
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self.inner(loops, self.timer)
        finally:
            if collecting:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of repeat results of timeit(number)."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Try loop counts 1, 2, 5, 10, 20, 50, ... until one takes at least
        0.2 seconds; return (that count, its time).  callback(count, time)
        sees every try."""
        scale = 1
        while True:
            for step in (1, 2, 5):
                number = scale * step
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return number, taken
            scale *= 10


def _module_globals():
    return globals()


def timeit(stmt="pass", setup="pass", timer=default_timer,
           number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).timeit(number)"""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer,
           repeat=default_repeat, number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).repeat(repeat, number)"""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


_UNITS = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}


def main(args=None, *, _wrap_timer=None):
    """The command line: print the best time per loop.  Returns the exit
    status (None for success); _wrap_timer(timer) may replace the clock."""
    import getopt
    if args is None:
        args = sys.argv[1:]
    try:
        opts, args = getopt.getopt(args, "n:u:s:r:pvh",
                                   ["number=", "setup=", "repeat=", "process",
                                    "verbose", "unit=", "help"])
    except getopt.error as err:
        print(err)
        print("use -h/--help for command line help")
        return 2
    timer = default_timer
    number = 0
    repeats = default_repeat
    setups = []
    verbose = 0
    unit = None
    digits = 3
    for opt, value in opts:
        letter = opt.lstrip("-")[0]     # "--number" and "-n" alike
        if letter == "h":
            print(__doc__, end=" ")
            return 0
        if letter == "n":
            number = int(value)
        elif letter == "r":
            repeats = max(int(value), 1)
        elif letter == "s":
            setups.append(value)
        elif letter == "p":
            timer = time.process_time
        elif letter == "v":
            digits += verbose > 0
            verbose += 1
        elif value in _UNITS:
            unit = value
        else:
            print("Unrecognized unit. Please select nsec, usec, msec, or sec.",
                  file=sys.stderr)
            return 2
    stmt = "\n".join(args) or "pass"
    setup = "\n".join(setups) or "pass"

    # Statements may import modules of the directory the command runs in.
    import os
    sys.path.insert(0, os.curdir)
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)

    def show(seconds):
        if unit is not None:
            name = unit
        else:
            name = "nsec"
            for candidate in ("sec", "msec", "usec"):
                if seconds >= _UNITS[candidate]:
                    name = candidate
                    break
        return "%.*g %s" % (digits, seconds / _UNITS[name], name)

    def report_try(count, seconds):
        print("%d loop%s -> %.*g secs"
              % (count, "" if count == 1 else "s", digits, seconds))

    t = Timer(stmt, setup, timer)
    try:
        if number == 0:
            number = t.autorange(report_try if verbose else None)[0]
            if verbose:
                print()
        totals = t.repeat(repeats, number)
    except:
        t.print_exc()
        return 1
    if verbose:
        print("raw times: " + ", ".join(show(total) for total in totals))
        print()
    per_loop = [total / number for total in totals]
    best, worst = min(per_loop), max(per_loop)
    print("%d loop%s, best of %d: %s per loop"
          % (number, "" if number == 1 else "s", repeats, show(best)))
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit(
            "The test results are likely unreliable. The worst time (%s) "
            "was more than four times slower than the best time (%s)."
            % (show(worst), show(best)), UserWarning, "", 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
