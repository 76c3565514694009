# add_note: notes are printed after the exception line
try:
    raise ValueError("base message")
except ValueError as e:
    e.add_note("first note")
    e.add_note("second note")
    raise
