# unittest.mock: calls recorded on mocks and their parents, return_value and
# side_effect, assertion messages, MagicMock special methods, patch forms,
# mock_open, PropertyMock, AsyncMock, sentinel and ANY.
import asyncio
import os
import re
import unittest
from unittest import mock
from unittest.mock import ANY, DEFAULT, MagicMock, Mock, call, patch, sentinel


def attempt(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
        print("passed")
    except (AssertionError, AttributeError, TypeError, ValueError, StopIteration) as e:
        print(type(e).__name__ + ":", e)


m = Mock()
m(1, k=2)
m.method("a")
m.method.sub(3)
m().chained(4)
print(m.called, m.call_count, m.call_args, m.call_args.args, m.call_args.kwargs)
print(m.call_args_list)
print(m.mock_calls)
print(m.method_calls)
print(m.method.mock_calls, m.method.call_args == call("a"), m.mock_calls[0] == call(1, k=2))
print(call(1, 2), call.foo(x=1), call().bar(), call.a.b(), m.call_args == ((), {}))
attempt(m.method.assert_called_with, "b")
attempt(m.method.assert_called_once_with, "a")
attempt(m.assert_called_once)
attempt(m.assert_not_called)
attempt(Mock(name="fresh").assert_called_with, 5)
attempt(Mock().assert_called)
attempt(m.method.sub.assert_any_call, 9)
attempt(m.assert_has_calls, [call.method("a"), call.method.sub(3)])
attempt(m.assert_has_calls, [call.method.sub(3), call.method("a")])
attempt(m.assert_has_calls, [call.method.sub(3), call.method("a")], any_order=True)
attempt(m.assert_has_calls, [call.nope()], any_order=True)
attempt(m.assert_called_with, ANY)
attempt(getattr, m, "assret_called")
attempt(getattr, m, "__len__")

r = Mock(return_value=3)
print(r(), r(1, 2))
se = Mock(side_effect=[1, ValueError("second"), 3])
print(se())
attempt(se)
print(se())
attempt(se)
fn = Mock(side_effect=lambda x: x * 2)
print(fn(21))
both = Mock(side_effect=lambda: DEFAULT, return_value="rv")
print(both())
attempt(Mock(side_effect=ValueError("k")))
cfg = Mock(**{"method.return_value": 7, "other.side_effect": TypeError("bad")})
print(cfg.method())
attempt(cfg.other)
m.reset_mock()
print(m.call_count, m.mock_calls, m.method.called)
wrapped = Mock(wraps=len)
print(wrapped([1, 2, 3]), wrapped.call_args)


class Spec:
    attr = 1

    def method(self, x):
        return x


s = Mock(spec=Spec)
print(isinstance(s, Spec), s.method(1) is not None)
attempt(getattr, s, "missing")
ss = Mock(spec_set=Spec)
attempt(setattr, ss, "other", 1)
ss.attr = 5
print(ss.attr)

mm = MagicMock()
print(len(mm), bool(mm), list(mm), 3 in mm, int(mm), float(mm), mm == mm, mm != mm, mm < mm if False else "")
mm.__len__.return_value = 4
mm.__getitem__.side_effect = lambda k: k * 2
mm.__iter__.return_value = [1, 2]
mm.__contains__.return_value = True
print(len(mm), mm[5], list(mm), "x" in mm, mm.__len__.called)
with mm as entered:
    print(entered is mm.__enter__.return_value)
print(mm.__exit__.call_args)
mm.__str__.return_value = "custom str"
print(str(mm))
plain = Mock()
plain.__len__ = lambda self: 9
print(len(plain))


class Service:
    def fetch(self):
        return "real"


@patch.object(Service, "fetch", return_value="mocked")
def use_patch(mocked):
    print(Service().fetch(), mocked.call_count)


use_patch()
print(Service().fetch())
with patch("os.getcwd", return_value="/nowhere") as getcwd:
    print(os.getcwd(), getcwd.called)
print(os.getcwd() != "/nowhere")
with patch.object(Service, "extra", "value", create=True):
    print(Service.extra)
print(hasattr(Service, "extra"))
attempt(patch.object(Service, "nothing").start)
config = {"a": 1}
with patch.dict(config, {"b": 2}):
    print(config)
with patch.dict(config, {"c": 3}, clear=True):
    print(config)
print(config)


@patch("os.path.exists")
@patch("os.path.isdir")
def stacked(isdir, exists):
    isdir.return_value = True
    print(os.path.isdir("x"), os.path.exists("y") is exists.return_value, isdir is not exists)


stacked()
patcher = patch("re.compile", return_value=sentinel.pattern)
started = patcher.start()
print(re.compile("x"), started.call_args)
patcher.stop()
print(re.compile("x").pattern)

opener = mock.mock_open(read_data="line1\nline2\nline3\n")
with patch("builtins.open", opener):
    with open("any.txt") as f:
        print(repr(f.readline()), repr(f.read()))
    with open("any.txt") as f:
        print([line for line in f])
    with open("out.txt", "w") as f:
        f.write("data")
print(opener.call_args_list)
opener().write.assert_called_once_with("data")


class Settings:
    level = 1


with patch.object(Settings, "level", new_callable=mock.PropertyMock, return_value=42) as level:
    print(Settings().level, level.call_count)
print(Settings.level)
print(sentinel.token, sentinel.token is sentinel.token, DEFAULT, ANY == 5, repr(ANY))


async def use_async():
    am = mock.AsyncMock(return_value=10)
    print(await am(1), am.await_count, am.await_args)
    am.assert_awaited_once_with(1)
    attempt(am.assert_awaited_with, 2)
    slow = mock.AsyncMock(side_effect=[ValueError("x"), 5])
    try:
        await slow()
    except ValueError as e:
        print("raised", e)
    print(await slow())


asyncio.run(use_async())


class UsesPatch(unittest.TestCase):
    @patch("os.getpid", return_value=-1)
    def test_pid(self, getpid):
        self.assertEqual(os.getpid(), -1)
        getpid.assert_called_once_with()


result = unittest.TextTestRunner(stream=open(os.devnull, "w")).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(UsesPatch))
print(result.testsRun, result.wasSuccessful())
