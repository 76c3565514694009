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

__all__ = ["TestCase", "TestSuite", "TestResult", "TextTestRunner", "TestLoader", "SkipTest", "main",
           "skip", "skipIf", "skipUnless", "expectedFailure", "defaultTestLoader"]

__unittest = True  # frames of this module are left out of failure tracebacks

_MAX_LENGTH = 80


class SkipTest(Exception):
    """Raised in a test (or by the skip decorators) to skip it."""


def _short_repr(obj):
    text = repr(obj)
    return text if len(text) < _MAX_LENGTH else text[:_MAX_LENGTH] + " [truncated]..."


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


class _RaisesContext:
    """What assertRaises returns when used as a context manager."""

    def __init__(self, expected, case, pattern=None, msg=None):
        self.expected = expected
        self.case = case
        self.pattern = pattern
        self.msg = msg
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        name = getattr(self.expected, "__name__", str(self.expected))
        if exc_type is None:
            self.case.fail(self.case._formatMessage(self.msg, f"{name} not raised"))
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc.with_traceback(None)
        if self.pattern is not None:
            import re
            if not re.search(self.pattern, str(exc)):
                self.case.fail(self.case._formatMessage(
                    self.msg, f'"{self.pattern}" does not match "{exc}"'))
        return True


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
        if issubclass(exc_type, SkipTest):
            result.addSkip(self.subtest, str(exc))
            return True
        self.case._subtest_failed = True
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
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            function(*args, **kwargs)

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
            if self._run_part(result, self.setUp, expecting):
                ok = self._run_part(result, method, expecting)
                self._run_part(result, self.tearDown, expecting, last=ok)
            self.doCleanups()
        finally:
            result.stopTest(self)
        return result

    def _run_part(self, result, part, expecting, last=False):
        """Runs setUp, the test or tearDown and reports a failure, or the
        test's success after the last part. True if the part passed."""
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
        if last and not self._subtest_failed:
            if expecting:
                result.addUnexpectedSuccess(self)
            else:
                result.addSuccess(self)
        return True

    # assertions
    def assertTrue(self, expr, msg=None):
        if not expr:
            self.fail(self._formatMessage(msg, f"{_short_repr(expr)} is not true"))

    def assertFalse(self, expr, msg=None):
        if expr:
            self.fail(self._formatMessage(msg, f"{_short_repr(expr)} is not false"))

    def assertEqual(self, first, second, msg=None):
        if first == second:
            return
        standard = f"{_short_repr(first)} != {_short_repr(second)}"
        diff = ""
        kind = type(first)
        if kind is type(second):
            if kind is str and ("\n" in first or "\n" in second):
                diff = "\n" + "".join(difflib.ndiff(first.splitlines(True), second.splitlines(True)))
            elif kind in (list, tuple):
                standard = self._sequence_difference(first, second, kind.__name__)
                diff = self._pformat_diff(first, second)
            elif kind is dict:
                diff = self._pformat_diff(first, second)
            elif kind in (set, frozenset):
                standard = self._set_difference(first, second)
        self.fail(self._formatMessage(msg, self._truncated(standard, diff)))

    @staticmethod
    def _pformat_diff(first, second):
        return "\n" + "\n".join(difflib.ndiff(pprint.pformat(first).splitlines(), pprint.pformat(second).splitlines()))

    def _truncated(self, standard, diff):
        if self.maxDiff is None or len(diff) <= self.maxDiff:
            return standard + diff
        return standard + f"\nDiff is {len(diff)} characters long. Set self.maxDiff to None to see it."

    @staticmethod
    def _sequence_difference(first, second, what):
        text = f"{what.capitalize()}s differ: {_short_repr(first)} != {_short_repr(second)}\n"
        for i in range(min(len(first), len(second))):
            if first[i] != second[i]:
                text += f"\nFirst differing element {i}:\n{_short_repr(first[i])}\n{_short_repr(second[i])}\n"
                break
        if len(first) != len(second):
            which, longer, shorter = ("First", first, second) if len(first) > len(second) else ("Second", second, first)
            text += f"\n{which} {what} contains {len(longer) - len(shorter)} additional elements.\n"
            text += f"First extra element {len(shorter)}:\n{_short_repr(longer[len(shorter)])}\n"
        return text

    def _set_difference(self, first, second):
        only_first = [item for item in first if item not in second]
        only_second = [item for item in second if item not in first]
        lines = []
        if only_first:
            lines.append("Items in the first set but not the second:")
            lines.extend(repr(item) for item in only_first)
        if only_second:
            lines.append("Items in the second set but not the first:")
            lines.extend(repr(item) for item in only_second)
        return "\n".join(lines)

    def assertNotEqual(self, first, second, msg=None):
        if first == second:
            self.fail(self._formatMessage(msg, f"{_short_repr(first)} == {_short_repr(second)}"))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standard = f"{_short_repr(first)} != {_short_repr(second)} within {_short_repr(delta)} delta ({_short_repr(diff)} difference)"
        else:
            places = 7 if places is None else places
            if round(diff, places) == 0:
                return
            standard = f"{_short_repr(first)} != {_short_repr(second)} within {places} places ({_short_repr(diff)} difference)"
        self.fail(self._formatMessage(msg, standard))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standard = f"{_short_repr(first)} == {_short_repr(second)} within {_short_repr(delta)} delta ({_short_repr(diff)} difference)"
        else:
            places = 7 if places is None else places
            if not (first == second) and round(diff, places) != 0:
                return
            standard = f"{_short_repr(first)} == {_short_repr(second)} within {places} places"
        self.fail(self._formatMessage(msg, standard))

    def assertIs(self, first, second, msg=None):
        if first is not second:
            self.fail(self._formatMessage(msg, f"{_short_repr(first)} is not {_short_repr(second)}"))

    def assertIsNot(self, first, second, msg=None):
        if first is second:
            self.fail(self._formatMessage(msg, f"unexpectedly identical: {_short_repr(first)}"))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, f"{_short_repr(obj)} is not None"))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, "unexpectedly None"))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self.fail(self._formatMessage(msg, f"{_short_repr(member)} not found in {_short_repr(container)}"))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self.fail(self._formatMessage(
                msg, f"{_short_repr(member)} unexpectedly found in {_short_repr(container)}"))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(msg, f"{_short_repr(obj)} is not an instance of {cls!r}"))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self.fail(self._formatMessage(msg, f"{_short_repr(obj)} is an instance of {cls!r}"))

    def _compare(self, first, second, ok, relation, msg):
        if not ok:
            self.fail(self._formatMessage(msg, f"{_short_repr(first)} {relation} {_short_repr(second)}"))

    def assertGreater(self, a, b, msg=None):
        self._compare(a, b, a > b, "not greater than", msg)

    def assertGreaterEqual(self, a, b, msg=None):
        self._compare(a, b, a >= b, "not greater than or equal to", msg)

    def assertLess(self, a, b, msg=None):
        self._compare(a, b, a < b, "not less than", msg)

    def assertLessEqual(self, a, b, msg=None):
        self._compare(a, b, a <= b, "not less than or equal to", msg)

    def assertCountEqual(self, first, second, msg=None):
        first, second = list(first), list(second)
        missing = list(second)
        unexpected = []
        for item in first:
            if item in missing:
                missing.remove(item)
            else:
                unexpected.append(item)
        if missing or unexpected:
            lines = ["Element counts were not equal:"]
            for item in unexpected:
                lines.append(f"First has {first.count(item)}, Second has {second.count(item)}:  {item!r}")
            for item in missing:
                lines.append(f"First has {first.count(item)}, Second has {second.count(item)}:  {item!r}")
            self.fail(self._formatMessage(msg, "\n".join(dict.fromkeys(lines))))

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
        context = _RaisesContext(expected, self, msg=kwargs.pop("msg", None))
        if not args:
            return context
        callable_obj, *args = args
        with context:
            callable_obj(*args, **kwargs)

    def assertRaisesRegex(self, expected, pattern, *args, **kwargs):
        context = _RaisesContext(expected, self, pattern, kwargs.pop("msg", None))
        if not args:
            return context
        callable_obj, *args = args
        with context:
            callable_obj(*args, **kwargs)

    def assertListEqual(self, first, second, msg=None):
        self.assertEqual(first, second, msg)

    assertTupleEqual = assertSetEqual = assertDictEqual = assertMultiLineEqual = assertSequenceEqual = assertListEqual

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
            self.cls = cls
            skipped = getattr(cls, "__unittest_skip__", False)
            if module not in self.failed and not skipped and \
                    not self._call(cls, "setUpClass", f"{module}.{cls.__qualname__}"):
                self.failed.add(cls)
        return module not in self.failed and cls not in self.failed

    def leave_class(self):
        cls = self.cls
        if cls is not None and cls not in self.failed and self.module not in self.failed \
                and not getattr(cls, "__unittest_skip__", False):
            self._call(cls, "tearDownClass", f"{self.module}.{cls.__qualname__}")
        self.cls = None

    def leave_module(self):
        if self.module is not None and self.module not in self.failed:
            self._call(sys.modules.get(self.module), "tearDownModule", self.module)
        self.module = None


def _flatten(suite):
    for test in suite:
        if isinstance(test, TestSuite):
            yield from _flatten(test)
        else:
            yield test


class TestLoader:
    testMethodPrefix = "test"

    def getTestCaseNames(self, case_class):
        return sorted(name for name in dir(case_class)
                      if name.startswith(self.testMethodPrefix) and callable(getattr(case_class, name)))

    def loadTestsFromTestCase(self, case_class):
        return TestSuite(case_class(name) for name in self.getTestCaseNames(case_class))

    def loadTestsFromModule(self, module):
        cases = [getattr(module, name) for name in dir(module)]
        cases = [obj for obj in cases if isinstance(obj, type) and issubclass(obj, TestCase)]
        return TestSuite(self.loadTestsFromTestCase(case) for case in cases)


defaultTestLoader = TestLoader()


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

    def startTest(self, test):
        self.testsRun += 1

    def stopTest(self, test):
        pass

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
        return "".join(lines)

    def addSuccess(self, test):
        pass

    def addFailure(self, test, err):
        self.failures.append((test, self._exc_text(test, err)))

    def addError(self, test, err):
        self.errors.append((test, self._exc_text(test, err)))

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_text(test, err)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

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

    def getDescription(self, test):
        doc = test.shortDescription() if self.descriptions else None
        return f"{test}\n{doc}" if doc else str(test)

    def startTest(self, test):
        super().startTest(test)
        self._described = False
        if self.verbosity > 1:
            self.stream.write(self.getDescription(test) + " ... ")
            self.stream.flush()
            self._described = True

    def _report(self, test, word, char):
        if self.verbosity > 1:
            if isinstance(test, _SubTest):
                # a line of its own, indented under the test's
                if getattr(self, "_described", False):
                    self.stream.write("\n")
                self.stream.write("  " + self.getDescription(test) + " ... ")
            elif not getattr(self, "_described", False):  # a skip before startTest
                self.stream.write(self.getDescription(test) + " ... ")
            self.stream.write(word + "\n")
            self._described = False
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
        self._report(test, "expected failure", "x")

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._report(test, "unexpected success", "u")

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
        if resultclass is not None:
            self.resultclass = resultclass

    def run(self, test):
        result = self.resultclass(self.stream, self.descriptions, self.verbosity)
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
        for arg in argv[1:]:
            if arg in ("-v", "--verbose"):
                verbosity = 2
            elif arg in ("-q", "--quiet"):
                verbosity = 0
        if defaultTest is None:
            suite = testLoader.loadTestsFromModule(module)
        else:
            names = [defaultTest] if isinstance(defaultTest, str) else defaultTest
            suite = TestSuite(self._named_test(module, name) for name in names)
        runner = testRunner if testRunner is not None else TextTestRunner(verbosity=verbosity)
        if isinstance(runner, type):
            runner = runner(verbosity=verbosity)
        self.result = runner.run(suite)
        if exit:
            if self.result.testsRun == 0 and not self.result.skipped:
                sys.exit(5)  # CPython's "no tests ran" status
            sys.exit(not self.result.wasSuccessful())

    @staticmethod
    def _named_test(module, name):
        case_name, _, method = name.partition(".")
        case_class = getattr(module, case_name)
        if method:
            return case_class(method)
        return defaultTestLoader.loadTestsFromTestCase(case_class)


main = TestProgram
