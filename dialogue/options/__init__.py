"""Policy options: co-drafting, amendments, arguments, rating and consent rounds."""
