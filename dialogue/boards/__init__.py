"""Live question boards: contributions and questions on an agenda item, votes, moderation.

``services`` holds the rules; ``commands`` is the one pipeline both the socket handlers
(realtime/board_events.py) and the JSON API (``api``) run them through.
"""
