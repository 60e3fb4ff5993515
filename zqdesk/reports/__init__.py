"""Printed documents as PDF, written with reportlab (Qt-free)."""
