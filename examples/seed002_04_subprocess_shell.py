# Source: /work/shared/seeds/002_bf41fd4658ca91ed.txt (Russian), code block 4 (subprocesses). Verbatim.
# Output depends on the system's ls (GNU ls exits with 2 and words its message
# differently from the BSD ls quoted in the tutorial).
import asyncio


async def run(cmd):
    proc = await asyncio.create_subprocess_shell(
        cmd,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE)

    stdout, stderr = await proc.communicate()

    print(f'[{cmd!r} exited with {proc.returncode}]')
    if stdout:
        print(f'[stdout]\n{stdout.decode()}')
    if stderr:
        print(f'[stderr]\n{stderr.decode()}')

        
asyncio.run(run('ls /zzz'))


# ['ls /zzz' exited with 1]
# [stderr]
# ls: /zzz: No such file or directory
