import { TRACKING_ALPHABET, TRACKING_CODE_LENGTH } from '../../cases';

/**
 * Characters a code never has, and the code characters they are usually misread for. Codes leave
 * out 0/O/1/I on purpose; someone who types one copied a D or Q, or an L, J or T, by hand.
 */
const LOOKALIKES: Record<string, readonly string[]> = {
  O: ['D', 'Q'],
  '0': ['D', 'Q'],
  I: ['L', 'J', 'T'],
  '1': ['L', 'J', 'T'],
};
/** More guesses than this and the citizen is asked to check the code instead. */
const MAX_CANDIDATES = 6;

/**
 * What the citizen typed, tidied: full-width letters and digits (a Chinese input method's) made
 * plain, lower case raised, and spaces, dashes and dots dropped.
 */
export function cleanTrackingInput(raw: string): string {
  return raw
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-_.·•]/g, '');
}

export function isTrackingCode(code: string): boolean {
  return (
    code.length === TRACKING_CODE_LENGTH && [...code].every((c) => TRACKING_ALPHABET.includes(c))
  );
}

/**
 * The codes the input may have meant, most likely first: the input itself when it is a valid
 * code, else every reading of its 0/O/1/I — at most a handful, or none when it cannot be a code.
 */
export function trackingCandidates(raw: string): string[] {
  const code = cleanTrackingInput(raw);
  if (code.length !== TRACKING_CODE_LENGTH) return [];
  const choices: (readonly string[])[] = [];
  for (const c of code) {
    const options = TRACKING_ALPHABET.includes(c) ? [c] : LOOKALIKES[c];
    if (!options) return [];
    choices.push(options);
  }
  const total = choices.reduce((n, options) => n * options.length, 1);
  // too many readings: only the most likely one, so a look-up never turns into guessing
  const pick = total > MAX_CANDIDATES ? choices.map((o) => o.slice(0, 1)) : choices;
  return pick.reduce<string[]>(
    (prefixes, options) => prefixes.flatMap((p) => options.map((o) => p + o)),
    [''],
  );
}
