#!/usr/bin/env python3
"""The shadow-compare peer: what a Python user runs today to compare two prediction logs.

pandas reads both CSV logs and merges them on the request id; then the same comparisons modelgate's
shadow-compare reports: agreement and the flip matrix, Cohen's kappa (scikit-learn), McNemar's exact test on
the labelled pairs (SciPy's binomial test), paired score deltas with their quantiles and the Wilcoxon signed-rank
test, two-sample KS and PSI on the score distributions, p50/p95/p99 latency per side, and flips per segment.
Prints one JSON line: wall seconds, peak RSS (ru_maxrss) and the headline numbers, so the bench can check that
both tools agree.

Usage: /usr/bin/python3 bench/peers/shadow_pandas.py PRODUCTION.csv SHADOW.csv
"""
import json
import resource
import sys
import time

import numpy as np
import pandas as pd
from scipy import stats
from sklearn.metrics import cohen_kappa_score


def main(production_file, shadow_file):
    started = time.perf_counter()
    production = pd.read_csv(production_file)
    shadow = pd.read_csv(shadow_file, usecols=["request_id", "score", "prediction", "latency_ms"])
    production = production.drop_duplicates("request_id")
    shadow = shadow.drop_duplicates("request_id")
    pairs = production.merge(shadow, on="request_id", suffixes=("_p", "_s"), how="inner")
    n = len(pairs)
    union = len(production) + len(shadow) - n

    flips = pairs["prediction_p"] != pairs["prediction_s"]
    agreement = 1 - flips.mean()
    flip_matrix = pd.crosstab(pairs["prediction_p"], pairs["prediction_s"])
    kappa = cohen_kappa_score(pairs["prediction_p"], pairs["prediction_s"])

    labelled = pairs[pairs["label"].notna()]
    right_p = labelled["prediction_p"] == labelled["label"]
    right_s = labelled["prediction_s"] == labelled["label"]
    b = int((right_p & ~right_s).sum())
    c = int((~right_p & right_s).sum())
    mcnemar_p = stats.binomtest(b, b + c, 0.5).pvalue if b + c > 0 else 1.0

    delta = pairs["score_s"].to_numpy() - pairs["score_p"].to_numpy()
    quantiles = np.quantile(delta, [0.05, 0.25, 0.5, 0.75, 0.95])
    wilcoxon = stats.wilcoxon(pairs["score_s"], pairs["score_p"], zero_method="wilcox")
    ks = stats.ks_2samp(pairs["score_p"], pairs["score_s"])

    cuts = np.quantile(pairs["score_p"], np.linspace(0, 1, 11)[1:-1])
    expected = np.bincount(np.searchsorted(cuts, pairs["score_p"], side="right"), minlength=10) / n
    actual = np.bincount(np.searchsorted(cuts, pairs["score_s"], side="right"), minlength=10) / n
    expected = np.maximum(expected, 1e-4)
    actual = np.maximum(actual, 1e-4)
    psi = float(np.sum((actual - expected) * np.log(actual / expected)))

    latency = {
        side: np.quantile(pairs[f"latency_ms_{side}"], [0.5, 0.95, 0.99]).tolist() for side in ("p", "s")
    }
    segments = {
        column: pairs.assign(flip=flips).groupby(column)["flip"].agg(["mean", "size"]).to_dict()
        for column in ("region", "device")
    }

    wall = time.perf_counter() - started
    print(
        json.dumps(
            {
                "wallSeconds": wall,
                "maxRssMb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "pairs": n,
                "joinRate": n / union,
                "agreement": float(agreement),
                "flips": int(flips.sum()),
                "kappa": float(kappa),
                "mcnemarP": float(mcnemar_p),
                "meanDelta": float(delta.mean()),
                "deltaQuantiles": quantiles.tolist(),
                "wilcoxonP": float(wilcoxon.pvalue),
                "ksStatistic": float(ks.statistic),
                "psi": psi,
                "latency": latency,
                "flipMatrix": flip_matrix.to_dict(),
                "segments": segments,
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
