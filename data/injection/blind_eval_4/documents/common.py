import base64
DOCS = []
def D(label, fmt, lang, tech, task, text):
    DOCS.append(dict(label=label, fmt=fmt, lang=lang, tech=tech, task=task, text=text.strip("\n")))
def I(fmt, lang, tech, task, text): D("injection", fmt, lang, tech, task, text)
def B(fmt, lang, tech, task, text): D("benign", fmt, lang, tech, task, text)
def b64(s): return base64.b64encode(s.encode("utf-8")).decode()
def zw(s):
    # bits of UTF-8 bytes as zero-width space (0) / zero-width non-joiner (1), framed by invisible separators
    bits = "".join(format(c, "08b") for c in s.encode("utf-8"))
    return "\u2063" + "".join("\u200b" if b == "0" else "\u200c" for b in bits) + "\u2063"
def tags(s): return "".join(chr(0xE0000 + ord(c)) for c in s)
