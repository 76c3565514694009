"""Module doc."""
from __future__ import annotations
from typing import Optional, List, Dict, Callable, Tuple, Union
import dataclasses
class Node:
    def __init__(self, value: int, next: Optional[Node] = None) -> None:
        self.value = value
        self.next = next
    def append(self, v: int) -> Node:
        self.next = Node(v)
        return self.next
print(Node.__init__.__annotations__)
print(Node.append.__annotations__)
def f(a: List[Dict[str, int]], b: "Node", c: int | None, d: Callable[[int, str], bool], *args: int, e: Tuple[int, ...] = (), **kw: float) -> Union[int,str]: pass
print(f.__annotations__)
def g(x: 1 + 2 * 3, y: (1 + 2) * 3, z: -x ** 2, w: (-x) ** 2, v: a if b else c, u: lambda q, *r, s=1, **t: q, k: [i for i in range(3) if i], j: {1: 2, **m}, h: not a and b or c, i2: a < b <= c, s2: x[1:2, ::3], t2: (a, b), e2: (), one: (a,), st: {*()} , at: 1 .real, sl: x[a:b], cl: f(x for x in y), cl2: f(*a, k=1, **b), bs: b'x', fl: 1.5e300, inf: 1e999, cx: 3j, s3: 'it\'s', sq: "q\"d", tup_in_sub: dict[(str, int)], lst: list[int][0]): pass
for k, v in g.__annotations__.items(): print(k, repr(v))
x: List[int] = []
y: Dict[str,   "Node"]
print(__annotations__)
@dataclasses.dataclass
class Pt:
    x: int
    y: float = 0.0
    tags: list[str] = dataclasses.field(default_factory=list)
print(Pt(1), Pt.__annotations__)
import typing
print(typing.get_type_hints(Node.append))
import __future__
print(__future__.annotations, __future__.all_feature_names[-1], __future__.annotations.getMandatoryRelease())
