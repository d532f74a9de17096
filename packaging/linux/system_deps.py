"""List the Debian packages that a one-folder bundle still needs from the system.

    python3 packaging/linux/system_deps.py DIST/desktop-nn      # prints "libc6, libegl1, ..."

Every ELF file in the bundle is run through ``ldd``; each library that resolves *outside* the
bundle is mapped to the package owning it (``dpkg -S``). A library that does not resolve at all
is an error: the build machine lacks it, so we could neither test with it nor declare it.
Libraries that Qt opens at run time rather than links (none today on the xcb/offscreen path)
would not be seen; EXTRA_DEPENDS names them.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

# Packages the bundle needs although no ELF file links them.
EXTRA_DEPENDS: list[str] = []
# Libraries Qt links but only the plugins we do not ship (or optional code paths) use.
IGNORED_NOT_FOUND = set()
LDD_LINE = re.compile(r"^\s*(\S+)\s*=>\s*(\S+|not found)")


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"\x7fELF"
    except OSError:
        return False


def owner(library: str) -> str:
    """The package owning a library path, trying it as given, resolved, and /usr-merged."""
    real = os.path.realpath(library)
    candidates = [library, real]
    for path in list(candidates):
        if path.startswith("/usr/"):
            candidates.append(path[4:])
        else:
            candidates.append("/usr" + path)
    for candidate in candidates:
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if result.returncode == 0:
            package = result.stdout.split(":", 1)[0]
            return package.split(",")[0].strip()
    raise SystemExit(f"system_deps: no package owns {library}")


def system_libraries(bundle: Path) -> tuple[dict[str, str], dict[str, list[str]]]:
    bundle = bundle.resolve()
    outside: dict[str, str] = {}
    missing: dict[str, list[str]] = {}
    # The bootloader puts the bundle's top-level library folder on LD_LIBRARY_PATH; so does ldd here.
    internal = bundle / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal if internal.is_dir() else bundle))
    for path in sorted(bundle.rglob("*")):
        if path.is_symlink() or not path.is_file() or not is_elf(path):
            continue
        result = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env)
        for line in result.stdout.splitlines():
            match = LDD_LINE.match(line)
            if not match:
                continue
            name, where = match.groups()
            if where == "not found":
                if name not in IGNORED_NOT_FOUND:
                    missing.setdefault(name, []).append(str(path.relative_to(bundle)))
            elif not os.path.realpath(where).startswith(str(bundle) + os.sep):
                outside[name] = where
    return outside, missing


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    outside, missing = system_libraries(Path(argv[1]))
    if missing:
        for name, users in sorted(missing.items()):
            print(f"system_deps: {name} not found (needed by {users[0]} and {len(users) - 1} more)",
                  file=sys.stderr)
        print("system_deps: install the packages providing these and build again", file=sys.stderr)
        return 1
    packages = {owner(path) for path in outside.values()} | set(EXTRA_DEPENDS)
    if os.environ.get("SYSTEM_DEPS_VERBOSE"):
        for name, path in sorted(outside.items()):
            print(f"  {name:32} {owner(path)}", file=sys.stderr)
    print(", ".join(sorted(packages)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
