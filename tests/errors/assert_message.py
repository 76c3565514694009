# failing assert with a message
def validate(n):
    assert n > 0, f"n must be positive, got {n}"
validate(-2)
