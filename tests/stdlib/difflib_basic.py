import difflib

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.get_matching_blocks())
for op in s.get_opcodes():
    print(op)
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                            "private volatile Thread currentThread;")
print(round(s.ratio(), 3))
for block in s.get_matching_blocks():
    print("a[%d] and b[%d] match for %d elements" % block)
print(s.find_longest_match(0, 29, 0, 38))
a = "qabxcd"; b = "abycdf"
s = difflib.SequenceMatcher(None, a, b)
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print('{:7}   a[{}:{}] --> b[{}:{}] {!r:>8} --> {!r}'.format(tag, i1, i2, j1, j2, a[i1:i2], b[j1:j2]))
print(list(s.get_grouped_opcodes(1)))
s.set_seqs("abcd", "bcde"); print(s.ratio())
s.set_seq1("bcde"); print(s.ratio())

print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
import keyword
print(difflib.get_close_matches('wheel', keyword.kwlist))
print(difflib.get_close_matches('pineapple', keyword.kwlist))
print(difflib.get_close_matches('accept', keyword.kwlist))
print(difflib.get_close_matches('x', ['xa', 'xb', 'y'], n=1, cutoff=0.3))

s1 = ['bacon\n', 'eggs\n', 'ham\n', 'guido\n']
s2 = ['python\n', 'eggy\n', 'hamster\n', 'guido\n']
print(''.join(difflib.unified_diff(s1, s2, fromfile='before.py', tofile='after.py')), end="")
print(''.join(difflib.context_diff(s1, s2, fromfile='before.py', tofile='after.py')), end="")
for l in difflib.unified_diff(['one','two','three'], ['ore','tree','emu'], lineterm='', fromfiledate='d1', tofiledate='d2'):
    print(l)

diff = difflib.ndiff('one\ntwo\nthree\n'.splitlines(keepends=True),
                     'ore\ntree\nemu\n'.splitlines(keepends=True))
diff = list(diff)
print(''.join(diff), end="")
print(''.join(difflib.restore(diff, 1)), end="")
print(''.join(difflib.restore(diff, 2)), end="")

text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
d = difflib.Differ()
print(''.join(d.compare(text1, text2)), end="")
print(difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('x'), difflib.IS_LINE_JUNK('  #  \n'), difflib.IS_LINE_JUNK('x\n'))
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n', b'b\n'], [b'a\n', b'c\n'], b'f1', b'f2')))
# autojunk: popular elements in long sequences
a = "x" * 300 + "y"; b = "x" * 250 + "z"
s = difflib.SequenceMatcher(None, a, b)
print(s.ratio(), len(s.bpopular), s.get_opcodes()[:3])
s = difflib.SequenceMatcher(None, a, b, autojunk=False)
print(s.ratio(), s.get_opcodes())
print(difflib.SequenceMatcher(None, [1, 2, 3], (1, 3)).get_opcodes())
print(list(difflib.unified_diff([], [])))
print(list(difflib.unified_diff(['a'], [], lineterm='')))
try:
    list(difflib.unified_diff([b'a'], ['b']))
except TypeError as e:
    print(e)
try:
    difflib.get_close_matches('a', ['b'], n=0)
except ValueError as e:
    print(e)
try:
    difflib.get_close_matches('a', ['b'], cutoff=2)
except ValueError as e:
    print(e)
