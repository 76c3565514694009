# Source: /work/shared/seeds/004_485b695e9bd67b11.txt, "Loop" code-block, second snippet. Verbatim.
# NOTE: run_forever() with nothing scheduled never returns: this script does not
# terminate by design (stop it with Ctrl-C). It is not part of the example tests.
import asyncio  # glue: imported in the block's first snippet

loop = asyncio.get_event_loop()
loop.run_forever()
