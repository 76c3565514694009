// The names of the standard library's top-level modules, as CPython 3.12's
// sys.stdlib_module_names lists them (data taken from that interpreter). They
// drive sys.stdlib_module_names and the "Did you forget to import" hint.
#ifndef AY_STDLIB_NAMES_H
#define AY_STDLIB_NAMES_H

#define AY_STDLIB_MODULE_NAMES(X) \
    X("__future__") X("_abc") X("_aix_support") X("_ast") X("_asyncio") X("_bisect") X("_blake2") \
    X("_bz2") X("_codecs") X("_codecs_cn") X("_codecs_hk") X("_codecs_iso2022") X("_codecs_jp") \
    X("_codecs_kr") X("_codecs_tw") X("_collections") X("_collections_abc") X("_compat_pickle") \
    X("_compression") X("_contextvars") X("_crypt") X("_csv") X("_ctypes") X("_curses") \
    X("_curses_panel") X("_datetime") X("_dbm") X("_decimal") X("_elementtree") \
    X("_frozen_importlib") X("_frozen_importlib_external") X("_functools") X("_gdbm") X("_hashlib") \
    X("_heapq") X("_imp") X("_io") X("_json") X("_locale") X("_lsprof") X("_lzma") X("_markupbase") \
    X("_md5") X("_msi") X("_multibytecodec") X("_multiprocessing") X("_opcode") X("_operator") \
    X("_osx_support") X("_overlapped") X("_pickle") X("_posixshmem") X("_posixsubprocess") \
    X("_py_abc") X("_pydatetime") X("_pydecimal") X("_pyio") X("_pylong") X("_queue") X("_random") \
    X("_scproxy") X("_sha1") X("_sha2") X("_sha3") X("_signal") X("_sitebuiltins") X("_socket") \
    X("_sqlite3") X("_sre") X("_ssl") X("_stat") X("_statistics") X("_string") X("_strptime") \
    X("_struct") X("_symtable") X("_thread") X("_threading_local") X("_tkinter") X("_tokenize") \
    X("_tracemalloc") X("_typing") X("_uuid") X("_warnings") X("_weakref") X("_weakrefset") \
    X("_winapi") X("_zoneinfo") X("abc") X("aifc") X("antigravity") X("argparse") X("array") \
    X("ast") X("asyncio") X("atexit") X("audioop") X("base64") X("bdb") X("binascii") X("bisect") \
    X("builtins") X("bz2") X("cProfile") X("calendar") X("cgi") X("cgitb") X("chunk") X("cmath") \
    X("cmd") X("code") X("codecs") X("codeop") X("collections") X("colorsys") X("compileall") \
    X("concurrent") X("configparser") X("contextlib") X("contextvars") X("copy") X("copyreg") \
    X("crypt") X("csv") X("ctypes") X("curses") X("dataclasses") X("datetime") X("dbm") X("decimal") \
    X("difflib") X("dis") X("doctest") X("email") X("encodings") X("ensurepip") X("enum") X("errno") \
    X("faulthandler") X("fcntl") X("filecmp") X("fileinput") X("fnmatch") X("fractions") X("ftplib") \
    X("functools") X("gc") X("genericpath") X("getopt") X("getpass") X("gettext") X("glob") \
    X("graphlib") X("grp") X("gzip") X("hashlib") X("heapq") X("hmac") X("html") X("http") \
    X("idlelib") X("imaplib") X("imghdr") X("importlib") X("inspect") X("io") X("ipaddress") \
    X("itertools") X("json") X("keyword") X("lib2to3") X("linecache") X("locale") X("logging") \
    X("lzma") X("mailbox") X("mailcap") X("marshal") X("math") X("mimetypes") X("mmap") \
    X("modulefinder") X("msilib") X("msvcrt") X("multiprocessing") X("netrc") X("nis") X("nntplib") \
    X("nt") X("ntpath") X("nturl2path") X("numbers") X("opcode") X("operator") X("optparse") X("os") \
    X("ossaudiodev") X("pathlib") X("pdb") X("pickle") X("pickletools") X("pipes") X("pkgutil") \
    X("platform") X("plistlib") X("poplib") X("posix") X("posixpath") X("pprint") X("profile") \
    X("pstats") X("pty") X("pwd") X("py_compile") X("pyclbr") X("pydoc") X("pydoc_data") \
    X("pyexpat") X("queue") X("quopri") X("random") X("re") X("readline") X("reprlib") X("resource") \
    X("rlcompleter") X("runpy") X("sched") X("secrets") X("select") X("selectors") X("shelve") \
    X("shlex") X("shutil") X("signal") X("site") X("smtplib") X("sndhdr") X("socket") \
    X("socketserver") X("spwd") X("sqlite3") X("sre_compile") X("sre_constants") X("sre_parse") \
    X("ssl") X("stat") X("statistics") X("string") X("stringprep") X("struct") X("subprocess") \
    X("sunau") X("symtable") X("sys") X("sysconfig") X("syslog") X("tabnanny") X("tarfile") \
    X("telnetlib") X("tempfile") X("termios") X("textwrap") X("this") X("threading") X("time") \
    X("timeit") X("tkinter") X("token") X("tokenize") X("tomllib") X("trace") X("traceback") \
    X("tracemalloc") X("tty") X("turtle") X("turtledemo") X("types") X("typing") X("unicodedata") \
    X("unittest") X("urllib") X("uu") X("uuid") X("venv") X("warnings") X("wave") X("weakref") \
    X("webbrowser") X("winreg") X("winsound") X("wsgiref") X("xdrlib") X("xml") X("xmlrpc") \
    X("zipapp") X("zipfile") X("zipimport") X("zlib") X("zoneinfo")

#endif
