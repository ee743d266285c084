"""Fetching pages safely: the SSRF-safe HTTP client, its address guard, and decoding bytes to text."""
