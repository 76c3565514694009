# configparser: reading, interpolation (basic and extended), typed getters, writing, mapping access and errors.
import configparser, io, sys
src = """
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[forge.example]
User = hg
path = %(user)s/repo   ; not a comment
multi = line one
   line two

   line four
# a comment
[topsecret.server.example]
Port = 50022
ForwardX11 = no
empty =
colon: value : with colon
"""
cfg = configparser.ConfigParser()
cfg.read_string(src)
print(cfg.sections(), cfg.defaults())
print(list(cfg), len(cfg), 'forge.example' in cfg, 'nope' in cfg)
print(cfg['forge.example']['user'], cfg['forge.example']['path'], repr(cfg['forge.example']['multi']))
print(cfg.getint('topsecret.server.example', 'port'), cfg.getboolean('topsecret.server.example', 'forwardx11'), cfg.getfloat('DEFAULT', 'compressionlevel'))
print(cfg.get('topsecret.server.example', 'colon'), repr(cfg.get('topsecret.server.example', 'empty')))
print(cfg.options('forge.example'))
print(cfg.items('forge.example'))
print(cfg.items('forge.example', raw=True))
print(type(cfg.items()).__name__, list(cfg.items())[:2])
print(dict(cfg['topsecret.server.example']))
print(cfg['forge.example'], repr(cfg['DEFAULT']), cfg['forge.example'].name, cfg['forge.example'].parser is cfg)
print(cfg['forge.example'].getint('compressionlevel'), cfg['forge.example'].getboolean('compression'), cfg['forge.example'].get('nope', 'fb'))
print(cfg.get('forge.example', 'nope', fallback=3), cfg.getint('nosect', 'x', fallback=7), cfg.has_option('forge.example', 'User'), cfg.has_option('x', 'y'), cfg.has_section('DEFAULT'))
out = io.StringIO(); cfg.write(out); print(out.getvalue())
out = io.StringIO(); cfg.write(out, space_around_delimiters=False); print(out.getvalue()[:80])
cfg['new'] = {'a': 1, 'B': 'two'}
cfg['new']['c'] = '3'
del cfg['new']['a']
print(dict(cfg['new']), cfg.sections())
cfg.set('new', 'x', '%%lit')
print(cfg.get('new', 'x'), cfg.get('new', 'x', raw=True), cfg.get('new', 'b', vars={'b': 'V'}))
print(cfg.remove_option('new', 'x'), cfg.remove_option('new', 'x'), cfg.remove_section('new'), cfg.remove_section('new'))
print(sorted(cfg.converters), cfg.BOOLEAN_STATES['on'])

def attempt(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, str(e), e.args)

attempt(lambda: cfg.get('nosect', 'x'))
attempt(lambda: cfg.get('forge.example', 'nope'))
attempt(lambda: cfg.add_section('forge.example'))
attempt(lambda: cfg.add_section('DEFAULT'))
attempt(lambda: cfg.add_section(3))
attempt(lambda: cfg.set('forge.example', 'a', 3))
attempt(lambda: cfg.set('forge.example', 'a', 'bad % here'))
attempt(lambda: cfg.set('nosect', 'a', 'x'))
attempt(lambda: cfg.getint('forge.example', 'user'))
attempt(lambda: cfg.getboolean('forge.example', 'user'))
attempt(lambda: cfg['nosect'])
attempt(lambda: cfg['forge.example']['nope'])
attempt(lambda: cfg.__delitem__('DEFAULT'))
attempt(lambda: cfg.options('nosect'))
attempt(lambda: cfg.items('nosect'))
for text in ["a = 1\n", "[s]\na=1\na=2\n", "[s]\n[s]\n", "[s]\nnovalue\nalso bad\n", "[s]\n=x\n", "[s]\na=%(b)s\n", "[s]\na=%(a)s\n", "[s]\na=%x\n", "[s]\na=%(b\n", "[s]\na = 100%%\nb=%(a)s!\n"]:
    p = configparser.ConfigParser()
    attempt(lambda: p.read_string(text))
    if p.has_section('s'):
        attempt(lambda: p.items('s'))
attempt(lambda: configparser.ConfigParser().read_string("[s]\na=1\n", source='my.ini'))
p = configparser.ConfigParser(strict=False)
p.read_string("[s]\na=1\na=2\n[s]\nb=3\n")
print(p.items('s'))
p = configparser.RawConfigParser(allow_no_value=True)
p.read_string("[mysqld]\nskip-bdb\nuser = mysql\n")
print(p.items('mysqld'), p.get('mysqld', 'skip-bdb'))
out = io.StringIO(); p.write(out); print(out.getvalue())
p = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
p.read_string("[common]\nhome=/home/u\nlib=${home}/lib\n[app]\npath=${common:lib}/app\ncost=$$5\nbad=${nope}\nbad2=${a:b:c}\nbad3=$x\n")
print(p.get('app', 'path'), p.get('app', 'cost'))
attempt(lambda: p.get('app', 'bad'))
attempt(lambda: p.get('app', 'bad2'))
attempt(lambda: p.get('app', 'bad3'))
p = configparser.ConfigParser(inline_comment_prefixes=('#', ';'), comment_prefixes=('//',), delimiters=('=>',), empty_lines_in_values=False, default_section='common')
attempt(lambda: p.read_string("[common]\nk => v # comment\n[s]\n// full\nx=>1;no  ; yes\nm=>a\n\n  b\n"))
print(p.items('s'), p.defaults())
p = configparser.ConfigParser(converters={'list': lambda v: v.split(',')})
p.read_string("[s]\nitems=a,b,c\n")
print(p.getlist('s', 'items'), p['s'].getlist('items'), sorted(p.converters))
p = configparser.ConfigParser(defaults={'x': 1, 'Y': 'z'}, dict_type=dict)
print(p.defaults(), p.get('DEFAULT', 'x'))
p = configparser.ConfigParser()
p.optionxform = str
p.read_string("[S]\nCamel=1\n")
print(p.options('S'))
p = configparser.ConfigParser()
p.read_dict({'a': {'k': 1}, 'b': {'k': 2.5}})
print(p.items('a'), p.has_option('b', 'k'))
print(issubclass(configparser.MissingSectionHeaderError, configparser.ParsingError), configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH)
import tempfile, os
d = tempfile.mkdtemp()
fn = os.path.join(d, 'c.ini')
with open(fn, 'w') as f: f.write('[a]\nb=c\n')
p = configparser.ConfigParser()
print(p.read([fn, os.path.join(d, 'missing.ini')]) == [fn], p.get('a', 'b'))
with open(fn) as f:
    p.read_file(f)
os.remove(fn); os.rmdir(d)
try:
    configparser.ConfigParser().read_file(io.StringIO("[s]\n[s]\n"))
except configparser.DuplicateSectionError as e:
    print(e, e.source, e.lineno)
