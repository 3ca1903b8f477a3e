"""Facilitator accounts: argon2id passwords, Flask-Login, lockout with backoff."""
