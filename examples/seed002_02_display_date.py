# Source: /work/shared/seeds/002_bf41fd4658ca91ed.txt (Russian), code block 2 (loop.call_later).
# The block holds the program twice, separated by a stray prose line
# ("Содержание раздела:") that is not Python; this is the first copy, verbatim.
# Prints the wall-clock time (HH:MM:SS) once a second for about 5 seconds.
# Пример обратного вызова, отображающего текущее время каждую секунду
# Обратный вызов использует метод loop.call_later() для перепланирования себя через 5 секунд, 
# а затем останавливает цикл событий.

import asyncio
import datetime

def display_date(end_time, loop):
    print(datetime.datetime.now().strftime('%H:%M:%S'))
    if (loop.time() + 1.0) < end_time:
        loop.call_later(1, display_date, end_time, loop)
    else:
        loop.stop()

loop = asyncio.get_event_loop()

# Планирование первого вызова display_date()
end_time = loop.time() + 5.0
loop.call_soon(display_date, end_time, loop)

# Блокировка вызова прерывается loop.stop()
try:
    loop.run_forever()
finally:
    loop.close()
    
# 08:58:23
# 08:58:24
# 08:58:25
# 08:58:26
# 08:58:27
