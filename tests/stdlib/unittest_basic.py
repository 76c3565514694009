# unittest: discovery in name order, assertion messages (sequence, dict and
# multi-line string differences), errors, skips and expected failures,
# at verbosity 1 and 2; the timing and this file's path are masked.
import io
import os
import re
import unittest

class TestMath(unittest.TestCase):
    def setUp(self):
        self.data = [1, 2, 3]
    def test_add(self):
        self.assertEqual(2 + 3, 5)
    def test_fail(self):
        self.assertEqual(2 + 2, 5)
    def test_list(self):
        self.assertEqual(self.data, [1, 2, 4, 5])
    def test_error(self):
        {}["missing"]
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertIsInstance(cm.exception, ZeroDivisionError)
        self.assertRaises(ValueError, int, "x")
        self.assertRaisesRegex(ValueError, "invalid literal", int, "y")
    def test_misc(self):
        self.assertTrue(True); self.assertIn(2, self.data); self.assertIsNone(None)
        self.assertAlmostEqual(0.1 + 0.2, 0.3); self.assertGreater(3, 2); self.assertNotEqual(1, 2)
        self.assertCountEqual([1, 2], [2, 1])
    @unittest.skip("not ready")
    def test_skipped(self):
        pass
    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(1, 0)
    def test_true(self):
        self.assertTrue(0, "zero is falsy")

class TestStr(unittest.TestCase):
    def test_upper(self):
        """Upper-casing works."""
        self.assertEqual("a".upper(), "A")
    def test_multiline(self):
        self.assertEqual("a\nb\n", "a\nc\n")
    def test_dict(self):
        self.assertEqual({"a": 1}, {"a": 2})
    def test_tuple(self):
        self.assertEqual((1, 2), (1, 3))
    def test_set(self):
        self.assertEqual({1, 2}, {2, 3})
    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)
        with self.subTest("named", n=1):
            raise ValueError("boom")

here = os.path.dirname(os.path.abspath(__file__)) + os.sep
for verbosity in (1, 2):
    out = io.StringIO()
    runner = unittest.TextTestRunner(stream=out, verbosity=verbosity)
    program = unittest.main(argv=["prog"], testRunner=runner, exit=False)
    text = re.sub(r"in \d+\.\d+s", "in T s", out.getvalue()).replace(here, "")
    print(text)
    print(program.result.wasSuccessful(), program.result.testsRun, len(program.result.failures))
