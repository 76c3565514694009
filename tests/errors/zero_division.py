# ZeroDivisionError with 3.12 caret lines under the operator
a = 10
b = 0
print("dividing")
result = a / b
