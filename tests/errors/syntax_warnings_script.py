# SyntaxWarnings of a script go to stderr before it runs.
import re
print(re.findall("\d+", "a1b22"))
if len("ab") is 2:
    print("is with a literal")
assert (1, "always true")
print("done")
