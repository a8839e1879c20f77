"""NER commands: ``marsad train ner`` (rebuild the shipped model) and ``marsad tag`` (tag token-per-line input)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from marsad.errors import InputError


def cmd_train_ner(args: argparse.Namespace) -> int:
    from marsad.nlp.ner.train import TrainOptions, train_ner

    opts = TrainOptions(epochs=args.epochs, seed=args.seed, use_dev_split=not args.no_dev, verbose=not args.quiet,
                        rebuild_clusters=args.rebuild_clusters)
    if args.data:
        opts.data = Path(args.data)
    if args.out:
        opts.out = Path(args.out)
    report = train_ner(opts)
    dev = f"dev F1 {report.dev_f1:.4f} (epoch {report.best_epoch})" if report.dev_f1 is not None else "no dev split"
    print(
        f"trained on {report.n_train} sentences, {dev}, {report.n_features} features; "
        f"wrote {report.path} ({report.size_bytes / 1e6:.2f} MB) in {report.seconds:.1f} s",
        file=sys.stderr,
    )
    return 0


def cmd_tag(args: argparse.Namespace) -> int:
    from marsad.nlp.ner.tagger import load_tagger, tag_lines

    tagger = load_tagger(Path(args.model)) if args.model else load_tagger()
    try:
        src = open(args.input, encoding="utf-8") if args.input else sys.stdin
    except OSError as exc:
        raise InputError(f"cannot read {args.input}: {exc.strerror}") from exc
    out = sys.stdout
    try:
        with src:
            for line in tag_lines(src, tagger):
                out.write(line + "\n")
    except UnicodeDecodeError as exc:
        raise InputError(f"input is not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    train = subparsers.add_parser("train", help="train Marsad's own models")
    train_sub = train.add_subparsers(dest="train_command", metavar="MODEL")
    ner = train_sub.add_parser(
        "ner",
        help="rebuild the NER model from ANERcorp (deterministic; dev split = every 10th sentence)",
    )
    ner.add_argument("--data", help="ANERcorp `token TAG` file (default ../shared/data/anercorp/train.txt)")
    ner.add_argument("--out", help="model file to write (default: the model shipped in the package)")
    ner.add_argument("--epochs", type=int, default=15, help="maximum passes; the best dev epoch is kept (default 15)")
    ner.add_argument("--seed", type=int, default=7, help="shuffling seed (default 7)")
    ner.add_argument("--no-dev", action="store_true", help="train on all sentences, keep the last epoch")
    ner.add_argument("--rebuild-clusters", action="store_true",
                     help="first rebuild the shipped word clusters from ../shared/data/saudinewsnet (~1 min)")
    ner.add_argument("--quiet", action="store_true", help="do not print per-epoch progress")
    ner.set_defaults(func=cmd_train_ner, db_use="none")
    train.set_defaults(func=lambda args: train.print_help() or 2, db_use="none")

    tag = subparsers.add_parser(
        "tag",
        help="NER-tag tokens read one per line (blank line between sentences); prints token<TAB>BIO-tag",
    )
    tag.add_argument("input", nargs="?", help="input file (default stdin)")
    tag.add_argument("--model", help="model file (default: the shipped model)")
    tag.set_defaults(func=cmd_tag, db_use="none")
