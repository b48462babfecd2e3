import { describe, expect, it } from "vitest";
import { countFillers, sentencesOf, transcriptMetrics } from "@/lib/speech/transcript";

describe("filler words", () => {
  it("counts the reviewed list, whole words only", () => {
    expect(countFillers("Um, so uh I think, um, the model... you know, basically overfits. I mean it.")).toEqual([
      { filler: "um", count: 2 },
      { filler: "basically", count: 1 },
      { filler: "i mean", count: 1 },
      { filler: "uh", count: 1 },
      { filler: "you know", count: 1 },
    ]);
    expect(countFillers("Umbrella, error, hummus, human, kindly")).toEqual([]);
  });

  it('"like" only sentence-initially or set off by commas, never the verb or the preposition', () => {
    expect(countFillers("I like gradient boosting. Models like BERT are large.")).toEqual([]);
    expect(countFillers("Like, we shipped it. It was, like, fast. It was like, fine.")).toEqual([{ filler: "like", count: 3 }]);
  });

  it('"kind of" / "sort of" unless a determiner comes first', () => {
    expect(countFillers("It is a kind of model and this sort of thing")).toEqual([]);
    expect(countFillers("It kind of works and sort of scales")).toEqual([
      { filler: "kind of", count: 1 },
      { filler: "sort of", count: 1 },
    ]);
  });
});

describe("transcript metrics", () => {
  it("words per speaking minute, longest sentence, totals", () => {
    const text = "First I would check the data. Then, um, I would train a simple baseline model quickly! Done?";
    const m = transcriptMetrics(text, 30_000);
    expect(m.words).toBe(17);
    expect(m.wordsPerMinute).toBe(34);
    expect(m.longestSentenceWords).toBe(10);
    expect(m.fillerTotal).toBe(1);
    expect(sentencesOf(text)).toHaveLength(3);
  });

  it("no speaking time: no rate; empty text: zeros", () => {
    expect(transcriptMetrics("one two", null).wordsPerMinute).toBeNull();
    expect(transcriptMetrics("", 1000)).toEqual({ words: 0, wordsPerMinute: 0, fillers: [], fillerTotal: 0, longestSentenceWords: 0 });
  });
});
