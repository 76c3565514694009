# locale in the C and C.UTF-8 locales (the only ones the test machines have):
# setlocale/getlocale per category, localeconv, number formatting and
# parsing, normalize, nl_langinfo and the errors of unknown locales.
import locale

print(locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME, locale.LC_COLLATE,
      locale.LC_MONETARY, locale.LC_MESSAGES, locale.LC_ALL, locale.CHAR_MAX)
print(locale.setlocale(locale.LC_CTYPE), locale.setlocale(locale.LC_NUMERIC))
print(locale.setlocale(locale.LC_ALL))
print(locale.getlocale(), locale.getlocale(locale.LC_NUMERIC))
print(locale.setlocale(locale.LC_ALL, ""), locale.getlocale())
print(locale.setlocale(locale.LC_ALL, "C"), locale.getlocale(), locale.getencoding())
for name in ["C.UTF-8", "POSIX", "C.utf8", "C", "en_US.UTF-8", "de_DE", "xx", "C.latin1"]:
    try:
        print(name, locale.setlocale(locale.LC_ALL, name), locale.getlocale())
    except locale.Error as e:
        print(name, "Error", e)
print(locale.setlocale(locale.LC_NUMERIC, "C.UTF-8"), locale.setlocale(locale.LC_CTYPE, "C"))
print(locale.setlocale(locale.LC_ALL))
try:
    locale.getlocale(locale.LC_ALL)
except TypeError as e:
    print("TypeError", e)
print(locale.setlocale(locale.LC_ALL, ("C", "UTF-8")), locale.setlocale(locale.LC_ALL, (None, None)))
for bad in [99, -1]:
    try:
        locale.setlocale(bad, "C")
    except locale.Error as e:
        print("Error", e)
try:
    locale.setlocale(locale.LC_ALL, ("en_US",))
except TypeError as e:
    print("TypeError", e)
locale.setlocale(locale.LC_ALL, "")
print(locale.localeconv())
print(locale.format_string("%d", 1234567, grouping=True), locale.format_string("%.2f", 1234.5))
print(locale.format_string("%s has %d items costing %.3f (%5.1f%%)", ("cart", 3, 9.5, 12.25)))
print(locale.format_string("%(a)s=%(b).1e", {"a": "x", "b": 12345.678}))
print(locale.format_string("%*d|%-6s|", (5, 42, "ab")), locale.format_string("%x %o %c %r", (255, 8, 65, "q")))
print(locale.str(3.14159265358979), locale.str(1e20), locale.str(2.5))
print(locale.atof("1.5"), locale.atof("2", int), locale.atoi("42"), locale.delocalize("1,5"),
      locale.localize("1234.5", grouping=True), locale.localize("99.9", monetary=True))
try:
    locale.currency(5)
except ValueError as e:
    print("ValueError", e)
try:
    locale.atoi("1.5")
except ValueError as e:
    print("ValueError", e)
try:
    locale.format_string("%d %d", (1,))
except IndexError as e:
    print("IndexError", e)
for name in ["en", "en_us", "EN_US.UTF-8", "ja", "de_DE@euro", "sv_se", "pt_BR.utf8", "zz_ZZ",
             "C.utf8", "posix", "fr_FR.ISO-8859-1", "ru_RU.koi8r", "C"]:
    print(name, locale.normalize(name))
print(locale.strcoll("a", "b"), locale.strcoll("b", "a"), locale.strcoll("x", "x"), locale.strxfrm("abc"))
print(sorted(["b", "A", "a", "B"], key=locale.strxfrm), sorted(["é", "e", "f"], key=locale.strxfrm))
for item in ["CODESET", "D_T_FMT", "D_FMT", "T_FMT", "T_FMT_AMPM", "RADIXCHAR", "THOUSEP",
             "YESEXPR", "NOEXPR", "CRNCYSTR", "AM_STR", "DAY_1", "ABDAY_7", "MON_12", "ABMON_1", "ERA"]:
    print(item, getattr(locale, item), repr(locale.nl_langinfo(getattr(locale, item))))
try:
    locale.nl_langinfo(12345)
except ValueError as e:
    print("ValueError", e)
print(locale.getpreferredencoding(), locale.getpreferredencoding(False))
print(locale.gettext("hello"), locale.dgettext("dom", "hi"), locale.textdomain(None))
print(issubclass(locale.Error, Exception))
