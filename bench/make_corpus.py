#!/usr/bin/env python3
"""Generate a benchmark corpus: the seed articles' paragraphs repeated and shuffled.

    bench/make_corpus.py [--seeds seeds] [--out bench/corpus] [--mb 50] [--seed 1]

Writes files of about 200 KB each (so the run streams many documents, like a
real corpus) until the total reaches --mb megabytes. Paragraphs are shuffled
with a fixed random seed, so every run builds the same corpus.
"""
import argparse
import os
import random


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--seeds", default=os.path.join(os.path.dirname(__file__), "..", "seeds"))
    p.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "corpus"))
    p.add_argument("--mb", type=float, default=50)
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args()
    paragraphs = []
    for name in sorted(os.listdir(args.seeds)):
        with open(os.path.join(args.seeds, name), encoding="utf-8") as f:
            paragraphs += [x for x in f.read().split("\n") if x.strip()]
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    target = int(args.mb * 1024 * 1024)
    total, index = 0, 0
    while total < target:
        rng.shuffle(paragraphs)
        doc, size = [], 0
        for para in paragraphs:
            doc.append(para)
            size += len(para.encode("utf-8")) + 1
            if size >= 200 * 1024:
                break
        text = "date 2025-06-01\n" + "\n".join(doc) + "\n"
        with open(os.path.join(args.out, f"doc{index:05d}.txt"), "w", encoding="utf-8") as f:
            f.write(text)
        total += len(text.encode("utf-8"))
        index += 1
    print(f"wrote {index} documents, {total / 1024 / 1024:.1f} MB, to {args.out}")


if __name__ == "__main__":
    main()
