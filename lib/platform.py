"""Information about the platform: operating system, machine, and the
Python implementation."""

import os
import sys

__version__ = "1.0.8"

_uname_cache = None


class uname_result(tuple):
    """(system, node, release, version, machine) with the processor as an
    extra attribute."""

    _fields = ("system", "node", "release", "version", "machine")

    def __new__(cls, system, node, release, version, machine):
        return tuple.__new__(cls, (system, node, release, version, machine))

    system = property(lambda self: self[0])
    node = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    @property
    def processor(self):
        return _processor()

    def __repr__(self):
        return "uname_result(%s)" % ", ".join("%s=%r" % (name, value) for name, value in zip(self._fields, self))

    def _asdict(self):
        return dict(zip(self._fields, self))


def _processor():
    return ""


def uname():
    """Fairly portable uname interface: (system, node, release, version, machine)."""
    global _uname_cache
    if _uname_cache is None:
        u = os.uname()
        _uname_cache = uname_result(u.sysname, u.nodename, u.release, u.version, u.machine)
    return _uname_cache


def system():
    """Returns the system/OS name, e.g. 'Linux', 'Windows', or 'Java'."""
    return uname().system


def node():
    """Returns the computer's network name (may not be fully qualified!)."""
    return uname().node


def release():
    """Returns the system's release, e.g. '2.2.0' or 'NT'."""
    return uname().release


def version():
    """Returns the system's release version."""
    return uname().version


def machine():
    """Returns the machine type, e.g. 'i386'."""
    return uname().machine


def processor():
    """Returns the (true) processor name, e.g. 'amdk6' (often empty)."""
    return uname().processor


def python_implementation():
    """Returns a string identifying the Python implementation (Ay runs CPython's language)."""
    return "CPython"


def python_version():
    """Returns the Python version as string 'major.minor.patchlevel'."""
    return "%d.%d.%d" % sys.version_info[:3]


def python_version_tuple():
    """Returns the Python version as tuple (major, minor, patchlevel) of strings."""
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
    """Queries the given executable for various architecture information."""
    size = (sys.maxsize.bit_length() + 1)
    return (bits or "%dbit" % size, linkage or "ELF")


def libc_ver(executable=None, lib="", version="", chunksize=16384):
    """Tries to determine the libc version that the file executable is linked against."""
    try:
        text = os.confstr("CS_GNU_LIBC_VERSION")
    except (AttributeError, ValueError, OSError):
        text = None
    if text:
        name, _, ver = text.partition(" ")
        return ("glibc" if name == "glibc" else lib or name, ver or version)
    return (lib, version)


def platform(aliased=False, terse=False):
    """Returns a single string identifying the underlying platform."""
    u = uname()
    parts = [u.system, u.release, u.machine]
    libcname, libcversion = libc_ver()
    text = "-".join(p for p in parts if p)
    if libcname:
        text += "-with-%s%s" % (libcname, libcversion)
    return text


def freedesktop_os_release():
    """Return operating system identification from the freedesktop.org os-release file."""
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
