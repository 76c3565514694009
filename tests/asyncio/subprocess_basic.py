# asyncio subprocesses: exec and shell, communicate, return codes
import asyncio, sys
async def main():
    proc = await asyncio.create_subprocess_exec("echo", "hello", "world", stdout=asyncio.subprocess.PIPE)
    out, err = await proc.communicate()
    print(out, err, proc.returncode)
    proc = await asyncio.create_subprocess_shell("echo to-stderr >&2; exit 3", stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await proc.communicate()
    print(out, err, proc.returncode)
    proc = await asyncio.create_subprocess_exec("cat", stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate(b"piped through cat")
    print(out, proc.returncode)
    proc = await asyncio.create_subprocess_exec("sh", "-c", "printf 'a\\nb\\n'", stdout=asyncio.subprocess.PIPE)
    lines = [line async for line in proc.stdout]
    print(lines, await proc.wait())
    try:
        await asyncio.create_subprocess_exec("/definitely/not/a/program")
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno)
asyncio.run(main())
