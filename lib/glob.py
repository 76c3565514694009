"""Filename globbing: the paths matching a shell pattern (*, ?, [seq], and
** for any depth of directories with recursive=True)."""

import fnmatch
import os
import re

__all__ = ["glob", "iglob", "escape"]

magic_check = re.compile("([*?[])")
magic_check_bytes = re.compile(b"([*?[])")


def has_magic(s):
    """Whether s contains a wildcard character."""
    return (magic_check_bytes if isinstance(s, bytes) else magic_check).search(s) is not None


def escape(pathname):
    """pathname with its wildcard characters bracketed, so that it matches only itself."""
    drive, rest = os.path.splitdrive(pathname)
    if isinstance(rest, bytes):
        return drive + magic_check_bytes.sub(rb"[\1]", rest)
    return drive + magic_check.sub(r"[\1]", rest)


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths matching pathname (see iglob)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Iterate over the paths matching pathname, in directory order. A relative
    pattern is looked up under root_dir (default: the current directory) and
    its results stay relative. Wildcards skip names starting with '.' unless
    the pattern's own component starts with '.' or include_hidden is true."""
    search = _Search(pathname[:0] if root_dir is None else os.fspath(root_dir), recursive, include_hidden)
    found = search.paths(pathname, False)
    if not pathname or (recursive and search.is_recursive(pathname[:2])):
        # the search root itself comes first as '' and is no result
        found = _without_leading_empty(found)
    return found


def _without_leading_empty(paths):
    first = next(paths, None)
    if first:
        yield first
    yield from paths


class _Search:
    """One glob: where relative paths are looked up, and its options."""

    def __init__(self, root, recursive, include_hidden):
        self.root = root
        self.recursive = recursive
        self.include_hidden = include_hidden

    def is_recursive(self, component):
        return self.recursive and component in ("**", b"**")

    def on_disk(self, path):
        """path (relative to the root, '' for the root itself) as the file system should see it."""
        if not self.root or not path:
            return self.root or path
        return os.path.join(self.root, path)

    def paths(self, pattern, dirs_only):
        """The paths matching pattern; with dirs_only just the directories."""
        head, last = os.path.split(pattern)
        if not has_magic(pattern):
            if self._literal_exists(head, last):
                yield pattern
            return
        if has_magic(head) and head != pattern:
            heads = self.paths(head, True)
        else:
            heads = [head]
        for directory in heads:
            for name in self._names(directory, last, dirs_only):
                yield os.path.join(directory, name) if directory else name

    def _literal_exists(self, directory, name):
        # 'dir/' (an empty last name) must be a directory; anything else just has to be there
        if name:
            return os.path.lexists(self.on_disk(os.path.join(directory, name) if directory else name))
        return os.path.isdir(self.on_disk(directory))

    def _names(self, directory, component, dirs_only):
        """What component matches inside directory: names, or for '**' relative paths."""
        if not has_magic(component):
            return [component] if self._literal_exists(directory, component) else []
        if self.is_recursive(component):
            return self._everything_below(directory, dirs_only)
        names = self._listing(directory, dirs_only)
        if not (self.include_hidden or _is_hidden(component)):
            names = [name for name in names if not _is_hidden(name)]
        return fnmatch.filter(names, component)

    def _everything_below(self, directory, dirs_only):
        # '**' also matches no directory at all: '' stands for directory itself
        if not directory or os.path.isdir(self.on_disk(directory)):
            yield directory[:0]
        yield from self._descendants(directory, dirs_only)

    def _descendants(self, directory, dirs_only):
        for name in self._listing(directory, dirs_only):
            if self.include_hidden or not _is_hidden(name):
                yield name
                below = os.path.join(directory, name) if directory else name
                for path in self._descendants(below, dirs_only):
                    yield os.path.join(name, path)

    def _listing(self, directory, dirs_only):
        """Names in directory (symlinks to directories count as directories); [] if unreadable."""
        where = self.on_disk(directory) or (b"." if isinstance(directory, bytes) else ".")
        names = []
        try:
            with os.scandir(where) as entries:
                for entry in entries:
                    try:
                        if not dirs_only or entry.is_dir():
                            names.append(entry.name)
                    except OSError:
                        pass
        except OSError:
            pass
        return names


def _is_hidden(name):
    return name[:1] in (".", b".")
