# KeyboardInterrupt raised explicitly: traceback and exit status 130 (CPython re-raises SIGINT)
print("about to interrupt")
raise KeyboardInterrupt
