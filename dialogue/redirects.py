"""Where the app sends a person after logging in or switching language: a path on this
site, never anywhere else, whatever a crafted ``next`` holds."""

from __future__ import annotations

from urllib.parse import unquote, urlsplit, urlunsplit

from .plain_text import is_plain


def local_path(target: str | None) -> str | None:
    """``target`` as a path on this site (with its query and fragment), or None.

    Browsers drop tabs and line breaks inside an address and read a backslash as a slash,
    so ``/\\t/evil.example`` or ``/\\\\evil.example`` would leave the site: such targets,
    and any whose decoded form holds them or starts with ``//``, are refused, not repaired.
    """
    if not target:
        return None
    decoded = unquote(target)
    if not (is_plain(target, multiline=False) and is_plain(decoded, multiline=False)):
        return None
    if "\\" in decoded or target != target.strip():
        return None
    try:
        parts = urlsplit(target)
    except ValueError:  # "//[" (an unclosed IPv6 host), "//℀" (a host NFKC makes "a/c")
        return None
    if parts.scheme or parts.netloc or not parts.path.startswith("/"):
        return None
    if unquote(parts.path).startswith("//"):
        return None
    return urlunsplit(("", "", parts.path, parts.query, parts.fragment))
