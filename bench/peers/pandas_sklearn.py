"""The pandas + scikit-learn peer of `npm run bench`: what a Python user runs today for the bench's evaluation.

Reads the whole CSV with pandas.read_csv (default options), then for the overall population, each sex, each race,
each sex x race intersection and each region (the slice) computes every binary metric modelgate reports, each with
its scikit-learn function (ECE, which scikit-learn lacks, with numpy), plus the between-group disparities. No
bootstrap: every replicate would repeat this whole pass.

Usage: /usr/bin/python3 bench/peers/pandas_sklearn.py FILE [--threshold 0.5] [--bins 10]
Prints one JSON line: rows, populations, the overall roc_auc, seconds (imports included) and peak RSS in MB
(getrusage ru_maxrss).
"""

import time

STARTED = time.perf_counter()

import argparse  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import sklearn  # noqa: E402
from sklearn import metrics as skm  # noqa: E402


def binary_metrics(frame, threshold, bins):
    y = frame["label"].to_numpy()
    score = frame["score"].to_numpy()
    pred = (score >= threshold).astype(np.int64)
    tn, fp, fn, tp = skm.confusion_matrix(y, pred, labels=[0, 1]).ravel()
    n = len(y)
    # ECE as modelgate: equal-width bins on [0, 1], |sum of (label - score)| per bin, over the rows.
    gap = np.bincount(np.minimum((score * bins).astype(np.int64), bins - 1), weights=y - score, minlength=bins)
    return {
        "n": n,
        "accuracy": skm.accuracy_score(y, pred),
        "balanced_accuracy": skm.balanced_accuracy_score(y, pred),
        "precision": skm.precision_score(y, pred, zero_division=0),
        "recall": skm.recall_score(y, pred, zero_division=0),
        "specificity": tn / (tn + fp) if tn + fp else None,
        "fpr": fp / (fp + tn) if fp + tn else None,
        "fnr": fn / (fn + tp) if fn + tp else None,
        "f1": skm.f1_score(y, pred, zero_division=0),
        "fbeta": skm.fbeta_score(y, pred, beta=1, zero_division=0),
        "mcc": skm.matthews_corrcoef(y, pred),
        "selection_rate": (tp + fp) / n,
        "roc_auc": skm.roc_auc_score(y, score),
        "average_precision": skm.average_precision_score(y, score),
        "log_loss": skm.log_loss(y, score, labels=[0, 1]),
        "brier": skm.brier_score_loss(y, score),
        "ece": float(np.abs(gap).sum() / n),
        "prevalence": (tp + fn) / n,
        "tp": int(tp),
        "fp": int(fp),
        "tn": int(tn),
        "fn": int(fn),
    }


def disparities(by_group):
    """Fairlearn's between_groups differences and ratios over one attribute's groups."""
    out = {}
    for name, metric in (("demographic_parity", "selection_rate"), ("equal_opportunity", "recall"), ("fpr", "fpr")):
        values = [m[metric] for m in by_group.values() if m[metric] is not None]
        out[f"{name}_difference"] = max(values) - min(values)
        out[f"{name}_ratio"] = min(values) / max(values) if max(values) > 0 else None
    out["equalized_odds_difference"] = max(out["equal_opportunity_difference"], out["fpr_difference"])
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--bins", type=int, default=10)
    args = parser.parse_args()

    df = pd.read_csv(args.file)
    report = {"overall": binary_metrics(df, args.threshold, args.bins), "groups": {}, "intersections": {}, "slices": {}}
    for attribute in ("sex", "race"):
        report["groups"][attribute] = {str(k): binary_metrics(g, args.threshold, args.bins) for k, g in df.groupby(attribute)}
    report["intersections"]["sex & race"] = {
        f"{a} & {b}": binary_metrics(g, args.threshold, args.bins) for (a, b), g in df.groupby(["sex", "race"])
    }
    report["slices"]["region"] = {str(k): binary_metrics(g, args.threshold, args.bins) for k, g in df.groupby("region")}
    report["disparities"] = {attribute: disparities(report["groups"][attribute]) for attribute in ("sex", "race")}

    populations = 1 + sum(len(v) for section in ("groups", "intersections", "slices") for v in report[section].values())
    print(
        json.dumps(
            {
                "peer": f"pandas {pd.__version__} + scikit-learn {sklearn.__version__}",
                "rows": len(df),
                "populations": populations,
                "roc_auc": report["overall"]["roc_auc"],
                "seconds": time.perf_counter() - STARTED,
                "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            }
        )
    )


if __name__ == "__main__":
    main()
