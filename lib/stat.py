"""Constants and functions for interpreting os.stat() results."""

ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID, ST_SIZE, ST_ATIME, ST_MTIME, ST_CTIME = range(10)

_S_IFMT_BITS = 0o170000
S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFIFO = 0o010000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
S_IFDOOR = 0
S_IFPORT = 0
S_IFWHT = 0

S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID
S_ISVTX = 0o1000
S_IREAD = 0o0400
S_IWRITE = 0o0200
S_IEXEC = 0o0100
S_IRWXU = 0o0700
S_IRUSR = 0o0400
S_IWUSR = 0o0200
S_IXUSR = 0o0100
S_IRWXG = 0o0070
S_IRGRP = 0o0040
S_IWGRP = 0o0020
S_IXGRP = 0o0010
S_IRWXO = 0o0007
S_IROTH = 0o0004
S_IWOTH = 0o0002
S_IXOTH = 0o0001

UF_NODUMP = 0x00000001
UF_IMMUTABLE = 0x00000002
UF_APPEND = 0x00000004
UF_OPAQUE = 0x00000008
UF_NOUNLINK = 0x00000010
UF_COMPRESSED = 0x00000020
UF_HIDDEN = 0x00008000
SF_ARCHIVED = 0x00010000
SF_IMMUTABLE = 0x00020000
SF_APPEND = 0x00040000
SF_NOUNLINK = 0x00100000
SF_SNAPSHOT = 0x00200000


def S_IMODE(mode):
    """The permission bits of a mode (what chmod sets)."""
    return mode & 0o7777


def S_IFMT(mode):
    """The file-type bits of a mode."""
    return mode & _S_IFMT_BITS


def _file_type_test(name, kind, what):
    def test(mode):
        return mode & _S_IFMT_BITS == kind
    test.__name__ = test.__qualname__ = name
    test.__doc__ = "Whether the mode (st_mode) is that of a %s." % what
    return test


def _absent_type(name):
    # door, event port and whiteout files do not exist on this system
    def test(mode):
        return False
    test.__name__ = test.__qualname__ = name
    return test


S_ISDIR = _file_type_test("S_ISDIR", S_IFDIR, "directory")
S_ISCHR = _file_type_test("S_ISCHR", S_IFCHR, "character device")
S_ISBLK = _file_type_test("S_ISBLK", S_IFBLK, "block device")
S_ISREG = _file_type_test("S_ISREG", S_IFREG, "regular file")
S_ISFIFO = _file_type_test("S_ISFIFO", S_IFIFO, "FIFO (named pipe)")
S_ISLNK = _file_type_test("S_ISLNK", S_IFLNK, "symbolic link")
S_ISSOCK = _file_type_test("S_ISSOCK", S_IFSOCK, "socket")
S_ISDOOR = _absent_type("S_ISDOOR")
S_ISPORT = _absent_type("S_ISPORT")
S_ISWHT = _absent_type("S_ISWHT")


# (bits, char) choices for each of the ten characters of filemode()
_FILEMODE_TABLE = (
    ((S_IFLNK, "l"), (S_IFSOCK, "s"), (S_IFREG, "-"), (S_IFBLK, "b"), (S_IFDIR, "d"),
     (S_IFCHR, "c"), (S_IFIFO, "p")),
    ((S_IRUSR, "r"),),
    ((S_IWUSR, "w"),),
    ((S_IXUSR | S_ISUID, "s"), (S_ISUID, "S"), (S_IXUSR, "x")),
    ((S_IRGRP, "r"),),
    ((S_IWGRP, "w"),),
    ((S_IXGRP | S_ISGID, "s"), (S_ISGID, "S"), (S_IXGRP, "x")),
    ((S_IROTH, "r"),),
    ((S_IWOTH, "w"),),
    ((S_IXOTH | S_ISVTX, "t"), (S_ISVTX, "T"), (S_IXOTH, "x")),
)


def filemode(mode):
    """The mode as ls shows it, e.g. '-rw-r--r--' or 'drwxr-xr-x'."""
    out = []
    for i, choices in enumerate(_FILEMODE_TABLE):
        for bits, char in choices:
            if (S_IFMT(mode) == bits) if i == 0 else (mode & bits == bits):
                out.append(char)
                break
        else:
            out.append("?" if i == 0 else "-")
    return "".join(out)
