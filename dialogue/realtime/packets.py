"""How Socket.IO packets are read: a payload nested too deeply for the JSON parser still
reaches its event's handler, as a malformed payload, so the client gets the ``malformed``
refusal instead of silence (python-socketio drops a packet it cannot decode)."""

from __future__ import annotations

import json
import re

MALFORMED = "<malformed JSON>"  # not an object: every handler's schema refuses it
_EVENT = re.compile(r'\[\s*("(?:[^"\\]|\\.){1,100}")\s*,')


def dumps(*args, **kwargs) -> str:
    return json.dumps(*args, **kwargs)


def loads(text, *args, **kwargs):
    try:
        return json.loads(text, *args, **kwargs)
    except RecursionError:
        event = _EVENT.match(text) if isinstance(text, str) else None
        if event is None:
            raise ValueError("a packet nested too deeply to read") from None
        return [json.loads(event.group(1)), MALFORMED]
