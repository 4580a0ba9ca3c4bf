"""Each seed's demo report prints what the seed states: a hand-made list of its figures and document
numbers (tests/desk/seed_fixtures.py), each found in the PDF text of the demo report, its outline's
headings in order, and what is left out on purpose, named with its reason.

The PDF is the real one (WeasyPrint), read back with pdftotext -layout (which keeps a hyphen at a line end); words broken over a line ("998/" and
"QĐ-UBND") are joined before looking.
"""
