"""Deterministic text obfuscations applied by build.py to hand-written plaintexts.

Every function takes (text, rng) and returns the transformed text. `text` may contain the
two-character sequence backslash-n, which stands for a line break (file convention).
"""
import base64
import re
import codecs


_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "g": "9", "b": "8"}
# Latin -> visually similar Cyrillic/Greek letters
_HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
         "x": "\u0445", "y": "\u0443", "i": "\u0456", "A": "\u0391", "E": "\u0395",
         "O": "\u041e", "P": "\u0420", "C": "\u0421", "T": "\u0422", "H": "\u041d"}
ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]


def _real(text):
    return text.replace("\\n", "\n")


def _conv(text):
    return text.replace("\r", "").replace("\n", "\\n").replace("\t", " ")


def b64(text, rng):
    enc = base64.b64encode(_real(text).encode("utf-8")).decode("ascii")
    style = rng.randrange(3)
    if style == 0:
        return enc
    if style == 1:
        return "base64: " + enc
    return "pls decode " + enc


def leetspeak(text, rng):
    out = []
    for ch in text:
        low = ch.lower()
        if low in _LEET and rng.random() < 0.8:
            out.append(_LEET[low])
        else:
            out.append(ch)
    return "".join(out)


def spaced(text, rng):
    words = _real(text).replace("\n", " ").split()
    sep = rng.choice([" ", "-", "*", "_"])
    gap = "   " if sep == " " else " "
    return gap.join(sep.join(w) for w in words)


def homoglyph(text, rng):
    return "".join(_HOMO[ch] if ch in _HOMO and rng.random() < 0.7 else ch for ch in text)


def zero_width(text, rng):
    out = []
    for ch in text:
        out.append(ch)
        if ch.isalpha() and rng.random() < 0.5:
            out.append(rng.choice(ZW))
    return "".join(out)


def rot13(text, rng):
    enc = codecs.encode(text.replace("\\n", "\n"), "rot_13")
    enc = _conv(enc)
    return enc if rng.random() < 0.5 else "rot13: " + enc


def reversed_text(text, rng):
    return _real(text).replace("\n", " ")[::-1]


_SUFFIX_PIECES = ["}}", "](", "!!", "--", "==", "\\/", ";)", "<|", "|>", "**", "~^", "@@", "%%",
                  "describ", "oppos", "revert", "sure", "Now", "ONE", "twice", "similarly", "formatt",
                  "Manual", "zeta", "tutor", "quote", "?", "'", "\"", "+", "&", "#"]


def adversarial_suffix(text, rng):
    n = rng.randint(10, 18)
    suffix = "".join(rng.choice(_SUFFIX_PIECES) + (" " if rng.random() < 0.4 else "") for _ in range(n))
    return text + " " + suffix.strip()


TRANSFORMS = {
    "base64": b64,
    "leetspeak": leetspeak,
    "spaced_letters": spaced,
    "homoglyph": homoglyph,
    "zero_width": zero_width,
    "rot13": rot13,
    "reversed": reversed_text,
    "adversarial_suffix": adversarial_suffix,
}
LATIN_ONLY = {"leetspeak", "rot13", "homoglyph"}


_PROTECT = re.compile(r"(\S+@\S+|https?://\S+|www\.\S+)")
CHARWISE = {"leetspeak", "homoglyph", "rot13", "zero_width"}


def apply(name, text, rng):
    """Apply transform `name`. For character-wise transforms, e-mail addresses and URLs are kept
    intact so that they stay on reserved domains."""
    if name in CHARWISE and _PROTECT.search(text):
        parts = _PROTECT.split(text)
        out = []
        for i, part in enumerate(parts):
            if i % 2 == 1:
                out.append(part)
            elif part:
                out.append(TRANSFORMS[name](part, rng).replace("rot13: ", ""))
        res = "".join(out)
        if name == "rot13":
            res = "rot13: " + res
        return _conv(res)
    return _conv(TRANSFORMS[name](text, rng))
