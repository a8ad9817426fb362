"""Configuration: defaults, then the project file, then --config, then flags.

The project file is `accessicheck.toml` (or `.accessicheck.toml`), or a
`[tool.accessicheck]` table in `pyproject.toml`, found by walking up from the
working directory. Layers are deep-merged, never replaced, so setting one rule
option keeps every other default. Unknown keys are warned about, not fatal;
a value of the wrong type is an error that names the key.
"""

from __future__ import annotations

import copy
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .model import Severity
from .profiles import PROFILES
from .small_files import MAX_SETTINGS_BYTES, SmallFileError, read_bytes

CONFIG_NAMES = ("accessicheck.toml", ".accessicheck.toml")

DEFAULTS: dict[str, Any] = {
    "profile": "plain",
    "fail_on": "error",
    "select": [],
    "ignore": [],
    "include": [
        "*.docx",
        "*.docm",
        "*.dotx",
        "*.dotm",
        "*.pptx",
        "*.pptm",
        "*.ppsx",
        "*.ppsm",
        "*.potx",
        "*.pdf",
        "*.md",
        "*.markdown",
        "*.txt",
    ],  # fmt: skip
    "exclude": [".*", "~$*", "node_modules", "__pycache__", "*.suggested.docx"],
    "jobs": 1,
    "max_file_mb": 200,
    "pdf_seconds": 30,
    # Seconds to read one Word or PowerPoint file, and again to analyse any
    # one file; what is left when they run out is reported, not checked.
    "file_seconds": 60,
    # Megabytes of memory one file may use on top of the language model; a
    # file that needs more is reported, not checked (on Linux).
    "file_memory_mb": 1500,
    "rules": {},
    # The web address of a copy of the rules page (docs/rules.md) for SARIF's
    # rule links: each rule links to it with "#ac101" ("" = the package's own
    # repository link, if it names one).
    "rules_page": "",
    # The group's glossaries, in layer order: the organisation's first, the
    # meeting's last (later ones win). Paths are relative to the settings file.
    "glossaries": [],
    "shipped_wordlists": True,
    "well_known_acronyms": ["NHS", "UK", "GP", "BBC", "TV", "PDF"],
    "jargon_zipf_threshold": 2.5,
    # The meeting's date and the date its papers were sent, as "YYYY-MM-DD",
    # for the notice and reading-time checks ("" = read them from the agenda).
    "meeting_date": "",
    "sent_date": "",
    # Suggested rewrites: `we_name` is the organisation that writes the
    # papers ("the Trust"); passive sentences then become "we" sentences.
    "rewrite": {"we_name": ""},
}

#: Settings that list files: relative paths are taken from the folder of the
#: settings file that set them (the working folder for command-line flags).
PATH_LISTS = ("glossaries",)

#: Per-rule keys every rule accepts, besides its own options.
RULE_KEYS = {"severity", "enabled"}


class ConfigError(ValueError):
    """The configuration cannot be used. The message says which key and why."""


@dataclass
class Config:
    """The merged configuration, where it came from, and any warnings."""

    data: dict[str, Any]
    sources: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def __getitem__(self, key: str) -> Any:
        return self.data[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    @property
    def profile(self) -> str:
        return str(self.data["profile"])

    @property
    def fail_on(self) -> Severity:
        return Severity(self.data["fail_on"])

    def rule_settings(self, code: str) -> dict[str, Any]:
        return dict(self.data["rules"].get(code, {}))


#: The most papers checked at a time (`jobs`, `--jobs`): more would only
#: start processes that wait for a core and hold memory while they do.
MAX_JOBS = 64
_JOBS_HELP = (
    f"Setting 'jobs' should be a whole number from 1 to {MAX_JOBS}, or \"auto\" (one per core)."
)


def available_cores() -> int:
    """The processor cores this process may run on (at most MAX_JOBS): what `jobs = "auto"` uses."""
    try:
        cores = len(os.sched_getaffinity(0))  # Linux: the cores this process is allowed
    except AttributeError:  # macOS, Windows
        cores = os.cpu_count() or 1
    return max(1, min(MAX_JOBS, cores))


def deep_merge(base: Mapping[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of `base` with `over` merged in; tables merge, other values replace."""
    out = copy.deepcopy(dict(base))
    for key, value in over.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), Mapping):
            out[key] = deep_merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def find_project_file(start: Path) -> tuple[Path, dict[str, Any]] | None:
    """The nearest config file at or above `start`, with its accessicheck table."""
    for folder in [start, *start.parents]:
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file():
                return candidate, read_file(candidate)
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            table = _read_toml(pyproject).get("tool", {}).get("accessicheck")
            if isinstance(table, dict):
                return pyproject, table
    return None


def _read_toml(path: Path) -> dict[str, Any]:
    """A settings file's TOML: only an ordinary file, at most `MAX_SETTINGS_BYTES`."""
    try:
        data = read_bytes(path, MAX_SETTINGS_BYTES, "settings file")
    except SmallFileError as e:
        raise ConfigError(str(e)) from e
    try:
        return tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError as e:
        raise ConfigError(
            f"{path}: the settings file is not saved as UTF-8. Save it as UTF-8."
        ) from e
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(
            f"{path}: this is not valid TOML ({e}). Fix the file and try again."
        ) from e
    except RecursionError as e:
        raise ConfigError(
            f"{path}: the settings are nested far too deep to be right. Fix the file and try again."
        ) from e


def read_file(path: Path) -> dict[str, Any]:
    """The accessicheck settings in one file (a pyproject.toml or our own)."""
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("accessicheck", {})
        return table if isinstance(table, dict) else {}
    return data


def _normalise(data: Mapping[str, Any]) -> dict[str, Any]:
    """Accept dashes or underscores in keys (fail-on = fail_on)."""
    out: dict[str, Any] = {}
    for key, value in data.items():
        k = key.replace("-", "_") if key != "rules" else key
        if k == "rules" and isinstance(value, Mapping):
            value = {str(code).upper(): v for code, v in value.items()}
        out[k] = value
    return out


def validate(data: dict[str, Any], rules: Mapping[str, Any] | None = None) -> list[str]:
    """Check types and values. Raise ConfigError on bad values; return warnings."""
    warnings: list[str] = []
    for key in list(data):
        if key not in DEFAULTS:
            warnings.append(f"Unknown setting '{key}' was ignored. Check the spelling.")
            del data[key]
            continue
        default = DEFAULTS[key]
        value = data[key]
        if key == "jobs" and isinstance(value, str):
            if value.strip().lower() != "auto":
                raise ConfigError(f"{_JOBS_HELP} Not {value!r}.")
            value = data[key] = available_cores()
        expected = type(default)
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            value = data[key] = float(value)  # "jargon_zipf_threshold = 3" is fine
        if expected is int and isinstance(value, bool) or not isinstance(value, expected):
            raise ConfigError(f"Setting '{key}' should be {_type_name(expected)}, not {value!r}.")
        if isinstance(default, list) and not all(isinstance(v, str) for v in value):
            raise ConfigError(f"Setting '{key}' should be a list of text values.")
    if data["profile"] not in PROFILES:
        raise ConfigError(
            f"Profile '{data['profile']}' does not exist. Use one of: {', '.join(PROFILES)}."
        )
    if data["fail_on"] == "info":  # the old name for "note"
        data["fail_on"] = Severity.NOTE.value
    if data["fail_on"] not in {s.value for s in Severity} | {"never"}:
        raise ConfigError("Setting 'fail_on' should be error, warning, note or never.")
    if not 1 <= data["jobs"] <= MAX_JOBS:
        raise ConfigError(f"{_JOBS_HELP} Not {data['jobs']}.")
    for key in ("max_file_mb", "pdf_seconds", "file_seconds", "file_memory_mb"):
        if data[key] < 1:
            raise ConfigError(f"Setting '{key}' should be 1 or more.")
    page = data["rules_page"].strip()
    if page and not page.lower().startswith(("https://", "http://")):
        raise ConfigError(
            f"Setting 'rules_page' should be a web address starting with https://, not {page!r}."
        )
    for key in list(data["rewrite"]):
        if key not in DEFAULTS["rewrite"]:
            warnings.append(f"Unknown setting 'rewrite.{key}' was ignored. Check the spelling.")
            del data["rewrite"][key]
        elif not isinstance(data["rewrite"][key], str):
            raise ConfigError(f"Setting 'rewrite.{key}' should be text, such as \"the Trust\".")
    if rules is not None:
        warnings += _validate_rules(data["rules"], rules)
        for key in ("select", "ignore"):
            warnings += [_no_such_rule(p, key, rules) for p in data[key] if not _matches(p, rules)]
    return warnings


def _matches(pattern: str, rules: Mapping[str, Any]) -> bool:
    """True when a select or ignore pattern names at least one rule (as registry.select)."""
    return any(
        r.code.startswith(pattern.upper()) or r.slug == pattern.lower() for r in rules.values()
    )


def _nearest(name: str, rules: Mapping[str, Any]) -> str | None:
    """The rule code (or name) most like `name`, if one is close.

    Letters typed for digits (AC1O1, AC1l0) are read as the digits first; among
    equally close codes the one sharing the longest start wins.
    """
    import difflib
    import os.path

    code = name.upper().translate(str.maketrans("OIL", "011"))
    slug = name.lower()
    best: tuple[float, int, str] | None = None
    for r in rules.values():
        for word, target, shown in ((code, r.code, r.code), (slug, r.slug, f"{r.slug} ({r.code})")):
            ratio = difflib.SequenceMatcher(None, word, target).ratio()
            if ratio < 0.6:
                continue
            score = (ratio, len(os.path.commonprefix([word, target])), shown)
            if best is None or score[:2] > best[:2]:
                best = score
    return best[2] if best else None


def _no_such_rule(name: str, where: str, rules: Mapping[str, Any]) -> str:
    """A warning for a rule code that matches no rule, with the nearest real one."""
    nearest = _nearest(name, rules)
    hint = f" Did you mean {nearest}?" if nearest else ""
    effect = {
        "select": "selects nothing",
        "ignore": "leaves nothing out",
        "rules": "was ignored",
    }[where]
    table = "[rules]" if where == "rules" else f"'{where}'"
    return (
        f"There is no rule called '{name}' (in {table}), so it {effect}.{hint} "
        "See every rule with: accessicheck rules"
    )


def _validate_rules(settings: dict[str, Any], rules: Mapping[str, Any]) -> list[str]:
    warnings = []
    for code in list(settings):
        table = settings[code]
        rule = rules.get(code) or next((r for r in rules.values() if r.slug == code.lower()), None)
        if rule is None:
            warnings.append(_no_such_rule(code, "rules", rules))
            del settings[code]
            continue
        if not isinstance(table, dict):
            raise ConfigError(f"[rules.{code}] should be a table of settings.")
        if rule.code != code:  # written by name: file it under the code
            settings[rule.code] = deep_merge(settings.get(rule.code, {}), settings.pop(code))
            table = settings[rule.code]
        for key in list(table):
            value = table[key]
            if key == "severity":
                if value == "info":  # the old name for "note"
                    value = table[key] = Severity.NOTE.value
                if value not in {s.value for s in Severity}:
                    raise ConfigError(
                        f"[rules.{rule.code}] severity should be error, warning or note."
                    )
            elif key == "enabled":
                if not isinstance(value, bool):
                    raise ConfigError(f"[rules.{rule.code}] enabled should be true or false.")
            elif key in rule.options:
                default = rule.options[key]
                ok = isinstance(value, type(default)) or (
                    isinstance(default, float) and isinstance(value, int)
                )
                if not ok or (type(default) is int and isinstance(value, bool)):
                    raise ConfigError(
                        f"[rules.{rule.code}] {key} should be {_type_name(type(default))}, "
                        f"not {value!r}."
                    )
            else:
                options = ", ".join(sorted(RULE_KEYS | set(rule.options)))
                warnings.append(
                    f"Rule {rule.code} ({rule.slug}) has no setting '{key}'; it was ignored. "
                    f"Its settings are: {options}."
                )
                del table[key]
    return warnings


def _type_name(t: type) -> str:
    return {
        str: "text",
        int: "a whole number",
        float: "a number",
        bool: "true or false",
        list: "a list",
        dict: "a table",
    }.get(t, t.__name__)


def _resolve_paths(layer: dict[str, Any], folder: Path) -> dict[str, Any]:
    """Make the file paths a settings layer names relative to `folder`."""
    for key in PATH_LISTS:
        value = layer.get(key)
        if isinstance(value, list):
            layer[key] = [
                str(folder / Path(v).expanduser()) if isinstance(v, str) else v for v in value
            ]
    return layer


def load(
    cwd: Path | None = None,
    *,
    config_file: Path | None = None,
    overrides: Mapping[str, Any] | None = None,
    rules: Mapping[str, Any] | None = None,
    isolated: bool = False,
) -> Config:
    """Merge defaults, the project file, an explicit file and flag overrides."""
    data = copy.deepcopy(DEFAULTS)
    sources = ["defaults"]
    if not isolated:
        found = find_project_file((cwd or Path.cwd()).resolve())
        if found:
            data = deep_merge(data, _resolve_paths(_normalise(found[1]), found[0].parent))
            sources.append(str(found[0]))
    if config_file is not None:
        data = deep_merge(
            data, _resolve_paths(_normalise(read_file(config_file)), config_file.parent)
        )
        sources.append(str(config_file))
    if overrides:
        flags = _normalise({k: v for k, v in overrides.items() if v is not None})
        data = deep_merge(data, _resolve_paths(flags, cwd or Path.cwd()))
        sources.append("command line")
    warnings = validate(data, rules)
    return Config(data, sources, warnings)


def to_toml(data: Mapping[str, Any]) -> str:
    """Write settings as TOML (enough for our own flat settings and rule tables)."""
    lines = []
    tables = {}
    for key, value in data.items():
        if isinstance(value, Mapping):
            tables[key] = value
        else:
            lines.append(f"{key} = {_toml_value(value)}")
    for name, table in tables.items():
        for sub, subvalue in table.items():
            if isinstance(subvalue, Mapping):
                lines.append("")
                lines.append(f"[{name}.{sub}]")
                lines += [f"{k} = {_toml_value(v)}" for k, v in subvalue.items()]
    return "\n".join(lines) + "\n"


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    raise TypeError(f"cannot write {value!r} as TOML")


STARTER = """\
# accessicheck settings for this folder and everything below it.
# Every setting is optional: delete what you do not need.
# See all rules with `accessicheck rules`, one rule with `accessicheck explain AC101`.

# Who the papers are for:
#   "plain"        plain English for everyone (the default)
#   "easy-read"    Easy Read: short sentences, one idea each
#   "professional" looser targets for papers read mainly by staff
profile = "plain"

# Fail (exit code 1) when anything at this level or above is found:
# "error", "warning", "note" or "never".
fail_on = "error"

# Which files to check inside folders, and which to skip.
# Word and PowerPoint files with macros, templates and slide shows (.docm,
# .dotx, .pptm, .ppsx, .potx ...) are read like .docx and .pptx; macros never run.
include = ["*.docx", "*.docm", "*.dotx", "*.dotm", "*.pptx", "*.pptm", "*.ppsx", "*.ppsm",
           "*.potx", "*.pdf", "*.md", "*.markdown", "*.txt"]
exclude = [".*", "~$*", "node_modules", "__pycache__", "*.suggested.docx"]

# Check only some rules, or leave some out, by code or the start of a code.
# select = ["AC1"]
# ignore = ["AC104"]

# Change one rule's settings. For example, allow longer sentences:
# [rules.AC101]
# warning_words = 30
# error_words = 45
#
# Or turn a rule off:
# [rules.AC106]
# enabled = false

# The group's glossaries (jargon busters), as CSV or YAML, relative to this
# file. List the organisation's first and this meeting's last: later ones can
# change or allow a term. See `accessicheck glossary validate`.
# glossaries = ["../organisation-glossary.csv", "meeting-glossary.csv"]
#
# Use the word lists that come with accessicheck as the first layer.
# shipped_wordlists = true
#
# Acronyms everyone knows: not spelled out, they get a note, not a warning.
# well_known_acronyms = ["NHS", "UK", "GP", "BBC", "TV", "PDF"]
#
# Words rarer than this (wordfreq's Zipf scale, 0-8) may be jargon.
# jargon_zipf_threshold = 2.5

# The meeting's date and the date the papers were sent (YYYY-MM-DD), for the
# checks on notice and reading time. Leave them out to use the agenda's dates.
# meeting_date = "2026-03-12"
# sent_date = "2026-03-02"

# For SARIF output (GitHub code scanning): the web address of your copy of the
# rules page (docs/rules.md), so each rule links to its own section.
# rules_page = "https://papers.example.org/accessicheck/rules.html"
"""
