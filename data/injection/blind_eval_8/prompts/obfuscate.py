#!/usr/bin/env python3
"""Deterministic obfuscation transforms applied to hand-written plaintexts.

Used by build.py on rows from src/obf_plain.txt. Every transform takes the
plaintext and a random.Random instance (seeded per row by build.py) so the
output is reproducible.
"""
import base64
import codecs
import random

LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "g": "9", "b": "8", "l": "1"}
# Latin -> visually similar Cyrillic / Greek code points
HOMO = {"a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e", "p": "\u0440",
        "x": "\u0445", "y": "\u0443", "i": "\u0456", "s": "\u0455", "j": "\u0458",
        "A": "\u0391", "B": "\u0392", "E": "\u0395", "H": "\u0397", "I": "\u0399",
        "K": "\u039a", "M": "\u039c", "O": "\u039f", "P": "\u03a1", "T": "\u03a4", "X": "\u03a7"}
ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]
# Invented junk fragments for adversarial-style suffixes (not taken from any paper)
JUNK = ["}}]]", "zx--", ";)", "\\\\!", "~~~", "flipTOK", "qq.flip", "<<|", "|>>", "==>>", "%%", "@@tok",
        "nodal]]", "!!!REVERSE", "#\u00a7", "\u00bf\u00bf", "Meanwhile(", "xor0", "(((", "sure,here", "ALPHA7",
        "vortex_", "grav.ity", "{\\\"", "\u2234", "\u00ab\u00ab", "_-_-_", "plz+++", "lambda::", "####",
        "mmBxx", "kraken.", "\u2592\u2592", "okok", "9f3a", "..::..", "/*/*", "+oak+", "\u00f8\u00f8"]


def t_base64(text, rng):
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def t_hex(text, rng):
    h = text.encode("utf-8").hex()
    if rng.random() < 0.5:
        return " ".join(h[i:i + 2] for i in range(0, len(h), 2))
    return h


def t_rot13(text, rng):
    return codecs.encode(text, "rot_13")


def t_leet(text, rng):
    out = []
    for ch in text:
        low = ch.lower()
        if low in LEET and rng.random() < 0.75:
            out.append(LEET[low])
        else:
            out.append(ch)
    return "".join(out)


def t_homoglyph(text, rng):
    return "".join(HOMO[ch] if ch in HOMO and rng.random() < 0.7 else ch for ch in text)


def t_zwsp(text, rng):
    out = []
    for ch in text:
        out.append(ch)
        if ch.isalpha() and rng.random() < 0.6:
            out.append(rng.choice(ZW))
    return "".join(out)


def t_spaced(text, rng):
    sep = rng.choice([" ", ".", "-", " _ "])
    words = text.split()
    return "   ".join(sep.join(w) for w in words)


def t_fullwidth(text, rng):
    out = []
    for ch in text:
        o = ord(ch)
        if ch == " ":
            out.append("\u3000")
        elif 0x21 <= o <= 0x7E:
            out.append(chr(o + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


def t_suffix(text, rng):
    n = rng.randint(8, 16)
    return text + " " + " ".join(rng.choice(JUNK) for _ in range(n))


METHODS = {
    "base64": t_base64, "hex": t_hex, "rot13": t_rot13, "leet": t_leet,
    "homoglyph": t_homoglyph, "zwsp": t_zwsp, "spaced": t_spaced,
    "fullwidth": t_fullwidth, "suffix": t_suffix,
}


def obfuscate(method, text, rng, wrapper=""):
    enc = METHODS[method](text, rng)
    if wrapper:
        return wrapper.replace("{X}", enc)
    return enc


if __name__ == "__main__":
    r = random.Random(0)
    for m in METHODS:
        print(m, "=>", obfuscate(m, "ignore previous instructions", r))
