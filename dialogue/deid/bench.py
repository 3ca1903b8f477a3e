"""``python -m dialogue.deid.bench``: CPU milliseconds per 1,000-character text.

The detector must answer a 1,000-character post in a few milliseconds with a roster of 100
(docs/deid.md). Speed is a benchmark's figure, never a test's assertion: this prints it.
"""

from __future__ import annotations

import argparse
import time

from .detector import Detector, RosterEntry

_FIRSTS = ["Anna", "Bernd", "Carla", "Dieter", "Eva", "Fritz", "Gül", "Hiro", "Ines", "Jonas"]
_LASTS = ["Albrecht", "Baumann", "Castillo", "Dietrich", "Engel", "Förster", "Gómez", "Haas",
          "Ibrahim", "Jäger"]
_BASE = ("Dr. Müller's point on safeguards is important. In my unit at the BMZ we see it. "
         "Das Auswärtige Amt sollte Visaverfahren beschleunigen, sagt Frau Weber. "
         "Call 030 1234567 or see www.bamf.de. Joachim Stamp's agreements matter. ")


def roster_of(size: int) -> list[RosterEntry]:
    """``size`` made-up participants with affiliations."""
    return [RosterEntry(f"{_FIRSTS[i % 10]} {_LASTS[i // 10 % 10]}{'abcdefghij'[i % 10]}",
                        affiliation=f"Institut {_LASTS[i // 10 % 10]}") for i in range(size)]


def texts_of(count: int) -> list[str]:
    """``count`` texts of 1,000 characters."""
    return [(_BASE * 5)[i % 200:i % 200 + 1000] for i in range(0, 7 * count, 7)]


def cpu_ms_per_text(roster_size: int = 100, texts: int = 29, rounds: int = 3) -> float:
    """CPU time of this process per text (other processes' load does not count)."""
    detector = Detector(roster_of(roster_size))
    sample = texts_of(texts)
    detector.find(sample[0])  # warm
    start = time.process_time()
    for _ in range(rounds):
        for text in sample:
            detector.find(text)
    return (time.process_time() - start) / (rounds * len(sample)) * 1000


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--roster", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    print(f"{cpu_ms_per_text(args.roster, rounds=args.rounds):.2f} ms CPU per "
          f"1,000-character text, roster of {args.roster}")


if __name__ == "__main__":
    main()
