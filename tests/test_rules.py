"""knowledge/rules.yaml: the values the issues name, each with its source, and validation errors."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.knowledge import KnowledgeError
from bot.rules import Rules, load_rules


def test_rules_hold_the_source_values(rules: Rules) -> None:
    noloc, nrto = rules.noloc, rules.nrto
    assert (noloc.validity_years, noloc.submission_window_months, noloc.result_weeks) == (4, 3, (6, 8))
    assert (noloc.deferred_months, noloc.negative_months, noloc.pe_total) == (3, 3, 75)
    assert (noloc.points_per_hour, noloc.points_per_ects) == (1, 28)
    assert [noloc.meetings_required(y) for y in (2023, 2024, 2025, 2026, 2027, 2030)] == [0, 1, 2, 3, 4, 4]
    cat1 = noloc.category("1")
    assert cat1 is not None and cat1.min == 30 and cat1.max is None
    assert (nrto.validity_years, nrto.combined_audit_every_years, nrto.bow_audit_every_years) == (4, 4, 1)
    assert (nrto.self_evaluation_deadline, nrto.improvement_months) == ((12, 31), 3)
    assert noloc.costs == {"recertificering": 200, "herbeoordeling": 75} and noloc.costs_as_of == "2023"


def _break(folder: Path, edit: str) -> None:
    path = folder / "rules.yaml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    scheme, name, field = edit.split(".")
    if field == "DELETE":
        del raw[scheme][name]["source"]
    elif field == "NOYEAR":
        del raw[scheme][name]["as_of"]
    else:
        raw[scheme][name]["value"] = field
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")


@pytest.mark.parametrize(("edit", "message"), [
    ("noloc.pe_total.veel", "noloc.pe_total: moet een positief geheel getal zijn"),
    ("noloc.validity_years.DELETE", "noloc.validity_years: 'source'"),
    ("nrto.self_evaluation_deadline.31-12", "nrto.self_evaluation_deadline: moet MM-DD zijn"),
    ("noloc.result_weeks.zes", "noloc.result_weeks"),
    ("noloc.categories.geen", "noloc.categories"),
    ("noloc.costs.NOYEAR", "noloc.costs: 'as_of' ontbreekt"),
])
def test_broken_rules_name_rule_and_problem(kb_copy: Path, edit: str, message: str) -> None:
    _break(kb_copy, edit)
    with pytest.raises(KnowledgeError, match=r"rules\.yaml") as info:
        load_rules(kb_copy)
    assert message in str(info.value)
