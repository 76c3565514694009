type X = [x for x in (yield)]
