# traceback through a class method, a staticmethod and a property
class Shape:
    @property
    def area(self):
        return self.compute()
    def compute(self):
        return Shape.helper(None)
    @staticmethod
    def helper(v):
        return v * 2
print(Shape().area)
