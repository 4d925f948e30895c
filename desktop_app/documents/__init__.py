"""Printed documents (PDF, DOCX, XLSX) built from plain data. No Qt, no database."""
