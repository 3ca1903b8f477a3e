"""The anonymised outcome export: one model, six formats, a reviewed and recorded release."""
