import { useState } from 'react';
import { readJson, writeJson } from './storage';

/** 适老化 / 大字模式: remembered on the phone, applied to <html> so every rem grows with it. */
const KEY = 'tiexin.public.largeFont';

function apply(on: boolean): void {
  document.documentElement.classList.toggle('large', on);
}

/** Called before the first render, so a remembered large font never flashes small. */
export function applyStoredFontSize(): void {
  apply(readJson<boolean>(KEY) === true);
}

export function useLargeFont(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => readJson<boolean>(KEY) === true);
  return [
    on,
    (next: boolean) => {
      writeJson(KEY, next);
      apply(next);
      setOn(next);
    },
  ];
}
