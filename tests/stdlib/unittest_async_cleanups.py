# IsolatedAsyncioTestCase (coroutine tests, asyncSetUp/asyncTearDown, async
# cleanups, one context for all parts); enterContext and class/module
# cleanups; a failing cleanup makes the test an error.
import asyncio
import contextlib
import contextvars
import io
import unittest

log = []
current = contextvars.ContextVar("current", default="unset")


@contextlib.contextmanager
def resource(name):
    log.append(f"open {name}")
    yield name.upper()
    log.append(f"close {name}")


def setUpModule():
    unittest.addModuleCleanup(log.append, "module cleanup")


class Async(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        log.append("setUp")
        current.set("from setUp")

    async def asyncSetUp(self):
        log.append(f"asyncSetUp sees {current.get()}")
        self.addAsyncCleanup(self.async_cleanup, "c1")

    async def async_cleanup(self, tag):
        await asyncio.sleep(0)
        log.append(f"async cleanup {tag}")

    async def test_sleep(self):
        await asyncio.sleep(0.001)
        log.append(f"test sees {current.get()}")
        self.assertEqual(await asyncio.gather(asyncio.sleep(0, "a"), asyncio.sleep(0, "b")), ["a", "b"])

    async def test_fails(self):
        await asyncio.sleep(0)
        self.assertEqual(1, 2)

    async def test_context(self):
        @contextlib.asynccontextmanager
        async def acm():
            log.append("aenter")
            yield 5
            log.append("aexit")
        self.assertEqual(await self.enterAsyncContext(acm()), 5)

    def test_plain(self):
        self.assertIsInstance(asyncio.get_event_loop(), asyncio.AbstractEventLoop)

    async def asyncTearDown(self):
        log.append("asyncTearDown")

    def tearDown(self):
        log.append("tearDown")


class Contexts(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.shared = cls.enterClassContext(resource("class"))
        cls.addClassCleanup(log.append, "class cleanup")

    def test_enter(self):
        self.assertEqual(self.enterContext(resource("test")), "TEST")
        log.append(f"shared {self.shared}")

    def test_bad_cleanup(self):
        self.addCleanup(lambda: 1 / 0)

    def test_not_cm(self):
        with self.assertRaises(TypeError) as cm:
            self.enterContext(object())
        log.append(str(cm.exception))


stream = io.StringIO()
loader = unittest.TestLoader()
suite = unittest.TestSuite([loader.loadTestsFromTestCase(Async), loader.loadTestsFromTestCase(Contexts)])
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print("\n".join(log))
for line in stream.getvalue().splitlines():
    if not line.startswith(("Ran ", "  File ", "    ")):
        print(line)
