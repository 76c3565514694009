"""concurrent.futures: running calls asynchronously on a pool of threads."""

from concurrent.futures._base import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, CancelledError,
                                      TimeoutError, InvalidStateError, BrokenExecutor, Future, Executor,
                                      wait, as_completed)
from concurrent.futures.thread import ThreadPoolExecutor

__all__ = ("FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "CancelledError", "TimeoutError",
           "InvalidStateError", "BrokenExecutor", "Future", "Executor", "wait", "as_completed",
           "ThreadPoolExecutor", "ProcessPoolExecutor")


def __getattr__(name):
    if name == "ProcessPoolExecutor":
        raise ImportError("ProcessPoolExecutor is not available in Ay (no multiprocessing)")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
