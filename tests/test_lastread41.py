"""lastread41: mends from the last read of round 41's change (texts written for these tests)."""

from __future__ import annotations

from marsad.nlp.ner.tagger import tag_lines


class _Echo:
    """A tagger that tags every token O: what tag_lines makes of the lines is what is tested."""

    def tag_many(self, sentences):
        return [["O"] * len(s) for s in sentences]


def test_a_file_tagged_in_bilou_is_read_by_its_first_column_not_as_running_text():
    # BILOU writes a one-word name U- and a name's last word L-: each such line was taken for a line of running
    # text, its tag tokenized as words of a sentence of its own
    lines = ["التقى O", "عادل B-PER", "الحمدان L-PER", "في O", "جدة U-LOC", "", "وصل O", "الوفد O"]
    got = [line.split("\t")[0] for line in tag_lines(lines, _Echo())]
    assert got == ["التقى", "عادل", "الحمدان", "في", "جدة", "", "وصل", "الوفد"]
