"""Invitations by email: each participant's personal link, in their language, over SMTP."""
