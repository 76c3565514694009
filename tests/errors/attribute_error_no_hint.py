# AttributeError whose name is too far from every attribute: no hint
class Point:
    def __init__(self):
        self.x = 1
        self.y = 2
p = Point()
try:
    p.completely_different
except AttributeError as e:
    print(type(e).__name__, e, e.name, type(e.obj).__name__)
p.zz
