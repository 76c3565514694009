# Source: /work/shared/seeds/004_485b695e9bd67b11.txt, "UVLoop" section, the doctest
# (marked "# doctest: +SKIP" in the source), converted from ">>>"/"..." prompts.
# The "$ pip install uvloop" console block is shell and is skipped.
# Needs the third-party uvloop package (not in the standard library), so it is
# not part of the example tests; without uvloop it raises ModuleNotFoundError.
import asyncio  # glue: asyncio is used below but never imported in the doctest
import uvloop

uvloop.install()

loop = asyncio.new_event_loop()
print(repr(loop))  # glue: the doctest echoed `loop`; a script must print it
# expected (from the source): <uvloop.Loop running=False closed=False debug=False>
