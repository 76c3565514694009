# A module imported while it is still running reports itself as partially
# initialized (most likely a circular import) in AttributeError and
# ImportError messages; once finished it is a plain module again.
import mod_helper_partial_a

print(mod_helper_partial_a.VALUE)
try:
    mod_helper_partial_a.MISSING
except AttributeError as e:
    print("AttributeError:", e)
