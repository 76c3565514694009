"""asyncio for Ay: the event loop and Future/Task are C (module _asyncio, on
libuv); these modules build the rest of CPython 3.12's asyncio API on them."""

import sys
import _asyncio

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .queues import *
from .runners import *
from .streams import *
from .subprocess import *
from .protocols import *
from .transports import *
from .tasks import *
from .threads import *
from .taskgroups import *
from .timeouts import *
from .unix_events import *
from . import _helpers

__all__ = (base_events.__all__ + coroutines.__all__ + events.__all__ +
           exceptions.__all__ + futures.__all__ + locks.__all__ + queues.__all__ +
           runners.__all__ + streams.__all__ + subprocess.__all__ + protocols.__all__ +
           transports.__all__ + tasks.__all__ + threads.__all__ + taskgroups.__all__ + timeouts.__all__ +
           unix_events.__all__)

_helpers.install()
