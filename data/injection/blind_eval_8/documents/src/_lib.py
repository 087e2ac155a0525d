"""Helpers for hand-written sources. Each source module defines DOCS (a list of dicts)."""

def _d(label, fmt, lang, task, text, technique=None, subtle=None, hn=None, pair_id=None):
    return dict(label=label, format=fmt, lang=lang, task=task.strip(), text=text.strip("\n"),
                technique=technique, subtle=subtle, hard_negative=hn, pair_id=pair_id)

def I(fmt, lang, task, text, technique, subtle):
    """Injection document. subtle: 'yes' or 'no'."""
    assert subtle in ("yes", "no")
    return _d("injection", fmt, lang, task, text, technique, subtle, None)

def B(fmt, lang, task, text, hn):
    """Benign document. hn: hard-negative kind (or 'plain')."""
    return _d("benign", fmt, lang, task, text, None, None, hn)

def P(pid, fmt, lang, task, text, anchor, insert, technique, subtle, hn, mode="after"):
    """Minimal pair: benign base text plus one planted region.
    mode 'after' inserts `insert` right after `anchor`; 'replace' replaces anchor."""
    base = text.strip("\n")
    assert base.count(anchor) == 1, (pid, "anchor must occur exactly once")
    new = anchor + insert if mode == "after" else insert
    inj = base.replace(anchor, new, 1)
    return [_d("benign", fmt, lang, task, base, None, None, hn, pid),
            _d("injection", fmt, lang, task, inj, technique, subtle, None, pid)]
