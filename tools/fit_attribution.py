#!/usr/bin/env python3
"""Refit the weights of rules/attribution.yaml on gold sets.

figcheck chooses a figure's entity among candidates, each with a set of
features (checker/rules/attribution_model.h); a candidate's score is the sum
of its features' weights. This script runs `figcheck claims --candidates` on
each gold set's documents, pairs every claim with the gold claim on the same
document line with the same value, and fits the weights by conditional logit
(softmax over a claim's candidates; the gold entity or one of its aliases is
the right answer) with an L2 pull towards the prior weights, by plain
gradient descent from the prior; then the temperature that makes a claim's
confidence (the top candidate's softmax share) a calibrated chance of being
right. Deterministic: the same gold, the same
binary, the same weights. Pure Python, no packages.

  python3 tools/fit_attribution.py --bin build/figcheck \\
      --set tests/fixtures/seeds.gold.json seeds \\
      --set ../shared/gold/dev2.gold.json ../shared/gold/dev2 \\
      [--write rules/attribution.yaml]

It prints, per set, how often the top candidate is right under the prior
and under the fit, and the same with each set held out of the fit (the fit
on the others judged on it), so a fit that only memorises shows.
"""
import argparse
import json
import math
import os
import re
import subprocess
import sys


# The prior: the order in which figcheck's attribution once tried the readings
# of a sentence (the agent after a figure before the nearest name before it, …),
# as powers of two so that the sum of a candidate's features keeps that order;
# a weak name (a place, sector, person) loses to any strong name the clause offers.
PRIOR = {
    "product_after_event": 512, "agent_after": 256, "event_subject": 128, "modified_name_after": 64,
    "nearest_in_clause": 32, "relative_antecedent": 16, "sentence_subject": 8, "first_after_in_clause": 4,
    "carried_over": 2, "nearest_in_sentence": 1, "in_clause_before": 0, "party_of_deal": 48, "possessive": 0, "weak": -40, "discovered": 0,
}


def read_model(path):
    """(header lines before `temperature:`, temperature, {feature: weight} in file order)."""
    header, weights, temperature = [], {}, 1.0
    in_weights = False
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("temperature:"):
                temperature = float(line.split(":", 1)[1])
            elif line.startswith("weights:"):
                in_weights = True
            elif in_weights and re.match(r"^\s+\w+:", line):
                name, value = line.strip().split(":", 1)
                weights[name] = float(value)
            elif not weights and not line.startswith("temperature"):
                header.append(line)
    return header, temperature, weights


def write_model(path, header, temperature, weights):
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(header)
        f.write(f"temperature: {temperature:g}\n")
        f.write("weights:\n")
        for name, w in weights.items():
            f.write(f"  {name}: {w:.3f}\n")


def doc_files(docs):
    if os.path.isdir(docs):
        return sorted(os.path.join(docs, n) for n in os.listdir(docs) if n.endswith(".txt"))
    return [docs]


def examples(binary, gold_path, docs):
    """One example per matched claim: (candidate feature lists, indices of right candidates)."""
    with open(gold_path, encoding="utf-8") as f:
        gold = json.load(f)
    by_line = {}
    for g in gold["claims"]:
        if not g.get("entity") or g.get("entity_kind") == "description":
            continue
        names = {str(n).lower() for n in [g["entity"]] + list(g.get("entity_aliases") or [])}
        by_line.setdefault((g["doc"], g["line"]), []).append((str(g.get("value")), names))
    out = subprocess.run([binary, "claims", "--format", "jsonl", "--candidates", *doc_files(docs)],
                         capture_output=True, text=True, check=False)
    if out.returncode not in (0, 1):
        sys.exit(f"fit_attribution: {binary} exited {out.returncode}: {out.stderr[-500:]}")
    found = []
    for line in out.stdout.splitlines():
        c = json.loads(line)
        golds = by_line.get((os.path.basename(c["doc"]), c["line"]), [])
        names = next((n for v, n in golds if v == str(c.get("value"))), None)
        cands = c.get("candidates") or []
        if names is None or len(cands) < 1:
            continue
        right = [i for i, k in enumerate(cands) if k["entity"].lower() in names]
        if right:
            found.append(([k["features"] for k in cands], right))
    return found


def score(weights, features):
    return sum(weights[f] for f in features)


def top_right(weights, data):
    """How many examples' first best-scoring candidate is right."""
    hits = 0
    for cands, right in data:
        scores = [score(weights, f) for f in cands]
        hits += scores.index(max(scores)) in right
    return hits


def fit(prior, data, l2, steps, rate):
    w = dict(prior)
    names = list(prior)
    for _ in range(steps):
        grad = {n: 2 * l2 * (w[n] - prior[n]) for n in names}
        for cands, right in data:
            scores = [score(w, f) for f in cands]
            top = max(scores)
            p = [math.exp(s - top) for s in scores]
            z = sum(p)
            zr = sum(p[i] for i in right)
            for i, feats in enumerate(cands):
                # d(-log sum_right p) / d score_i = p_i/z - [i right] p_i/zr
                g = p[i] / z - (p[i] / zr if i in right else 0.0)
                for f in feats:
                    grad[f] += g / len(data)
        for n in names:
            w[n] -= rate * grad[n]
    return w


def fit_temperature(weights, data):
    """The temperature that makes confidence (the top candidate's softmax share) a
    calibrated chance of being right: maximum likelihood over a log-spaced grid."""
    def log_likelihood(t):
        total = 0.0
        for cands, right in data:
            scores = [score(weights, f) / t for f in cands]
            top = max(scores)
            p = [math.exp(s - top) for s in scores]
            best = scores.index(top)
            share = p[best] / sum(p)
            total += math.log(share if best in right else max(1e-9, 1 - share))
        return total
    grid = [2 ** (k / 4) for k in range(-8, 33)]  # 0.25 .. 256
    return max(grid, key=log_likelihood)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default="build/figcheck")
    ap.add_argument("--model", default="rules/attribution.yaml", help="the model file --write rewrites")
    ap.add_argument("--set", nargs=2, action="append", metavar=("GOLD", "DOCS"), required=True)
    ap.add_argument("--l2", type=float, default=0.02, help="pull towards the prior")
    ap.add_argument("--steps", type=int, default=400)
    ap.add_argument("--rate", type=float, default=0.5)
    ap.add_argument("--write", action="store_true", help="write the fitted weights into --model")
    args = ap.parse_args()
    header, _, current = read_model(args.model)
    if set(current) != set(PRIOR):
        sys.exit(f"fit_attribution: {args.model} has features {sorted(current)}, the script knows {sorted(PRIOR)}")
    prior = dict(PRIOR)
    sets = [(gold, examples(args.bin, gold, docs)) for gold, docs in args.set]
    everything = [e for _, data in sets for e in data]
    fitted = fit(prior, everything, args.l2, args.steps, args.rate)
    for gold, data in sets:
        others = [e for g, d in sets if g != gold for e in d]
        held = fit(prior, others, args.l2, args.steps, args.rate) if others else prior
        print(f"{os.path.basename(gold)}: {len(data)} claims; top candidate right: prior {top_right(prior, data)}, "
              f"fit {top_right(fitted, data)}, fit without this set {top_right(held, data)}")
    print("weights: " + ", ".join(f"{n} {fitted[n]:.3f}" for n in fitted))
    temperature = fit_temperature(fitted, everything)
    print(f"temperature: {temperature:g}")
    if args.write:
        write_model(args.model, header, temperature, fitted)
        print(f"wrote {args.model}")


if __name__ == "__main__":
    main()
