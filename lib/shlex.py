"""Shell-like lexing: the shlex tokenizer, and split(), quote() and join()
for command lines."""

import os
import re
import sys
from collections import deque
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]

_ASCII_WORD = "abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
_LATIN1_WORD = "ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ"

# read_token's states besides a quote or escape character: between tokens,
# in a word, in a run of punctuation
_BETWEEN, _WORD, _PUNCT = " ", "a", "c"


class shlex:
    """Splits a stream into tokens.  In posix mode quotes are removed and
    escapes honoured, as a POSIX shell does; otherwise quoted strings are
    tokens, quotes included.  The character classes (wordchars, whitespace,
    quotes, escape, escapedquotes, commenters) are attributes to adjust."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is None:
            instream, infile = sys.stdin, None
        self.instream, self.infile = instream, infile
        self.posix = posix
        self.eof = None if posix else ""
        self.commenters = "#"
        self.wordchars = _ASCII_WORD + (_LATIN1_WORD if posix else "")
        self.whitespace = " \t\r\n"
        self.whitespace_split = False
        self.quotes = "'\""
        self.escape = "\\"
        self.escapedquotes = '"'
        self.state = _BETWEEN
        self.pushback = deque()     # whole tokens (and non-word characters outside punctuation mode)
        self.lineno = 1
        self.debug = 0            # accepted for compatibility; no trace is printed
        self.token = ""
        self.filestack = deque()
        self.source = None
        if punctuation_chars is True:
            punctuation_chars = "();<>|&"
        self._punctuation_chars = punctuation_chars or ""
        if self._punctuation_chars:
            self._pushback_chars = deque()      # characters read one too far
            # these join words, unless they are punctuation here
            self.wordchars = "".join(c for c in self.wordchars + "~-./*?=" if c not in self._punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    # -- token and source stacks

    def push_token(self, tok):
        """Make tok the next token get_token() returns."""
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        """Read from newstream (a stream or a string) until it ends, then resume the current source."""
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile, self.instream, self.lineno = newfile, newstream, 1

    def pop_source(self):
        """Close the current source and go back to the one it interrupted."""
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.popleft()
        self.state = _BETWEEN

    def get_token(self):
        """The next token: a pushed-back one, else one read (following source
        inclusions); eof once every source is exhausted."""
        if self.pushback:
            return self.pushback.popleft()
        token = self.read_token()
        while self.source is not None and token == self.source:
            included = self.sourcehook(self.read_token())
            if included:
                self.push_source(included[1], included[0])
            token = self.get_token()
        while token == self.eof and self.filestack:
            self.pop_source()
            token = self.get_token()
        return token

    def sourcehook(self, newfile):
        """(name, stream) for the file a source keyword names, relative to the current file."""
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        if isinstance(self.infile, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(self.infile), newfile)
        return newfile, open(newfile, "r")

    def error_leader(self, infile=None, lineno=None):
        """'"file", line N: ', the start of a compiler-style message."""
        return '"%s", line %d: ' % (self.infile if infile is None else infile,
                                    self.lineno if lineno is None else lineno)

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token

    def __iter__(self):
        return self

    # -- reading one token: a state machine over single characters

    def read_token(self):
        self._quoted = False        # a quote was seen: the token exists even if empty
        self._resume = _BETWEEN     # the state an escape returns to
        while True:
            if self._punctuation_chars and self._pushback_chars:
                ch = self._pushback_chars.pop()
            else:
                ch = self.instream.read(1)
            if ch == "\n":
                self.lineno += 1
            if self.state is None:      # the input had ended
                self.token = ""
                break
            if self._step(ch):
                break
        token, self.token = self.token, ""
        if self.posix and not self._quoted and token == "":
            return None
        return token

    def _step(self, ch):
        """Consume ch in the current state; True when a token is complete."""
        state = self.state
        if state == _BETWEEN:
            return self._between(ch)
        if state in self.quotes:
            return self._in_quotes(ch, state)
        if state in self.escape:
            return self._after_escape(ch, state)
        if state in (_WORD, _PUNCT):
            return self._in_word(ch, state)
        return False

    def _emit(self):
        # whitespace (or the like) ends a token if there is one
        return bool(self.token) or self.posix and self._quoted

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def _between(self, ch):
        if not ch:
            self.state = None
            return True
        if ch in self.whitespace:
            return self._emit()
        if ch in self.commenters:
            self._skip_comment()
        elif self.posix and ch in self.escape:
            self._resume, self.state = _WORD, ch
        elif ch in self.wordchars:
            self.token, self.state = ch, _WORD
        elif ch in self._punctuation_chars:
            self.token, self.state = ch, _PUNCT
        elif ch in self.quotes:
            if not self.posix:
                self.token = ch
            self.state = ch
        elif self.whitespace_split:
            self.token, self.state = ch, _WORD
        else:
            self.token = ch         # any other character is a token by itself
            return self._emit()
        return False

    def _in_quotes(self, ch, quote):
        self._quoted = True
        if not ch:
            raise ValueError("No closing quotation")
        if ch == quote:
            if self.posix:
                self.state = _WORD      # the word may go on after the quote
                return False
            self.token += ch
            self.state = _BETWEEN
            return True
        if self.posix and ch in self.escape and quote in self.escapedquotes:
            self._resume, self.state = quote, ch
        else:
            self.token += ch
        return False

    def _after_escape(self, ch, escape):
        if not ch:
            raise ValueError("No escaped character")
        # inside quotes, an escape only escapes the quote and itself
        if self._resume in self.quotes and ch not in (escape, self._resume):
            self.token += escape
        self.token += ch
        self.state = self._resume
        return False

    def _in_word(self, ch, state):
        if not ch:
            self.state = None
            return True
        if ch in self.whitespace:
            self.state = _BETWEEN
            return self._emit()
        if ch in self.commenters:
            self._skip_comment()
            if not self.posix:
                return False            # the word resumes on the next line
            self.state = _BETWEEN
            return self._emit()
        if state == _PUNCT:
            if ch in self._punctuation_chars:
                self.token += ch
                return False
            if ch not in self.whitespace:
                self._pushback_chars.append(ch)
            self.state = _BETWEEN
            return True
        if self.posix and ch in self.quotes:
            self.state = ch
        elif self.posix and ch in self.escape:
            self._resume, self.state = _WORD, ch
        elif ch in self.wordchars or ch in self.quotes or \
                self.whitespace_split and ch not in self._punctuation_chars:
            self.token += ch
        else:
            # a character that cannot continue the word starts the next token
            if self._punctuation_chars:
                self._pushback_chars.append(ch)
            else:
                self.pushback.appendleft(ch)
            self.state = _BETWEEN
            return self._emit()
        return False


_UNSAFE = re.compile(r"[^\w@%+=:,./-]", re.ASCII)


def quote(s):
    """s quoted for a POSIX shell: unchanged if it is made of safe characters,
    else in single quotes (a single quote inside becomes '"'"')."""
    if not s:
        return "''"
    if _UNSAFE.search(s) is None:
        return s
    return "'%s'" % s.replace("'", "'\"'\"'")


def join(split_command):
    """The words quoted where needed, joined by spaces: the inverse of split()."""
    return " ".join(map(quote, split_command))


def split(s, comments=False, posix=True):
    """The words of s as a shell would split them ("#" starts a comment only if comments is true)."""
    if s is None:
        raise ValueError("s argument must not be None")
    lexer = shlex(s, posix=posix)
    vars(lexer).update(whitespace_split=True, commenters="#" if comments else "")
    return list(lexer)
