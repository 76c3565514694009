# The argument-less methods of int, float and complex refuse arguments.
calls = [lambda: (1.5).is_integer(1), lambda: (1.5).as_integer_ratio(1), lambda: (1.5).conjugate(1),
         lambda: (1.5).__trunc__(1), lambda: (2.5).__floor__(1), lambda: (2.5).__ceil__(1), lambda: (1.5).hex(1),
         lambda: (2.5).__getnewargs__(1), lambda: (1).bit_length(1), lambda: (1).bit_count(1),
         lambda: (1).conjugate(1), lambda: (1).as_integer_ratio(1), lambda: (1).is_integer(1),
         lambda: (5).__trunc__(1), lambda: (5).__floor__(1), lambda: (5).__ceil__(1), lambda: (5).__getnewargs__(1),
         lambda: (1).bit_length(x=1), lambda: (1j).conjugate(1), lambda: (1j).__getnewargs__(2)]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
print((1.5).hex(), (7).conjugate(), (7).__floor__(), (2.5).__ceil__(), (3j).conjugate(), (6).bit_length())
