"""Text as people type and paste it: browsers send CRLF, spreadsheets sometimes a bare CR."""


def normalise_newlines(text: str | None) -> str:
    """One "\\n" per line break, whatever the browser, the clipboard or the spreadsheet sent."""
    return (text or "").replace("\r\n", "\n").replace("\r", "\n")
