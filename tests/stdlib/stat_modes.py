# stat: file-type predicates over every type, S_IMODE/S_IFMT, filemode for special bits, constants
import stat
kinds = [stat.S_IFDIR, stat.S_IFCHR, stat.S_IFBLK, stat.S_IFREG, stat.S_IFIFO, stat.S_IFLNK, stat.S_IFSOCK, 0]
tests = [stat.S_ISDIR, stat.S_ISCHR, stat.S_ISBLK, stat.S_ISREG, stat.S_ISFIFO, stat.S_ISLNK, stat.S_ISSOCK, stat.S_ISDOOR, stat.S_ISPORT, stat.S_ISWHT]
for kind in kinds:
    mode = kind | 0o4755
    print(oct(kind), [t(mode) for t in tests], oct(stat.S_IMODE(mode)), oct(stat.S_IFMT(mode)), stat.filemode(mode))
print([t.__name__ for t in tests])
for mode in [0o100000, 0o100777, 0o102755, 0o102745, 0o101777, 0o101776, 0o104644, 0o170777, 0o040000 | 0o1000]:
    print(oct(mode), stat.filemode(mode))
print(stat.ST_MODE, stat.ST_SIZE, stat.ST_CTIME, stat.S_IRWXU, stat.S_IRWXG, stat.S_IRWXO, stat.S_ENFMT == stat.S_ISGID, stat.S_IREAD, stat.UF_HIDDEN, stat.SF_SNAPSHOT)
