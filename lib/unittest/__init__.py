"""A unit-testing framework in the shape of CPython's unittest.

Test cases are methods named test* of TestCase subclasses; main() finds the
cases of a module, runs them in name order and reports on stderr as
CPython's text runner does (one character per test, or one line each at
verbosity 2, then the failures and a summary).
"""

import difflib
import pprint
import sys
import time
import traceback
import types

__all__ = ["TestCase", "IsolatedAsyncioTestCase", "TestSuite", "TestResult", "TextTestRunner", "TestLoader",
           "SkipTest", "main", "skip", "skipIf", "skipUnless", "expectedFailure", "defaultTestLoader",
           "addModuleCleanup", "doModuleCleanups", "enterModuleContext"]

__unittest = True  # frames of this module are left out of failure tracebacks

class SkipTest(Exception):
    """Raised in a test (or by the skip decorators) to skip it."""


def _safe_repr(obj):
    try:
        return repr(obj)
    except Exception:
        return object.__repr__(obj)


# How 'first != second' messages shorten long reprs (CPython's lengths): at
# most _LONG characters each, a run of more than _MARK_ROOM characters
# becoming "[N chars]", keeping _EDGE characters at the ends of what the two
# share and _DIFFERING of where they part.
_LONG = 80
_MARK_ROOM = 12
_EDGE = 5
_DIFFERING = _LONG - 3 * _EDGE - 2 * _MARK_ROOM


def _elide(text, keep_head, keep_tail):
    hidden = len(text) - keep_head - keep_tail
    if hidden <= _MARK_ROOM:
        return text
    return f"{text[:keep_head]}[{hidden} chars]{text[len(text) - keep_tail:]}"


def _shortened_reprs(first, second):
    a, b = _safe_repr(first), _safe_repr(second)
    longest = max(len(a), len(b))
    if longest <= _LONG:
        return a, b
    shared = 0
    while shared < min(len(a), len(b)) and a[shared] == b[shared]:
        shared += 1
    prefix = a[:shared]
    room = _LONG - (longest - shared + _EDGE + _MARK_ROOM)
    if room > _EDGE:  # the differing ends fit whole after a shortened common start
        prefix = _elide(prefix, _EDGE, room)
        return prefix + a[shared:], prefix + b[shared:]
    prefix = _elide(prefix, _EDGE, _EDGE)
    return (prefix + _elide(a[shared:], _DIFFERING, _EDGE),
            prefix + _elide(b[shared:], _DIFFERING, _EDGE))


def _count_differences(first, second):
    """(count in first, count in second, item) for each item whose counts differ: the
    items of first in the order first met, then those only in second."""
    first, second = list(first), list(second)
    try:
        in_first, in_second = {}, {}
        for counts, items in ((in_first, first), (in_second, second)):
            for item in items:
                counts[item] = counts.get(item, 0) + 1
    except TypeError:  # unhashable items: counted by equality
        return _count_differences_by_equality(first, second)
    found = [(n, in_second.get(item, 0), item) for item, n in in_first.items() if n != in_second.get(item, 0)]
    return found + [(0, n, item) for item, n in in_second.items() if item not in in_first]


def _count_differences_by_equality(first, second):
    done = object()
    found = []
    for i, item in enumerate(first):
        if item is done:
            continue
        in_first = in_second = 0
        for j in range(i, len(first)):
            if first[j] == item:
                first[j] = done
                in_first += 1
        for j, other in enumerate(second):
            if other is not done and other == item:
                second[j] = done
                in_second += 1
        if in_first != in_second:
            found.append((in_first, in_second, item))
    for i, item in enumerate(second):
        if item is done:
            continue
        count = 0
        for j in range(i, len(second)):
            if second[j] is not done and second[j] == item:
                second[j] = done
                count += 1
        found.append((0, count, item))
    return found


# {==== decorators

def skip(reason):
    """Marks a test (or a whole TestCase) as skipped."""
    def mark(test):
        if not isinstance(test, type):
            def skipped(*args, **kwargs):
                raise SkipTest(reason)
            skipped.__name__ = test.__name__
            skipped.__doc__ = test.__doc__
            test = skipped
        test.__unittest_skip__ = True
        test.__unittest_skip_why__ = reason
        return test
    if isinstance(reason, type(skip)):  # used bare: @skip
        test, reason = reason, ""
        return mark(test)
    return mark


def skipIf(condition, reason):
    return skip(reason) if condition else (lambda test: test)


def skipUnless(condition, reason):
    return skip(reason) if not condition else (lambda test: test)


def expectedFailure(test):
    test.__unittest_expecting_failure__ = True
    return test

# }====
# {==== TestCase


def _enter_context(cm, add_cleanup):
    cls = type(cm)
    try:
        enter, exit = cls.__enter__, cls.__exit__
    except AttributeError:
        raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                        f"not support the context manager protocol") from None
    result = enter(cm)
    add_cleanup(exit, cm, None, None, None)
    return result


_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    """function(*args, **kwargs) runs after the tearDownModule of the tests' module."""
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    return _enter_context(cm, addModuleCleanup)


def doModuleCleanups():
    """Runs the module cleanups, last added first; raises the first error after them all."""
    errors = []
    while _module_cleanups:
        function, args, kwargs = _module_cleanups.pop()
        try:
            function(*args, **kwargs)
        except Exception as e:
            errors.append(e)
    if errors:
        raise errors[0]


class _RaisesContext:
    """What assertRaises returns when used as a context manager."""

    def __init__(self, expected, case, pattern=None, msg=None):
        self.expected = expected
        self.case = case
        self.pattern = pattern
        self.msg = msg
        self.exception = None
        self.culprit = ""  # " by NAME" when given a callable

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        name = getattr(self.expected, "__name__", str(self.expected))
        if exc_type is None:
            self.case.fail(self.case._formatMessage(self.msg, f"{name} not raised{self.culprit}"))
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc.with_traceback(None)
        if self.pattern is not None:
            import re
            if not re.search(self.pattern, str(exc)):
                self.case.fail(self.case._formatMessage(
                    self.msg, f'"{self.pattern}" does not match "{exc}"'))
        return True


class _WarnsContext:
    """What assertWarns returns: records the warnings of its block, and fails
    unless one is of the expected category (and matches the pattern)."""

    def __init__(self, expected, case, pattern=None, msg=None):
        self.expected = expected
        self.case = case
        self.pattern = pattern
        self.msg = msg
        self.culprit = ""

    def __enter__(self):
        import warnings
        # warnings shown before would be suppressed as repeats
        for module in list(sys.modules.values()):
            if getattr(module, "__warningregistry__", None):
                module.__warningregistry__ = {}
        self._catcher = warnings.catch_warnings(record=True)
        self.warnings = self._catcher.__enter__()
        warnings.simplefilter("always", self.expected)
        return self

    def __exit__(self, exc_type, exc, tb):
        self._catcher.__exit__(exc_type, exc, tb)
        if exc_type is not None:
            return False
        import re
        first_of_kind = None
        for record in self.warnings:
            if not isinstance(record.message, self.expected):
                continue
            if first_of_kind is None:
                first_of_kind = record.message
            if self.pattern is None or re.search(self.pattern, str(record.message)):
                self.warning, self.filename, self.lineno = record.message, record.filename, record.lineno
                return False
        if first_of_kind is not None:
            pattern = getattr(self.pattern, "pattern", self.pattern)
            standard = f'"{pattern}" does not match "{first_of_kind}"'
        else:
            standard = f"{getattr(self.expected, '__name__', str(self.expected))} not triggered{self.culprit}"
        self.case.fail(self.case._formatMessage(self.msg, standard))


class _LogsContext:
    """What assertLogs/assertNoLogs return: the logger's records go to a
    handler of its own for the block (its own handlers and propagation are
    put back after)."""

    FORMAT = "%(levelname)s:%(name)s:%(message)s"

    def __init__(self, case, logger, level, expect_logs):
        import logging
        self.case = case
        self.logger_name = logger
        self.level = logging._nameToLevel.get(level, level) if level else logging.INFO
        self.expect_logs = expect_logs

    def __enter__(self):
        import collections
        import logging
        logger = self.logger_name
        if not isinstance(logger, logging.Logger):
            logger = logging.getLogger(logger)
        self.logger = logger
        watcher = self.watcher = collections.namedtuple("_LoggingWatcher", ["records", "output"])([], [])

        class Capture(logging.Handler):
            def emit(self, record):
                watcher.records.append(record)
                watcher.output.append(self.format(record))

        handler = Capture(self.level)
        handler.setFormatter(logging.Formatter(self.FORMAT))
        self.saved = logger.handlers[:], logger.level, logger.propagate
        logger.handlers = [handler]
        logger.setLevel(self.level)
        logger.propagate = False
        return watcher if self.expect_logs else None

    def __exit__(self, exc_type, exc, tb):
        import logging
        self.logger.handlers, level, self.logger.propagate = self.saved
        self.logger.setLevel(level)
        if exc_type is not None:
            return False
        if self.expect_logs and not self.watcher.records:
            self.case.fail(self.case._formatMessage(None, f"no logs of level {logging.getLevelName(self.level)} "
                                                          f"or higher triggered on {self.logger.name}"))
        if not self.expect_logs and self.watcher.records:
            self.case.fail(self.case._formatMessage(None, f"Unexpected logs found: {self.watcher.output!r}"))
        return False


class _SubTest:
    """One `with self.subTest(...)` block, as results see it."""

    def __init__(self, case, message, params):
        self.test_case = case
        self.message = message
        self.params = params
        self.failureException = case.failureException

    def _subDescription(self):
        parts = []
        if self.message is not _NO_MESSAGE:
            parts.append(f"[{self.message}]")
        if self.params:
            parts.append("(" + ", ".join(f"{k}={v!r}" for k, v in self.params.items()) + ")")
        return " ".join(parts) or "(<subtest>)"

    def id(self):
        return f"{self.test_case.id()} {self._subDescription()}"

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return f"{self.test_case} {self._subDescription()}"


_NO_MESSAGE = object()


class _SubTestContext:
    def __init__(self, case, subtest):
        self.case = case
        self.subtest = subtest

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            return False
        result = getattr(self.case, "_result", None)
        if result is None or issubclass(exc_type, KeyboardInterrupt):
            return False
        self.case._subtest_failed = True  # a skipped subtest too: the test is no success
        if issubclass(exc_type, SkipTest):
            result.addSkip(self.subtest, str(exc))
            return True
        if issubclass(exc_type, self.case.failureException):
            result.addFailure(self.subtest, (exc_type, exc, tb))
        else:
            result.addError(self.subtest, (exc_type, exc, tb))
        return True


class TestCase:
    """A group of tests: each test* method runs on a fresh instance."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8

    def __init__(self, methodName="runTest"):
        self._testMethodName = methodName
        self._cleanups = []
        if methodName != "runTest" and not hasattr(self, methodName):
            raise ValueError(f"no such test method in {type(self)}: {methodName}")

    # setup and teardown hooks
    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def addCleanup(self, function, /, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def doCleanups(self):
        return self._run_cleanups(getattr(self, "_result", None) or TestResult(), False)

    def enterContext(self, cm):
        """Enters cm and has its __exit__ run as a cleanup; returns what __enter__ returned."""
        return _enter_context(cm, self.addCleanup)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        cls._class_cleanups = getattr(cls, "_class_cleanups", []) + [(function, args, kwargs)]

    @classmethod
    def enterClassContext(cls, cm):
        return _enter_context(cm, cls.addClassCleanup)

    @classmethod
    def doClassCleanups(cls):
        cls.tearDown_exceptions = []
        while getattr(cls, "_class_cleanups", None):
            function, args, kwargs = cls._class_cleanups.pop()
            try:
                function(*args, **kwargs)
            except Exception:
                cls.tearDown_exceptions.append(sys.exc_info())

    # naming
    def id(self):
        return f"{type(self).__module__}.{type(self).__qualname__}.{self._testMethodName}"

    def shortDescription(self):
        doc = getattr(self, self._testMethodName).__doc__
        return doc.strip().split("\n")[0].strip() if doc else None

    def __str__(self):
        return f"{self._testMethodName} ({type(self).__module__}.{type(self).__qualname__}.{self._testMethodName})"

    def __repr__(self):
        return f"<{type(self).__module__}.{type(self).__qualname__} testMethod={self._testMethodName}>"

    def countTestCases(self):
        return 1

    def subTest(self, msg=_NO_MESSAGE, **params):
        """A block whose failure is reported on its own; the test goes on."""
        return _SubTestContext(self, _SubTest(self, msg, params))

    def skipTest(self, reason):
        raise SkipTest(reason)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def _formatMessage(self, msg, standard):
        if msg is None:
            return standard
        if not self.longMessage:
            return msg
        return f"{standard} : {msg}"

    # running
    def __call__(self, result=None):
        return self.run(result)

    def run(self, result=None):
        if result is None:
            result = TestResult()
        method = getattr(self, self._testMethodName)
        skip_why = None
        if getattr(type(self), "__unittest_skip__", False):
            skip_why = type(self).__unittest_skip_why__
        elif getattr(method, "__unittest_skip__", False):
            skip_why = method.__unittest_skip_why__
        if skip_why is not None:
            # as in CPython 3.12, a test skipped by decorator is not counted as run
            result.addSkip(self, skip_why)
            result.stopTest(self)
            return result
        result.startTest(self)
        self._result = result
        self._subtest_failed = False
        try:
            expecting = getattr(method, "__unittest_expecting_failure__", False)
            ok = self._run_part(result, self._callSetUp, expecting)
            if ok:
                ok = self._run_part(result, lambda: self._callTestMethod(method), expecting)
                ok = self._run_part(result, self._callTearDown, expecting) and ok
            ok = self._run_cleanups(result, expecting) and ok
            if ok and not self._subtest_failed:
                if expecting:
                    result.addUnexpectedSuccess(self)
                else:
                    result.addSuccess(self)
        finally:
            result.stopTest(self)
        return result

    # how each part is called (IsolatedAsyncioTestCase runs coroutines)
    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        method()

    def _callTearDown(self):
        self.tearDown()

    def _callCleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    def _run_cleanups(self, result, expecting):
        ok = True
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            ok = self._run_part(result, lambda: self._callCleanup(function, *args, **kwargs), expecting) and ok
        return ok

    def _run_part(self, result, part, expecting):
        """Runs setUp, the test, tearDown or a cleanup and reports its failure.
        True if the part passed."""
        try:
            part()
        except SkipTest as e:
            result.addSkip(self, str(e))
            return False
        except self.failureException:
            if expecting:
                result.addExpectedFailure(self, sys.exc_info())
            else:
                result.addFailure(self, sys.exc_info())
            return False
        except KeyboardInterrupt:
            raise
        except BaseException:
            if expecting:
                result.addExpectedFailure(self, sys.exc_info())
            else:
                result.addError(self, sys.exc_info())
            return False
        return True

    # assertions
    def assertTrue(self, expr, msg=None):
        if not expr:
            self.fail(self._formatMessage(msg, f"{_safe_repr(expr)} is not true"))

    def assertFalse(self, expr, msg=None):
        if expr:
            self.fail(self._formatMessage(msg, f"{_safe_repr(expr)} is not false"))

    # assertEqual's detailed comparisons, for two values of the same type
    _type_equality_funcs = {dict: "assertDictEqual", list: "assertListEqual", tuple: "assertTupleEqual",
                            set: "assertSetEqual", frozenset: "assertSetEqual", str: "assertMultiLineEqual"}
    _diffThreshold = 2 ** 16  # longer strings are not diffed

    def addTypeEqualityFunc(self, typeobj, function):
        self._type_equality_funcs = {**self._type_equality_funcs, typeobj: function}

    def assertEqual(self, first, second, msg=None):
        compare = self._type_equality_funcs.get(type(first)) if type(first) is type(second) else None
        if compare is None:
            self._baseAssertEqual(first, second, msg)
        else:
            (getattr(self, compare) if isinstance(compare, str) else compare)(first, second, msg=msg)

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            self.fail(self._formatMessage(msg, "%s != %s" % _shortened_reprs(first, second)))

    @staticmethod
    def _pformat_diff(first, second):
        return "\n" + "\n".join(difflib.ndiff(pprint.pformat(first).splitlines(), pprint.pformat(second).splitlines()))

    def _truncateMessage(self, standard, diff):
        if self.maxDiff is None or len(diff) <= self.maxDiff:
            return standard + diff
        return standard + f"\nDiff is {len(diff)} characters long. Set self.maxDiff to None to see it."

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        what = "sequence"
        if seq_type is not None:
            what = seq_type.__name__
            for which, seq in (("First", seq1), ("Second", seq2)):
                if not isinstance(seq, seq_type):
                    self.fail(f"{which} sequence is not a {what}: {_safe_repr(seq)}")
        lengths = []
        for which, seq in (("First", seq1), ("Second", seq2)):
            try:
                lengths.append(len(seq))
            except (TypeError, NotImplementedError):
                text = f"{which} {what} has no length.    Non-sequence?"
                break
        else:
            if seq1 == seq2:
                return
            text = self._sequence_difference(seq1, seq2, what, *lengths)
            if text is None:  # equal items in sequences of different types
                return
        standard = self._truncateMessage(text, self._pformat_diff(seq1, seq2))
        self.fail(self._formatMessage(msg, standard))

    @staticmethod
    def _sequence_difference(seq1, seq2, what, len1, len2):
        text = "%ss differ: %s != %s\n" % ((what.capitalize(),) + _shortened_reprs(seq1, seq2))
        for i in range(min(len1, len2)):
            items = []
            for which, seq in (("first", seq1), ("second", seq2)):
                try:
                    items.append(seq[i])
                except (TypeError, IndexError, NotImplementedError):
                    return text + f"\nUnable to index element {i} of {which} {what}\n"
            if items[0] != items[1]:
                text += "\nFirst differing element %d:\n%s\n%s\n" % ((i,) + _shortened_reprs(*items))
                break
        else:
            if len1 == len2 and what == "sequence" and type(seq1) != type(seq2):
                return None
        if len1 != len2:
            which, longer, start = ("First", seq1, len2) if len1 > len2 else ("Second", seq2, len1)
            text += f"\n{which} {what} contains {abs(len1 - len2)} additional elements.\n"
            try:
                text += f"First extra element {start}:\n{_safe_repr(longer[start])}\n"
            except (TypeError, IndexError, NotImplementedError):
                text += f"Unable to index element {start} of {which.lower()} {what}\n"
        return text

    def assertListEqual(self, first, second, msg=None):
        self.assertSequenceEqual(first, second, msg, seq_type=list)

    def assertTupleEqual(self, first, second, msg=None):
        self.assertSequenceEqual(first, second, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        differences = []
        for which, a, b in (("first", set1, set2), ("second", set2, set1)):
            try:
                differences.append(a.difference(b))
            except TypeError as e:
                self.fail(f"invalid type when attempting set difference: {e}")
            except AttributeError as e:
                self.fail(f"{which} argument does not support set difference: {e}")
        if not (differences[0] or differences[1]):
            return
        lines = []
        for items, heading in zip(differences, ("Items in the first set but not the second:",
                                                "Items in the second set but not the first:")):
            if items:
                lines.append(heading)
                lines.extend(repr(item) for item in items)
        self.fail(self._formatMessage(msg, "\n".join(lines)))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, "First argument is not a dictionary")
        self.assertIsInstance(d2, dict, "Second argument is not a dictionary")
        if d1 != d2:
            standard = "%s != %s" % _shortened_reprs(d1, d2)
            self.fail(self._formatMessage(msg, self._truncateMessage(standard, self._pformat_diff(d1, d2))))

    def assertMultiLineEqual(self, first, second, msg=None):
        self.assertIsInstance(first, str, "First argument is not a string")
        self.assertIsInstance(second, str, "Second argument is not a string")
        if first == second:
            return
        if len(first) > self._diffThreshold or len(second) > self._diffThreshold:
            self._baseAssertEqual(first, second, msg)
        # every line ends in a newline for ndiff, so that a missing last one shows
        # (an empty string stays empty)
        unended = [bool(text) and not text.endswith("\n") for text in (first, second)]
        if first and second and any(unended):
            unended = [True, True]
        lines = [(text + "\n" * add).splitlines(True) for text, add in zip((first, second), unended)]
        standard = "%s != %s" % _shortened_reprs(first, second)
        diff = "\n" + "".join(difflib.ndiff(*lines))
        self.fail(self._formatMessage(msg, self._truncateMessage(standard, diff)))

    def assertNotEqual(self, first, second, msg=None):
        if first == second:
            self.fail(self._formatMessage(msg, f"{_safe_repr(first)} == {_safe_repr(second)}"))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standard = f"{_safe_repr(first)} != {_safe_repr(second)} within {_safe_repr(delta)} delta ({_safe_repr(diff)} difference)"
        else:
            places = 7 if places is None else places
            if round(diff, places) == 0:
                return
            standard = f"{_safe_repr(first)} != {_safe_repr(second)} within {places} places ({_safe_repr(diff)} difference)"
        self.fail(self._formatMessage(msg, standard))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standard = f"{_safe_repr(first)} == {_safe_repr(second)} within {_safe_repr(delta)} delta ({_safe_repr(diff)} difference)"
        else:
            places = 7 if places is None else places
            if not (first == second) and round(diff, places) != 0:
                return
            standard = f"{_safe_repr(first)} == {_safe_repr(second)} within {places} places"
        self.fail(self._formatMessage(msg, standard))

    def assertIs(self, first, second, msg=None):
        if first is not second:
            self.fail(self._formatMessage(msg, f"{_safe_repr(first)} is not {_safe_repr(second)}"))

    def assertIsNot(self, first, second, msg=None):
        if first is second:
            self.fail(self._formatMessage(msg, f"unexpectedly identical: {_safe_repr(first)}"))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, f"{_safe_repr(obj)} is not None"))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, "unexpectedly None"))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self.fail(self._formatMessage(msg, f"{_safe_repr(member)} not found in {_safe_repr(container)}"))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self.fail(self._formatMessage(
                msg, f"{_safe_repr(member)} unexpectedly found in {_safe_repr(container)}"))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(msg, f"{_safe_repr(obj)} is not an instance of {cls!r}"))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self.fail(self._formatMessage(msg, f"{_safe_repr(obj)} is an instance of {cls!r}"))

    def _compare(self, first, second, ok, relation, msg):
        if not ok:
            self.fail(self._formatMessage(msg, f"{_safe_repr(first)} {relation} {_safe_repr(second)}"))

    def assertGreater(self, a, b, msg=None):
        self._compare(a, b, a > b, "not greater than", msg)

    def assertGreaterEqual(self, a, b, msg=None):
        self._compare(a, b, a >= b, "not greater than or equal to", msg)

    def assertLess(self, a, b, msg=None):
        self._compare(a, b, a < b, "not less than", msg)

    def assertLessEqual(self, a, b, msg=None):
        self._compare(a, b, a <= b, "not less than or equal to", msg)

    def assertCountEqual(self, first, second, msg=None):
        differences = _count_differences(first, second)
        if differences:
            lines = "\n".join("First has %d, Second has %d:  %r" % difference for difference in differences)
            standard = self._truncateMessage("Element counts were not equal:\n", lines)
            self.fail(self._formatMessage(msg, standard))

    def assertRegex(self, text, regex, msg=None):
        import re
        if not re.search(regex, text):
            pattern = getattr(regex, "pattern", regex)
            self.fail(self._formatMessage(msg, f"Regex didn't match: {pattern!r} not found in {text!r}"))

    def assertNotRegex(self, text, regex, msg=None):
        import re
        match = re.search(regex, text)
        if match:
            pattern = getattr(regex, "pattern", regex)
            self.fail(self._formatMessage(
                msg, f"Regex matched: {text[match.start():match.end()]!r} matches {pattern!r} in {text!r}"))

    def assertRaises(self, expected, *args, **kwargs):
        return self._run_context(_RaisesContext(expected, self, msg=kwargs.pop("msg", None)), args, kwargs)

    def assertRaisesRegex(self, expected, pattern, *args, **kwargs):
        return self._run_context(_RaisesContext(expected, self, pattern, kwargs.pop("msg", None)), args, kwargs)

    @staticmethod
    def _run_context(context, args, kwargs):
        """The context of assertRaises/assertWarns, or with a callable, its call inside it."""
        if not args:
            return context
        callable_obj, *args = args
        context.culprit = f" by {getattr(callable_obj, '__qualname__', None) or str(callable_obj)}"
        with context:
            callable_obj(*args, **kwargs)

    def assertWarns(self, expected, *args, **kwargs):
        return self._run_context(_WarnsContext(expected, self, msg=kwargs.pop("msg", None)), args, kwargs)

    def assertWarnsRegex(self, expected, pattern, *args, **kwargs):
        return self._run_context(_WarnsContext(expected, self, pattern, kwargs.pop("msg", None)), args, kwargs)

    def assertLogs(self, logger=None, level=None):
        return _LogsContext(self, logger, level, expect_logs=True)

    def assertNoLogs(self, logger=None, level=None):
        return _LogsContext(self, logger, level, expect_logs=False)

class IsolatedAsyncioTestCase(TestCase):
    """A TestCase whose test methods, asyncSetUp/asyncTearDown and cleanups may be
    coroutine functions: each test runs in an asyncio.Runner of its own, all its
    parts in one copied context (so context variables set in setUp are seen)."""

    def __init__(self, methodName="runTest"):
        super().__init__(methodName)
        import contextvars
        self._asyncioRunner = None
        self._asyncioTestContext = contextvars.copy_context()

    async def asyncSetUp(self):
        pass

    async def asyncTearDown(self):
        pass

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        self.addCleanup(func, *args, **kwargs)

    async def enterAsyncContext(self, cm):
        cls = type(cm)
        try:
            enter, exit = cls.__aenter__, cls.__aexit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not support "
                            f"the asynchronous context manager protocol") from None
        result = await enter(cm)
        self.addAsyncCleanup(exit, cm, None, None, None)
        return result

    def _callSetUp(self):
        self._asyncioRunner.get_loop()  # setUp may use the loop
        self._asyncioTestContext.run(self.setUp)
        self._callMaybeAsync(self.asyncSetUp)

    def _callTestMethod(self, method):
        if self._callMaybeAsync(method) is not None:
            import warnings
            warnings.warn(f"It is deprecated to return a value that is not None from a test case ({method})",
                          DeprecationWarning, stacklevel=4)

    def _callTearDown(self):
        self._callMaybeAsync(self.asyncTearDown)
        self._asyncioTestContext.run(self.tearDown)

    def _callCleanup(self, function, /, *args, **kwargs):
        self._callMaybeAsync(function, *args, **kwargs)

    def _callMaybeAsync(self, func, /, *args, **kwargs):
        import inspect
        if inspect.iscoroutinefunction(func):
            return self._asyncioRunner.run(func(*args, **kwargs), context=self._asyncioTestContext)
        return self._asyncioTestContext.run(func, *args, **kwargs)

    def run(self, result=None):
        import asyncio
        self._asyncioRunner = asyncio.Runner(debug=True)
        try:
            return super().run(result)
        finally:
            self._asyncioRunner.close()
            self._asyncioRunner = None

# }====
# {==== suites, loading, results, running


class TestSuite:
    """An ordered collection of tests (cases or other suites)."""

    def __init__(self, tests=()):
        self._tests = []
        self.addTests(tests)

    def addTest(self, test):
        self._tests.append(test)

    def addTests(self, tests):
        for test in tests:
            self.addTest(test)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return sum(test.countTestCases() for test in self._tests)

    def __call__(self, result):
        return self.run(result)

    def run(self, result):
        fixtures = _Fixtures(result)
        for test in _flatten(self):
            if result.shouldStop:
                break
            if fixtures.enter(type(test)):
                test(result)
        fixtures.leave_class()
        fixtures.leave_module()
        return result


class _FixtureError:
    """Stands for a setUpClass/tearDownModule... that raised, among the results."""
    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __str__(self):
        return self.description


class _Fixtures:
    """The class and module fixtures in force while a suite runs: as in CPython, a class is set up
    when its first test comes and torn down when a test of another class (or the end) comes, and
    a class or module whose set-up raised has its tests left out."""

    def __init__(self, result):
        self.result = result
        self.cls = self.module = None
        self.failed = set()  # classes and module names whose set-up raised

    def _call(self, owner, name, description):
        fixture = getattr(owner, name, None)
        if fixture is None:
            return True
        try:
            fixture()
        except Exception:
            self.result.addError(_FixtureError(f"{name} ({description})"), sys.exc_info())
            return False
        return True

    def enter(self, cls):
        module = cls.__module__
        if cls is not self.cls:
            self.leave_class()
            if module != self.module:
                self.leave_module()
                self.module = module
                if not self._call(sys.modules.get(module), "setUpModule", module):
                    self.failed.add(module)
                    self._module_cleanups("setUpModule")
            self.cls = cls
            skipped = getattr(cls, "__unittest_skip__", False)
            description = f"{module}.{cls.__qualname__}"
            if module not in self.failed and not skipped and not self._call(cls, "setUpClass", description):
                self.failed.add(cls)
                self._class_cleanups(cls, "setUpClass", description)
        return module not in self.failed and cls not in self.failed

    def _class_cleanups(self, cls, name, description):
        cls.doClassCleanups()
        for info in cls.tearDown_exceptions:
            self.result.addError(_FixtureError(f"{name} ({description})"), info)

    def _module_cleanups(self, name):
        try:
            doModuleCleanups()
        except Exception:
            self.result.addError(_FixtureError(f"{name} ({self.module})"), sys.exc_info())

    def leave_class(self):
        cls = self.cls
        if cls is not None and cls not in self.failed and self.module not in self.failed \
                and not getattr(cls, "__unittest_skip__", False):
            description = f"{self.module}.{cls.__qualname__}"
            self._call(cls, "tearDownClass", description)
            self._class_cleanups(cls, "tearDownClass", description)
        self.cls = None

    def leave_module(self):
        if self.module is not None and self.module not in self.failed:
            self._call(sys.modules.get(self.module), "tearDownModule", self.module)
            self._module_cleanups("tearDownModule")
        self.module = None


def _flatten(suite):
    for test in suite:
        if isinstance(test, TestSuite):
            yield from _flatten(test)
        else:
            yield test


class TestLoader:
    testMethodPrefix = "test"
    testNamePatterns = None  # fnmatch patterns a test's full name must match (main's -k)

    def getTestCaseNames(self, case_class):
        import fnmatch

        def wanted(name):
            if not name.startswith(self.testMethodPrefix) or not callable(getattr(case_class, name)):
                return False
            full = f"{case_class.__module__}.{case_class.__qualname__}.{name}"
            return self.testNamePatterns is None or any(fnmatch.fnmatchcase(full, pattern)
                                                        for pattern in self.testNamePatterns)
        return sorted(filter(wanted, dir(case_class)))

    def loadTestsFromName(self, name, module=None):
        """The tests a dotted name finds (in module if given): a module, a
        TestCase class, one of its test methods or a suite; a name that finds
        nothing gives a test that fails with the lookup's error."""
        parts = name.split(".")
        if module is None:
            import importlib
            for end in range(len(parts), 0, -1):
                try:
                    module = importlib.import_module(".".join(parts[:end]))
                    parts = parts[end:]
                    break
                except ImportError:
                    if end == 1:
                        return TestSuite([_failed_test(parts[0], sys.exc_info()[1])])
        owner, found = None, module
        for part in parts:
            try:
                owner, found = found, getattr(found, part)
            except AttributeError as e:
                return TestSuite([_failed_test(part, e)])
        if isinstance(found, type) and issubclass(found, TestCase):
            return self.loadTestsFromTestCase(found)
        if isinstance(owner, type) and issubclass(owner, TestCase) and callable(found):
            return TestSuite([owner(parts[-1])])
        if isinstance(found, types.ModuleType):
            return self.loadTestsFromModule(found)
        if isinstance(found, (TestSuite, TestCase)):
            return found
        raise TypeError(f"don't know how to make test from: {found}")

    def loadTestsFromNames(self, names, module=None):
        return TestSuite(self.loadTestsFromName(name, module) for name in names)

    def loadTestsFromTestCase(self, case_class):
        return TestSuite(case_class(name) for name in self.getTestCaseNames(case_class))

    def loadTestsFromModule(self, module):
        cases = [getattr(module, name) for name in dir(module)]
        cases = [obj for obj in cases if isinstance(obj, type) and issubclass(obj, TestCase)]
        return TestSuite(self.loadTestsFromTestCase(case) for case in cases)


defaultTestLoader = TestLoader()


def _failed_test(name, exception):
    """A test standing for a name the loader could not find: it raises the error."""
    def test(self):
        raise exception
    return type("_FailedTest", (TestCase,), {name: test, "__module__": "unittest.loader"})(name)


class TestResult:
    """Collects what happened to each test."""

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failures = []
        self.errors = []
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.testsRun = 0
        self.shouldStop = False
        self.failfast = False
        self.buffer = False
        self._captured = None  # (stdout, stderr) while a buffered test runs
        self._mirror_output = False

    def startTest(self, test):
        self.testsRun += 1
        self._mirror_output = False
        if self.buffer:
            import io
            self._captured = (sys.stdout, sys.stderr)
            sys.stdout, sys.stderr = io.StringIO(), io.StringIO()

    def stopTest(self, test):
        if self._captured is None:
            return
        output, error = sys.stdout.getvalue(), sys.stderr.getvalue()
        sys.stdout, sys.stderr = self._captured
        self._captured = None
        if self._mirror_output:  # a failed test's output is shown after all
            for text, stream, heading in ((output, sys.stdout, "Stdout"), (error, sys.stderr, "Stderr")):
                if text:
                    stream.write(f"\n{heading}:\n{text}" + ("" if text.endswith("\n") else "\n"))

    def _failed(self):
        """A failure or error was recorded: the output is mirrored, -f stops the run."""
        self._mirror_output = True
        if self.failfast:
            self.stop()

    def _exc_text(self, test, err):
        exc_type, value, tb = err
        # leave out the runner's frames before the test and the assert
        # methods' frames after it
        while tb is not None and "__unittest" in tb.tb_frame.f_globals:
            tb = tb.tb_next
        length, level = 0, tb
        while level is not None and "__unittest" not in level.tb_frame.f_globals:
            length += 1
            level = level.tb_next
        if exc_type is test.failureException:
            lines = traceback.format_exception(exc_type, value, tb, limit=length)
        else:
            lines = traceback.format_exception(exc_type, value, tb)
        if self._captured is not None:
            for text, heading in ((sys.stdout.getvalue(), "Stdout"), (sys.stderr.getvalue(), "Stderr")):
                if text:
                    lines.append(f"\n{heading}:\n{text}" + ("" if text.endswith("\n") else "\n"))
        return "".join(lines)

    def addSuccess(self, test):
        pass

    def addFailure(self, test, err):
        self.failures.append((test, self._exc_text(test, err)))
        self._failed()

    def addError(self, test, err):
        self.errors.append((test, self._exc_text(test, err)))
        self._failed()

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_text(test, err)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)
        if self.failfast:
            self.stop()

    def wasSuccessful(self):
        return not self.failures and not self.errors and not self.unexpectedSuccesses

    def stop(self):
        self.shouldStop = True


class TextTestResult(TestResult):
    separator1 = "=" * 70
    separator2 = "-" * 70

    def __init__(self, stream, descriptions, verbosity):
        super().__init__()
        self.stream = stream
        self.descriptions = descriptions
        self.verbosity = verbosity
        self._status_pending = False  # a test's description is written, waiting for its status

    def getDescription(self, test):
        doc = test.shortDescription() if self.descriptions else None
        return f"{test}\n{doc}" if doc else str(test)

    def startTest(self, test):
        super().startTest(test)
        if self.verbosity > 1:
            self.stream.write(self.getDescription(test) + " ... ")
            self.stream.flush()
            self._status_pending = True

    def _report(self, test, word, char, described=True):
        """Writes a status (verbosity 2: on the pending description's line, or
        a line of its own for subtests and tests skipped before they start).
        As CPython's, the expected failure and unexpected success statuses
        (described=False) write no description and leave the line pending."""
        if self.verbosity > 1:
            subtest = isinstance(test, _SubTest)
            if described and (subtest or not self._status_pending):
                if self._status_pending:
                    self.stream.write("\n")
                self.stream.write(("  " if subtest else "") + self.getDescription(test) + " ... ")
            self.stream.write(word + "\n")
            if described:
                self._status_pending = False
        elif self.verbosity == 1:
            self.stream.write(char)
        self.stream.flush()

    def addSuccess(self, test):
        super().addSuccess(test)
        self._report(test, "ok", ".")

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._report(test, "FAIL", "F")

    def addError(self, test, err):
        super().addError(test, err)
        self._report(test, "ERROR", "E")

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._report(test, f"skipped {reason!r}", "s")

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._report(test, "expected failure", "x", described=False)

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._report(test, "unexpected success", "u", described=False)

    def printErrors(self):
        if self.verbosity >= 1:
            self.stream.write("\n")
        for flavour, errors in (("ERROR", self.errors), ("FAIL", self.failures)):
            for test, text in errors:
                self.stream.write(self.separator1 + "\n")
                self.stream.write(f"{flavour}: {self.getDescription(test)}\n")
                self.stream.write(self.separator2 + "\n")
                self.stream.write(text + "\n")
        if self.unexpectedSuccesses:
            self.stream.write(self.separator1 + "\n")
            for test in self.unexpectedSuccesses:
                self.stream.write(f"UNEXPECTED SUCCESS: {self.getDescription(test)}\n")
        self.stream.flush()


class TextTestRunner:
    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False,
                 resultclass=None, warnings=None, *, tb_locals=False):
        self.stream = stream if stream is not None else sys.stderr
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        if resultclass is not None:
            self.resultclass = resultclass

    def run(self, test):
        result = self.resultclass(self.stream, self.descriptions, self.verbosity)
        result.failfast = self.failfast
        result.buffer = self.buffer
        start = time.perf_counter()
        test(result)
        taken = time.perf_counter() - start
        result.printErrors()
        stream = self.stream
        stream.write(TextTestResult.separator2 + "\n")
        run = result.testsRun
        stream.write(f"Ran {run} test{'s' if run != 1 else ''} in {taken:.3f}s\n\n")
        counts = [(name, len(items)) for name, items in
                  (("failures", result.failures), ("errors", result.errors), ("skipped", result.skipped),
                   ("expected failures", result.expectedFailures),
                   ("unexpected successes", result.unexpectedSuccesses))]
        details = ", ".join(f"{name}={n}" for name, n in counts if n)
        if not result.wasSuccessful():
            outcome = "FAILED"
        elif run == 0 and not result.skipped:
            outcome = "NO TESTS RAN"
        else:
            outcome = "OK"
        stream.write(outcome + (f" ({details})" if details else "") + "\n")
        stream.flush()
        return result


class TestProgram:
    """Runs the tests of a module (by default __main__) and exits with their outcome."""

    def __init__(self, module="__main__", defaultTest=None, argv=None, testRunner=None,
                 testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            module = sys.modules[module]
        argv = sys.argv if argv is None else argv
        names, patterns = [], []
        args = list(argv[1:])
        while args:  # the options of `python -m unittest` that matter here
            arg = args.pop(0)
            if arg in ("-v", "--verbose"):
                verbosity = 2
            elif arg in ("-q", "--quiet"):
                verbosity = 0
            elif arg in ("-f", "--failfast"):
                failfast = True
            elif arg in ("-b", "--buffer"):
                buffer = True
            elif arg in ("-c", "--catch", "--locals"):
                pass
            elif arg == "-k" and args:
                patterns.append(args.pop(0))
            elif arg.startswith("-k") and len(arg) > 2:
                patterns.append(arg[2:])
            else:
                names.append(arg)
        if patterns:  # kept by the loader, as CPython's default loader keeps them
            testLoader.testNamePatterns = [p if "*" in p else f"*{p}*" for p in patterns]
        if names:
            suite = testLoader.loadTestsFromNames(names, module)
        elif defaultTest is None:
            suite = testLoader.loadTestsFromModule(module)
        else:
            names = [defaultTest] if isinstance(defaultTest, str) else defaultTest
            suite = testLoader.loadTestsFromNames(names, module)
        runner = testRunner if testRunner is not None else TextTestRunner
        if isinstance(runner, type):
            runner = runner(verbosity=verbosity, failfast=bool(failfast), buffer=bool(buffer))
        self.result = runner.run(suite)
        if exit:
            if self.result.testsRun == 0 and not self.result.skipped:
                sys.exit(5)  # CPython's "no tests ran" status
            sys.exit(not self.result.wasSuccessful())

main = TestProgram
