# helper module for module tests (no .out: not a test itself)
print("mod_helper_a loading, __name__ =", __name__)
VALUE = 42
_private = "hidden"
def greet(name):
    return f"hello {name}"
class Thing:
    def __repr__(self):
        return "Thing()"
if __name__ == "__main__":
    print("never printed on import")
