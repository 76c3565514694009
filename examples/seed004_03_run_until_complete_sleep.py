# Source: /work/shared/seeds/004_485b695e9bd67b11.txt, "Loop" code-block, third snippet. Verbatim.
# Sleeps 3 seconds and prints nothing.
import asyncio  # glue: imported in the block's first snippet

loop = asyncio.get_event_loop()
loop.run_until_complete(asyncio.sleep(3))
