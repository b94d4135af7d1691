import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError } from './lock.ts';

describe('data folder lock', () => {
  it('keeps a second holder out while the first is alive, and releases', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiexin-lock-'));
    const release = acquireDataDirLock(dir);
    // the same pid re-acquiring models a second process only if the pid differs: write another live pid
    fs.writeFileSync(path.join(dir, 'tiexin.lock'), `${process.ppid}\n`);
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
    expect(() => acquireDataDirLock(dir)).toThrow(/另一个 Tiexin 进程/);
    fs.writeFileSync(path.join(dir, 'tiexin.lock'), `${process.pid}\n`);
    release();
    expect(fs.existsSync(path.join(dir, 'tiexin.lock'))).toBe(false);
  });

  it('takes over a stale lock left by a killed process', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiexin-lock-'));
    // a pid that has certainly exited: a child we ran to completion
    const child = spawnSync(process.execPath, ['-e', 'process.pid'], { stdio: 'ignore' });
    fs.writeFileSync(path.join(dir, 'tiexin.lock'), `${child.pid}\n`);
    const release = acquireDataDirLock(dir);
    expect(fs.readFileSync(path.join(dir, 'tiexin.lock'), 'utf8').trim()).toBe(String(process.pid));
    release();
  });
});
