"""Command-line option parsing in the style of C's getopt().

getopt(args, shortopts, longopts=[]) scans args for options and stops at
the first non-option; gnu_getopt() lets options and operands mix.  Both
return (options, remaining_args), options being (name, value) pairs such as
('-x', '') or ('--file', 'a.txt').  Bad options raise GetoptError.
"""

import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    """A bad command line: msg says what is wrong, opt names the option."""
    opt = msg = ''

    def __init__(self, msg, opt=''):
        super().__init__(msg, opt)
        self.msg, self.opt = msg, opt

    def __str__(self):
        return self.msg


error = GetoptError


def _long_list(longopts):
    if isinstance(longopts, str):
        return [longopts]
    return list(longopts)


def getopt(args, shortopts, longopts=[]):
    longopts = _long_list(longopts)
    found = []
    args = list(args)
    while args and args[0].startswith('-') and args[0] != '-':
        word = args.pop(0)
        if word == '--':
            break
        if word.startswith('--'):
            args = _take_long(found, word[2:], longopts, args)
        else:
            args = _take_shorts(found, word[1:], shortopts, args)
    return found, args


def gnu_getopt(args, shortopts, longopts=[]):
    longopts = _long_list(longopts)
    stop_at_operand = False
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        stop_at_operand = True
    elif os.environ.get("POSIXLY_CORRECT"):
        stop_at_operand = True
    found = []
    operands = []
    args = list(args)
    while args:
        word = args[0]
        if word == '--':
            operands.extend(args[1:])
            break
        if word.startswith('--'):
            args = _take_long(found, word[2:], longopts, args[1:])
        elif word.startswith('-') and word != '-':
            args = _take_shorts(found, word[1:], shortopts, args[1:])
        elif stop_at_operand:
            operands.extend(args)
            break
        else:
            operands.append(word)
            args = args[1:]
    return found, operands


def _take_long(found, text, longopts, rest):
    """Record one --name[=value] option; return the arguments after it."""
    name, eq, value = text.partition('=')
    if not eq:
        value = None
    wants_value, name = _match_long(name, longopts)
    if wants_value:
        if value is None:
            if not rest:
                raise GetoptError('option --%s requires argument' % name, name)
            value, rest = rest[0], rest[1:]
    elif value is not None:
        raise GetoptError('option --%s must not have an argument' % name, name)
    found.append(('--' + name, value or ''))
    return rest


def _match_long(name, longopts):
    """(takes a value, full option name) for a possibly abbreviated name."""
    candidates = [spec for spec in longopts if spec.startswith(name)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % name, name)
    if name in candidates:
        return False, name
    if name + '=' in candidates:
        return True, name
    if len(candidates) > 1:
        raise GetoptError('option --%s not a unique prefix' % name, name)
    spec = candidates[0]
    if spec.endswith('='):
        return True, spec[:-1]
    return False, spec


def _take_shorts(found, letters, shortopts, rest):
    """Record the options of one -abc word; return the arguments after it."""
    while letters:
        letter, letters = letters[0], letters[1:]
        if _short_wants_value(letter, shortopts):
            if not letters:
                if not rest:
                    raise GetoptError('option -%s requires argument' % letter,
                                      letter)
                letters, rest = rest[0], rest[1:]
            found.append(('-' + letter, letters))
            letters = ''
        else:
            found.append(('-' + letter, ''))
    return rest


def _short_wants_value(letter, shortopts):
    for i, spec in enumerate(shortopts):
        if spec == letter and spec != ':':
            return shortopts.startswith(':', i + 1)
    raise GetoptError('option -%s not recognized' % letter, letter)

