# classic str + int concatenation error
age = 30
message = "Age: " + age
