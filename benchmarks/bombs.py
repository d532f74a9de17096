"""Bombs: small files that claim, or unpack to, huge ones — opened as the app opens them.

    python benchmarks/bombs.py [--only NAME ...]

Each file is built in a scratch folder (the .dnn bombs without ever holding what they unpack
to: a deflate stream of zeros is a block repeated) and opened by ``load_project`` /
``load_csv`` in a process of its own, which reports how it ended, its time and its peak
resident set size (VmHWM, else ``ru_maxrss``; the interpreter with NumPy and pandas imported
is the baseline). The cases (issue 16):

  imported-1e6x128.dnn  ~1 MB; project.json announces imported data of 10⁶ × 128 values and
                        data.npz holds them: 1 GB of zeros, deflated
  deflate-1GB.dnn       ~1 MB; a project with a 50-epoch run whose data.npz unpacks to 1 GB of zeros
  understated-1GB.dnn   the same, its headers saying data.npz is 200 bytes (reading stops there)
  largest-accepted.dnn  ~0.1 MB; imported data of 10⁶ × 10 zeros: the most the CSV import reads,
                        so it opens (the cost of the largest legitimate table)
  cr-only.csv           1.2 million rows ending in a lone \\r (old Mac files), 8 MB
  blank-lines.csv       60 rows and then 10⁸ blank lines (\\r), 100 MB

Targets: every bomb is refused (or, the last .dnn, opened) in < 5 s and < 1 GB. Exit status 0
when all hold, 1 otherwise. The builders are also what tests/reliability/test_files_limits.py
opens.
"""

from __future__ import annotations

import argparse
import io
import json
import struct
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGET_SECONDS = 5.0
TARGET_MB = 1024
_BLOCK = 1 << 24                  # zeros per repeated deflate block

# --- a ZIP writer over segments: bytes, or an int for that many zero bytes ----------------------


def _length(segments) -> int:
    return sum(s if isinstance(s, int) else len(s) for s in segments)


def _crc(segments) -> int:
    crc = 0
    for s in segments:
        if isinstance(s, int):
            zeros = memoryview(bytes(min(s, _BLOCK)))
            for start in range(0, s, _BLOCK):
                crc = zlib.crc32(zeros[: min(_BLOCK, s - start)], crc)
        else:
            crc = zlib.crc32(s, crc)
    return crc


def _deflate(segments) -> bytes:
    """A raw deflate stream of the segments: each run of zeros as one precomputed block repeated
    (a full flush before it makes the blocks independent of what came before)."""
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    out, block = [], None
    for s in segments:
        if isinstance(s, int):
            if block is None and s >= _BLOCK:
                block_c = zlib.compressobj(9, zlib.DEFLATED, -15)
                block = block_c.compress(bytes(_BLOCK)) + block_c.flush(zlib.Z_FULL_FLUSH)
            out.append(c.flush(zlib.Z_FULL_FLUSH))
            out.append(block * (s // _BLOCK) if s >= _BLOCK else b"")
            out.append(c.compress(bytes(s % _BLOCK)))
        else:
            out.append(c.compress(s))
    out.append(c.flush(zlib.Z_FINISH))
    return b"".join(out)


def zip_segments(members: dict[str, list], deflate: bool, claimed: dict[str, int] | None = None) -> list:
    """A ZIP archive of ``members`` (name -> segments) as segments; ``claimed`` overrides the
    unpacked size its headers state (a forged, understated header)."""
    out, central, offset = [], [], 0
    for name, segments in members.items():
        size, crc = _length(segments), _crc(segments)
        data = [_deflate(segments)] if deflate else list(segments)
        csize = _length(data)
        stated = (claimed or {}).get(name, size)
        assert csize < 2**32 and size < 2**32, "no ZIP64 here"
        fields = (20, 0, 8 if deflate else 0, 0, 33, crc, csize, stated, len(name.encode()), 0)
        local = struct.pack("<4s5H3L2H", b"PK\x03\x04", *fields) + name.encode()
        central.append(struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, *fields, 0, 0, 0, 0, offset) + name.encode())
        out += [local, *data]
        offset += len(local) + csize
    directory = b"".join(central)
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(central), len(central), len(directory), offset, 0)
    return out + [directory, end]


def _joined(segments) -> bytes:
    """The segments' bytes (a run of zeros written out: keep those small)."""
    return b"".join(bytes(s) if isinstance(s, int) else s for s in segments)


def npy_header(shape: tuple[int, ...], descr: str = "<f8") -> bytes:
    buf = io.BytesIO()
    import numpy as np

    np.lib.format.write_array_header_1_0(buf, {"descr": descr, "fortran_order": False, "shape": shape})
    return buf.getvalue()


def project_json(**changes) -> bytes:
    """A default project's project.json, with ``changes`` made to it."""
    from desktop_nn.project import Project, project_to_json

    doc = project_to_json(Project())
    doc.update(changes)
    return json.dumps(doc).encode()


# --- the bombs -----------------------------------------------------------------------------------


def imported_bomb(m: int = 10**6, n: int = 128) -> bytes:
    """project.json announces imported data of m × n; data.npz holds m × n zeros, deflated."""
    meta = {"source": "bomb.csv", "feature_names": [f"x{i}" for i in range(n)], "label_name": "label",
            "class_names": ["a", "b"], "m": m, "n_dropped": 0}
    doc = project_json(imported_data=meta, dataset={"dataset": "imported"})
    data = zip_segments({"X.npy": [npy_header((m, n)), m * n * 8], "y.npy": [npy_header((m,), "<i8"), m * 8]},
                        deflate=False)
    return _joined(zip_segments({"project.json": [doc], "data.npz": data}, deflate=True))


def deflate_bomb(size: int = 1 << 30, claimed: int | None = None) -> bytes:
    """A project with a short run (so data.npz must be read) whose data.npz unpacks to ``size``
    zeros; its headers may claim ``claimed`` bytes instead."""
    history = {"epochs": 50, "points": 50, "stride": 1}
    members = {"project.json": [project_json(history=history)], "data.npz": [size]}
    return _joined(zip_segments(members, deflate=True, claimed=None if claimed is None else {"data.npz": claimed}))


def write_csv(path: Path, head: bytes, line: bytes, count: int) -> None:
    """``head`` and then ``line`` ``count`` times, written a block at a time."""
    with open(path, "wb") as f:
        f.write(head)
        per = max(1, (1 << 20) // len(line))
        for start in range(0, count, per):
            f.write(line * min(per, count - start))


def cr_only_csv(path: Path, rows: int = 1_200_000) -> None:
    """Rows ending in a lone \\r, as old Mac files do."""
    write_csv(path, b"x,label\r", b"1,a\r2,b\r", rows // 2)


def blank_lines_csv(path: Path, blank: int = 10**8, end: bytes = b"\r") -> None:
    """60 rows, then ``blank`` blank lines."""
    write_csv(path, b"x,label\n" + b"1,a\n2,b\n" * 30, end, blank)


CASES = {
    "imported-1e6x128.dnn": lambda path: path.write_bytes(imported_bomb()),
    "deflate-1GB.dnn": lambda path: path.write_bytes(deflate_bomb()),
    "understated-1GB.dnn": lambda path: path.write_bytes(deflate_bomb(claimed=200)),
    "largest-accepted.dnn": lambda path: path.write_bytes(imported_bomb(n=10)),
    "cr-only.csv": cr_only_csv,
    "blank-lines.csv": blank_lines_csv,
}

_CHILD = """
import json, resource, sys, time
import numpy, pandas
from desktop_nn.engine.errors import DesktopNNError
from desktop_nn.engine.tabular import load_csv
from desktop_nn.project import load_project

def peak_mb():
    # this process's own high-water mark (ru_maxrss would count the parent's at fork)
    try:
        with open("/proc/self/status") as f:
            return next(int(l.split()[1]) for l in f if l.startswith("VmHWM:")) / 1024
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1 << 20 if sys.platform == "darwin" else 1024)

base = peak_mb()
path = sys.argv[1]
start = time.perf_counter()
try:
    result = (load_csv if path.endswith(".csv") else load_project)(path)
    outcome = "opened"
except DesktopNNError as exc:
    outcome = type(exc).__name__ + ": " + str(exc)
seconds = time.perf_counter() - start
peak = peak_mb()
print(json.dumps({"outcome": outcome, "seconds": seconds, "peak_mb": peak, "base_mb": base}))
"""


def measure(path: Path) -> dict:
    """Open ``path`` in a fresh interpreter: how it ended, seconds, peak and baseline RSS in MB."""
    done = subprocess.run([sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True,
                          cwd=ROOT, timeout=600)
    if done.returncode:
        return {"outcome": f"crashed ({done.returncode}): {done.stderr.strip()[-300:]}", "seconds": float("nan"),
                "peak_mb": float("nan"), "base_mb": float("nan")}
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="*", choices=sorted(CASES), help="run only these cases")
    args = parser.parse_args(argv)
    ok = True
    with tempfile.TemporaryDirectory(prefix="dnn-bombs-") as scratch:
        print(f"{'case':<22} {'file':>9} {'seconds':>8} {'peak RSS':>9} {'over base':>9}  outcome")
        for name in args.only or CASES:
            path = Path(scratch) / name
            CASES[name](path)
            r = measure(path)
            passed = r["seconds"] < TARGET_SECONDS and r["peak_mb"] < TARGET_MB and not r["outcome"].startswith("crashed")
            passed &= (r["outcome"] == "opened") == (name == "largest-accepted.dnn")
            ok &= passed
            print(f"{name:<22} {path.stat().st_size / 1e6:>7.2f}MB {r['seconds']:>8.2f} {r['peak_mb']:>7.0f}MB "
                  f"{r['peak_mb'] - r['base_mb']:>7.0f}MB  {'PASS' if passed else 'FAIL'} {r['outcome'][:150]}")
            path.unlink()
    print(f"targets: < {TARGET_SECONDS:g} s and < {TARGET_MB} MB each — {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
