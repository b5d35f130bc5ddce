#!/usr/bin/env python3
"""Measure, and refit, the finding-confidence weights of rules/checks.yaml.

figcheck gives each finding a confidence: 1 / (1 + e^-(bias + the weights of
the evidence that holds, + attribution * (least claim confidence - 1))),
checker/compare/finding_confidence.h. Below `confidence.threshold` a warning
or error is reported as a note. This script runs `figcheck check --format
json` on each gold set's documents, labels every finding of a warning or
error rule true when its claims cover a gold discrepancy (as
shared/eval/score.py judges: one claim for a single-figure kind, else two,
not all inside a group the gold says agrees), and prints per set how many
findings the current weights count and how many of those are true. With
--fit it fits the weights by logistic regression (L2 pull towards the
current weights, plain gradient descent, deterministic), prints the same
figures under the fit and with each set held out of the fit, and with
--write stores the fitted weights. Pure Python, no packages.

  python3 tools/fit_confidence.py --bin build/figcheck \\
      --set tests/fixtures/seeds.gold.json seeds \\
      --set ../shared/gold/dev2.gold.json ../shared/gold/dev2 [--fit] [--write rules/checks.yaml]
"""
import argparse
import json
import math
import os
import re
import subprocess
import sys

SINGLE = ("unit_mismatch", "implausible")
FEATURES = ("one_document", "one_document_periodic", "far_apart", "adjacent_days", "period_unstated", "identity_gap",
            "forecast", "small_count", "market_estimate", "scattered", "moving_undated")


def number(text):
    try:
        return float(str(text).replace(",", ""))
    except ValueError:
        return None


def same_value(gold, got):
    a, b = number(gold), number(got)
    if a is None or b is None:
        return str(gold) == str(got)
    scale = max(abs(a), abs(b))
    return a == b or (scale > 0 and abs(a - b) / scale <= 0.005)


def gold_ids(gold, claim):
    doc = os.path.basename(claim["doc"])
    return {g["id"] for g in gold["claims"]
            if g["doc"] == doc and g["line"] == claim["line"] and str(g["unit"]).lower() == str(claim["unit"]).lower()
            and same_value(g["value"], claim["value"])}


def covers(gold, ids, d):
    needed = 1 if d.get("kind") in SINGLE or d.get("requires") else 2
    hit = ids & set(d["claims"])
    if len(hit) < needed:
        return False
    return needed == 1 or not any(hit <= set(g["claims"]) for g in gold.get("consistent_groups", []))


def rule_severities(binary):
    out = subprocess.run([binary, "rules", "list"], capture_output=True, text=True, check=True).stdout
    return {parts[0]: parts[2] for parts in (line.split() for line in out.splitlines()[1:]) if len(parts) > 2}


def read_model(path):
    """bias, threshold and weights from the `confidence:` block of checks.yaml."""
    model = {"weights": {}}
    block, in_weights = False, False
    for line in open(path, encoding="utf-8"):
        if line.startswith("confidence:"):
            block = True
            continue
        if block and line and not line.startswith(" "):
            break
        if not block:
            continue
        m = re.match(r"^\s+(\w+):\s*(-?[0-9.]+)\s*$", line)
        if line.strip() == "weights:":
            in_weights = True
        elif m and in_weights and line.startswith("    "):
            model["weights"][m.group(1)] = float(m.group(2))
        elif m:
            model[m.group(1)] = float(m.group(2))
    return model


def samples(binary, gold_path, docs, severities):
    gold = json.load(open(gold_path, encoding="utf-8"))
    run = subprocess.run([binary, "check", "--format", "json", docs], capture_output=True, text=True)
    if run.returncode not in (0, 1):
        sys.exit(f"figcheck check {docs}: {run.stderr}")
    out = []
    for f in json.loads(run.stdout)["findings"]:
        if severities.get(f["rule"]) not in ("error", "warning"):
            continue  # a note by its rule: never counted, nothing to learn
        ids = set()
        for c in f["claims"]:
            ids |= gold_ids(gold, c)
        label = any(covers(gold, ids, d) for d in gold["discrepancies"])
        x = {name: 1.0 for name in f.get("evidence", []) if name in FEATURES}
        x["attribution"] = min(c.get("confidence", 1.0) for c in f["claims"]) - 1.0
        out.append((x, label))
    return out


def logit(weights, bias, x):
    return bias + sum(weights.get(k, 0.0) * v for k, v in x.items())


def counted(weights, bias, threshold, data):
    kept = [label for x, label in data if 1 / (1 + math.exp(-logit(weights, bias, x))) >= threshold]
    return len(kept), sum(kept)


def fit(data, prior, bias, l2=0.05, rate=0.05, steps=4000):
    w, b = dict(prior), bias
    names = sorted(set(prior) | {k for x, _ in data for k in x})
    for _ in range(steps):
        grad = {k: l2 * (w.get(k, 0.0) - prior.get(k, 0.0)) for k in names}
        gb = 0.0
        for x, label in data:
            p = 1 / (1 + math.exp(-logit(w, b, x)))
            err = p - (1.0 if label else 0.0)
            gb += err
            for k, v in x.items():
                grad[k] += err * v
        n = max(1, len(data))
        b -= rate * gb / n
        for k in names:
            w[k] = w.get(k, 0.0) - rate * grad[k] / n
    return w, b


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", default="build/figcheck")
    ap.add_argument("--set", nargs=2, action="append", metavar=("GOLD", "DOCS"), required=True)
    ap.add_argument("--checks", default=os.path.join(os.path.dirname(__file__), "..", "rules", "checks.yaml"))
    ap.add_argument("--fit", action="store_true")
    ap.add_argument("--write", metavar="CHECKS_YAML")
    args = ap.parse_args()
    model = read_model(args.checks)
    bias, threshold, prior = model.get("bias", 2.0), model.get("threshold", 0.5), model["weights"]
    severities = rule_severities(args.bin)
    sets = {docs: samples(args.bin, gold, docs, severities) for gold, docs in args.set}
    for docs, data in sets.items():
        n, true = counted(prior, bias, threshold, data)
        print(f"{docs}: {len(data)} findings of warning/error rules, {sum(l for _, l in data)} true; "
              f"counted now {n}, true {true}" + (f", precision {true / n:.3f}" if n else ""))
    if not args.fit:
        return
    everything = [s for data in sets.values() for s in data]
    w, b = fit(everything, prior, bias)
    print("fitted: bias %.2f " % b + " ".join(f"{k} {v:.2f}" for k, v in sorted(w.items())))
    for docs, data in sets.items():
        held_w, held_b = fit([s for d, xs in sets.items() if d != docs for s in xs], prior, bias)
        n, true = counted(w, b, threshold, data)
        hn, htrue = counted(held_w, held_b, threshold, data)
        print(f"{docs}: under the fit counted {n}, true {true}; held out counted {hn}, true {htrue}")
    if args.write:
        text = open(args.write, encoding="utf-8").read()
        for k, v in w.items():
            text = re.sub(rf"(\n    {k}: )-?[0-9.]+", rf"\g<1>{v:.2f}", text)
        text = re.sub(r"(\n  bias: )-?[0-9.]+", rf"\g<1>{b:.2f}", text)
        open(args.write, "w", encoding="utf-8").write(text)
        print(f"wrote {args.write}")


if __name__ == "__main__":
    main()
