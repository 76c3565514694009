# AttributeError on a module with a suggestion
import math
print(math.sqr(4))
