"""A word filter: posts containing a listed word are held for a moderator, not published.

The list is configurable with ``DIALOGUE_WORD_FILTER`` (comma-separated; "off" disables
it). An entry ending in ``*`` also matches longer words starting with it ("idiot*" matches
"idiotic"); other entries match whole words only, so "hell" does not catch "hello".
Matching is case-insensitive and folds ß to ss, so German spellings need one entry.
"""

from __future__ import annotations

import re
from functools import lru_cache

from flask import current_app

# Insults and slurs in English and German: enough to catch the obvious; a facilitator
# who needs more (or less) sets DIALOGUE_WORD_FILTER.
DEFAULT_WORDS: tuple[str, ...] = (
    # English
    "fuck*", "motherfuck*", "shit", "shitty", "bullshit", "asshole*", "arsehole*", "bastard*",
    "bitch*", "cunt*", "dickhead*", "wanker*", "moron*", "retard*", "scumbag*", "nigger*",
    # German
    "scheiss*", "scheiß*", "arschloch*", "arschlöcher", "wichser*", "fotze*", "hurensohn*",
    "hurensöhne", "vollidiot*", "spast*", "missgeburt*", "drecksau*", "kanake*", "neger*",
    "schlampe*", "penner*",
)


@lru_cache(maxsize=16)
def _pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    parts = []
    for word in words:
        word = word.strip().casefold()
        if not word:
            continue
        if word.endswith("*"):
            parts.append(re.escape(word[:-1]) + r"\w*")
        else:
            parts.append(re.escape(word))
    if not parts:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(sorted(set(parts), key=len, reverse=True))
                      + r")(?!\w)")


def configured_words() -> tuple[str, ...]:
    """The app's list: the configured one if set, else the defaults."""
    words = current_app.config.get("WORD_FILTER")
    if words is None:
        return DEFAULT_WORDS
    if isinstance(words, str):
        words = [] if words.strip().lower() == "off" else words.split(",")
    return tuple(words)


def matches(text: str, words: tuple[str, ...] | None = None) -> list[str]:
    """The listed words found in ``text`` (as written, lower-cased), in order, no repeats."""
    pattern = _pattern(words if words is not None else configured_words())
    if pattern is None:
        return []
    found: list[str] = []
    for match in pattern.finditer(text.casefold()):
        if match.group(0) not in found:
            found.append(match.group(0))
    return found
