foo(a,
    b
