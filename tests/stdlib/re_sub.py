# re: iteration semantics (empty matches), sub/subn/split variants, pos/endpos, unicode, bytes, scanner, lastindex
import re
print(re.sub('x*', '-', 'abxd'), re.sub('x*', '-', ''), re.findall(r'\b', 'ab cd'), re.split(r'\b', 'a b'), re.split('(a)|b', 'xaybz'))
print(re.subn(r'(\d+)', lambda m: '<%s>' % m.group(1), 'a1b22c333', count=2), re.sub(r'(?P<x>a)', r'\g<x>\g<x>', 'a'), re.sub('a', r'\\n', 'a'), re.sub('a', '\\\\', 'aa'))
print(re.fullmatch('a|ab', 'ab'), re.compile('a*').match('aaa', 1, 2), re.compile('a').search('bab', 2), re.compile('^a').search('ba', 1), re.compile('a$').search('ab', 0, 1))
print([m.span() for m in re.finditer(r'\w*', 'ab c')], list(re.compile(r'\d').finditer('a1b2c3', 2, 5)))
print(re.findall(r'(?i)straße', 'STRASSE straße'), re.search(r'\s+', 'a\x1cb'), re.findall(r'\w+', 'naïve café 日本'), re.findall(r'(?a)\w+', 'naïve café'))
print(re.sub(r'é', 'e', 'café é'), [m.span() for m in re.finditer('é', 'éaé')], re.search('b', 'ééb').span(), re.match('(é+)(a)', 'ééa').regs)
print(re.findall(rb'\d+', b'a12b3'), re.sub(rb'(\w)', rb'[\1]', b'ab'), re.split(rb',', b'a,b'), re.match(rb'(?P<n>\w+)', b'xyz').groupdict(), re.escape(b'a.b'))
print(re.escape("hello world\n!@#$%^&*()-=_+[]{};':\",./<>?`~é"))
print(re.match(r'((a)(b))', 'ab').lastindex, re.match(r'(a)(b)', 'ab').lastindex, re.match(r'(a)|(b)', 'b').lastindex, re.match(r'(a)()', 'a').lastindex, re.match(r'(?P<x>a)(?P<y>b)?', 'a').lastgroup, re.match(r'x', 'x').lastindex)
s = re.compile(r'\d+').scanner('a1bb22')
print(s.search().group(), s.search().group(), s.search(), s.match())
print(re.sub('(?m)^', '> ', 'a\nb'), re.sub('(?s).', 'x', 'a\nb'), re.sub('.', 'x', 'a\nb'), re.findall('a$', 'a\na\n', re.M), re.findall(r'\Aa|a\Z', 'aXa'))
print(re.split(r'\s*', ' a b '), re.split(r'(\s)*', 'a b'), re.split('x', 'axbxc', 1), re.split('x', 'axbxc', maxsplit=-1))
print(re.match(r'(?<=a)b', 'ab'), re.search(r'(?<=a)b', 'ab').span(), re.search(r'(?<!a)b', 'abcb').span(), re.search(r'a(?=b)', 'acab').span(), re.search(r'a(?!b)', 'abac').span())
print(re.match(r'(a)(?(1)b|c)', 'ab').group(), re.match(r'(a)?(?(1)b|c)', 'c').group(), re.match(r'(?>a+)b', 'aab').group(), re.match(r'a++b', 'aab').group(), re.match(r'a{,2}', 'aaa').group())
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world foo bar'), re.sub(r'a|(b)', r'[\1]', 'ab'), re.sub('', '-', 'ab', count=2))
print(re.compile(r'''(?x)
    (\d{3})  # area
    [-.]?    # sep
    (\d{4})  # number
''').match('555-1234').groups(), re.match(r'(?i:A)b', 'ab'), re.match(r'(?i:A)b', 'aB'), re.search(r'[^\W\d_]+', '12_ab3').group())
m = re.search(r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe!')
print(m['first'], m.group('last', 1), m.groupdict(), m.start('last'), m.end(), m.string, m.pos, m.endpos, m.re.pattern, len(m.regs), bool(m))
print(re.findall(r'(a)(b)?', 'ab a'), re.findall('(a)', 'aa'), re.findall('a', 'aXa', re.I), re.findall('', 'ab'), re.findall(r'[.]', 'a.b'))
print(re.sub(r'\d', lambda m: None, 'a1b'), re.subn('b', 'c', 'bbb', 0), re.match('a', 'A', flags=re.IGNORECASE), re.compile('(?i)a').flags & re.I > 0)
