"""The result cache: keys, damaged entries, size limit, safety, and the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from accessicheck.cli.commands import main
from accessicheck.core.config import load as load_config
from accessicheck.engine.resultdata import from_data, to_data
from accessicheck.reporters import json_output
from accessicheck.run import check_files as runner
from accessicheck.run.cache import ResultCache, default_folder

ROOT = Path(__file__).resolve().parents[1]
LONG = (
    "The committee, which has been meeting regularly since the beginning of the year to "
    "consider the many different options that have been proposed by members of the public "
    "and by staff, will publish its final recommendations in the spring after a further "
    "period of consultation with everyone who is affected."
)
PAPER = f"# Plan\n\nWe meet on Monday. Bring your notes about the KPI.\n\n{LONG}\n"


@pytest.fixture
def paper(tmp_path: Path) -> Path:
    p = tmp_path / "paper.md"
    p.write_text(PAPER, encoding="utf-8")
    return p


def config(**overrides: object):  # type: ignore[no-untyped-def]
    return load_config(isolated=True, overrides=overrides)


def test_results_survive_the_round_trip_through_json(paper: Path) -> None:
    cfg = config()
    report = runner.check_files([paper], cfg)
    back = from_data(json.loads(json.dumps(to_data(report.files[0]))))
    again = runner._report(cfg, [back])
    assert json_output.as_data(again) == json_output.as_data(report)
    assert report.findings  # the paper has something to find


def test_a_cached_run_gives_the_same_report(paper: Path, tmp_path: Path) -> None:
    cfg = config()
    cache = ResultCache(tmp_path / "cache", cfg.data)
    first = runner.check_files([paper], cfg, cache=cache)
    assert (cache.hits, cache.misses) == (0, 1)
    second = runner.check_files([paper], cfg, cache=cache)
    assert (cache.hits, cache.misses) == (1, 1)
    assert json_output.as_data(second) == json_output.as_data(first)


@pytest.mark.parametrize(
    "change",
    [
        pytest.param("content", id="file-content"),
        pytest.param("settings", id="settings"),
        pytest.param("glossary", id="glossary-content"),
    ],
)
def test_the_key_changes_with(change: str, paper: Path, tmp_path: Path) -> None:
    glossary = tmp_path / "glossary.csv"
    glossary.write_text("term,status\nKPI,avoid\n", encoding="utf-8")
    before = ResultCache(tmp_path, config().data, [glossary]).key(paper)
    settings = config().data
    if change == "content":
        paper.write_text(PAPER + "More.\n", encoding="utf-8")
    elif change == "settings":
        settings = config(profile="easy-read").data
    else:
        glossary.write_text("term,status\nKPI,allowed\n", encoding="utf-8")
    after = ResultCache(tmp_path, settings, [glossary]).key(paper)
    assert before is not None and after is not None and before != after


def test_the_key_ignores_settings_that_do_not_change_results(paper: Path, tmp_path: Path) -> None:
    one = ResultCache(tmp_path, config(jobs=1, fail_on="error").data).key(paper)
    two = ResultCache(tmp_path, config(jobs=4, fail_on="never").data).key(paper)
    assert one == two


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(b"{half an entr", id="cut-short"),
        pytest.param(b'{"version": 2, "path": "x"}', id="missing-fields"),
        pytest.param(b"\xff\xfe not text", id="not-text"),
        pytest.param(b'{"version": 99}', id="other-version"),
    ],
)
def test_a_damaged_entry_is_ignored_and_rebuilt(paper: Path, tmp_path: Path, damage: bytes) -> None:
    cfg = config()
    cache = ResultCache(tmp_path / "cache", cfg.data)
    first = runner.check_files([paper], cfg, cache=cache)
    key = cache.key(paper)
    assert key is not None
    entry = cache._entry(key)
    entry.write_bytes(damage)
    assert cache.get(key) is None and not entry.exists()
    again = runner.check_files([paper], cfg, cache=cache)
    assert json_output.as_data(again) == json_output.as_data(first)
    assert cache.get(key) is not None  # rebuilt


def test_size_is_bounded_oldest_go_first(paper: Path, tmp_path: Path) -> None:
    cfg = config()
    cache = ResultCache(tmp_path / "cache", cfg.data)
    result = runner.check_files([paper], cfg).files[0]
    keys = [f"{i:02x}" + "0" * 62 for i in range(10)]
    for age, key in enumerate(keys):
        cache.put(key, result)
        os.utime(cache._entry(key), ns=(age * 10**9, age * 10**9))
    size = cache._entry(keys[0]).stat().st_size
    cache.max_bytes = size * 4
    assert cache.trim() == 6
    assert [k for k in keys if cache._entry(k).exists()] == keys[6:]


def test_concurrent_writers_never_leave_half_an_entry(paper: Path, tmp_path: Path) -> None:
    cfg = config()
    cache = ResultCache(tmp_path / "cache", cfg.data)
    result = runner.check_files([paper], cfg).files[0]
    key = "ab" + "0" * 62
    bad: list[str] = []

    def write() -> None:
        for _ in range(30):
            cache.put(key, result)

    def read() -> None:
        for _ in range(60):
            entry = cache._entry(key)
            if entry.exists():
                try:
                    from_data(json.loads(entry.read_text(encoding="utf-8")))
                except FileNotFoundError:
                    pass
                except ValueError as e:
                    bad.append(str(e))

    threads = [threading.Thread(target=f) for f in (write, write, read, read)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not bad
    assert not [p for p in cache._entry(key).parent.iterdir() if p.name.startswith(".tmp-")]


def test_cache_folder_honours_xdg_cache_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if sys.platform != "linux":
        pytest.skip("XDG_CACHE_HOME is a Linux convention")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_folder() == tmp_path / "accessicheck"


def test_no_cache_writes_nothing(
    paper: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    args = ["check", "--isolated", "--format", "json", str(paper)]
    CliRunner().invoke(main, [*args[:1], "--no-cache", *args[1:]])
    assert not (tmp_path / "xdg").exists()
    first = CliRunner().invoke(main, args)
    assert list((tmp_path / "xdg" / "accessicheck").rglob("*.json"))
    second = CliRunner().invoke(main, args)
    assert second.exit_code == first.exit_code == 1
    assert second.stdout == first.stdout


def test_a_cache_folder_that_is_not_a_folder_is_passed_over(
    paper: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """XDG_CACHE_HOME naming a file: the check runs as with --no-cache, and says nothing."""
    in_the_way = tmp_path / "a-file"
    in_the_way.write_text("not a folder", encoding="utf-8")
    args = ["check", "--isolated", "--format", "json", str(paper)]
    expected = CliRunner().invoke(main, [*args[:1], "--no-cache", *args[1:]])
    monkeypatch.setenv("XDG_CACHE_HOME", str(in_the_way))
    result = CliRunner().invoke(main, args)
    assert result.exit_code == expected.exit_code == 1, result.output
    assert result.stdout == expected.stdout
    assert in_the_way.read_text(encoding="utf-8") == "not a folder"


def test_a_fully_cached_run_never_loads_the_language_model(paper: Path, tmp_path: Path) -> None:
    code = (
        "import sys; from accessicheck.cli.commands import main; "
        "sys.argv = ['accessicheck', 'check', "
        f"'--isolated', '--format', 'json', {str(paper)!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('SPACY', 'spacy' in sys.modules, file=sys.stderr)"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "xdg"), "PYTHONPATH": str(ROOT / "src")}
    runs = [
        subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
        for _ in range(2)
    ]
    assert "SPACY True" in runs[0].stderr  # the first run needs the model
    assert "SPACY False" in runs[1].stderr  # the second has every result cached
    assert runs[0].stdout == runs[1].stdout
