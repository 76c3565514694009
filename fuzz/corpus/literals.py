# ay-args: --dump-ast
0
1
123
1_000_000
0x1F
0XdeadBEEF
0o777
0O17
0b1011
0B1
9223372036854775807
9223372036854775808
123456789012345678901234567890
0xffffffffffffffffffffffffffffffff
0o7777777777777777777777777777777777
0b11111111111111111111111111111111111111111111111111111111111111111
00
000_0
1.0
1.
.5
1e10
1E-5
1_0.0_1e1_0
1e400
1e-400
3.141592653589793
0.1
1e16
1e15
123456789012345678.0
2.5e-05
1j
1.5J
0j
1e400j
1_0j
"string"
'string'
"""triple"""
'''triple'''
b"bytes"
B'bytes'
r"raw\n"
R'raw\d'
rb"raw\bytes"
Br'\x00'
u"unicode"
U"unicode"
"a" "b" 'c'
b"a" b"b"
u"a" "b"
"a" u"b"
""
''
b""
"it's"
'say "hi"'
'both \' and "'
"esc\n\t\r\\\a\b\f\v\0\x41\101\u0041\U0001F600"
"\N{LATIN SMALL LETTER E WITH ACUTE}\N{bullet}\N{greek small letter alpha}\N{RIGHTWARDS ARROW}"
b"\x00\xff\n\'\"\\"
"é ü 中文 😀"
"\x00\x1f\x7f\x80\xa0\xad\u200b\u2028\ufeff\U000e0001"
"line\
continued"
"""multi
line
string"""
x = ("implicit"
     "concatenation")
