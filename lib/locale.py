"""Locale settings, for the locales Ay knows: C (POSIX) and C.UTF-8.

setlocale() keeps a name per category as the C library would (LC_CTYPE
starts as C.UTF-8 from the environment, the rest as C); any other locale
raises Error, as it does on a system where none is installed.  Number
formatting follows localeconv(), which for these locales groups nothing.
"""

import os
import re

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "localeconv", "strcoll", "strxfrm", "str", "atof",
           "atoi", "format_string", "currency", "normalize", "LC_CTYPE",
           "LC_COLLATE", "LC_TIME", "LC_MONETARY", "LC_NUMERIC", "LC_ALL",
           "CHAR_MAX", "getencoding", "delocalize", "localize", "LC_MESSAGES"]

_builtin_str = str


class Error(Exception):
    pass


# The C library's category numbers (glibc).
LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES, LC_ALL = range(7)
CHAR_MAX = 127
_CATEGORY_NAMES = ["LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE",
                   "LC_MONETARY", "LC_MESSAGES"]
# LC_ALL's long form also lists the categories Python has no constant for.
_OTHER_CATEGORIES = ["LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE",
                     "LC_MEASUREMENT", "LC_IDENTIFICATION"]


def _startup_ctype():
    # CPython sets LC_CTYPE from the environment at startup and turns a bare
    # C locale into C.UTF-8 (PEP 538)
    name = _from_environment(LC_CTYPE)
    return "C.UTF-8" if _accepted(name) in (None, "C") else name


def _from_environment(category):
    for variable in ("LC_ALL", _CATEGORY_NAMES[category], "LANG"):
        value = os.environ.get(variable)
        if value:
            return value
    return "C"


def _accepted(name):
    """The name setlocale reports for name, or None for an unknown locale."""
    if name in ("C", "POSIX"):
        return "C"
    base, dot, codeset = name.partition(".")
    if base == "C" and dot and re.sub(r"[^0-9a-z]", "", codeset.lower()) == "utf8":
        return name
    return None


_current = [_startup_ctype()] + ["C"] * 5


def setlocale(category, locale=None):
    """Set the locale of category (LC_ALL: every one) and return its name;
    with locale None, just return the current name."""
    if not isinstance(category, int) or not 0 <= category <= LC_ALL:
        raise Error("unsupported locale setting")
    if locale is not None and not isinstance(locale, _builtin_str):
        locale = _build_localename(locale)
    if locale is None:
        if category != LC_ALL:
            return _current[category]
        if len(set(_current)) == 1:
            return _current[0]
        parts = ["%s=%s" % (n, v) for n, v in zip(_CATEGORY_NAMES, _current)]
        return ";".join(parts + ["%s=C" % n for n in _OTHER_CATEGORIES])
    targets = range(6) if category == LC_ALL else [category]
    chosen = {}
    for target in targets:
        name = locale or _from_environment(target)
        accepted = _accepted(name)
        if accepted is None:
            raise Error("unsupported locale setting")
        chosen[target] = accepted
    for target, name in chosen.items():
        _current[target] = name
    return setlocale(category)


def localeconv():
    """The numeric and monetary conventions of the current locale."""
    return {"int_curr_symbol": "", "currency_symbol": "", "mon_decimal_point": "",
            "mon_thousands_sep": "", "mon_grouping": [], "positive_sign": "",
            "negative_sign": "", "int_frac_digits": CHAR_MAX,
            "frac_digits": CHAR_MAX, "p_cs_precedes": CHAR_MAX,
            "p_sep_by_space": CHAR_MAX, "n_cs_precedes": CHAR_MAX,
            "n_sep_by_space": CHAR_MAX, "p_sign_posn": CHAR_MAX,
            "n_sign_posn": CHAR_MAX, "decimal_point": ".", "thousands_sep": "",
            "grouping": []}


def strcoll(a, b):
    """Compare two strings by the collation of LC_COLLATE (code points here)."""
    return (a > b) - (a < b)


def strxfrm(string):
    """A key that sorts as strcoll orders (the string itself here)."""
    return string


# -- numbers

def _localize(text, grouping=False, monetary=False):
    # C and C.UTF-8 define no thousands grouping: only the decimal point
    # could change, and theirs is "." too
    conv = localeconv()
    return text.replace(".", conv["mon_decimal_point" if monetary else "decimal_point"])


_SPEC = re.compile(r"%(?:\((?P<key>.*?)\))?(?P<modifiers>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrs%]")


def format_string(f, val, grouping=False, monetary=False):
    """f % val with every number formatted for the locale (decimal point,
    and thousands separators when grouping)."""
    specs = list(_SPEC.finditer(f))
    if isinstance(val, dict) or not specs:
        values = val
    else:
        values = val if isinstance(val, tuple) else (val,)
    pieces = []
    at = 0
    index = 0
    for spec in specs:
        pieces.append(f[at:spec.start()])
        at = spec.end()
        text = spec.group()
        if text == "%%":
            pieces.append("%")
            continue
        stars = spec.group("modifiers").count("*")
        if isinstance(values, dict):
            args = values
        elif isinstance(values, tuple):
            args = values[index] if not stars else values[index:index + 1 + stars]
            index += 1 + stars
        else:
            args = values
        pieces.append(_format_one(text, args, grouping, monetary))
    pieces.append(f[at:])
    return "".join(pieces)


def _format_one(spec, value, grouping, monetary):
    formatted = spec % value
    if spec[-1] in "eEfFgGdiu":
        formatted = _localize(formatted, grouping, monetary)
    return formatted


def currency(val, symbol=True, grouping=False, international=False):
    """val as an amount of money in the locale's currency."""
    # the C locales Ay knows have no currency (frac_digits is CHAR_MAX)
    raise ValueError("Currency formatting is not possible using the 'C' locale.")


def str(val):
    """A float as str() would give it, with the locale's decimal point."""
    return format_string("%.12g", val)


def delocalize(string):
    """A number written for the locale, rewritten for float() and int()."""
    conv = localeconv()
    if conv["thousands_sep"]:
        string = string.replace(conv["thousands_sep"], "")
    if conv["decimal_point"]:
        string = string.replace(conv["decimal_point"], ".")
    return string


def localize(string, grouping=False, monetary=False):
    """A number as str() writes it, rewritten for the locale."""
    return _localize(string, grouping, monetary)


def atof(string, func=float):
    return func(delocalize(string))


def atoi(string):
    return int(delocalize(string))


# -- locale names

# Common language codes without a country, and the C library's default
# codeset for each ("en" -> "en_US.ISO8859-1").
_LANGUAGE_DEFAULTS = {
    "c": "C", "posix": "C", "en": "en_US.ISO8859-1", "de": "de_DE.ISO8859-1",
    "fr": "fr_FR.ISO8859-1", "es": "es_ES.ISO8859-1", "it": "it_IT.ISO8859-1",
    "pt": "pt_PT.ISO8859-1", "nl": "nl_NL.ISO8859-1", "sv": "sv_SE.ISO8859-1",
    "da": "da_DK.ISO8859-1", "fi": "fi_FI.ISO8859-1", "no": "no_NO.ISO8859-1",
    "ru": "ru_RU.ISO8859-5", "pl": "pl_PL.ISO8859-2", "cs": "cs_CZ.ISO8859-2",
    "el": "el_GR.ISO8859-7", "tr": "tr_TR.ISO8859-9", "ja": "ja_JP.eucJP",
    "ko": "ko_KR.eucKR", "zh": "zh_CN.eucCN",
}
_CODESETS = {"utf8": "UTF-8", "latin1": "ISO8859-1", "iso88591": "ISO8859-1",
             "iso885915": "ISO8859-15", "iso88592": "ISO8859-2",
             "iso88595": "ISO8859-5", "iso88597": "ISO8859-7",
             "iso88599": "ISO8859-9", "ascii": "ISO8859-1", "eucjp": "eucJP",
             "euckr": "eucKR", "euccn": "eucCN", "gb2312": "eucCN",
             "koi8r": "KOI8-R", "cp1252": "CP1252"}


def normalize(localename):
    """The C library's spelling of a locale name (language_COUNTRY.CODESET);
    names it cannot place come back unchanged."""
    lowered = localename.lower().replace(":", ".")
    lowered, at, modifier = lowered.partition("@")
    language, dot, codeset = lowered.partition(".")
    if language in _LANGUAGE_DEFAULTS:
        base = _LANGUAGE_DEFAULTS[language]
    elif re.fullmatch(r"[a-z]{2,3}_[a-z]{2}", language) and language[:2] in _LANGUAGE_DEFAULTS:
        default = _LANGUAGE_DEFAULTS[language[:2]]
        base = language[:3] + language[3:].upper() + default[default.index("."):]
    else:
        return localename
    if base == "C":
        return "C.UTF-8" if dot and _CODESETS.get(re.sub(r"[-_]", "", codeset)) == "UTF-8" else "C"
    if modifier == "euro" and not dot:
        codeset = "iso885915"
        dot = "."
    if dot:
        spelled = _CODESETS.get(re.sub(r"[-_]", "", codeset), codeset)
        base = base.partition(".")[0] + "." + spelled
    return base


def _parse_localename(localename):
    """(language, encoding) of a locale name."""
    code = normalize(localename).partition("@")[0]
    language, dot, encoding = code.partition(".")
    if dot:
        return language, encoding.partition(".")[0]
    known = {"C": (None, None), "UTF-8": (None, "UTF-8")}
    if code not in known:
        raise ValueError("unknown locale: %s" % localename)
    return known[code]


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
    except (TypeError, ValueError):
        raise TypeError("Locale must be None, a string, or an iterable of "
                        "two strings -- language code, encoding.") from None
    if language is None:
        language = "C"
    return language if encoding is None else language + "." + encoding


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of a category, None where the locale has none."""
    name = setlocale(category)
    if category == LC_ALL and ";" in name:
        raise TypeError("category LC_ALL is not supported")
    return _parse_localename(name)


def getdefaultlocale(envvars=("LC_ALL", "LC_CTYPE", "LANG", "LANGUAGE")):
    import warnings
    warnings.warn("Use setlocale(), getencoding() and getlocale() instead",
                  DeprecationWarning, stacklevel=2)
    for variable in envvars:
        name = os.environ.get(variable)
        if name:
            if variable == "LANGUAGE":
                name = name.split(":")[0]
            return _parse_localename(name)
    return _parse_localename("C")


def getencoding():
    """The codeset of LC_CTYPE."""
    return "UTF-8" if _current[LC_CTYPE] != "C" else "ANSI_X3.4-1968"


def getpreferredencoding(do_setlocale=True):
    """The encoding text files use: UTF-8 (Ay, like CPython in the C and
    C.UTF-8 locales, runs in UTF-8 mode)."""
    return "UTF-8"


# -- nl_langinfo (the C locale's answers; glibc's item numbers)

_LANGINFO = {
    14: None,                      # CODESET: from LC_CTYPE
    65536: ".", 65537: "",        # RADIXCHAR, THOUSEP
    131110: "AM", 131111: "PM",
    131112: "%a %b %e %H:%M:%S %Y", 131113: "%m/%d/%y", 131114: "%H:%M:%S",
    131115: "%I:%M:%S %p", 131116: "", 131118: "", 131119: "", 131120: "",
    131121: "", 262159: "-", 327680: "^[yY]", 327681: "^[nN]",
}
CODESET, RADIXCHAR, THOUSEP = 14, 65536, 65537
AM_STR, PM_STR, D_T_FMT, D_FMT, T_FMT, T_FMT_AMPM = range(131110, 131116)
ERA, ERA_D_FMT, ALT_DIGITS, ERA_D_T_FMT, ERA_T_FMT = 131116, 131118, 131119, 131120, 131121
CRNCYSTR, YESEXPR, NOEXPR = 262159, 327680, 327681
_DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December"]
for _i, _day in enumerate(_DAYS):
    globals()["ABDAY_%d" % (_i + 1)] = 131072 + _i
    globals()["DAY_%d" % (_i + 1)] = 131079 + _i
    _LANGINFO[131072 + _i] = _day[:3]
    _LANGINFO[131079 + _i] = _day
for _i, _month in enumerate(_MONTHS):
    globals()["ABMON_%d" % (_i + 1)] = 131086 + _i
    globals()["MON_%d" % (_i + 1)] = 131098 + _i
    _LANGINFO[131086 + _i] = _month[:3]
    _LANGINFO[131098 + _i] = _month
del _i, _day, _month


def nl_langinfo(key):
    """One item of the locale's information (CODESET, D_FMT, DAY_1, ...)."""
    if key not in _LANGINFO:
        raise ValueError("unsupported langinfo constant")
    return getencoding() if key == CODESET else _LANGINFO[key]


# -- message catalogs: none are installed, so messages come back as given

def gettext(msg):
    return msg


def dgettext(domain, msg):
    return msg


def dcgettext(domain, msg, category):
    return msg


def textdomain(domain):
    return "messages" if domain is None else domain


def bindtextdomain(domain, dir):
    return "/usr/share/locale" if dir is None else os.path.abspath(dir)
