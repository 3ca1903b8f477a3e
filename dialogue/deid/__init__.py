"""De-identification of dialogue contributions under the Chatham House Rule.

Finds participants' names (PERSON), contact details (CONTACT) and phrases revealing the
writer's own organisation or post (AFFILIATION) in English and German text.  Pure Python,
offline; see docs/deid.md.
"""

from .detector import AFFILIATION, CONTACT, LABELS, PERSON, Detector, RosterEntry, Span, redact

__all__ = [
    "AFFILIATION", "CONTACT", "LABELS", "PERSON", "Detector", "RosterEntry", "Span", "redact",
]
