# Source: /work/shared/seeds/004_485b695e9bd67b11.txt (English, reStructuredText),
# "Loop" section, ".. code-block:: python", first snippet.
# Glue: the snippet's two prose lines are not Python; they are kept as comments.
import asyncio

loop = asyncio.new_event_loop()

# Return the running event loop in the current OS thread.
#
# If there is no running event loop a RuntimeError is raised. This function can only be called from a coroutine or a callback.
