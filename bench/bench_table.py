"""Plain aligned text tables, the form in which the bench scripts print their figures."""

from __future__ import annotations

from collections.abc import Sequence


def table(title: str, rows: Sequence[Sequence[str]], header: Sequence[str] | None = None) -> None:
    """First column left, the others right; the dashed rule spans the widest row (or the header)."""
    lines = [header, *rows] if header is not None else list(rows)
    widths = [max(len(str(r[i])) for r in lines) for i in range(len(lines[0]))]

    def aligned(cells: Sequence[str]) -> str:
        return "   ".join(f"{c:<{w}}" if i == 0 else f"{c:>{w}}"
                          for i, (c, w) in enumerate(zip(cells, widths, strict=True)))

    if header is None:
        print(f"\n{title}\n{'-' * (sum(widths) + 3 * (len(widths) - 1))}")
    else:
        line = aligned(header)
        print(f"\n{title}\n{line}\n{'-' * len(line)}")
    for row in rows:
        print(aligned(row))
