x = 'a' \y
