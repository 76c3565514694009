"""Information about the platform: operating system, machine, and the
Python implementation."""

import os
import sys

__version__ = "1.0.8"

_uname_cache = None


class uname_result(tuple):
    """What uname() returns: system, node, release, version and machine are
    stored, processor (the sixth item) is looked up when asked for."""

    _fields = ("system", "node", "release", "version", "machine", "processor")

    def __new__(cls, system, node, release, version, machine):
        return tuple.__new__(cls, (system, node, release, version, machine))

    system = property(lambda self: tuple.__getitem__(self, 0))
    node = property(lambda self: tuple.__getitem__(self, 1))
    release = property(lambda self: tuple.__getitem__(self, 2))
    version = property(lambda self: tuple.__getitem__(self, 3))
    machine = property(lambda self: tuple.__getitem__(self, 4))

    @property
    def processor(self):
        return _processor()

    def __iter__(self):
        yield from tuple.__iter__(self)
        yield self.processor

    def __len__(self):
        return len(self._fields)

    def __getitem__(self, index):
        return tuple(self)[index]

    def __repr__(self):
        # like CPython's, it shows the five stored fields
        shown = zip(self._fields, tuple.__iter__(self))
        return "uname_result(%s)" % ", ".join("%s=%r" % pair for pair in shown)

    def _asdict(self):
        return dict(zip(self._fields, self))


def _processor():
    return ""


def uname():
    """os.uname() as a named tuple (system, node, release, version, machine), computed once."""
    global _uname_cache
    if _uname_cache is None:
        u = os.uname()
        _uname_cache = uname_result(u.sysname, u.nodename, u.release, u.version, u.machine)
    return _uname_cache


def system():
    """The operating system's name ('Linux', 'Darwin', ...)."""
    return uname().system


def node():
    """This machine's network name (not necessarily a full domain name)."""
    return uname().node


def release():
    """The operating system's release (the kernel version on Linux)."""
    return uname().release


def version():
    """The operating system's build/version string."""
    return uname().version


def machine():
    """The hardware type ('x86_64', 'aarch64', ...)."""
    return uname().machine


def processor():
    """The processor's name; empty here, as on most Linux systems."""
    return uname().processor


def python_implementation():
    """'CPython': the language and library Ay follows."""
    return "CPython"


def python_version():
    """The language version Ay follows, as 'major.minor.micro'."""
    return "%d.%d.%d" % sys.version_info[:3]


def python_version_tuple():
    """python_version() split into a tuple of three strings."""
    return tuple(str(part) for part in sys.version_info[:3])


def python_branch():
    return ""


def python_revision():
    return ""


def python_build():
    return ("main", "")


def python_compiler():
    return "Ay"


def architecture(executable=sys.executable, bits="", linkage=""):
    """(bits, linkage) of this interpreter, e.g. ('64bit', 'ELF')."""
    size = (sys.maxsize.bit_length() + 1)
    return (bits or "%dbit" % size, linkage or "ELF")


def libc_ver(executable=None, lib="", version="", chunksize=16384):
    """(library name, version) of the C library, from confstr; (lib, version) when unknown."""
    try:
        text = os.confstr("CS_GNU_LIBC_VERSION")
    except (AttributeError, ValueError, OSError):
        text = None
    if text:
        name, _, ver = text.partition(" ")
        return ("glibc" if name == "glibc" else lib or name, ver or version)
    return (lib, version)


def platform(aliased=False, terse=False):
    """One string naming the system, release, machine and C library."""
    u = uname()
    parts = [u.system, u.release, u.machine]
    libcname, libcversion = libc_ver()
    text = "-".join(p for p in parts if p)
    if libcname:
        text += "-with-%s%s" % (libcname, libcversion)
    return text


def freedesktop_os_release():
    """The key=value pairs of /etc/os-release (or /usr/lib/os-release) as a dict."""
    for candidate in ("/etc/os-release", "/usr/lib/os-release"):
        try:
            with open(candidate, encoding="utf-8") as f:
                lines = f.read().splitlines()
        except OSError:
            continue
        info = {"NAME": "Linux", "ID": "linux", "PRETTY_NAME": "Linux"}
        for line in lines:
            line = line.strip()
            if not line or line.startswith("#") or "=" not in line:
                continue
            key, _, value = line.partition("=")
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            info[key] = value
        return info
    raise OSError(2, "Unable to read files /etc/os-release, /usr/lib/os-release")


def mac_ver(release="", versioninfo=("", "", ""), machine=""):
    return release, versioninfo, machine


def win32_ver(release="", version="", csd="", ptype=""):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def java_ver(release="", vendor="", vminfo=("", "", ""), osinfo=("", "", "")):
    return release, vendor, vminfo, osinfo
