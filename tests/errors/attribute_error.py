# AttributeError with a suggestion
class Config:
    def __init__(self):
        self.verbose = True
c = Config()
print(c.verbos)
