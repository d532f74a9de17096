"""The ZIP archives of a .dnn file and the .npy arrays in them, read without trusting a byte:
the directory is checked from the archive's last bytes before zipfile parses it, each member's
declared size before it is unpacked, each array's header (type, shape, size) before its data is
read into an array of exactly that size; nothing is ever unpickled. Used by :mod:`.reading`.
"""

from __future__ import annotations

import io
import struct
import zipfile
from typing import BinaryIO

import numpy as np

from desktop_nn.engine.errors import ProjectError
from desktop_nn.project.schema import MAX_ARRAYS

_ALLOWED_DTYPES = {np.dtype("<f8"): np.float64, np.dtype("<i8"): np.int64}
_CHUNK = 1 << 22                  # bytes read at a time into an array


def mb(n: int) -> str:
    """A size as messages give it: bytes, and MB when large."""
    return f"{n:,} bytes" if n < 10**6 else f"{n:,} bytes ({n / 1e6:,.0f} MB)"


def check_directory(f: BinaryIO, what: str, max_entries: int) -> None:
    """Refuse an archive whose central directory (read from its last bytes, before zipfile
    parses it) lists more entries than a project has or is larger than they need."""
    end = getattr(zipfile, "_EndRecData", None)        # zipfile's own reader of that record
    if end is None:
        return
    record = end(f)
    f.seek(0)
    if record is None:
        raise ProjectError(f"The {what} archive has no ZIP directory; it is truncated or not a ZIP archive.")
    entries, size = record[4], record[5]                # total entries, size of the central directory
    if entries > max_entries or size > max_entries * 1024:
        raise ProjectError(f"The {what} archive lists {entries:,} entries in {mb(size)}; a project "
                           f"archive has at most {max_entries:,}.")


def members(z: zipfile.ZipFile, what: str, limits: dict[str, int], default: int, total_limit: int,
             max_members: int) -> dict[str, zipfile.ZipInfo]:
    """The archive's entries by name, each checked from its header before anything is unpacked:
    a known compression, not encrypted, at most ``limits[name]`` (else ``default``) bytes
    unpacked, all of them at most ``total_limit``."""
    infos = z.infolist()
    if len(infos) > max_members:
        raise ProjectError(f"The {what} archive has {len(infos)} entries; too many for a project file.")
    found, total = {}, 0
    for info in infos:
        shown = info.filename[:60]
        if info.filename in found:
            raise ProjectError(f"The {what} archive holds '{shown}' twice; the file is damaged or forged.")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise ProjectError(f"'{shown}' uses a compression desktop_nn does not read.")
        if info.flag_bits & 0x1:
            raise ProjectError(f"'{shown}' is encrypted; project files are never encrypted.")
        limit = limits.get(info.filename, default)
        if info.file_size > limit:
            raise ProjectError(f"'{shown}' would unpack to {mb(info.file_size)}; refused before unpacking "
                               f"(it holds at most {mb(limit)}).")
        total += info.file_size
        if total > total_limit:
            raise ProjectError(f"The {what} archive would unpack to more than {mb(total_limit)}; refused.")
        found[info.filename] = info
    return found


def read_member(z: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, why: str = "") -> bytes:
    if info.file_size > limit:
        raise ProjectError(f"'{info.filename[:60]}' would unpack to {mb(info.file_size)}, more than the "
                           f"{mb(limit)} {why or 'it may hold'}; refused before unpacking (the file is "
                           "damaged or forged).")
    with z.open(info) as f:
        data = f.read(limit + 1)
    if len(data) > limit or len(data) != info.file_size:
        raise ProjectError(f"'{info.filename[:60]}' is not the size its header says; the file is damaged.")
    return data


def _npy_header(f, where: str):
    try:
        version = np.lib.format.read_magic(f)
        if version == (1, 0):
            return np.lib.format.read_array_header_1_0(f)
        if version == (2, 0):
            return np.lib.format.read_array_header_2_0(f)
    except (ValueError, SyntaxError, TypeError, struct.error, EOFError) as exc:
        raise ProjectError(f"{where} is not a valid .npy array ({str(exc)[:80]}).") from None
    raise ProjectError(f"{where} uses .npy version {version}, which is not read.")


def read_npz(blob: bytes, what: str, expected: dict[str, tuple[tuple[int, ...] | None, type]],
             limit: int, strict: bool = False) -> dict[str, np.ndarray]:
    """The arrays of a .npz that ``expected`` names ({name: (shape or None for any, dtype)}; others
    are skipped unread, or refused when ``strict``), each header checked — type, shape, size —
    before its data is read into an array of that size; all of them at most ``limit`` bytes.
    Never unpickles."""
    arrays = {}
    inner = io.BytesIO(blob)
    check_directory(inner, what, MAX_ARRAYS)
    with zipfile.ZipFile(inner) as z:
        for name, info in members(z, what, {}, limit, limit, MAX_ARRAYS).items():
            if not name.endswith(".npy") or len(name) > 80:
                raise ProjectError(f"{what} holds '{name[:60]}', which is not a .npy array.")
            key = name[:-4]
            where = f"{what}/{key}"
            with z.open(info) as f:
                shape, fortran, dtype = _npy_header(f, where)
                if dtype.hasobject:
                    raise ProjectError(f"{where} holds Python objects (a pickle), which could run code when "
                                       "loaded; refused. Projects hold only numbers.")
                if key not in expected:
                    if strict:
                        raise ProjectError(f"{what} does not hold the arrays project.json lists (it holds "
                                           f"'{key[:20]}' too).")
                    continue                        # not announced: never read
                want_shape, want_dtype = expected[key]
                if dtype not in _ALLOWED_DTYPES:
                    raise ProjectError(f"{where} has type {dtype}; project arrays are float64 or int64.")
                if len(shape) > 2:
                    raise ProjectError(f"{where} has {len(shape)} dimensions; project arrays have 1 or 2.")
                if want_shape is not None and (tuple(shape) != want_shape or _ALLOWED_DTYPES[dtype] != want_dtype):
                    raise ProjectError(f"{where} is {np.dtype(_ALLOWED_DTYPES[dtype]).name} of shape {tuple(shape)}, "
                                       f"but project.json announces {np.dtype(want_dtype).name} of shape {want_shape}.")
                count = 1
                for d in shape:
                    count *= d
                if count * dtype.itemsize > info.file_size:
                    raise ProjectError(f"{where} claims shape {shape} ({count * dtype.itemsize:,} bytes) but holds "
                                       f"{info.file_size:,}; the file is damaged or forged.")
                arr = np.empty(count, dtype=dtype)
                view, done = memoryview(arr).cast("B"), 0
                while done < len(view):
                    chunk = f.read(min(_CHUNK, len(view) - done))
                    if not chunk:
                        break
                    view[done:done + len(chunk)] = chunk
                    done += len(chunk)
                if done != len(view) or f.read(1):
                    raise ProjectError(f"{where} does not hold exactly the data of shape {shape}.")
            arr = arr.reshape(shape[::-1]).T if fortran else arr.reshape(shape)
            arrays[key] = np.ascontiguousarray(arr, dtype=_ALLOWED_DTYPES[dtype])
    return arrays
