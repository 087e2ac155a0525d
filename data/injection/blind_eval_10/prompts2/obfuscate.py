"""Deterministic obfuscation transforms applied by build.py to hand-written plaintexts.

Every function takes (text, rng) where text may contain real newlines and rng is a
random.Random instance owned by build.py (fixed seed). Returns the transformed text.
"""
import base64
import codecs
import os

HERE = os.path.dirname(os.path.abspath(__file__))

LATIN_LANGS = {"en", "es", "pt", "fr", "de", "it", "nl", "sv", "pl", "cs", "ro",
               "tr", "vi", "id", "ms"}

LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7",
        "A": "4", "E": "3", "I": "1", "O": "0", "S": "5", "T": "7"}

# Latin -> visually similar Cyrillic / Greek letters
HOMOGLYPHS = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440",
              "c": "\u0441", "x": "\u0445", "y": "\u0443", "i": "\u0456",
              "A": "\u0410", "E": "\u0415", "O": "\u041e", "P": "\u0420",
              "C": "\u0421", "T": "\u0422", "H": "\u041d", "K": "\u039a"}

ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]


def _load_wrappers():
    out = {}
    with open(os.path.join(HERE, "src", "obf_wrappers.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            kind, target, tpl = [x.strip() for x in line.split(" | ", 2)]
            out.setdefault((kind, target), []).append(tpl.replace("\\n", "\n"))
    return out


def _load_suffix_words():
    with open(os.path.join(HERE, "src", "adv_suffix_words.txt"), encoding="utf-8") as f:
        words = []
        for line in f:
            if line.startswith("#"):
                continue
            words.extend(line.split())
    return words


WRAPPERS = _load_wrappers()
SUFFIX_WORDS = _load_suffix_words()


def _wrap(kind, target, payload, rng):
    tpl = rng.choice(WRAPPERS[(kind, target)])
    return tpl.replace("{p}", payload)


def t_base64(text, rng, target):
    enc = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return _wrap("base64", target, enc, rng)


def t_rot13(text, rng, target):
    return _wrap("rot13", target, codecs.encode(text, "rot13"), rng)


def t_reversed(text, rng, target):
    return _wrap("reversed", target, text.replace("\n", " ")[::-1], rng)


def t_leetspeak(text, rng, target):
    # replace most, not all, eligible letters
    return "".join(LEET[c] if c in LEET and rng.random() < 0.8 else c for c in text)


def t_homoglyph(text, rng, target):
    return "".join(HOMOGLYPHS[c] if c in HOMOGLYPHS and rng.random() < 0.6 else c
                   for c in text)


def t_zero_width(text, rng, target):
    out = []
    for c in text:
        out.append(c)
        if c.isalpha() and rng.random() < 0.35:
            out.append(rng.choice(ZW))
    return "".join(out)


def t_spaced(text, rng, target):
    # spaced-out letters; keep it to the first ~120 characters worth of words
    words = text.replace("\n", " ").split(" ")
    keep, n = [], 0
    for w in words:
        keep.append(w)
        n += len(w) + 1
        if n > 120:
            break
    rest = words[len(keep):]
    spaced = "   ".join(" ".join(w) for w in keep if w)
    return spaced + ((" " + " ".join(rest)) if rest else "")


def t_adv_suffix(text, rng, target):
    n = rng.randint(9, 16)
    return text + " " + " ".join(rng.choice(SUFFIX_WORDS) for _ in range(n))


def t_markdown_wrap(text, rng, target):
    style = rng.randrange(3)
    if style == 0:
        return "```\n" + text + "\n```"
    if style == 1:
        return "> " + text.replace("\n", "\n> ")
    return "```text\n" + text + "\n```\nthx"


def t_split_lines(text, rng, target):
    words = text.split(" ")
    if len(words) < 4:
        # few or no spaces (e.g. Chinese/Japanese/Thai): cut between characters
        cut = rng.randint(len(text) // 3, max(len(text) // 3 + 1, (2 * len(text)) // 3))
        return text[:cut] + "\n" + text[cut:]
    cut = rng.randint(len(words) // 3, (2 * len(words)) // 3)
    return " ".join(words[:cut]) + "\n" + " ".join(words[cut:])


TRANSFORMS = {
    "base64": t_base64,
    "rot13": t_rot13,
    "reversed": t_reversed,
    "leetspeak": t_leetspeak,
    "homoglyph": t_homoglyph,
    "zero_width": t_zero_width,
    "spaced": t_spaced,
    "adv_suffix": t_adv_suffix,
    "markdown_wrap": t_markdown_wrap,
    "split_lines": t_split_lines,
}

# transforms that only make sense for Latin-script text
LATIN_ONLY = {"rot13", "leetspeak", "homoglyph", "spaced"}

ATTACK_TRANSFORMS = sorted(TRANSFORMS)
BENIGN_TRANSFORMS = ["base64", "rot13", "reversed", "leetspeak", "zero_width",
                     "markdown_wrap", "split_lines", "homoglyph"]


def apply(name, text, rng, target):
    return TRANSFORMS[name](text, rng, target)
