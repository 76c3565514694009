"""doctest.testmod on a textbook-style module: passing and failing examples,
expected exceptions, directives, classes, properties, static methods, the
summary in both verbosities.

>>> 1 + 1
2
"""

def add(a, b):
    """Add two numbers.

    >>> add(1, 2)
    3
    >>> add('a', 'b')
    'ab'
    >>> add(2, 2)
    5
    >>> print('x\\n\\ny')
    x
    <BLANKLINE>
    y
    """
    return a + b


def div(a, b):
    """
    >>> div(1, 0)
    Traceback (most recent call last):
        ...
    ZeroDivisionError: division by zero
    >>> div(4, 2)
    2.0
    >>> div(1, 0)
    Traceback (most recent call last):
    ZeroDivisionError: division by zero
    >>> [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]  # doctest: +ELLIPSIS
    [1, 2, ..., 12]
    >>> print("a   b")  # doctest: +NORMALIZE_WHITESPACE
    a b
    >>> undefined  # doctest: +SKIP
    >>> raise KeyError('k')  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    builtins.KeyError: 'other'
    """
    return a / b


class Stack:
    """A stack.

    >>> s = Stack()
    >>> s.push(1)
    >>> s.pop()
    1
    """
    def __init__(self):
        self.items = []

    def push(self, x):
        """
        >>> Stack().push(3) is None
        True
        """
        self.items.append(x)

    def pop(self):
        return self.items.pop()

    @property
    def size(self):
        """
        >>> Stack().size
        0
        """
        return len(self.items)

    @staticmethod
    def helper():
        """
        >>> Stack.helper()
        'h'
        """
        return 'h'


def noisy():
    """
    >>> for i in range(3):
    ...     print(i, end=' ')
    0 1 2
    >>> x = 5
    >>> x
    5
    """

if __name__ == "__main__":
    import doctest
    print(doctest.testmod())
    print(doctest.testmod(verbose=True))
