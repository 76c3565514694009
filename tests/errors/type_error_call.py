# TypeError for a wrong call signature
def greet(name, greeting):
    return f"{greeting}, {name}"
greet("world")
