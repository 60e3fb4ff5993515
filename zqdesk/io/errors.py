"""Errors of the clerk's import files, worded in Chinese for the GUI and the CLI's stderr.

SPEC §8.1: nothing is imported from a file with any bad row, and each error names the
file, the row, the column and the reason.  Readers therefore collect every bad cell of
the whole file into `RowError`s and raise one `ImportRefused` carrying all of them, so the
clerk can fix the file in one pass instead of discovering problems one at a time.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class RowError:
    """One problem in an import file.

    `row` is the spreadsheet row number (header = 1), None for a problem of the whole
    file; `column` is the header name, None when the problem is not one cell's.
    """

    file: str
    row: int | None
    column: str | None
    reason: str

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f" 第{self.row}行"
        if self.column is not None:
            where += f"「{self.column}」"
        return f"{where}：{self.reason}"


class ImportRefused(Exception):
    """A file was refused as a whole; `errors` lists every problem found in it."""

    def __init__(self, errors: Iterable[RowError]) -> None:
        self.errors: list[RowError] = list(errors)
        super().__init__("\n".join(str(error) for error in self.errors))

    @classmethod
    def single(cls, file: str, reason: str, row: int | None = None,
               column: str | None = None) -> ImportRefused:
        """A refusal with one error, for files that cannot be read at all."""
        return cls([RowError(file, row, column, reason)])
