"""An option's history as anonymous word diffs: what changed, never who or exactly when."""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping

import sqlalchemy as sa

from ..extensions import db
from ..models import OptionRevision, PolicyOption
from .fields import FieldSpec, display_text

_TOKENS = re.compile(r"\s+|\w+|[^\w\s]")


def word_diff(old: str, new: str) -> list[dict]:
    """Segments {op: equal|insert|delete, text} turning ``old`` into ``new`` word by word."""
    before, after = _TOKENS.findall(old), _TOKENS.findall(new)
    segments: list[dict] = []
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op in ("delete", "replace"):
            segments.append({"op": "delete", "text": "".join(before[i1:i2])})
        if op in ("insert", "replace"):
            segments.append({"op": "insert", "text": "".join(after[j1:j2])})
        if op == "equal":
            segments.append({"op": "equal", "text": "".join(before[i1:i2])})
    return segments


def field_changes(specs: list[FieldSpec], before: Mapping, after: Mapping) -> list[dict]:
    """The fields that differ between two snapshots, each with its word diff."""
    changes = []
    for spec in specs:
        old, new = display_text(spec, before.get(spec.key)), display_text(spec, after.get(spec.key))
        if old != new:
            changes.append({"key": spec.key, "label": spec.label,
                            "segments": word_diff(old, new)})
    return changes


def revisions_of(option: PolicyOption) -> list[OptionRevision]:
    return list(db.session.scalars(
        sa.select(OptionRevision).filter_by(option_id=option.id)
        .order_by(OptionRevision.version)))


def history(option: PolicyOption, specs: list[FieldSpec]) -> list[dict]:
    """Newest first: version, kind, whether the facilitator made it, and the diffs.

    Deliberately no author and no time: a time could be matched to who was seen typing.
    """
    entries = []
    previous: Mapping = {}
    for revision in revisions_of(option):
        entries.append({"version": revision.version, "kind": revision.kind,
                        "by_facilitator": revision.by_facilitator,
                        "changes": field_changes(specs, previous, revision.fields)})
        previous = revision.fields
    return entries[::-1]


def changes_since_carry_over(option: PolicyOption, specs: list[FieldSpec]) -> list[dict] | None:
    """For a carried-over option, what changed in this session; None if not carried over."""
    if option.carried_version is None:
        return None
    carried = db.session.scalar(sa.select(OptionRevision).filter_by(
        option_id=option.id, version=option.carried_version))
    return field_changes(specs, carried.fields if carried else {}, option.fields)
