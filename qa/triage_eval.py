"""Scoring triage on a labelled set: caught emergencies and red flags, false alarms, under-/over-triage."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from index.errors import HealthQAError
from qa.labelled import first_row, read_rows
from qa.triage import EMERGENCY, SEVERITY, SOON, URGENT, Notice

LEVELS = (EMERGENCY, URGENT, SOON)


@dataclass(frozen=True)
class TriageCase:
    id: str
    question: str
    level: str | None  # None: the question needs no notice
    rule: str = ""


@dataclass(frozen=True)
class TriageReport:
    n: int
    n_emergency: int
    n_red_flags: int
    n_ordinary: int
    emergencies_caught: int  # emergencies given the emergency level
    red_flags_caught: int  # red flags given their level or a higher one
    false_alarms: int  # ordinary questions given any notice
    under: list[str] = field(default_factory=list)  # "id: wanted -> got" with a lower level than needed
    over: list[str] = field(default_factory=list)  # a higher level than needed (false alarms included)
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)  # wanted -> got -> count

    def rate(self, part: int, whole: int) -> float:
        return part / whole if whole else 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "questions": self.n, "emergencies": self.n_emergency, "red_flags": self.n_red_flags,
            "ordinary": self.n_ordinary,
            "emergencies_caught": round(self.rate(self.emergencies_caught, self.n_emergency), 4),
            "red_flags_caught": round(self.rate(self.red_flags_caught, self.n_red_flags), 4),
            "false_alarm_rate": round(self.false_alarms / self.n_ordinary, 4) if self.n_ordinary else 0.0,
            "under_triage": self.under, "over_triage": self.over, "confusion": self.confusion,
        }


def is_triage_file(path: Path) -> bool:
    """A triage set labels each question with a "level"; an answer set does not."""
    return "level" in first_row(path)


def numbered_sets(folder: Path, stem: str, first: int) -> list[str]:
    """The names of `folder`'s sets `<stem><n>.jsonl` numbered `first` and up, in number order: a new set
    is read where its file is added, with no count to raise in each place that lists them."""
    numbered = [(int(path.stem[len(stem):]), path.stem) for path in folder.glob(f"{stem}*.jsonl")
                if path.stem[len(stem):].isdigit()]
    return [name for number, name in sorted(numbered) if number >= first]


def load_cases(path: Path) -> list[TriageCase]:
    cases = []
    for number, row in read_rows(path):
        try:
            level = row["level"]
            if level is not None and level not in LEVELS:
                raise ValueError(f"level must be one of {', '.join(LEVELS)} or null, not {level!r}")
            cases.append(TriageCase(str(row.get("id", number)), str(row["question"]), level,
                                    str(row.get("rule", ""))))
        except (ValueError, KeyError, TypeError) as exc:
            raise HealthQAError(f"{path}:{number}: not a triage line ({exc})") from exc
    return cases


def score(cases: Sequence[TriageCase], notices: Sequence[Notice | None]) -> TriageReport:
    """Compare the notices given with the labels, level by level."""
    def sev(level: str | None) -> int:
        return SEVERITY[level] if level else 0

    under, over = [], []
    confusion: dict[str, dict[str, int]] = {}
    emergencies = red = false_alarms = 0
    for case, notice in zip(cases, notices, strict=True):
        got = notice.level if notice else None
        row = confusion.setdefault(case.level or "none", {})
        row[got or "none"] = row.get(got or "none", 0) + 1
        if case.level == "emergency" and got == "emergency":
            emergencies += 1
        if case.level and sev(got) >= sev(case.level):
            red += 1
        if case.level is None and got is not None:
            false_alarms += 1
        label = f"{case.id}: {case.level or 'none'} -> {got or 'none'}"
        if sev(got) < sev(case.level):
            under.append(label)
        elif sev(got) > sev(case.level):
            over.append(label)
    return TriageReport(
        n=len(cases), n_emergency=sum(c.level == "emergency" for c in cases),
        n_red_flags=sum(c.level is not None for c in cases), n_ordinary=sum(c.level is None for c in cases),
        emergencies_caught=emergencies, red_flags_caught=red, false_alarms=false_alarms,
        under=under, over=over, confusion=confusion)


def run(cases: Sequence[TriageCase], decide: Callable[[str], Notice | None]) -> TriageReport:
    return score(cases, [decide(case.question) for case in cases])


def format_report(report: TriageReport, title: str) -> str:
    lines = [f"triage: {title}",
             f"  questions {report.n}: {report.n_emergency} emergencies, {report.n_red_flags} red flags "
             f"in all, {report.n_ordinary} ordinary",
             f"  emergencies caught at their level   {report.emergencies_caught}/{report.n_emergency} "
             f"= {report.rate(report.emergencies_caught, report.n_emergency):.3f}",
             f"  red flags caught at level or higher {report.red_flags_caught}/{report.n_red_flags} "
             f"= {report.rate(report.red_flags_caught, report.n_red_flags):.3f}",
             f"  false alarms on ordinary questions  {report.false_alarms}/{report.n_ordinary} "
             f"= {report.false_alarms / report.n_ordinary if report.n_ordinary else 0.0:.3f}",
             f"  under-triage {len(report.under)}, over-triage {len(report.over)}"]
    lines += [f"    under  {label}" for label in report.under]
    lines += [f"    over   {label}" for label in report.over]
    return "\n".join(lines)
