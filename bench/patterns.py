"""Regular-expression benchmark: every compiled pattern of bot/ and handlers/ against hostile inputs.

A message reaches some forty patterns in turn; one that backtracks badly (an unbounded \\s+ before a word)
turns a long run of spaces into seconds of work. Prints the slowest patterns on 3,000-character inputs.
Target: < 50 ms for every pattern.
Run: .venv/bin/python bench/patterns.py
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TARGET_MS = 50.0
# long runs of what the patterns look for: spaces, digits, repeated words and the phrases they open with
HOSTILE = ["a" * 3000, " " * 3000, "1" * 3000, "1 " * 1500, "-" * 3000, "12-12-" * 500, "a " * 1500 + "!",
           "ik " * 1000 + "?", "de " * 1000 + "x", "nee " * 750, "oh nee, " * 375, "het was " * 375, "zet " * 750,
           "geen " * 600, "uur " * 750, "van 9 tot " * 300, "blik op werk " * 250, "verwijder die " * 200,
           "aanwezigheid " * 250, "ik kan toch " * 300, "kan ik al " * 300, "wat kost " * 350 + "en " * 500]


def patterns() -> dict[str, re.Pattern[str]]:
    """Every compiled pattern at module level in bot/ and handlers/, also inside tuples of them."""
    found: dict[str, re.Pattern[str]] = {}
    for package in ("bot", "handlers"):
        for info in pkgutil.iter_modules(importlib.import_module(package).__path__):
            module = importlib.import_module(f"{package}.{info.name}")
            for name, value in vars(module).items():
                items = value if isinstance(value, (tuple, list)) else (value,)
                for i, item in enumerate(items):
                    for j, sub in enumerate(item if isinstance(item, tuple) else (item,)):
                        if isinstance(sub, re.Pattern):
                            found[f"{module.__name__}.{name}" + (f"[{i}][{j}]" if items is value else "")] = sub
    return found


def slowest_ms(pattern: re.Pattern[str]) -> float:
    worst = 0.0
    for text in HOSTILE:
        start = time.perf_counter()
        pattern.search(text)
        pattern.match(text)
        worst = max(worst, time.perf_counter() - start)
    return worst * 1000


def main() -> None:
    timed = sorted(((slowest_ms(p), name) for name, p in patterns().items()), reverse=True)
    print(f"{len(timed)} patterns, {len(HOSTILE)} hostile inputs of about 3,000 characters; slowest:")
    for ms, name in timed[:5]:
        print(f"  {ms:7.1f} ms  {name}")
    over = [name for ms, name in timed if ms >= TARGET_MS]
    print(f"over {TARGET_MS:.0f} ms: {', '.join(over) if over else 'none'} (target: none)")


if __name__ == "__main__":
    main()
