"""NER commands: ``marsad train ner`` (rebuild the shipped model) and ``marsad tag`` (tag token-per-line input)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from marsad.errors import InputError


def cmd_train_ner(args: argparse.Namespace) -> int:
    """Rebuild the shipped NER models (both profiles unless ``--profile``), the non-entity word lists and the family
    names that are common words."""
    from marsad.nlp.ner.conll import shared_data_dir

    profiles = [args.profile] if args.profile else ["accurate", "fast"]
    if args.refresh_kb:
        from marsad.nlp.ner.lexicon import KB_SNAPSHOT_FILE, kb_gazetteer, save_kb_snapshot

        n = save_kb_snapshot(kb_gazetteer())
        print(f"knowledge-base snapshot: {n} tokens written to {KB_SNAPSHOT_FILE}", file=sys.stderr)
    if not args.data and not args.out:
        from marsad.nlp.ner.non_entities import build_non_entity_words

        shared = shared_data_dir()
        sizes = build_non_entity_words(shared / "stopwords" / "stopwords-iso_ar.json", shared / "saudinewsnet")
        print(f"non-entity words: {sizes}", file=sys.stderr)
        from marsad.nlp.kb import load_kb
        from marsad.nlp.surname_words import build_common_surname_words

        sizes = build_common_surname_words(shared / "saudinewsnet", load_kb().native_names)
        print(f"family names that are common words: {sizes}", file=sys.stderr)
        from marsad.nlp.given_name_words import build_given_name_words
        from marsad.nlp.given_names import given_names

        # (the days read blind for the linking of actors50 left out: what is learnt never saw them)
        sizes = build_given_name_words(shared / "saudinewsnet", given_names(load_kb().native_names),
                                       leave_out=("2015-08-03", "2015-08-11"))
        print(f"given names that are common words: {sizes}", file=sys.stderr)
    for profile in profiles:
        if profile == "fast":
            from marsad.nlp.ner.train import TrainOptions, train_ner

            opts = TrainOptions(epochs=args.epochs or 15, seed=args.seed, use_dev_split=not args.no_dev,
                                verbose=not args.quiet, rebuild_clusters=args.rebuild_clusters)
            if args.data:
                opts.data = Path(args.data)
            if args.out:
                opts.out = Path(args.out)
            report = train_ner(opts)
            dev = f"dev F1 {report.dev_f1:.4f} (epoch {report.best_epoch})" if report.dev_f1 is not None else "no dev"
            what = f"{report.n_features} features"
        else:
            from marsad.nlp.ner.train_neural import NeuralTrainOptions, train_neural

            nopts = NeuralTrainOptions(seed=args.seed, verbose=not args.quiet, with_dev=args.no_dev)
            if args.members:
                nopts.members = args.members
            if args.lm:
                from marsad.nlp.ner.lm import LmOptions

                nopts.lm = LmOptions()
            if args.epochs:
                nopts.epochs = args.epochs
            if args.data:
                nopts.data = Path(args.data)
            if args.out:
                nopts.out = Path(args.out)
            report = train_neural(nopts)
            dev = f"dev F1 {report.dev_f1:.4f} (epoch {report.best_epoch})" if report.n_dev else "no dev"
            what = f"BiLSTM-CRF x {nopts.members}"
        print(
            f"{profile}: trained on {report.n_train} sentences, {dev}, {what}; "
            f"wrote {report.path} ({report.size_bytes / 1e6:.2f} MB) in {report.seconds:.1f} s",
            file=sys.stderr,
        )
    return 0


def cmd_tag(args: argparse.Namespace) -> int:
    from marsad.nlp.ner.tagger import load_tagger, tag_lines

    tagger = load_tagger(Path(args.model)) if args.model else load_tagger(profile=args.profile)
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
        help="rebuild the NER models from ../shared (deterministic; trains on ANERcorp's train blocks only)",
    )
    ner.add_argument("--profile", choices=("accurate", "fast"),
                     help="train one profile only (default both: accurate = BiLSTM-CRF, fast = perceptron)")
    ner.add_argument("--data", help="ANERcorp `token TAG` file (default ../shared/data/anercorp/train.txt)")
    ner.add_argument("--out", help="model file to write (default: the model shipped in the package)")
    ner.add_argument("--epochs", type=int, help="maximum passes; the best dev epoch is kept (default 15)")
    ner.add_argument("--seed", type=int, default=7, help="shuffling seed (default 7)")
    ner.add_argument("--no-dev", action="store_true",
                     help="also train on the dev blocks, keep the last epoch (never the frozen ones)")
    ner.add_argument("--members", type=int,
                     help="accurate profile: BiLSTM-CRFs in the ensemble, seeds SEED, SEED+1, ... (default 1)")
    ner.add_argument("--lm", action="store_true",
                     help="accurate profile: add the states of forward/backward LSTM language models learned from "
                          "SaudiNewsNet to the BiLSTM's input (lm.py; the LMs train first, ~20-40 min, cached)")
    ner.add_argument("--rebuild-clusters", action="store_true",
                     help="first rebuild the shipped word clusters from ../shared/data/saudinewsnet (~1 min)")
    ner.add_argument("--refresh-kb", action="store_true",
                     help="first snapshot the knowledge base's names for training (by default training reads the "
                          "snapshot the shipped model was trained with, so a rebuild gives the same model)")
    ner.add_argument("--quiet", action="store_true", help="do not print per-epoch progress")
    ner.set_defaults(func=cmd_train_ner, db_use="none")
    train.set_defaults(func=lambda args: train.print_help() or 2, db_use="none")

    tag = subparsers.add_parser(
        "tag",
        help="NER-tag tokens read one per line (blank line between sentences; a line of running text is a sentence "
             "of its own); prints token<TAB>BIO-tag",
    )
    tag.add_argument("input", nargs="?", help="input file (default stdin)")
    tag.add_argument("--model", help="model file (default: the shipped model of the profile)")
    tag.add_argument("--profile", choices=("accurate", "fast"), help="tagger profile (default accurate)")
    tag.set_defaults(func=cmd_tag, db_use="none")
