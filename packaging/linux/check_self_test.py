"""Run ``desktop-nn --self-test`` (through any command prefix) and judge its JSON line.

    python3 packaging/linux/check_self_test.py [--expect-no-font] [--expect-lang LANG] -- CMD...

Without --expect-no-font: passes when the command exits 0 and its last JSON line says
{"ok": true} with "epochs", "final_cost" and "lecture": true (the self-test also opens lecture
mode at the perceptron-rule scene). With --expect-lang LANG (the command runs
``desktop-nn --lang LANG --self-test``) the JSON must also say "language": LANG: the app falls
back to English when a translation is missing from the bundle, so "ok" alone would not notice.
With --expect-no-font (the command is run with fontconfig pointed at an empty configuration):
passes only when the self-test *fails cleanly*: exit status 1 and a JSON line with "ok": false
and a "reason" naming the font. A crash (e.g. exit -11, what the self-test did before it asked
QFontInfo first) or a success both fail the check.
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
    if "--" not in argv:
        print(__doc__, file=sys.stderr)
        return 2
    options, command = argv[:argv.index("--")], argv[argv.index("--") + 1:]
    expect_no_font = "--expect-no-font" in options
    expect_lang = options[options.index("--expect-lang") + 1] if "--expect-lang" in options else None
    completed = subprocess.run(command, capture_output=True, text=True, timeout=300)
    report = last_json_line(completed.stdout)
    print(json.dumps(report) if report else completed.stdout.strip())
    if expect_no_font:
        if completed.returncode == 0 or (report is not None and report.get("ok") is True):
            print(f"check_self_test: with no fonts the self-test must fail, but it exited "
                  f"{completed.returncode} with {report}", file=sys.stderr)
            return 1
        if (completed.returncode != 1 or report is None or report.get("ok") is not False
                or "font" not in str(report.get("reason", "")).lower()):
            print(f"check_self_test: with no fonts the self-test must exit 1 with a JSON reason naming "
                  f"the font; it exited {completed.returncode} with {report}", file=sys.stderr)
            print(completed.stderr[-3000:], file=sys.stderr)
            return 1
        return 0
    problems = []
    if completed.returncode != 0:
        problems.append(f"exit {completed.returncode}")
    if report is None:
        problems.append("no JSON line")
    else:
        if report.get("ok") is not True:
            problems.append(f"ok is {report.get('ok')!r} ({report.get('reason', 'no reason')})")
        problems += [f"no {key!r}" for key in ("epochs", "final_cost") if key not in report]
        if report.get("lecture") is not True:
            problems.append(f"lecture is {report.get('lecture')!r}, not true")
        if expect_lang and report.get("language") != expect_lang:
            problems.append(f"language is {report.get('language')!r}, not {expect_lang!r} "
                            "(is the translation missing from the bundle?)")
    if problems:
        print(f"check_self_test: self-test failed: {'; '.join(problems)}", file=sys.stderr)
        print(completed.stderr[-3000:], file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
