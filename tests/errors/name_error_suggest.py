# NameError with a "Did you mean" suggestion for a similar global
counter_value = 10
print(counter_valeu)
