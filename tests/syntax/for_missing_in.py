for x (1, 2):
    pass
