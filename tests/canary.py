"""Canary values: unique names, emails and affiliations that must never leave the roster.

The canary tests drive sessions with these people and look for any of the values (and
for every author ref and roster id) in everything a participant receives, every export
and every log line.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

CANARIES = [
    ("Xylophon Quagmeyer", "xq.canary@zzyzx-mail.example", "Zentralstelle Quokkafisch",
     "ZQF"),
    ("Ingrid Vorbrueggen-Taqi", "ivt.canary@zzyzx-mail.example", "Embassy of Freedonia",
     "EoF"),
    ("Mbeki Olufsen-Harrow", "moh.canary@zzyzx-mail.example", "Sylvanian Refugee Network",
     "SRN"),
]


@dataclass
class CanaryWatch:
    """Collects every output a test produced and finds any identifying value in it."""

    forbidden: set[str] = field(default_factory=set)
    short: set[str] = field(default_factory=set)  # matched as whole words, case-sensitive
    outputs: list[tuple[str, str]] = field(default_factory=list)

    def forbid(self, *values: object) -> None:
        """Values of 4 characters or more are found anywhere, in any case. Shorter ones (an
        acronym such as "EoF") are found as whole words, written as they are: inside a
        longer word or in another case they are something else. A single character or a
        short number (an id like 7) would match anything, and is not searched for."""
        for value in values:
            text = str(value)
            if len(text) >= 4:
                self.forbidden.add(text)
            elif len(text) >= 2 and not text.isdigit():
                self.short.add(text)

    def forbid_entry(self, entry) -> None:
        self.forbid(entry.name, entry.email, entry.affiliation, entry.public_id,
                    entry.invite_nonce, *entry.name.split())

    def record(self, where: str, output: object) -> None:
        if isinstance(output, bytes):
            text = output.decode("utf-8", "replace")
        elif isinstance(output, str):
            text = output
        else:
            text = json.dumps(output, default=str, ensure_ascii=False)
        self.outputs.append((where, text))

    def leaks(self) -> list[tuple[str, str]]:
        words = [(value, re.compile(rf"(?<![^\W_]){re.escape(value)}(?![^\W_])"))
                 for value in sorted(self.short)]
        found = []
        for where, text in self.outputs:
            lowered = text.lower()
            found.extend((where, value) for value in self.forbidden
                         if value.lower() in lowered)
            found.extend((where, value) for value, word in words if word.search(text))
        return found
