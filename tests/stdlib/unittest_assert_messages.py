# Failure messages of the assertions as CPython words them: string diffs for
# every str pair, long reprs shortened around where they differ, sequences of
# any type, counts in first-seen order; assertWarns and assertLogs.
import io
import logging
import unittest
import warnings


class Messages(unittest.TestCase):
    def test_str_one_line(self):
        self.assertEqual("abc", "abd")

    def test_str_newline_at_end(self):
        self.assertEqual("abc\n", "abd")

    def test_str_empty(self):
        self.assertEqual("", "x")

    def test_multiline_missing_newline(self):
        self.assertMultiLineEqual("a\nb", "a\nb\n")

    def test_long_str(self):
        self.assertEqual("x" * 100, "x" * 99 + "y")

    def test_long_lists(self):
        self.assertEqual(list(range(40)), list(range(39)) + [99])

    def test_long_unrelated(self):
        self.assertEqual("a" * 90, "b" * 90)

    def test_sequence_str(self):
        self.assertSequenceEqual("abc", "abd")

    def test_sequence_types(self):
        self.assertSequenceEqual([1, 2], (1, 2))
        self.assertListEqual([1, 2], (1, 2))

    def test_tuple_longer(self):
        self.assertTupleEqual((1, 2, 3), (1, 2))

    def test_dict(self):
        self.assertEqual({"a": 1, "b": [1, 2]}, {"a": 1, "b": [1, 3]})

    def test_dict_wrong_type(self):
        self.assertDictEqual([], {})

    def test_count(self):
        self.assertCountEqual([2, 1, 1, "x"], [1, 2, 2, [3]])

    def test_in_long(self):
        self.assertIn(99, list(range(30)))

    def test_msg(self):
        self.assertEqual([1], [2], "extra words")

    def test_raises_callable(self):
        self.assertRaises(ValueError, int, "12")

    def test_warns(self):
        with self.assertWarns(DeprecationWarning) as cm:
            warnings.warn("old api", DeprecationWarning)
        print("warning:", cm.warning, cm.lineno > 0)
        with self.assertWarnsRegex(UserWarning, "o+"):
            warnings.warn("foo")
        self.assertWarns(RuntimeWarning, warnings.warn, "rt", RuntimeWarning)
        with self.assertWarns(UserWarning):
            pass

    def test_warns_regex_mismatch(self):
        with self.assertWarnsRegex(UserWarning, "^z"):
            warnings.warn("abc")

    def test_logs(self):
        with self.assertLogs("app", level="INFO") as cm:
            logging.getLogger("app").info("hello %s", "x")
            logging.getLogger("app.db").warning("slow")
            logging.getLogger("app").debug("hidden")
        print("logs:", cm.output, [r.levelname for r in cm.records])
        with self.assertNoLogs("quiet"):
            pass
        with self.assertLogs("app", level=logging.ERROR):
            logging.getLogger("app").warning("not enough")

    def test_no_logs_fails(self):
        with self.assertNoLogs("app"):
            logging.getLogger("app").error("oops")


stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(Messages))
for line in stream.getvalue().splitlines():
    if not line.startswith(("Ran ", "  File ", "    ")):
        print(line)
print(len(result.failures), len(result.errors))
