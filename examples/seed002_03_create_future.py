# Source: /work/shared/seeds/002_bf41fd4658ca91ed.txt (Russian), code block 3 (loop.create_future). Verbatim.
import asyncio

async def set_after(fut, delay, value):
    # Задержка на `delay` секунд.
    await asyncio.sleep(delay)
    # установка `value` как результат 
    # `fut` объекта Future.
    fut.set_result(value)

async def main():
    # Получим текущий цикл событий.
    loop = asyncio.get_event_loop()
    # Создадим новый объект Future.
    fut = loop.create_future()
    # Запускаем сопрограмму `set_after()` в параллельной задаче.
    # Здесь используется низкоуровневый API `loop.create_task()`, 
    loop.create_task(set_after(fut, 1, '... world'))

    print('hello ...')
    # Ждем, пока `fut` не получит результат 
    # (1 секунда), после печатаем его.
    result = await fut
    print(result)

if __name__ == '__main__':
    asyncio.run(main())
