# Verbose statuses as CPython writes them: a test skipped before it starts
# after an unexpected success gets no description (CPython leaves that line
# pending), a skipped subtest keeps its test from reporting ok.
import unittest, sys, re
class T(unittest.TestCase):
    def test_doc(self):
        """Checks the docstring line.

        Second paragraph."""
    def test_id(self):
        print(self.id(), self.shortDescription(), str(self), repr(self))
    @unittest.expectedFailure
    def test_unexpected(self):
        pass
    @unittest.skipUnless(sys.platform == 'nope', 'needs nope')
    def test_skipunless(self): pass
    def test_regex_compiled(self):
        with self.assertRaisesRegex(ValueError, re.compile(r'inv.lid')):
            int('x')
    def test_raises_wrong_msg(self):
        with self.assertRaisesRegex(ValueError, 'nomatch'):
            int('x')
    def test_subtest_skip(self):
        for i in range(3):
            with self.subTest(i=i):
                if i == 1: self.skipTest('skip one')
                self.assertLess(i, 5)
    def test_error_in_subtest(self):
        with self.subTest('named'):
            raise KeyError('k')
class Skipped(unittest.TestCase):
    @classmethod
    def setUpClass(cls): print('should not run')
    def test_x(self): pass
Skipped = unittest.skip('whole class')(Skipped)
suite = unittest.TestSuite()
suite.addTest(unittest.defaultTestLoader.loadTestsFromTestCase(T))
suite.addTest(unittest.defaultTestLoader.loadTestsFromTestCase(Skipped))
print(suite.countTestCases())
import io
stream = io.StringIO()
r = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print("\n".join(l for l in stream.getvalue().splitlines() if not l.startswith(("Ran ", "  File ", "    "))))
print(r.testsRun, len(r.skipped), r.skipped[0][1] if r.skipped else None, len(r.unexpectedSuccesses), r.wasSuccessful())
