# exception raised from __init__ during object construction inside a list comprehension
class Temperature:
    def __init__(self, kelvin):
        if kelvin < 0:
            raise ValueError(f"negative kelvin: {kelvin}")
        self.kelvin = kelvin
readings = [Temperature(k) for k in (300, 10, -5)]
