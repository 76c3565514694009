class C:
    type X = yield
