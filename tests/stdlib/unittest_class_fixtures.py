# Class fixtures: a class is torn down as soon as the next class starts; a
# failing setUpClass is reported as an error of its own and skips the class.
import io
import sys
import unittest

log = []


def setUpModule():
    log.append("setUpModule")


def tearDownModule():
    log.append("tearDownModule")


class First(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass " + cls.__name__)

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass " + cls.__name__)

    def test_one(self):
        log.append("test_one " + type(self).__name__)


class Second(First):
    def test_two(self):
        log.append("test_two")


class Broken(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise ValueError("no database")

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass Broken (never)")

    def test_never(self):
        log.append("test_never")


class BrokenTeardown(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise KeyError("gone")

    def test_fine(self):
        pass


loader = unittest.TestLoader()
suite = unittest.TestSuite()
for case in (First, Second, Broken, BrokenTeardown):
    suite.addTests(loader.loadTestsFromTestCase(case))
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print("\n".join(log))
print(result.testsRun, len(result.errors), result.wasSuccessful())
for test, text in result.errors:
    print(test, "|", text.strip().splitlines()[-1])
for line in stream.getvalue().splitlines():
    if not line.startswith(("Ran ", '  File')):
        print(line)

log.clear()
unittest.main(exit=False, testRunner=unittest.TextTestRunner(stream=io.StringIO()))
print("\n".join(log))
