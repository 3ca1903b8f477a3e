"""Canary values: unique names, emails and affiliations that must never leave the roster.

The canary tests drive sessions with these people and look for any of the values (and
for every author ref and roster id) in everything a participant receives, every export
and every log line.
"""

from __future__ import annotations

import json
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
    outputs: list[tuple[str, str]] = field(default_factory=list)

    def forbid(self, *values: object) -> None:
        for value in values:
            text = str(value)
            if len(text) >= 4:  # short values (an id like 7) would match anything
                self.forbidden.add(text)

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
        found = []
        for where, text in self.outputs:
            lowered = text.lower()
            found.extend((where, value) for value in self.forbidden
                         if value.lower() in lowered)
        return found
