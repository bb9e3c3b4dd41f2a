"""Names in and of an exported script: one distinct Python variable per layer id, and a file
name that Python will not mistake for a module the script imports.

Layer ids may hold '-' and '.', and may be a keyword (``class``), a builtin (``print``) or a
name the script itself uses (``keras``, ``layers``): pasted as variables they made ``a-b`` and
``a.b`` one tensor (a different network, silently), ``keras`` an ``UnboundLocalError`` and
``class`` a syntax error. A script saved as ``keras.py`` or ``random.py`` imports itself
instead (Python looks beside the script first).
"""

from __future__ import annotations

import builtins
import keyword
import re
import sys
from pathlib import Path

from netcore.network.problems import UsageError

# names the script defines or imports at module level, and build_model's own locals
SCRIPT_NAMES = frozenset(
    {
        "argparse", "gzip", "os", "struct", "json", "np", "tf", "keras", "layers", "SEED",
        "IDX_DIR", "step", "read_idx", "load_data", "build_model", "main", "fit_on_workers",
        "evaluate", "strategy", "model", "inputs", "x", "args", "parser",
    }
)  # fmt: skip
RESERVED = (
    SCRIPT_NAMES
    | frozenset(keyword.kwlist)
    | frozenset(keyword.softkwlist)
    | frozenset(dir(builtins))
)

# what `import keras, tensorflow, numpy` brings in besides the standard library: a script of
# one of these names beside the exported one would be imported in its place
_IMPORTED_PACKAGES = frozenset(
    {
        "keras", "tensorflow", "numpy", "absl", "google", "h5py", "ml_dtypes", "namex",
        "optree", "rich", "packaging", "wrapt", "gast", "opt_einsum", "astunparse",
        "flatbuffers", "termcolor", "grpc", "requests", "urllib3", "certifi", "idna",
        "charset_normalizer", "six", "setuptools", "pkg_resources", "tensorboard", "jax",
        "keras_hub", "markdown_it", "mdurl", "pygments", "typing_extensions", "tree",
        "libclang", "protobuf", "scipy",
    }
)  # fmt: skip

MAX_FILE_STEM = 80  # characters of a suggested file name: far below 255 bytes in UTF-8


def variable_names(layer_ids: list[str], taken: set[str] | None = None) -> dict[str, str]:
    """A distinct, valid, ASCII Python name for each id, none of them a keyword, a builtin or a
    name of the script: 'a-b' → a_b, 'a.b' → a_b_2, 'keras' → keras_layer, '1' → layer_1."""
    used = set(RESERVED) | set(taken or ())
    names: dict[str, str] = {}
    for layer_id in layer_ids:
        base = re.sub(r"[^A-Za-z0-9_]", "_", layer_id)
        if not base or base[0].isdigit():
            base = f"layer_{base}"
        if base in RESERVED:
            base = f"{base}_layer"
        name, n = base, 1
        while name in used:
            n += 1
            name = f"{base}_{n}"
        used.add(name)
        names[layer_id] = name
    return names


def module_names() -> frozenset[str]:
    """Top-level modules a script named after them would hide from the exported script."""
    loaded = {name.split(".")[0] for name in list(sys.modules)}
    return frozenset(sys.stdlib_module_names) | _IMPORTED_PACKAGES | loaded


def check_script_path(path: str | Path, what: str = "the script") -> None:
    """Refuse a file name that would shadow a module the script imports.

    Raises:
        UsageError: Naming the file and a name that works.
    """
    path = Path(path)
    stem = path.stem if path.suffix == ".py" else path.name
    if stem.isidentifier() and stem in module_names():
        raise UsageError(
            f"{what} {path.name}: a script named {path.name} would import itself instead of "
            f"the module '{stem}' it needs (Python looks beside the script first); choose "
            f"another name, e.g. {stem}-network.py"
        )


def script_file_name(network_name: str, suffix: str) -> str:
    """The file name to suggest for a network's script: letters and digits of its name (at
    most MAX_FILE_STEM), never a module's name, never empty."""
    name = "".join(c if c.isalnum() else "_" for c in network_name).strip("_")
    name = re.sub(r"_+", "_", name)[:MAX_FILE_STEM].strip("_") or "network"
    if not suffix and name in module_names():
        name += "-network"
    return f"{name}{suffix}.py"
