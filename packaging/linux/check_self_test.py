"""Run ``desktop-nn --self-test`` (through any command prefix) and judge its JSON line.

    python3 packaging/linux/check_self_test.py [--expect-no-font] -- CMD...

Without --expect-no-font: passes when the command exits 0 and its last JSON line says
{"ok": true} with "epochs" and "final_cost". With --expect-no-font (the command is run with
fontconfig pointed at an empty configuration): passes only when the self-test *fails* and says
why — a bundle that cannot find a font must not report success while drawing empty boxes.
Prints the JSON line it judged; exits 0 on pass, 1 on fail.
"""

from __future__ import annotations

import json
import subprocess
import sys


def last_json_line(text: str) -> dict | None:
    for line in reversed(text.splitlines()):
        line = line.strip()
        if line.startswith("{"):
            try:
                return json.loads(line)
            except json.JSONDecodeError:
                continue
    return None


def main(argv: list[str]) -> int:
    expect_no_font = "--expect-no-font" in argv
    if "--" not in argv:
        print(__doc__, file=sys.stderr)
        return 2
    command = argv[argv.index("--") + 1:]
    completed = subprocess.run(command, capture_output=True, text=True, timeout=300)
    report = last_json_line(completed.stdout)
    print(json.dumps(report) if report else completed.stdout.strip())
    if expect_no_font:
        if completed.returncode == 0 or (report is not None and report.get("ok") is True):
            print(f"check_self_test: with no fonts the self-test must fail, but it exited "
                  f"{completed.returncode} with {report}", file=sys.stderr)
            return 1
        if report is None or "font" not in str(report.get("reason", "")).lower():
            # Still a failure (the student sees no "ok"), but not the clean one we want.
            print(f"check_self_test: WARNING: with no fonts the self-test failed (exit "
                  f"{completed.returncode}) without a JSON reason naming the font", file=sys.stderr)
        return 0
    good = (completed.returncode == 0 and report is not None and report.get("ok") is True
            and "epochs" in report and "final_cost" in report)
    if not good:
        print(f"check_self_test: self-test failed (exit {completed.returncode})", file=sys.stderr)
        print(completed.stderr[-3000:], file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
