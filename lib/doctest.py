"""Run the interactive examples in docstrings and check what they print.

A docstring line starting with '>>> ' (continued by '... ' lines) is an
example; the lines after it, up to a blank line or the next '>>>', are the
output it must produce.  testmod() runs every example of a module,
testfile() those of a text file, run_docstring_examples() those of one
object.  Failures are reported in CPython's format; the summary goes to
stdout when the run is verbose or something failed.
"""

import difflib
import inspect
import io
import linecache
import os
import re
import sys
import traceback
import unittest
from collections import namedtuple

__all__ = [
    "register_optionflag", "DONT_ACCEPT_TRUE_FOR_1", "DONT_ACCEPT_BLANKLINE",
    "NORMALIZE_WHITESPACE", "ELLIPSIS", "SKIP", "IGNORE_EXCEPTION_DETAIL",
    "COMPARISON_FLAGS", "REPORT_UDIFF", "REPORT_CDIFF", "REPORT_NDIFF",
    "REPORT_ONLY_FIRST_FAILURE", "REPORTING_FLAGS", "FAIL_FAST",
    "Example", "DocTest", "DocTestParser", "DocTestFinder", "DocTestRunner",
    "OutputChecker", "DocTestFailure", "UnexpectedException", "DebugRunner",
    "testmod", "testfile", "run_docstring_examples", "DocTestSuite",
    "DocFileSuite", "set_unittest_reportflags", "script_from_examples",
    "TestResults",
]

TestResults = namedtuple("TestResults", "failed attempted")

# Option flags: each is one bit, named in '# doctest: +NAME' directives.
OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    """The bit of the option called name, a new one on first use."""
    if name not in OPTIONFLAGS_BY_NAME:
        OPTIONFLAGS_BY_NAME[name] = 1 << len(OPTIONFLAGS_BY_NAME)
    return OPTIONFLAGS_BY_NAME[name]


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag("DONT_ACCEPT_TRUE_FOR_1")
DONT_ACCEPT_BLANKLINE = register_optionflag("DONT_ACCEPT_BLANKLINE")
NORMALIZE_WHITESPACE = register_optionflag("NORMALIZE_WHITESPACE")
ELLIPSIS = register_optionflag("ELLIPSIS")
SKIP = register_optionflag("SKIP")
IGNORE_EXCEPTION_DETAIL = register_optionflag("IGNORE_EXCEPTION_DETAIL")
COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE |
                    NORMALIZE_WHITESPACE | ELLIPSIS | SKIP |
                    IGNORE_EXCEPTION_DETAIL)
REPORT_UDIFF = register_optionflag("REPORT_UDIFF")
REPORT_CDIFF = register_optionflag("REPORT_CDIFF")
REPORT_NDIFF = register_optionflag("REPORT_NDIFF")
REPORT_ONLY_FIRST_FAILURE = register_optionflag("REPORT_ONLY_FIRST_FAILURE")
FAIL_FAST = register_optionflag("FAIL_FAST")
REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF |
                   REPORT_ONLY_FIRST_FAILURE | FAIL_FAST)

BLANKLINE_MARKER = "<BLANKLINE>"
ELLIPSIS_MARKER = "..."

_DIVIDER = "*" * 70


def _indent(text, columns=4):
    """text with every non-empty line pushed right."""
    pad = " " * columns
    return "".join(pad + line if line.strip("\n") else line
                   for line in text.splitlines(True))


def _as_ascii(text):
    # Expected and actual output are compared with non-ASCII escaped, so a
    # docstring may spell a character either way.
    return text.encode("ascii", "backslashreplace").decode("ascii")


def _line_ended(text):
    return text if text.endswith("\n") else text + "\n"


class Example:
    """One example: source ending in a newline, the output it should give
    (want), the exception message it should raise (exc_msg, or None), its
    line within the docstring, its indentation and its option overrides."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0,
                 options=None):
        self.source = _line_ended(source)
        self.want = _line_ended(want) if want else want
        self.exc_msg = None if exc_msg is None else _line_ended(exc_msg)
        self.lineno, self.indent = lineno, indent
        self.options = {} if options is None else options

    def _key(self):
        return (self.source, self.want, self.lineno, self.indent,
                self.options, self.exc_msg)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent,
                     self.exc_msg))


class DocTest:
    """The examples of one docstring and where they come from."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        assert not isinstance(examples, str), "DocTest no longer accepts str; use DocTestParser instead"
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        count = len(self.examples)
        noun = "no examples" if count == 0 else (
            "1 example" if count == 1 else "%d examples" % count)
        return "<%s %s from %s:%s (%s)>" % (
            type(self).__name__, self.name, self.filename, self.lineno, noun)

    def _key(self):
        return (self.name, self.filename,
                -1 if self.lineno is None else self.lineno, id(self))

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.examples, self.docstring, self.globs, self.name,
                self.filename, self.lineno) == (
            other.examples, other.docstring, other.globs, other.name,
            other.filename, other.lineno)

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        return self._key() < other._key()


_TRACEBACK_HEADER = re.compile(
    r"Traceback \((most recent call last|innermost last)\):\s*$")
_DIRECTIVE = re.compile(r"#\s*doctest:\s*([^\n'\"]*)$", re.MULTILINE)


class DocTestParser:
    """Splits docstrings into text and Example objects."""

    def parse(self, string, name="<string>"):
        """Alternating text strings and Examples, in docstring order."""
        lines = string.expandtabs().split("\n")
        base = min((len(l) - len(l.lstrip()) for l in lines if l.strip()),
                   default=0)
        if base:
            lines = [l[base:] for l in lines]
        pieces = []
        text = []
        i = 0
        while i < len(lines):
            stripped = lines[i].lstrip(" ")
            if not (stripped.startswith(">>>")):
                text.append(lines[i])
                i += 1
                continue
            example, i = self._read_example(lines, i, name)
            pieces.append("\n".join(text) + "\n" if text else "")
            text = []
            pieces.append(example)
        pieces.append("\n".join(text))
        return pieces

    def _read_example(self, lines, start, name):
        first = lines[start]
        indent = len(first) - len(first.lstrip(" "))
        end = start + 1
        while end < len(lines) and lines[end].lstrip(" ").startswith("..."):
            end += 1
        source = []
        for i in range(start, end):
            line = lines[i]
            if len(line) > indent + 3 and line[indent + 3] != " ":
                raise ValueError("line %r of the docstring for %s lacks blank "
                                 "after %s: %r" % (i + 1, name,
                                                   line[indent:indent + 3], line))
            if i > start and not line.startswith(" " * indent + "..."):
                # CPython numbers these lines one lower than all others
                self._misaligned(i - 1, name, line)
            source.append(line[indent + 4:])
        want = []
        while end < len(lines) and lines[end].strip() and \
                not lines[end].lstrip(" ").startswith(">>>"):
            line = lines[end]
            if line[:indent].strip():
                self._misaligned(end, name, line)
            want.append(line[indent:])
            end += 1
        source_text = "\n".join(source)
        want_text = "\n".join(want) + "\n" if want else ""
        exc_msg = None
        if want and _TRACEBACK_HEADER.match(want[0]):
            # the message starts at the first line that starts with a letter
            for k in range(1, len(want)):
                if re.match(r"\w", want[k]):
                    exc_msg = "\n".join(want[k:]) + "\n"
                    break
        options = self._options(source_text, name, start)
        return Example(source_text, want_text, exc_msg, lineno=start,
                       indent=indent, options=options), end

    @staticmethod
    def _misaligned(index, name, line):
        raise ValueError("line %r of the docstring for %s has inconsistent "
                         "leading whitespace: %r" % (index + 1, name, line))

    def _options(self, source, name, lineno):
        options = {}
        for match in _DIRECTIVE.finditer(source):
            for word in match.group(1).replace(",", " ").split():
                flag = OPTIONFLAGS_BY_NAME.get(word[1:])
                if word[:1] not in "+-" or flag is None:
                    raise ValueError("line %r of the doctest for %s has an "
                                     "invalid option: %r"
                                     % (lineno + 1, name, word))
                options[flag] = word[0] == "+"
        code_lines = [l for l in source.split("\n")
                      if l.strip() and not l.strip().startswith("#")]
        if options and not code_lines:
            raise ValueError("line %r of the doctest for %s has an option "
                             "directive on a line with no example: %r"
                             % (lineno, name, source))
        return options

    def get_examples(self, string, name="<string>"):
        return [p for p in self.parse(string, name) if isinstance(p, Example)]

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs, name,
                       filename, lineno, string)


class DocTestFinder:
    """Collects the DocTests of an object and, recursively, of the functions,
    classes and methods defined with it."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True,
                 exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        if name is None:
            name = getattr(obj, "__name__", None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given "
                                 "when obj.__name__ doesn't exist: %r"
                                 % (type(obj),))
        if self._verbose:
            print("Finding tests in %s" % name)
        if module is False:
            module = None
        elif module is None:
            module = inspect.getmodule(obj)
        source_lines = None
        filename = None
        try:
            filename = inspect.getsourcefile(obj) or inspect.getfile(obj)
        except TypeError:
            pass
        if filename is not None:
            if module is not None:
                source_lines = linecache.getlines(filename, module.__dict__)
            else:
                source_lines = linecache.getlines(filename)
            if not source_lines:
                source_lines = None
        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if "__name__" not in globs:
            globs["__name__"] = "__main__"
        tests = []
        self._collect(tests, obj, name, module, source_lines, globs, set())
        tests.sort()
        return tests

    def _defined_in(self, module, obj):
        """Whether obj belongs to module (and so its docstring is tested)."""
        if module is None:
            return True
        owner = inspect.getmodule(obj)
        if owner is not None:
            return owner is module
        if inspect.isfunction(obj):
            return module.__dict__ is obj.__globals__
        if hasattr(obj, "__module__"):
            return module.__name__ == obj.__module__
        if isinstance(obj, property):
            return True
        raise ValueError("object must be a class or function")

    @staticmethod
    def _is_routine(obj):
        try:
            obj = inspect.unwrap(obj)
        except ValueError:
            pass
        return inspect.isroutine(obj)

    def _collect(self, tests, obj, name, module, source_lines, globs, seen):
        if id(obj) in seen:
            return
        seen.add(id(obj))
        test = self._get_test(obj, name, module, globs, source_lines)
        if test is not None:
            tests.append(test)
        if not self._recurse:
            return
        if inspect.ismodule(obj):
            for key, value in obj.__dict__.items():
                if (self._is_routine(value) or inspect.isclass(value)) and \
                        self._defined_in(module, value):
                    self._collect(tests, value, name + "." + key, module,
                                  source_lines, globs, seen)
        if inspect.ismodule(obj) or inspect.isclass(obj):
            for key, value in getattr(obj, "__test__", {}).items():
                if not isinstance(key, str):
                    raise ValueError("DocTestFinder.find: __test__ keys must "
                                     "be strings: %r" % (type(key),))
                if not (inspect.isroutine(value) or inspect.isclass(value) or
                        inspect.ismodule(value) or isinstance(value, str)):
                    raise ValueError("DocTestFinder.find: __test__ values "
                                     "must be strings, functions, methods, "
                                     "classes, or modules: %r" % (type(value),))
                self._collect(tests, value, "%s.__test__.%s" % (name, key),
                              module, source_lines, globs, seen)
        if inspect.isclass(obj):
            for key, value in obj.__dict__.items():
                if isinstance(value, (staticmethod, classmethod)):
                    value = value.__func__
                if (inspect.isroutine(value) or inspect.isclass(value) or
                        isinstance(value, property)) and \
                        self._defined_in(module, value):
                    self._collect(tests, value, name + "." + key, module,
                                  source_lines, globs, seen)

    def _get_test(self, obj, name, module, globs, source_lines):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                docstring = obj.__doc__
                docstring = "" if docstring is None else str(docstring)
            except (TypeError, AttributeError):
                docstring = ""
        if self._exclude_empty and not docstring:
            return None
        lineno = self._docstring_line(obj, source_lines)
        filename = None
        if module is not None:
            filename = getattr(module, "__file__", None) or module.__name__
            if filename.endswith((".pyc", ".pyo")):
                filename = filename[:-1]
        return self._parser.get_doctest(docstring, globs, name, filename,
                                        lineno)

    def _docstring_line(self, obj, source_lines):
        """0-based line where obj's docstring starts, or None."""
        start = None
        if inspect.ismodule(obj):
            start = 0
        elif inspect.isclass(obj):
            if source_lines is None:
                return None
            header = re.compile(r"^\s*class\s*%s\b"
                                % re.escape(getattr(obj, "__name__", "-")))
            for i, line in enumerate(source_lines):
                if header.match(line):
                    start = i
                    break
        else:
            func = getattr(obj, "__func__", obj)          # bound methods
            func = getattr(func, "fget", func)            # properties
            code = getattr(func, "__code__", None) if inspect.isfunction(func) else func
            if inspect.iscode(code):
                start = code.co_firstlineno - 1
        if start is None or source_lines is None:
            return start if start is None else start + 1
        # the docstring starts on the first line from there with a quote
        opening = re.compile(r"(^|.*:)\s*\w*(\"|')")
        return next((i for i in range(start, len(source_lines))
                     if opening.match(source_lines[i])), None)


class OutputChecker:
    """Decides whether actual output matches an example's expected output."""

    def check_output(self, want, got, optionflags):
        want, got = _as_ascii(want), _as_ascii(got)
        if got == want:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1:
            if (got, want) in (("True\n", "1\n"), ("False\n", "0\n")):
                return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            want = re.sub(r"(?m)^%s\s*?$" % re.escape(BLANKLINE_MARKER), "",
                          want)
            got = re.sub(r"(?m)^[^\S\n]+$", "", got)
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            want, got = " ".join(want.split()), " ".join(got.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS and _ellipsis_match(want, got):
            return True
        return False

    def output_difference(self, example, got, optionflags):
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = re.sub(r"(?m)^[ ]*(?=\n)", BLANKLINE_MARKER, got)
        if self._wants_diff(want, got, optionflags):
            return self._diff(want, got, optionflags)
        if want and got:
            return "Expected:\n%sGot:\n%s" % (_indent(want), _indent(got))
        if want:
            return "Expected:\n%sGot nothing\n" % _indent(want)
        if got:
            return "Expected nothing\nGot:\n%s" % _indent(got)
        return "Expected nothing\nGot nothing\n"

    @staticmethod
    def _wants_diff(want, got, optionflags):
        if optionflags & REPORT_NDIFF:
            return True
        if optionflags & (REPORT_UDIFF | REPORT_CDIFF):
            # a diff only helps when both sides have a few lines
            return want.count("\n") > 2 and got.count("\n") > 2
        return False

    @staticmethod
    def _diff(want, got, optionflags):
        old, new = want.splitlines(True), got.splitlines(True)
        if optionflags & REPORT_UDIFF:
            lines = list(difflib.unified_diff(old, new, n=2))[2:]
            kind = "unified diff with -expected +actual"
        elif optionflags & REPORT_CDIFF:
            lines = list(difflib.context_diff(old, new, n=2))[2:]
            kind = "context diff with expected followed by actual"
        else:
            differ = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
            lines = list(differ.compare(old, new))
            kind = "ndiff with -expected +actual"
        body = "".join(line.rstrip() + "\n" for line in lines)
        return "Differences (%s):\n%s" % (kind, _indent(body))


def _ellipsis_match(want, got):
    """Whether got matches want with each '...' standing for any text."""
    if ELLIPSIS_MARKER not in want:
        return want == got
    parts = want.split(ELLIPSIS_MARKER)
    head, tail = parts[0], parts[-1]
    if not got.startswith(head):
        return False
    start, end = len(head), len(got)
    if not got.endswith(tail) or end - len(tail) < start:
        return False
    end -= len(tail)
    for part in parts[1:-1]:
        found = got.find(part, start, end)
        if found < 0:
            return False
        start = found + len(part)
    return True


def _exception_name(text):
    """The bare exception name of an 'a.b.Error: message' line."""
    first = text.split("\n", 1)[0]
    return first.split(":", 1)[0].rsplit(".", 1)[-1]


class _CapturedOutput(io.StringIO):
    """Collects what an example prints; its text always ends a line."""

    def getvalue(self):
        text = super().getvalue()
        if text and not text.endswith("\n"):
            text += "\n"
        return text

    def reset(self):
        self.seek(0)
        self.truncate()


class DocTestRunner:
    """Runs DocTests, reports each failure and keeps per-test counts."""

    DIVIDER = _DIVIDER

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self.optionflags = self.original_optionflags = optionflags
        self._verbose = "-v" in sys.argv if verbose is None else verbose
        self._checker = OutputChecker() if checker is None else checker
        self._name2ft = {}      # test name -> (failures, tries)
        self.failures = self.tries = 0
        self._fakeout = _CapturedOutput()

    def report_start(self, out, test, example):
        if self._verbose:
            if example.want:
                out("Trying:\n" + _indent(example.source) + "Expecting:\n" +
                    _indent(example.want))
            else:
                out("Trying:\n" + _indent(example.source) +
                    "Expecting nothing\n")

    def report_success(self, out, test, example, got):
        if self._verbose:
            out("ok\n")

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example) +
            self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) + "Exception raised:\n" +
            _indent(_format_exc_info(exc_info)))

    def _failure_header(self, test, example):
        if test.filename:
            if test.lineno is None or example.lineno is None:
                where = "?"
            else:
                where = test.lineno + example.lineno + 1
            place = 'File "%s", line %s, in %s' % (test.filename, where,
                                                    test.name)
        else:
            place = "Line %s, in %s" % (example.lineno + 1, test.name)
        return "%s\n%s\nFailed example:\n%s" % (
            self.DIVIDER, place, _indent(example.source))

    def _run_examples(self, test, compileflags, out):
        failures = tries = 0
        base_flags = self.optionflags
        check = self._checker.check_output
        for index, example in enumerate(test.examples):
            quiet = bool(self.optionflags & REPORT_ONLY_FIRST_FAILURE and
                         failures)
            flags = base_flags
            for flag, on in example.options.items():
                flags = flags | flag if on else flags & ~flag
            self.optionflags = flags
            if flags & SKIP:
                continue
            tries += 1
            if not quiet:
                self.report_start(out, test, example)
            filename = "<doctest %s[%d]>" % (test.name, index)
            # tracebacks show the example's source from linecache
            linecache.cache[filename] = (len(example.source), None,
                                         example.source.splitlines(True),
                                         filename)
            error = None
            try:
                code = compile(example.source, filename, "single",
                               compileflags, True)
                exec(code, test.globs)
            except KeyboardInterrupt:
                raise
            except BaseException as exc:
                error = exc
            got = self._fakeout.getvalue()
            self._fakeout.reset()
            failed = unexpected = False
            if error is None:
                failed = not check(example.want, got, flags)
            else:
                lines = traceback.format_exception_only(type(error), error)
                if isinstance(error, SyntaxError):
                    # drop the file/line/caret lines before the message
                    label = type(error).__qualname__ + ":"
                    qualified = type(error).__module__ + "." + label
                    for k, line in enumerate(lines):
                        if line.startswith((label, qualified)):
                            lines = lines[k:]
                            break
                exc_msg = "".join(lines)
                if not quiet:
                    got += _format_exc_info((type(error), error,
                                             error.__traceback__))
                if example.exc_msg is None:
                    unexpected = True
                elif not check(example.exc_msg, exc_msg, flags):
                    failed = not (flags & IGNORE_EXCEPTION_DETAIL and check(
                        _exception_name(example.exc_msg),
                        _exception_name(exc_msg), flags))
            if unexpected:
                if not quiet:
                    self.report_unexpected_exception(
                        out, test, example,
                        (type(error), error, error.__traceback__))
                failures += 1
            elif failed:
                if not quiet:
                    self.report_failure(out, test, example, got)
                failures += 1
            elif not quiet:
                self.report_success(out, test, example, got)
            if failures and flags & FAIL_FAST:
                break
        self.optionflags = base_flags
        self._record(test.name, failures, tries)
        return TestResults(failures, tries)

    def _record(self, name, failures, tries):
        old_f, old_t = self._name2ft.get(name, (0, 0))
        self._name2ft[name] = (old_f + failures, old_t + tries)
        self.failures += failures
        self.tries += tries

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        """Run test's examples, writing reports with out (by default the
        real stdout's write)."""
        self.test = test
        if compileflags is None:
            compileflags = 0
        real_stdout = sys.stdout
        if out is None:
            out = real_stdout.write
        saved_displayhook = sys.displayhook
        sys.stdout = self._fakeout
        sys.displayhook = sys.__displayhook__
        try:
            return self._run_examples(test, compileflags, out)
        finally:
            sys.stdout = real_stdout
            sys.displayhook = saved_displayhook
            for index in range(len(test.examples)):
                linecache.cache.pop("<doctest %s[%d]>" % (test.name, index),
                                    None)
            if clear_globs:
                test.globs.clear()

    def summarize(self, verbose=None):
        """Print the totals per test (all of them when verbose, else only
        failures) and return TestResults(failed, attempted)."""
        if verbose is None:
            verbose = self._verbose
        empty, passed, failed = [], [], []
        total_tries = total_failures = 0
        for name, (f, t) in self._name2ft.items():
            total_tries += t
            total_failures += f
            if t == 0:
                empty.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append((name, (f, t)))
        if verbose:
            if empty:
                print(len(empty), "items had no tests:")
                for name in sorted(empty):
                    print("   ", name)
            if passed:
                print(len(passed), "items passed all tests:")
                for name, t in sorted(passed):
                    print(" %3d tests in %s" % (t, name))
        if failed:
            print(self.DIVIDER)
            print(len(failed), "items had failures:")
            for name, (f, t) in sorted(failed):
                print(" %3d of %3d in %s" % (f, t, name))
        if verbose:
            print(total_tries, "tests in", len(self._name2ft), "items.")
            print(total_tries - total_failures, "passed and",
                  total_failures, "failed.")
        if total_failures:
            print("***Test Failed***", total_failures, "failures.")
        elif verbose:
            print("Test passed.")
        return TestResults(total_failures, total_tries)

    def merge(self, other):
        """Add other's counts to this runner's."""
        for name, (f, t) in other._name2ft.items():
            old_f, old_t = self._name2ft.get(name, (0, 0))
            self._name2ft[name] = (old_f + f, old_t + t)
        self.failures += other.failures
        self.tries += other.tries


def _format_exc_info(exc_info):
    kind, value, tb = exc_info
    return "".join(traceback.format_exception(kind, value, tb))


class DocTestFailure(Exception):
    """Raised by DebugRunner when an example's output is wrong."""

    def __init__(self, test, example, got):
        self.test, self.example, self.got = test, example, got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """Raised by DebugRunner when an example raises unexpectedly."""

    def __init__(self, test, example, exc_info):
        self.test, self.example, self.exc_info = test, example, exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """A runner that stops at the first problem by raising it."""

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        # the globals survive a failure, for a post-mortem look
        outcome = super().run(test, compileflags, out, clear_globs=False)
        if clear_globs:
            test.globs.clear()
        return outcome


# The runner of every testmod/testfile so far (for a final summary).
master = None


def _remember(runner):
    global master
    if master is None:
        master = runner
    else:
        master.merge(runner)


def _make_runner(verbose, optionflags, raise_on_error):
    kind = DebugRunner if raise_on_error else DocTestRunner
    return kind(verbose=verbose, optionflags=optionflags)


def testmod(m=None, name=None, globs=None, verbose=None, report=True,
            optionflags=0, extraglobs=None, raise_on_error=False,
            exclude_empty=False):
    """Test the examples in the docstrings of module m (default __main__)
    and of what it defines; return TestResults(failed, attempted)."""
    if m is None:
        m = sys.modules.get("__main__")
    if not inspect.ismodule(m):
        raise TypeError("testmod: module required; %r" % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    runner = _make_runner(verbose, optionflags, raise_on_error)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    _remember(runner)
    return TestResults(runner.failures, runner.tries)


def _caller_dir(depth):
    frame = sys._getframe(depth + 1)
    path = frame.f_globals.get("__file__")
    return os.path.dirname(path) if path else os.getcwd()


def _relative_to_package(path, package, depth):
    if os.path.isabs(path):
        raise ValueError("Module-relative files may not have absolute paths")
    path = os.path.join(*path.split("/"))
    if package is None:
        base = _caller_dir(depth + 1)
    else:
        if isinstance(package, str):
            package = __import__(package, fromlist=["*"])
        base = os.path.dirname(package.__file__)
    return os.path.join(base, path)


def testfile(filename, module_relative=True, name=None, package=None,
             globs=None, verbose=None, report=True, optionflags=0,
             extraglobs=None, raise_on_error=False, parser=DocTestParser(),
             encoding=None):
    """Test the examples in a text file (by default relative to the
    calling module's directory)."""
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-"
                         "relative paths.")
    path = filename
    if module_relative:
        path = _relative_to_package(filename, package, 1)
    with open(path, encoding=encoding or "utf-8") as f:
        text = f.read()
    if name is None:
        name = os.path.basename(filename)
    globs = {} if globs is None else globs.copy()
    if extraglobs is not None:
        globs.update(extraglobs)
    globs.setdefault("__name__", "__main__")
    runner = _make_runner(verbose, optionflags, raise_on_error)
    runner.run(parser.get_doctest(text, globs, name, path, 0))
    if report:
        runner.summarize()
    _remember(runner)
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name="NoName",
                           compileflags=None, optionflags=0):
    """Test the examples in f's own docstring (not those of its members)."""
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)


def script_from_examples(s):
    """The examples of s as a script: the code as is, everything else (the
    expected output included) as comments."""
    lines = []
    for piece in DocTestParser().parse(s):
        if isinstance(piece, Example):
            lines.append(piece.source[:-1])
            if piece.want:
                lines.append("# Expected:")
                lines += ["## " + l for l in piece.want.split("\n")[:-1]]
        else:
            lines += [re.sub(r"^(?=\S)", "# ", l) if l.strip() else "#"
                      for l in piece.split("\n")[:-1]]
    while lines and lines[-1] == "#":
        lines.pop()
    while lines and lines[0] == "#":
        lines.pop(0)
    return "\n".join(lines) + "\n"


# unittest integration

_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    """Set the reporting flags DocTestCases use; returns the old ones."""
    global _unittest_reportflags
    if flags & REPORTING_FLAGS != flags:
        raise ValueError("Only reporting flags allowed", flags)
    old = _unittest_reportflags
    _unittest_reportflags = flags
    return old


class DocTestCase(unittest.TestCase):
    """A unittest test case running one DocTest."""

    def __init__(self, test, optionflags=0, setUp=None, tearDown=None,
                 checker=None):
        super().__init__()
        self._dt_optionflags = optionflags
        self._dt_checker = checker
        self._dt_test = test
        self._dt_setUp = setUp
        self._dt_tearDown = tearDown

    def setUp(self):
        if self._dt_setUp is not None:
            self._dt_setUp(self._dt_test)

    def tearDown(self):
        if self._dt_tearDown is not None:
            self._dt_tearDown(self._dt_test)
        self._dt_test.globs.clear()

    def runTest(self):
        test = self._dt_test
        flags = self._dt_optionflags
        if not flags & REPORTING_FLAGS:
            flags |= _unittest_reportflags
        report = io.StringIO()
        runner = DocTestRunner(optionflags=flags, checker=self._dt_checker,
                               verbose=False)
        failures, _ = runner.run(test, out=report.write, clear_globs=False)
        if failures:
            raise self.failureException(self.format_failure(report.getvalue()))

    def format_failure(self, err):
        test = self._dt_test
        where = "unknown line number" if test.lineno is None else test.lineno
        return "Failed doctest test for %s\n  File \"%s\", line %s, in %s\n\n%s" % (
            test.name, test.filename, where, test.name.split(".")[-1], err)

    def id(self):
        return self._dt_test.name

    def __repr__(self):
        name = self._dt_test.name.split(".")
        return "%s (%s)" % (name[-1], ".".join(name[:-1]))

    __str__ = __repr__

    def shortDescription(self):
        return "Doctest: " + self._dt_test.name


class DocFileCase(DocTestCase):

    def id(self):
        return "_".join(self._dt_test.name.split("."))

    def __repr__(self):
        return self._dt_test.filename

    __str__ = __repr__

    def format_failure(self, err):
        return "Failed doctest test for %s\n  File \"%s\", line 0\n\n%s" % (
            self._dt_test.name, self._dt_test.filename, err)


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None,
                 **options):
    """A unittest suite with one test case per docstring of module."""
    if test_finder is None:
        test_finder = DocTestFinder()
    if module is None:
        module = sys._getframe(1).f_globals["__name__"]
    if isinstance(module, str):
        module = sys.modules.get(module) or __import__(module, fromlist=["*"])
    tests = test_finder.find(module, globs=globs, extraglobs=extraglobs)
    suite = unittest.TestSuite()
    for test in sorted(tests):
        if not test.examples:
            continue
        if not test.filename:
            filename = module.__file__
            if filename.endswith((".pyc", ".pyo")):
                filename = filename[:-1]
            test.filename = filename
        suite.addTest(DocTestCase(test, **options))
    return suite


def DocFileSuite(*paths, module_relative=True, package=None, globs=None,
                 parser=DocTestParser(), encoding=None, **options):
    """A unittest suite with one test case per text file of examples."""
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-"
                         "relative paths.")
    suite = unittest.TestSuite()
    for path in paths:
        on_disk = path
        if module_relative:
            on_disk = _relative_to_package(path, package, 1)
        with open(on_disk, encoding=encoding or "utf-8") as f:
            text = f.read()
        file_globs = {} if globs is None else globs.copy()
        file_globs.setdefault("__file__", on_disk)
        test = parser.get_doctest(text, file_globs, os.path.basename(path),
                                  on_disk, 0)
        suite.addTest(DocFileCase(test, **options))
    return suite


def _main():
    """ay -m doctest [-v] [-o FLAG] FILE...: test .py modules and text files."""
    import argparse
    parser = argparse.ArgumentParser(description="doctest runner")
    parser.add_argument("-v", "--verbose", action="store_true", default=False,
                        help="print very verbose output for all tests")
    parser.add_argument("-o", "--option", action="append",
                        choices=OPTIONFLAGS_BY_NAME.keys(), default=[],
                        help="specify a doctest option flag to apply to the "
                             "test run; may be specified more than once to "
                             "apply multiple options")
    parser.add_argument("-f", "--fail-fast", action="store_true",
                        help="stop running tests after first failure (this "
                             "is a shorthand for -o FAIL_FAST, and is in "
                             "addition to any other -o options)")
    parser.add_argument("file", nargs="+", help="file containing the tests "
                                                "to run")
    args = parser.parse_args()
    flags = 0
    for name in args.option:
        flags |= OPTIONFLAGS_BY_NAME[name]
    if args.fail_fast:
        flags |= FAIL_FAST
    for filename in args.file:
        if filename.endswith(".py"):
            directory, base = os.path.split(filename)
            sys.path.insert(0, directory)
            module = __import__(base[:-3])
            del sys.path[0]
            failures, _ = testmod(module, verbose=args.verbose,
                                  optionflags=flags)
        else:
            failures, _ = testfile(filename, module_relative=False,
                                   verbose=args.verbose, optionflags=flags)
        if failures:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(_main())
