"""Settings: found by walking up, deep-merged, validated, flags win."""

from __future__ import annotations

from pathlib import Path

import pytest

from accessicheck.core import config
from accessicheck.core.model import Severity
from accessicheck.engine import registry


def load(tmp_path: Path, **kw):  # type: ignore[no-untyped-def]
    return config.load(tmp_path, rules=registry.all_rules(), **kw)


def test_defaults_when_no_file(tmp_path: Path) -> None:
    cfg = load(tmp_path)
    assert cfg.profile == "plain"
    assert cfg["fail_on"] == "error"
    assert cfg.sources == ["defaults"]


def test_found_by_walking_up(tmp_path: Path) -> None:
    (tmp_path / "accessicheck.toml").write_text('profile = "easy-read"\n')
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    cfg = load(deep)
    assert cfg.profile == "easy-read"
    assert cfg.sources[-1].endswith("accessicheck.toml")


def test_pyproject_table(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.accessicheck]\nfail-on = "warning"\n')
    assert load(tmp_path)["fail_on"] == "warning"


def test_pyproject_without_our_table_is_passed_over(tmp_path: Path) -> None:
    (tmp_path / "accessicheck.toml").write_text('profile = "professional"\n')
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert load(sub).profile == "professional"


def test_deep_merge_keeps_other_rule_settings(tmp_path: Path) -> None:
    (tmp_path / "accessicheck.toml").write_text(
        '[rules.AC901]\nseverity = "warning"\n[rules.AC906]\nenabled = false\n'
    )
    cfg = load(tmp_path, overrides={"rules": {"AC901": {"enabled": True}}})
    assert cfg.rule_settings("AC901") == {"severity": "warning", "enabled": True}
    assert cfg.rule_settings("AC906") == {"enabled": False}


def test_flags_override_files(tmp_path: Path) -> None:
    (tmp_path / "accessicheck.toml").write_text('profile = "easy-read"\nfail_on = "warning"\n')
    cfg = load(tmp_path, overrides={"profile": "professional", "fail_on": None})
    assert cfg.profile == "professional"
    assert cfg["fail_on"] == "warning"  # a flag not given changes nothing


def test_unknown_keys_warn_but_do_not_stop(tmp_path: Path) -> None:
    (tmp_path / "accessicheck.toml").write_text(
        'profle = "plain"\n[rules.AC999]\nx = 1\n[rules.AC901]\nfoo = 2\n'
    )
    cfg = load(tmp_path)
    text = " ".join(cfg.warnings)
    assert "profle" in text and "AC999" in text and "foo" in text
    assert "profle" not in cfg.data


def test_rule_written_by_name_is_filed_under_its_code(tmp_path: Path) -> None:
    (tmp_path / "accessicheck.toml").write_text('[rules.empty-file]\nseverity = "error"\n')
    assert load(tmp_path).rule_settings("AC906") == {"severity": "error"}


@pytest.mark.parametrize(
    ("text", "says"),
    [
        pytest.param('profile = "simple"\n', "Profile 'simple'", id="bad-profile"),
        pytest.param('jobs = "two"\n', "'jobs'.*\"auto\"", id="wrong-type"),
        pytest.param("jobs = 0\n", "'jobs'", id="no-jobs"),
        pytest.param("jobs = 65\n", "'jobs'.*from 1 to 64.*Not 65", id="too-many-jobs"),
        pytest.param('fail_on = "sometimes"\n', "fail_on", id="bad-fail-on"),
        pytest.param('[rules.AC901]\nseverity = "huge"\n', "AC901", id="bad-severity"),
        pytest.param("profile = \n", "not valid TOML", id="broken-toml"),
        pytest.param("file_memory_mb = 0\n", "'file_memory_mb'", id="no-memory"),
    ],
)
def test_bad_values_are_errors_naming_the_key(tmp_path: Path, text: str, says: str) -> None:
    (tmp_path / "accessicheck.toml").write_text(text)
    with pytest.raises(config.ConfigError, match=says):
        load(tmp_path)


@pytest.mark.parametrize("written", ['"auto"', '"Auto"', '" auto "'])
def test_jobs_auto_is_one_job_for_each_core_the_process_may_use(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, written: str
) -> None:
    monkeypatch.setattr(config.os, "sched_getaffinity", lambda pid: {0, 2, 5}, raising=False)
    (tmp_path / "accessicheck.toml").write_text(f"jobs = {written}\n")
    assert load(tmp_path)["jobs"] == 3


def test_available_cores_without_affinity_counts_the_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(config.os, "sched_getaffinity", raising=False)
    monkeypatch.setattr(config.os, "cpu_count", lambda: 200)
    assert config.available_cores() == 64  # at most 64, as --jobs allows
    monkeypatch.setattr(config.os, "cpu_count", lambda: None)
    assert config.available_cores() == 1


def test_starter_file_is_valid_and_matches_defaults(tmp_path: Path) -> None:
    (tmp_path / "accessicheck.toml").write_text(config.STARTER)
    cfg = load(tmp_path)
    assert cfg.warnings == []
    assert {k: v for k, v in cfg.data.items()} == config.DEFAULTS


def test_to_toml_round_trips(tmp_path: Path) -> None:
    data = config.deep_merge(config.DEFAULTS, {"rules": {"AC901": {"severity": "note"}}})
    (tmp_path / "accessicheck.toml").write_text(config.to_toml(data))
    assert load(tmp_path).data == data


def test_info_is_read_as_note(tmp_path: Path) -> None:
    (tmp_path / "accessicheck.toml").write_text(
        'fail_on = "info"\n[rules.AC901]\nseverity = "info"\n'
    )
    cfg = load(tmp_path)
    assert cfg.data["fail_on"] == "note" and cfg.fail_on is Severity.NOTE
    assert cfg.rule_settings("AC901") == {"severity": "note"}


def test_true_or_false_rule_options_are_accepted(tmp_path: Path) -> None:
    (tmp_path / "accessicheck.toml").write_text("[rules.AC103]\nas_warning = true\n")
    assert load(tmp_path).rule_settings("AC103") == {"as_warning": True}


def test_a_number_option_refuses_true_or_false(tmp_path: Path) -> None:
    (tmp_path / "accessicheck.toml").write_text("[rules.AC101]\nwarning_words = true\n")
    with pytest.raises(config.ConfigError, match="AC101"):
        load(tmp_path)


def test_rewrite_we_name(tmp_path: Path) -> None:
    (tmp_path / "accessicheck.toml").write_text('[rewrite]\nwe_name = "the Trust"\nwe_nmae = 1\n')
    cfg = load(tmp_path)
    assert cfg["rewrite"] == {"we_name": "the Trust"}
    assert any("rewrite.we_nmae" in w for w in cfg.warnings)
    (tmp_path / "accessicheck.toml").write_text("[rewrite]\nwe_name = 3\n")
    with pytest.raises(config.ConfigError, match="rewrite.we_name"):
        load(tmp_path)
