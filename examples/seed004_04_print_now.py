# Source: /work/shared/seeds/004_485b695e9bd67b11.txt, "Loop" code-block, fourth snippet.
# Glue: import asyncio and the loop from the block's earlier snippets.
# Prints datetime.now() twice: deterministic only after normalising timestamps.
import asyncio  # glue
loop = asyncio.get_event_loop()  # glue

from datetime import datetime

def print_now():
     print(datetime.now())

loop.call_soon(print_now)
loop.call_soon(print_now)
loop.run_until_complete(asyncio.sleep(3))
