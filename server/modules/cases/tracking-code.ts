import { randomInt } from 'node:crypto';
import { TRACKING_ALPHABET, TRACKING_CODE_LENGTH } from '../../../common/cases.ts';

/** A fresh tracking code from the crypto RNG: 32^10 ≈ 10^15 codes, so not guessable. */
export function newTrackingCode(): string {
  let code = '';
  for (let i = 0; i < TRACKING_CODE_LENGTH; i++) {
    code += TRACKING_ALPHABET[randomInt(TRACKING_ALPHABET.length)];
  }
  return code;
}
