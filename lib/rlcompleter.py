"""Completion of Python names, as the interactive prompt's Tab key does.

Completer(namespace).complete(text, state) follows CPython's rlcompleter:
keywords, globals and builtins for a plain word (callables get a "(",
keywords a space, callables taking no arguments "()"), attributes for a
dotted word (the part before the last dot is evaluated, so it may run code). _line_matches adds what needs the
whole line: module names after "import" / "from", and a module's names after
"from module import".
"""

import builtins
import keyword
import re
import sys

__all__ = ["Completer"]

# keywords that complete without a trailing space, or with a colon
_BARE_KEYWORDS = {'False', 'None', 'True', 'break', 'continue', 'pass', 'else'}
_COLON_KEYWORDS = {'finally', 'try'}


class Completer:
    def __init__(self, namespace=None):
        if namespace and not isinstance(namespace, dict):
            raise TypeError('namespace must be a dictionary')
        self.use_main_ns = namespace is None
        self.namespace = namespace
        self.matches = []

    def complete(self, text, state):
        """The state-th completion of text, or None when there are no more."""
        if self.use_main_ns:
            import __main__
            self.namespace = __main__.__dict__
        if not text.strip():
            # at the start of a line Tab indents (there is no readline to insert it)
            return '\t' if state == 0 else None
        if state == 0:
            finder = self.attr_matches if '.' in text else self.global_matches
            self.matches = finder(text)
        return self.matches[state] if state < len(self.matches) else None

    def _callable_postfix(self, value, word):
        # "(" after a callable, "()" when its signature shows it takes nothing
        if not callable(value):
            return word
        import inspect
        try:
            takes_nothing = not inspect.signature(value).parameters
        except (ValueError, TypeError):
            takes_nothing = False
        return word + ('()' if takes_nothing else '(')

    def global_matches(self, text):
        """Keywords, globals and builtins starting with text."""
        matches = []
        seen = {'__builtins__'}
        for word in keyword.kwlist + keyword.softkwlist:
            if word.startswith(text) and word not in seen:
                seen.add(word)
                matches.append(word + (':' if word in _COLON_KEYWORDS else '' if word in _BARE_KEYWORDS else ' '))
        for names in (self.namespace, builtins.__dict__):
            for word, value in names.items():
                if word.startswith(text) and word not in seen:
                    seen.add(word)
                    matches.append(self._callable_postfix(value, word))
        return matches

    def attr_matches(self, text):
        """Attributes of the object a dotted name ("a.b.c") leads to; names
        starting with '_' ('__' after a '_') only when nothing else fits."""
        dotted = re.match(r'(\w+(?:\.\w+)*)\.(\w*)', text)
        if not dotted:
            return []
        expr, attr = dotted.groups()
        try:
            obj = eval(expr, self.namespace)
        except Exception:
            return []
        candidates = [word for word in _attribute_names(obj) if word.startswith(attr)]
        for hidden in _HIDDEN_FIRST.get(attr, ()) + (None,):
            shown = [word for word in candidates if not (hidden and word.startswith(hidden))]
            if shown:
                break
        return sorted(self._attribute_match(obj, expr, word) for word in shown)

    def _attribute_match(self, obj, expr, word):
        match = f'{expr}.{word}'
        if isinstance(getattr(type(obj), word, None), property):
            return match  # don't run a property's code just to complete its name
        try:
            value = getattr(obj, word)
        except Exception:
            return match
        return self._callable_postfix(value, match)


# which private names attr_matches leaves out at first, by the typed attribute prefix
_HIDDEN_FIRST = {'': ('_',), '_': ('__',)}


def _attribute_names(obj):
    names = set(dir(obj))
    names.discard('__builtins__')
    if hasattr(obj, '__class__'):
        names.add('__class__')
        names.update(_class_members(obj.__class__))
    return names


def _class_members(cls):
    names = set(dir(cls))
    for base in getattr(cls, '__bases__', ()):
        names.update(_class_members(base))
    return names


def _module_names(prefix, extra=()):
    """Names of importable modules starting with prefix ("pkg.sub" works for
    packages already imported)."""
    package, dot, start = prefix.rpartition('.')
    lead = package + dot
    names = {name[len(lead):] for name in extra if name.startswith(lead)}
    if dot:
        module = sys.modules.get(package)
        paths = getattr(module, '__path__', None) or ()
    else:
        names.update(sys.builtin_module_names)
        names.update(name for name in sys.modules if '.' not in name)
        paths = [p or '.' for p in sys.path]
    import os
    for directory in paths:
        try:
            entries = os.listdir(directory)
        except OSError:
            continue
        for entry in entries:
            if entry.endswith(('.py', '.ay')):
                names.add(entry[:-3])
            elif os.path.isfile(os.path.join(directory, entry, '__init__.py')):
                names.add(entry)
    if dot:
        names.update(name[len(lead):] for name in sys.modules if name.startswith(lead))
    return sorted(lead + name for name in names
                  if name.startswith(start) and name.isidentifier() and '.' not in name)


def _line_matches(namespace, line, text, modules=()):
    """Completions of text, the word before the cursor, when the line so far
    (without text) is line. modules: extra module names (the frozen library)."""
    words = line.split()
    if words and words[0] == 'import' or words == ['from']:
        if not line.rstrip().endswith(' as') and (len(words) == 1 or line.rstrip().endswith(',')):
            return _module_names(text, modules)
        return []
    if len(words) >= 3 and words[0] == 'from' and words[2] == 'import':
        try:
            module = __import__(words[1], fromlist=['*'])
        except Exception:
            return []
        return sorted(name for name in dir(module) if name.startswith(text) and not name.startswith('_'))
    completer = Completer(namespace)
    matches = []
    while True:
        match = completer.complete(text, len(matches))
        if match is None:
            return matches
        matches.append(match)
