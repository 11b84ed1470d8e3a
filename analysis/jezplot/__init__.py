"""Shared loading, palette and drawing helpers for jezsim's analysis scripts."""
