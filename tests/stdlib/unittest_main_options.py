# unittest.main's command line: test names, -k patterns (kept by the default
# loader between runs, as in CPython), -q/-v, -f stops at the first failure,
# -b holds a test's output back unless it fails; names that find nothing.
import io
import sys
import unittest


class Steps(unittest.TestCase):
    def test_a_prints(self):
        print("a prints")

    def test_b_fails_loudly(self):
        print("b says something")
        sys.stderr.write("b complains\n")
        self.fail("b fails")

    def test_c_quiet(self):
        pass


class Other(unittest.TestCase):
    def test_other(self):
        pass


def run(argv, **kwargs):
    err = io.StringIO()
    sys.stderr = err
    try:
        program = unittest.main(argv=["prog"] + argv, exit=False, **kwargs)
    finally:
        sys.stderr = sys.__stderr__
    result = program.result
    print("==", argv, result.testsRun, len(result.failures), len(result.errors))
    for line in err.getvalue().splitlines():
        if not line.startswith(("Ran ", "  File ", "    ")):
            print("|", line)


run(["-b"])
run(["-f", "-q"])
run(["Steps.test_c_quiet", "Other"])
run(["Steps.test_missing", "NoSuchCase"])
run([], defaultTest="Other")
run(["-v", "-k", "quiet", "-k", "*other"])
run(["-b", "-f"])
