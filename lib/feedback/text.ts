// Text analysis for key-point coverage: wink-nlp tokens, sentences, POS, stop words and Porter2
// stems, turned into "units" (sentences, or lines of code) with exact character offsets and a
// set of normalised terms. Pure and deterministic; the wink model loads once per process.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { AMBIGUOUS, SYNONYMS } from "./data/synonyms";

type Nlp = ReturnType<typeof winkNLP>;
let nlpSingleton: Nlp | null = null;

/** The wink pipeline (loaded lazily, ~0.3 s the first time). Only the parts we use are enabled. */
function nlp(): Nlp {
  nlpSingleton ??= winkNLP(model, ["sbd", "pos"]);
  return nlpSingleton;
}

const porterStem = (model as unknown as { addons: { stem: (word: string) => string } }).addons.stem;

// ---------------------------------------------------------------------------------------------
// Word normalisation: British/American spelling, then the Porter2 stem.

const SPELLING: ReadonlyArray<[RegExp, string]> = [
  [/^(.{3,})is(e|es|ed|ing|ation|ations|er|ers)$/, "$1iz$2"], // normalise → normalize
  [/^(.{2,})ys(e|es|ed|ing|er|ers)$/, "$1yz$2"], // analyse → analyze
  [/^(.{3,}[^aeiou])our(s|ed|ing|ite|ites|able)?$/, "$1or$2"], // behaviour → behavior
  [/^(cent|met|lit|fib|theat)re(s|d)?$/, "$1er$2"], // centre → center
  [
    /^(model|label|cancel|travel|signal|channel|funnel|level|total|fuel|tunnel|marshal|counsel)l(ed|ing|er|ers)$/,
    "$1$2",
  ],
];
const SPELLING_WORDS: Record<string, string> = {
  defence: "defense",
  licence: "license",
  offence: "offense",
  programme: "program",
  programmes: "programs",
  catalogue: "catalog",
  analogue: "analog",
  grey: "gray",
  versus: "vs",
};

const stemCache = new Map<string, string>();

/** Lower-cases, folds British/American spelling and stems one word. */
function normaliseWord(word: string): string {
  const raw = stemCache.get(word);
  if (raw !== undefined) return raw;
  const lower = word
    .toLowerCase()
    .normalize("NFKC")
    .replace(/^['’]+|['’]s?$/g, "");
  const hit = stemCache.get(lower);
  if (hit !== undefined) return hit;
  let w = SPELLING_WORDS[lower] ?? lower;
  for (const [re, by] of SPELLING) {
    if (re.test(w)) {
      w = w.replace(re, by);
      break;
    }
  }
  const stem = /^[a-z][a-z']*$/.test(w) ? porterStem(w) : w.replace(/,/g, "");
  if (stemCache.size < 50_000) {
    stemCache.set(lower, stem);
    stemCache.set(word, stem);
  }
  return stem;
}

// ---------------------------------------------------------------------------------------------
// Tokens with offsets.

export type Token = {
  value: string;
  start: number;
  end: number;
  /** wink token type: word, number, punctuation, tabCRLF, … */
  type: string;
  pos: string;
  stop: boolean;
};

type TokenizedText = { tokens: Token[]; sentenceSpans: Array<[number, number]> };

const itsOf = () => nlp().its;

export function tokenize(text: string): TokenizedText {
  const doc = nlp().readDoc(text);
  const its = itsOf();
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const types = doc.tokens().out(its.type) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const stop = doc.tokens().out(its.stopWordFlag) as unknown as boolean[];
  const tokens: Token[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    at += spaces[i]!.length;
    // wink reconstructs the text exactly; if a token ever does not sit where expected, search for it.
    let start = at;
    if (text.slice(at, at + v.length) !== v) {
      const found = text.indexOf(v, at);
      start = found >= 0 ? found : at;
    }
    tokens.push({ value: v, start, end: start + v.length, type: types[i]!, pos: pos[i]!, stop: stop[i]! });
    at = start + v.length;
  }
  const sentenceSpans = (doc.sentences().out(its.span) as unknown as Array<[number, number]>).map(
    ([a, b]): [number, number] => [a, b],
  );
  return { tokens, sentenceSpans };
}

// ---------------------------------------------------------------------------------------------
// Terms: the words that carry meaning, normalised, with synonym concepts.

const TERM_TYPES = new Set(["word", "number", "ordinal", "unk", "hashtag"]);

/** A term occurrence: the normalised term and the token it came from. */
type TermHit = { term: string; token: number; surface: string };

/** Splits compound tokens (k-means, n_init, train/serve, np.add.at) into their parts. */
function parts(value: string): string[] {
  if (/^[\d.,]+%?$/.test(value)) return [value];
  return value.split(/[-_/.·+]+/).filter((x) => /[\p{L}\p{N}]/u.test(x));
}

type Trie = { next: Map<string, Trie>; concept?: string; narrower?: boolean };

function buildTrie(): Trie {
  const root: Trie = { next: new Map() };
  const add = (phrase: string, concept: string, narrower: boolean) => {
    const seq = phrase
      .split(/\s+/)
      .flatMap(parts)
      .map(normaliseWord)
      .filter((t) => t.length > 0);
    let node = root;
    for (const t of seq) {
      let n = node.next.get(t);
      if (!n) node.next.set(t, (n = { next: new Map() }));
      node = n;
    }
    if (!node.concept || (node.narrower && !narrower)) {
      node.concept = concept;
      node.narrower = narrower;
    }
  };
  for (const e of SYNONYMS) {
    for (const v of e.variants) add(v, e.id, false);
    for (const v of e.narrower ?? []) add(v, e.id, true);
  }
  return root;
}

let trieSingleton: Trie | null = null;
const trie = () => (trieSingleton ??= buildTrie());

const AMBIGUOUS_BY_STEM = new Map(AMBIGUOUS.map((a) => [normaliseWord(a.abbreviation), a]));

/**
 * Picks the reading of each ambiguous abbreviation from a question's own text: the option whose
 * concept occurs there. Unresolved abbreviations stay literal words.
 */
export function resolveAmbiguous(contextConcepts: ReadonlySet<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [stem, a] of AMBIGUOUS_BY_STEM) {
    const present = a.options.filter((o) => contextConcepts.has(o));
    if (present.length === 1) out.set(stem, present[0]!);
  }
  return out;
}

type TermOptions = {
  /** Query side (key points): a matched phrase collapses into its concept; narrower terms stay literal.
   *  Answer side: the words stay and the concept is added. */
  side: "query" | "answer";
  ambiguous?: ReadonlyMap<string, string>;
  /** Keep stop words (used only when a key point has nothing else). */
  keepStopWords?: boolean;
  /** Ablation only: ignore the synonym list. */
  noSynonyms?: boolean;
};

/**
 * Terms of a token range [from, to). Phrases from the synonym list become concept terms "=id".
 * Stop words inside a phrase still take part in phrase matching ("time to first token").
 */
export function termsOf(tokens: readonly Token[], from: number, to: number, opts: TermOptions): TermHit[] {
  // Sequence of (term, token index, isStop) including stop words for phrase matching.
  const seq: Array<{ term: string; token: number; stop: boolean; surface: string }> = [];
  for (let i = from; i < to; i++) {
    const tok = tokens[i]!;
    if (!TERM_TYPES.has(tok.type)) continue;
    for (const part of parts(tok.value)) {
      const t = normaliseWord(part);
      if (t) seq.push({ term: t, token: i, stop: tok.stop, surface: tok.value });
    }
  }
  const hits: TermHit[] = [];
  const root: Trie = opts.noSynonyms ? { next: new Map() } : trie();
  let i = 0;
  while (i < seq.length) {
    // Longest phrase match starting at i.
    let node: Trie | undefined = root;
    let best: { len: number; concept: string; narrower: boolean } | null = null;
    for (let j = i; j < seq.length && node; j++) {
      node = node.next.get(seq[j]!.term);
      if (node?.concept) best = { len: j - i + 1, concept: node.concept, narrower: !!node.narrower };
    }
    let concept = best?.concept;
    let len = best?.len ?? 0;
    if (!best && !opts.noSynonyms) {
      const amb = opts.ambiguous?.get(seq[i]!.term);
      if (amb) {
        concept = amb;
        len = 1;
      }
    }
    if (concept && len > 0) {
      const surface = seq
        .slice(i, i + len)
        .map((s) => s.surface)
        .filter((s, k, arr) => arr.indexOf(s) === k)
        .join(" ");
      const narrowerOnQuery = opts.side === "query" && best?.narrower;
      if (!narrowerOnQuery) hits.push({ term: `=${concept}`, token: seq[i]!.token, surface });
      if (opts.side === "answer" || narrowerOnQuery) {
        for (let k = i; k < i + len; k++) pushBase(seq[k]!, hits, opts);
      }
      i += len;
      continue;
    }
    pushBase(seq[i]!, hits, opts);
    i++;
  }
  return hits;
}

function pushBase(
  s: { term: string; token: number; stop: boolean; surface: string },
  hits: TermHit[],
  opts: TermOptions,
) {
  const keep = opts.keepStopWords ?? false;
  if (s.stop && !keep) return;
  if (/^[a-z]$/.test(s.term) && !keep) return;
  hits.push({ term: s.term, token: s.token, surface: s.surface });
}
